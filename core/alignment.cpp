// Alignment scoring (docs/file-formats.md, "Alignment"): pure functions
// over submitted worksheets, and the summary as JSON and CSV.

#include "core/alignment.h"

#include "core/templates.h"
#include "core/topics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>

namespace mc {

namespace {

constexpr EnumEntry<AlignmentLevel> kLevels[] = {
    {AlignmentLevel::Aligned, "aligned", "Aligned"},
    {AlignmentLevel::MinorGap, "minor_gap", "Minor gap"},
    {AlignmentLevel::MajorGap, "major_gap", "Major gap"},
};

constexpr std::string_view kAlignmentFormatName = "mentoring-compact-alignment";
constexpr int kAlignmentFormatVersion = 1;

using Json = nlohmann::ordered_json;

std::size_t domainRank(Domain domain) {
    const auto entries = enumEntries<Domain>();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].value == domain)
            return i;
    return entries.size();
}

// max - min of the answered (non-zero) values, 0 with fewer than two.
int spread(std::span<const AlignmentAnswer> answers, int AlignmentAnswer::*scale) {
    int low = 0;
    int high = 0;
    bool any = false;
    for (const auto& answer : answers) {
        const int value = answer.*scale;
        if (value == kNotAnswered)
            continue;
        low = any ? std::min(low, value) : value;
        high = any ? std::max(high, value) : value;
        any = true;
    }
    return high - low;
}

bool isCompared(const Person& person) {
    return person.role == Role::Scholar || isMentorRole(person.role);
}

// Two decimals are plenty for a heat map and keep the JSON short.
double rounded(double value) {
    return std::round(value * 100.0) / 100.0;
}

std::string scaleText(int value) {
    return value == kNotAnswered ? std::string("-") : std::to_string(value);
}

} // namespace

template <> std::span<const EnumEntry<AlignmentLevel>> enumEntries() {
    return kLevels;
}

AlignmentLevel levelFor(int responsibilityGap, int importanceGap, bool raisedByOneSide,
                        int maxImportance) {
    const int gap = std::max(responsibilityGap, importanceGap);
    if (gap >= 3 || (raisedByOneSide && maxImportance >= 4))
        return AlignmentLevel::MajorGap;
    if (gap >= 2 || raisedByOneSide)
        return AlignmentLevel::MinorGap;
    return AlignmentLevel::Aligned;
}

TopicScore scoreTopic(std::span<const AlignmentAnswer> answers) {
    TopicScore score;
    score.responsibilityGap = spread(answers, &AlignmentAnswer::responsibility);
    score.importanceGap = spread(answers, &AlignmentAnswer::importance);
    for (const auto& answer : answers) {
        score.raisedBy += answer.raised ? 1 : 0;
        score.maxImportance = std::max(score.maxImportance, answer.importance);
    }
    score.raisedByOneSide =
        score.raisedBy > 0 && static_cast<std::size_t>(score.raisedBy) < answers.size();
    score.level = levelFor(score.responsibilityGap, score.importanceGap, score.raisedByOneSide,
                           score.maxImportance);
    return score;
}

std::optional<double> answerDistance(std::span<const AlignmentAnswer> answers, std::size_t person) {
    if (person >= answers.size())
        return std::nullopt;
    const AlignmentAnswer& mine = answers[person];
    double sum = 0;
    int pairs = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i == person)
            continue;
        const AlignmentAnswer& other = answers[i];
        int shared = 0;
        int difference = 0;
        if (mine.responsibility != kNotAnswered && other.responsibility != kNotAnswered) {
            ++shared;
            difference += std::abs(mine.responsibility - other.responsibility);
        }
        if (mine.importance != kNotAnswered && other.importance != kNotAnswered) {
            ++shared;
            difference += std::abs(mine.importance - other.importance);
        }
        if (shared == 0)
            continue;
        sum += static_cast<double>(difference) / shared;
        ++pairs;
    }
    if (pairs == 0)
        return std::nullopt;
    return sum / pairs;
}

std::vector<std::size_t> AlignmentReport::byLargestGap() const {
    std::vector<std::size_t> order(topics.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const TopicScore& left = topics[a].score;
        const TopicScore& right = topics[b].score;
        if (left.level != right.level)
            return left.level > right.level;
        return left.totalGap() > right.totalGap();
    });
    return order;
}

const TopicAlignment* AlignmentReport::findTopic(std::string_view topicKey) const {
    for (const auto& topic : topics)
        if (topic.topic == topicKey)
            return &topic;
    return nullptr;
}

const DomainAlignment& AlignmentReport::domain(Domain wanted) const {
    for (const auto& entry : domains)
        if (entry.domain == wanted)
            return entry;
    throw Error(
        text(MC_TR("core", "The alignment report has no domain %1."), std::string(toKey(wanted))));
}

const HeatCell* AlignmentReport::cell(Domain wanted, std::string_view personId) const {
    for (const auto& entry : heatMap)
        if (entry.domain == wanted && entry.personId == personId)
            return &entry;
    return nullptr;
}

AlignmentReport computeAlignment(const Compact& compact, const std::vector<Worksheet>& worksheets,
                                 const CompactTemplate* compactTemplate) {
    AlignmentReport report;
    report.compactId = compact.id;
    report.compactTitle = compact.title;

    std::map<std::string, const Worksheet*, std::less<>> byPerson;
    for (const Worksheet& w : worksheets) {
        if (w.compactId != compact.id)
            throw Error(text(MC_TR("core", "The worksheet %1 belongs to another compact, not to "
                                           "\"%2\"."),
                             w.id, compact.title));
        if (compact.findPerson(w.personId) == nullptr)
            throw Error(
                text(MC_TR("core", "The worksheet %1 was written by someone not in \"%2\"."), w.id,
                     compact.title));
        if (w.isSubmitted())
            byPerson.emplace(w.personId, &w);
    }
    const auto expected = std::count_if(compact.people.begin(), compact.people.end(), isCompared);
    if (byPerson.size() < static_cast<std::size_t>(kMinWorksheetsToCompare))
        throw Error(byPerson.size() == 1
                        ? text(MC_TR("core", "Alignment needs at least two submitted worksheets; "
                                             "%1 of %2 has been submitted. The views are compared "
                                             "only once two people have submitted theirs."),
                               byPerson.size(), expected)
                        : text(MC_TR("core", "Alignment needs at least two submitted worksheets; "
                                             "%1 of %2 have been submitted. The views are "
                                             "compared only once two people have submitted "
                                             "theirs."),
                               byPerson.size(), expected));

    std::vector<const Worksheet*> compared;
    for (const Person& person : compact.people)
        if (const auto found = byPerson.find(person.id); found != byPerson.end()) {
            compared.push_back(found->second);
            report.people.push_back(
                {person.id, person.name, person.role, found->second->id, found->second->submitted});
        }

    // Topic order: the template's (or the catalogue's), then topics only
    // some worksheets have, as first met; grouped by domain at the end.
    std::vector<std::string> keys;
    for (const WorksheetTopic& topic : worksheetTopics(compactTemplate))
        keys.push_back(topic.key);
    std::vector<std::string> present;
    for (const Worksheet* w : compared)
        for (const WorksheetAnswer& answer : w->answers)
            if (std::find(present.begin(), present.end(), answer.topic) == present.end())
                present.push_back(answer.topic);
    std::erase_if(keys, [&](const std::string& key) {
        return std::find(present.begin(), present.end(), key) == present.end();
    });
    for (const std::string& key : present)
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);

    for (const std::string& key : keys) {
        TopicAlignment& topic = report.topics.emplace_back();
        topic.topic = key;
        bool described = false;
        for (const Worksheet* w : compared) {
            AlignmentAnswer& out = topic.answers.emplace_back();
            out.personId = w->personId;
            const WorksheetAnswer* answer = w->findTopic(key);
            if (answer == nullptr)
                continue;
            if (!described) {
                topic.domain = answer->domain;
                topic.title = describeTopic(*answer, compactTemplate).title;
                described = true;
            }
            out.answerId = answer->id;
            out.responsibility = answer->responsibility;
            out.importance = answer->importance;
            out.text = answer->text;
            out.raised = answer->raised();
        }
        topic.score = scoreTopic(topic.answers);
    }
    std::stable_sort(report.topics.begin(), report.topics.end(), [](const auto& a, const auto& b) {
        return domainRank(a.domain) < domainRank(b.domain);
    });

    for (const auto& entry : enumEntries<Domain>()) {
        DomainAlignment& domain = report.domains.emplace_back();
        domain.domain = entry.value;
        for (const TopicAlignment& topic : report.topics) {
            if (topic.domain != entry.value)
                continue;
            ++domain.topics;
            domain.aligned += topic.score.level == AlignmentLevel::Aligned ? 1 : 0;
            domain.minorGaps += topic.score.level == AlignmentLevel::MinorGap ? 1 : 0;
            domain.majorGaps += topic.score.level == AlignmentLevel::MajorGap ? 1 : 0;
            domain.level = std::max(domain.level, topic.score.level);
        }
        for (std::size_t p = 0; p < compared.size(); ++p) {
            double sum = 0;
            int counted = 0;
            for (const TopicAlignment& topic : report.topics)
                if (topic.domain == entry.value)
                    if (const auto distance = answerDistance(topic.answers, p)) {
                        sum += *distance;
                        ++counted;
                    }
            HeatCell& cell = report.heatMap.emplace_back();
            cell.domain = entry.value;
            cell.personId = compared[p]->personId;
            if (counted > 0)
                cell.distance = sum / counted;
        }
    }
    return report;
}

std::string alignmentToJson(const AlignmentReport& report) {
    Json root = Json::object();
    root["format"] = std::string(kAlignmentFormatName);
    root["formatVersion"] = kAlignmentFormatVersion;
    root["compact"] = report.compactId;
    root["compactTitle"] = report.compactTitle;
    Json people = Json::array();
    for (const AlignmentPerson& person : report.people)
        people.push_back({{"id", person.personId},
                          {"name", person.name},
                          {"role", std::string(toKey(person.role))},
                          {"worksheet", person.worksheetId},
                          {"submitted", person.submitted}});
    root["people"] = std::move(people);

    Json domains = Json::array();
    for (const DomainAlignment& domain : report.domains) {
        Json out = Json::object();
        out["domain"] = std::string(toKey(domain.domain));
        out["level"] = std::string(toKey(domain.level));
        out["topics"] = domain.topics;
        out["aligned"] = domain.aligned;
        out["minorGaps"] = domain.minorGaps;
        out["majorGaps"] = domain.majorGaps;
        Json distances = Json::array();
        for (const AlignmentPerson& person : report.people) {
            const HeatCell* cell = report.cell(domain.domain, person.personId);
            distances.push_back(
                {{"person", person.personId},
                 {"distance",
                  cell && cell->distance ? Json(rounded(*cell->distance)) : Json(nullptr)}});
        }
        out["distances"] = std::move(distances);
        domains.push_back(std::move(out));
    }
    root["domains"] = std::move(domains);

    Json topics = Json::array();
    for (const std::size_t index : report.byLargestGap()) {
        const TopicAlignment& topic = report.topics[index];
        Json out = Json::object();
        out["domain"] = std::string(toKey(topic.domain));
        out["topic"] = topic.topic;
        out["title"] = topic.title;
        out["level"] = std::string(toKey(topic.score.level));
        out["responsibilityGap"] = topic.score.responsibilityGap;
        out["importanceGap"] = topic.score.importanceGap;
        out["raisedByOneSide"] = topic.score.raisedByOneSide;
        Json answers = Json::array();
        for (const AlignmentAnswer& answer : topic.answers)
            answers.push_back(
                {{"person", answer.personId},
                 {"answer", answer.answerId.empty() ? Json(nullptr) : Json(answer.answerId)},
                 {"responsibility", answer.responsibility},
                 {"importance", answer.importance},
                 {"text", answer.text}});
        out["answers"] = std::move(answers);
        topics.push_back(std::move(out));
    }
    root["topics"] = std::move(topics);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// RFC 4180 by hand: Debian offers no C++ CSV library that fits, and
// writing (quoting, CRLF) is all that is needed.
std::string alignmentToCsv(const AlignmentReport& report) {
    std::string out = "compact_id,domain,topic,level,responsibility_gap,importance_gap,"
                      "raised_by_one_side,answers\r\n";
    for (const std::size_t index : report.byLargestGap()) {
        const TopicAlignment& topic = report.topics[index];
        std::string answers;
        for (std::size_t p = 0; p < topic.answers.size() && p < report.people.size(); ++p) {
            const AlignmentAnswer& answer = topic.answers[p];
            if (!answers.empty())
                answers += " | ";
            answers += report.people[p].name + ": responsibility " +
                       scaleText(answer.responsibility) + ", importance " +
                       scaleText(answer.importance);
            if (!answer.text.empty())
                answers += ": " + answer.text;
        }
        out += csvField(report.compactId) + ',' + csvField(toKey(topic.domain)) + ',' +
               csvField(topic.topic) + ',' + csvField(toKey(topic.score.level)) + ',' +
               std::to_string(topic.score.responsibilityGap) + ',' +
               std::to_string(topic.score.importanceGap) + ',' +
               (topic.score.raisedByOneSide ? "true" : "false") + ',' + csvField(answers) + "\r\n";
    }
    return out;
}

} // namespace mc
