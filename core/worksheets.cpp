// Worksheet values: the status and scale tables, the topics a new worksheet
// asks about, and the rules an answer must keep. No SQL (see
// workspace_worksheets.cpp) and no JSON (worksheet_json.cpp).

#include "core/templates.h"
#include "core/topics.h"
#include "core/validation.h"
#include "core/worksheet.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace mc {

namespace {

constexpr EnumEntry<WorksheetStatus> kStatuses[] = {
    {WorksheetStatus::Draft, "draft", "Draft"},
    {WorksheetStatus::Submitted, "submitted", "Submitted"},
};

// Keys are stable (reports and the UI may store them); labels are text.
constexpr ScaleStep kResponsibility[] = {
    {1, "mostly_mentor", "Mostly the mentor"},
    {2, "more_mentor", "More the mentor"},
    {3, "shared", "Shared"},
    {4, "more_scholar", "More the scholar"},
    {5, "mostly_scholar", "Mostly the scholar"},
};

constexpr std::string_view kImportance[] = {"1 (hardly)", "2 (a little)", "3 (somewhat)",
                                            "4 (very)", "5 (essential)"};

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// "lab_safety" -> "Lab safety": a title for a template's own topic, whose
// file gives a key and a prompt but no title.
std::string titleFromKey(std::string_view key) {
    const auto dot = key.rfind('.');
    std::string title(dot == std::string_view::npos ? key : key.substr(dot + 1));
    std::replace(title.begin(), title.end(), '_', ' ');
    if (!title.empty())
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    return title;
}

} // namespace

template <> std::span<const EnumEntry<WorksheetStatus>> enumEntries() {
    return kStatuses;
}

std::span<const ScaleStep> responsibilityScale() {
    return kResponsibility;
}

std::string_view responsibilityLabel(int value) {
    for (const ScaleStep& step : kResponsibility)
        if (step.value == value)
            return step.label;
    return "Not answered";
}

std::string_view importanceLabel(int value) {
    if (value < kImportanceMin || value > kImportanceMax)
        return "Not answered";
    return kImportance[value - kImportanceMin];
}

bool WorksheetAnswer::raised() const {
    return importance >= kImportanceMin || !isBlank(text);
}

const WorksheetAnswer* Worksheet::findAnswer(std::string_view answerId) const {
    for (const auto& answer : answers)
        if (answer.id == answerId)
            return &answer;
    return nullptr;
}

const WorksheetAnswer* Worksheet::findTopic(std::string_view topicKey) const {
    for (const auto& answer : answers)
        if (answer.topic == topicKey)
            return &answer;
    return nullptr;
}

int Worksheet::answeredCount() const {
    return static_cast<int>(
        std::count_if(answers.begin(), answers.end(), [](const auto& a) { return a.raised(); }));
}

std::vector<WorksheetTopic> worksheetTopics(const CompactTemplate* compactTemplate) {
    std::vector<WorksheetTopic> out;
    if (compactTemplate == nullptr) {
        for (const Topic& topic : allTopics())
            out.push_back({topic.domain, std::string(topic.key), std::string(topic.title),
                           std::string(topic.prompt)});
        return out;
    }
    for (const TemplateTopic& topic : compactTemplate->topics) {
        const Topic* known = findTopic(topic.topic);
        out.push_back({topic.domain, topic.topic,
                       known ? std::string(known->title) : titleFromKey(topic.topic),
                       topicPrompt(topic)});
    }
    return out;
}

WorksheetTopic describeTopic(const WorksheetAnswer& answer,
                             const CompactTemplate* compactTemplate) {
    WorksheetTopic out{answer.domain, answer.topic, answer.ownTopicTitle, {}};
    if (const Topic* known = findTopic(answer.topic)) {
        out.title = known->title;
        out.prompt = known->prompt;
    }
    if (compactTemplate != nullptr)
        if (const TemplateTopic* own = compactTemplate->findTopic(answer.topic))
            out.prompt = topicPrompt(*own);
    if (out.title.empty())
        out.title = titleFromKey(answer.topic);
    return out;
}

std::string ownTopicKey(std::string_view title) {
    std::string slug;
    for (const char c : title) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 && byte < 0x80)
            slug += static_cast<char>(std::tolower(byte));
        else if (!slug.empty() && slug.back() != '_')
            slug += '_';
    }
    while (!slug.empty() && slug.back() == '_')
        slug.pop_back();
    if (slug.empty())
        throw Error(text(MC_TR("core", "The topic title \"%1\" has no letters or digits: give the "
                                       "topic a name."),
                         std::string(title)));
    constexpr std::size_t kMaxSlug = 60;
    if (slug.size() > kMaxSlug)
        slug.resize(kMaxSlug);
    return std::string(kOwnTopicPrefix) + slug;
}

std::vector<Problem> validateWorksheetAnswer(const WorksheetAnswer& answer,
                                             const std::string& field) {
    std::vector<Problem> problems;
    auto error = [&](const std::string& name, Text message) {
        problems.push_back(Problem(Severity::Error, field + "." + name, std::move(message)));
    };
    if (answer.responsibility < kNotAnswered || answer.responsibility > kResponsibilityMax)
        error("responsibility", text(MC_TR("core", "must be 0 (not answered) or 1 (mostly the "
                                                   "mentor) to 5 (mostly the scholar), not %1"),
                                     answer.responsibility));
    if (answer.importance < kNotAnswered || answer.importance > kImportanceMax)
        error("importance", text(MC_TR("core", "must be 0 (not answered) or 1 (hardly) to 5 "
                                               "(essential), not %1"),
                                 answer.importance));
    if (answer.topic.empty()) {
        error("topic", text(MC_TR("core", "is empty: every answer belongs to a topic")));
    } else if (const Topic* known = findTopic(answer.topic)) {
        if (known->domain != answer.domain)
            error("domain",
                  text(MC_TR("core", "the topic %1 belongs to the domain %2, not %3"), answer.topic,
                       std::string(toKey(known->domain)), std::string(toKey(answer.domain))));
    } else if (answer.isOwnTopic() && isBlank(answer.ownTopicTitle)) {
        error("ownTopicTitle", text(MC_TR("core", "is empty: a topic of one's own needs a title")));
    }
    if (answer.ownTopicTitle.size() > kMaxNameLength)
        error("ownTopicTitle", text(MC_TR("core", "is longer than %1 characters"), kMaxNameLength));
    if (answer.text.size() > kMaxTextLength)
        error("text", text(MC_TR("core", "is longer than %1 characters"), kMaxTextLength));
    return problems;
}

std::vector<Problem> validateWorksheet(const Worksheet& worksheet, const std::string& field) {
    std::vector<Problem> problems;
    if (worksheet.compactId.empty())
        problems.push_back(
            Problem(Severity::Error, field + ".compact", text(MC_TR("core", "is empty"))));
    if (worksheet.personId.empty())
        problems.push_back(
            Problem(Severity::Error, field + ".person", text(MC_TR("core", "is empty"))));
    if (worksheet.isSubmitted() && worksheet.submitted.empty())
        problems.push_back(Problem(Severity::Error, field + ".submitted",
                                   text(MC_TR("core", "is missing: a submitted worksheet says "
                                                      "when it was submitted"))));
    std::set<std::string, std::less<>> topics;
    std::set<std::string, std::less<>> ids;
    for (std::size_t i = 0; i < worksheet.answers.size(); ++i) {
        const WorksheetAnswer& answer = worksheet.answers[i];
        const std::string path = field + ".answers[" + std::to_string(i) + "]";
        for (Problem& problem : validateWorksheetAnswer(answer, path))
            problems.push_back(std::move(problem));
        if (!answer.topic.empty() && !topics.insert(answer.topic).second)
            problems.push_back(
                {Severity::Error, path + ".topic", "the topic " + answer.topic + " comes twice"});
        if (!answer.id.empty() && !ids.insert(answer.id).second)
            problems.push_back(
                {Severity::Error, path + ".id", "the id " + answer.id + " comes twice"});
    }
    return problems;
}

} // namespace mc
