// Writing templates: the deterministic JSON layout of docs/file-formats.md
// ("Templates") and saving a program's own template ("Save as template").

#include "core/templates.h"
#include "core/topics.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace mc {

namespace {

namespace fs = std::filesystem;
using OrderedJson = nlohmann::ordered_json;

void writeAtomically(const fs::path& path, const std::string& content) {
    const fs::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(mc::text(MC_TR("core", "cannot write %1: the folder is missing or not "
                                               "writable"),
                                 temporary.string()));
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) {
            out.close();
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw Error(mc::text(MC_TR("core", "cannot write %1: the disk may be full"),
                                 temporary.string()));
        }
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw Error(mc::text(MC_TR("core", "cannot write %1: %2"), path.string(),
                             error.message())); // the system's words
    }
}

template <typename E> std::string key(E value) {
    return std::string(toKey(value));
}

} // namespace

std::string templateToJson(const CompactTemplate& compactTemplate) {
    const CompactTemplate& t = compactTemplate;
    OrderedJson root = OrderedJson::object();
    root["format"] = kTemplateFormatName;
    root["formatVersion"] = kTemplateFormatVersion;
    root["id"] = t.id;
    root["name"] = t.name;
    root["description"] = t.description;
    root["programKind"] = t.programKind;
    root["awardYears"] = t.awardYears;
    const MeetingPlan& plan = t.meetingPlan;
    root["meetingPlan"] = {{"cadence", key(plan.recurrence.cadence)},
                           {"weekday", plan.recurrence.weekday},
                           {"weekOfMonth", plan.recurrence.weekOfMonth},
                           {"intervalDays", plan.recurrence.intervalDays},
                           {"durationMinutes", plan.durationMinutes},
                           {"channels", plan.channels},
                           {"standingTopics", plan.standingTopics},
                           {"scholarPreparation", plan.scholarPreparation}};
    root["roles"] = OrderedJson::array();
    for (const auto& role : t.roles)
        root["roles"].push_back(
            {{"role", key(role.role)}, {"responsibilities", role.responsibilities}});
    root["topics"] = OrderedJson::array();
    for (const auto& topic : t.topics) {
        OrderedJson entry = {{"topic", topic.topic}};
        if (!mc::findTopic(topic.topic))
            entry["domain"] = key(topic.domain);
        if (!topic.prompt.empty())
            entry["prompt"] = topic.prompt;
        entry["clauses"] = OrderedJson::array();
        for (const auto& clause : topic.clauses)
            entry["clauses"].push_back(
                {{"direction", key(clause.direction)}, {"text", clause.text}});
        root["topics"].push_back(std::move(entry));
    }
    root["goals"] = OrderedJson::array();
    for (const auto& goal : t.goals) {
        OrderedJson entry = {
            {"owner", key(goal.owner)}, {"horizon", key(goal.horizon)}, {"text", goal.text}};
        if (goal.targetAfterMonths)
            entry["targetAfterMonths"] = *goal.targetAfterMonths;
        root["goals"].push_back(std::move(entry));
    }
    root["milestones"] = OrderedJson::array();
    for (const auto& milestone : t.milestones) {
        OrderedJson entry = {{"title", milestone.title},
                             {"kind", key(milestone.kind)},
                             {"responsible", key(milestone.responsible)},
                             {"dueAfterMonths", milestone.dueAfterMonths}};
        if (milestone.goal)
            entry["goal"] = *milestone.goal;
        root["milestones"].push_back(std::move(entry));
    }
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::string saveTemplate(const std::string& folder, const CompactTemplate& compactTemplate,
                         bool replace) {
    if (Text why = templateIdProblem(compactTemplate.id); !why.empty())
        throw ValidationError({{Severity::Error, "id", std::move(why)}});
    const std::string json = templateToJson(compactTemplate);
    const fs::path path = fs::path(folder) / (compactTemplate.id + ".json");
    parseTemplate(json, path.filename().string()); // the checks loading will make
    std::error_code error;
    if (!replace && fs::exists(path, error))
        throw Error(
            mc::text(MC_TR("core", "the template file %1 already exists: choose another id, "
                                   "or replace it"),
                     path.string()));
    if (!replace) {
        const TemplateLoad builtIn = loadTemplates(builtinTemplateFolders());
        if (const CompactTemplate* taken = builtIn.find(compactTemplate.id))
            throw Error(mc::text(MC_TR("core", "the id %1 belongs to the built-in template \"%2\": "
                                               "choose another id, or replace it to use yours "
                                               "instead"),
                                 compactTemplate.id, taken->name));
    }
    fs::create_directories(folder, error);
    if (error)
        throw Error(mc::text(MC_TR("core", "cannot create the template folder %1: %2"), folder,
                             error.message()));
    writeAtomically(path, json);
    return path.string();
}

} // namespace mc
