// Reading one template file (docs/file-formats.md, "Templates"). Every
// problem is collected with "<file>: <json path>" so a program office can
// fix a whole file at once; nothing partial is ever returned.

#include "core/json_reading.h"
#include "core/templates.h"
#include "core/topics.h"
#include "core/validation.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace mc {

namespace {

using Json = nlohmann::json;
using namespace json_reading;

std::string join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string at(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

// The message for a number outside its range: %1 the number, %2 and %3 the
// bounds, %4 (milestones only) the award years.
constexpr const char* kOutOfRange = MC_TR("core", "%1 is out of range: use %2 to %3");
constexpr const char* kOutOfRangeMonths = MC_TR("core", "%1 is out of range: use %2 to %3 months");
constexpr const char* kOutOfRangeYears = MC_TR("core", "%1 is out of range: use %2 to %3 years");

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool hasControl(std::string_view text, bool multiline) {
    for (char c : text) {
        const auto code = static_cast<unsigned char>(c);
        if (multiline && (code == '\n' || code == '\t' || code == '\r'))
            continue;
        if (code < 0x20 || code == 0x7F)
            return true;
    }
    return false;
}

// Roles that may own a goal: the validation of goals wants the scholar or a
// mentor.
bool canOwnGoal(Role role) {
    return role == Role::Scholar || isMentorRole(role);
}

class Reader {
public:
    explicit Reader(std::string fileName) : file_(std::move(fileName)) {}

    std::vector<Problem> problems;

    void report(Severity severity, const std::string& path, Text message) {
        problems.emplace_back(severity, fieldOf(path), std::move(message));
    }
    void error(const std::string& path, Text message) {
        report(Severity::Error, path, std::move(message));
    }
    // A problem found by the domain rules at `path`, its message kept
    // translatable.
    void pass(Problem problem, const std::string& path) {
        problem.field = fieldOf(path);
        problems.push_back(std::move(problem));
    }

    const Json* member(const Json& object, const std::string& path, std::string_view name,
                       bool required) {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required)
                error(join(path, name), it == object.end()
                                            ? mc::text(MC_TR("core", "is required but missing"))
                                            : mc::text(MC_TR("core", "is required but is null")));
            return nullptr;
        }
        return &*it;
    }

    bool expect(const Json& value, bool ok, const std::string& field, Text what) {
        if (!ok)
            error(field,
                  mc::text(MC_TR("core", "expected %1, found %2"), std::move(what), found(value)));
        return ok;
    }

    // A string member. `line`: one line (names, titles); otherwise text
    // that may hold line breaks. A required one may not be blank.
    std::string text(const Json& object, const std::string& path, std::string_view name,
                     bool required, bool line = false) {
        const Json* value = member(object, path, name, required);
        const std::string field = join(path, name);
        if (!value ||
            !expect(*value, value->is_string(), field, mc::text(MC_TR("core", "a string"))))
            return {};
        std::string out = value->get<std::string>();
        const std::size_t limit = line ? kMaxNameLength : kMaxTextLength;
        if (required && blank(out))
            error(field, mc::text(MC_TR("core", "is empty: write it out")));
        else if (hasControl(out, !line))
            error(field, line ? mc::text(MC_TR("core", "contains a line break or an invisible "
                                                       "control character: keep it on one line"))
                              : mc::text(MC_TR("core", "contains an invisible control character: "
                                                       "remove it")));
        else if (out.size() > limit)
            error(field,
                  mc::text(MC_TR("core", "is %1 bytes long: the limit is %2"), out.size(), limit));
        return out;
    }

    std::optional<int> integer(const Json& object, const std::string& path, std::string_view name,
                               bool required, int low, int high,
                               const char* outOfRange = kOutOfRange, int awardYears = 0) {
        const Json* value = member(object, path, name, required);
        const std::string field = join(path, name);
        const Text wholeNumber = mc::text(MC_TR("core", "a whole number"));
        if (!value || !expect(*value, value->is_number(), field, wholeNumber))
            return std::nullopt;
        const double number = value->get<double>();
        if (std::trunc(number) != number) {
            error(field,
                  mc::text(MC_TR("core", "expected %1, found %2"), wholeNumber, value->dump()));
            return std::nullopt;
        }
        if (number < low || number > high) {
            error(field, awardYears > 0 ? mc::text(outOfRange, value->dump(), low, high, awardYears)
                                        : mc::text(outOfRange, value->dump(), low, high));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    template <typename E>
    std::optional<E> enumeration(const Json& object, const std::string& path, std::string_view name,
                                 bool required = true) {
        const Json* value = member(object, path, name, required);
        const std::string field = join(path, name);
        if (!value ||
            !expect(*value, value->is_string(), field, mc::text(MC_TR("core", "a string"))))
            return std::nullopt;
        const auto& key = value->get_ref<const std::string&>();
        if (const auto parsed = fromKey<E>(key))
            return parsed;
        error(field, mc::text(MC_TR("core", "unknown %1 \"%2\": use %3"), std::string(name),
                              cutShort(key), oneOf<E>()));
        return std::nullopt;
    }

    // The array member `name`; missing is an empty list unless required.
    const Json* list(const Json& object, const std::string& path, std::string_view name,
                     bool required) {
        const Json* value = member(object, path, name, required);
        if (!value || !expect(*value, value->is_array(), join(path, name),
                              mc::text(MC_TR("core", "an array"))))
            return nullptr;
        return value;
    }

    bool isObject(const Json& value, const std::string& path) {
        return expect(value, value.is_object(), path, mc::text(MC_TR("core", "an object")));
    }

    bool header(const Json& root) {
        const auto format = root.find("format");
        if (format == root.end() || !format->is_string()) {
            error("format",
                  mc::text(MC_TR("core", "is missing: this is not a Mentoring Compact template")));
            return false;
        }
        const auto& name = format->get_ref<const std::string&>();
        if (name != kTemplateFormatName) {
            const std::string expected(kTemplateFormatName);
            error("format",
                  name == "mentoring-compact"
                      ? mc::text(MC_TR("core", "\"%1\" is not a Mentoring Compact template: "
                                               "expected \"%2\" (this is an exported compact; "
                                               "import it instead)"),
                                 cutShort(name), expected)
                      : mc::text(MC_TR("core", "\"%1\" is not a Mentoring Compact template: "
                                               "expected \"%2\""),
                                 cutShort(name), expected));
            return false;
        }
        const auto version = integer(root, "", "formatVersion", true, 1, 1'000'000);
        if (version && *version > kTemplateFormatVersion)
            error("formatVersion",
                  mc::text(MC_TR("core", "the template was written by a newer version of "
                                         "Mentoring Compact (format version %1): please update"),
                           *version));
        if (!version || *version > kTemplateFormatVersion)
            return false;
        return true;
    }

    void meetingPlan(const Json& root, CompactTemplate& out) {
        const std::string path = "meetingPlan";
        const Json* in = member(root, "", path, true);
        if (!in || !isObject(*in, path))
            return;
        MeetingPlan& plan = out.meetingPlan;
        const std::size_t before = problems.size();
        if (const auto cadence = enumeration<Cadence>(*in, path, "cadence"))
            plan.recurrence.cadence = *cadence;
        auto number = [&](std::string_view name, int& target) {
            if (const auto value = integer(*in, path, name, false, -1000, 1000))
                target = *value;
        };
        number("weekday", plan.recurrence.weekday);
        number("weekOfMonth", plan.recurrence.weekOfMonth);
        number("intervalDays", plan.recurrence.intervalDays);
        number("durationMinutes", plan.durationMinutes);
        plan.channels = text(*in, path, "channels", false);
        plan.standingTopics = text(*in, path, "standingTopics", false);
        plan.scholarPreparation = text(*in, path, "scholarPreparation", false);
        if (problems.size() != before)
            return; // the rules would only repeat what could not be read
        for (const Problem& problem : validateMeetingPlan(plan, path)) {
            std::string field = problem.field;
            if (const auto pos = field.find(".recurrence"); pos != std::string::npos)
                field.erase(pos, std::string_view(".recurrence").size());
            pass(problem, field);
        }
    }

    void roles(const Json& root, CompactTemplate& out) {
        const Json* array = list(root, "", "roles", true);
        if (!array)
            return;
        bool anyMentor = false;
        const std::size_t before = problems.size();
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string path = at("roles", i);
            if (!isObject((*array)[i], path))
                continue;
            TemplateRole role;
            const auto key = enumeration<Role>((*array)[i], path, "role");
            role.responsibilities = text((*array)[i], path, "responsibilities", false);
            if (!key)
                continue;
            role.role = *key;
            if (out.findRole(role.role)) {
                error(
                    join(path, "role"),
                    mc::text(MC_TR("core", "the role %1 is listed twice: describe each role once"),
                             std::string(toKey(role.role))));
                continue;
            }
            anyMentor = anyMentor || isMentorRole(role.role);
            out.roles.push_back(std::move(role));
        }
        if (!anyMentor && problems.size() == before)
            error("roles",
                  mc::text(MC_TR("core", "names no mentor: list at least primary_mentor")));
    }

    void clauses(const Json& in, const std::string& path, TemplateTopic& topic) {
        const Json* array = list(in, path, "clauses", false);
        if (!array)
            return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string itemPath = at(join(path, "clauses"), i);
            if (!isObject((*array)[i], itemPath))
                continue;
            TemplateClause clause;
            const auto direction = enumeration<Direction>((*array)[i], itemPath, "direction");
            clause.text = text((*array)[i], itemPath, "text", true);
            if (direction)
                clause.direction = *direction;
            topic.clauses.push_back(std::move(clause));
        }
    }

    // A catalogue key, or a topic of the program's own with its domain. A
    // key shaped like a catalogue key ("research.something") that is not in
    // the catalogue is taken for a typo.
    std::optional<TemplateTopic> topic(const Json& in, const std::string& path) {
        TemplateTopic out;
        out.topic = text(in, path, "topic", true, true);
        const Json* domainValue = member(in, path, "domain", false);
        std::optional<Domain> domain;
        if (domainValue)
            domain = enumeration<Domain>(in, path, "domain");
        out.prompt = text(in, path, "prompt", false);
        clauses(in, path, out);
        if (out.topic.empty())
            return std::nullopt;
        if (const Topic* known = findTopic(out.topic)) {
            out.domain = known->domain;
            if (domain && *domain != known->domain)
                error(join(path, "domain"),
                      mc::text(MC_TR("core", "the topic %1 belongs to the domain %2: leave "
                                             "\"domain\" out for catalogue topics"),
                               out.topic, std::string(toKey(known->domain))));
            return out;
        }
        const auto dot = out.topic.find('.');
        const bool looksBuiltIn =
            dot != std::string::npos && fromKey<Domain>(out.topic.substr(0, dot)).has_value();
        if (looksBuiltIn || !domainValue) {
            error(join(path, "topic"), unknownTopic(out.topic, looksBuiltIn));
            return std::nullopt;
        }
        if (!domain)
            return std::nullopt;
        out.domain = *domain;
        if (blank(out.prompt))
            error(join(path, "prompt"), mc::text(MC_TR("core", "is missing: a topic of the "
                                                               "program's own needs the question "
                                                               "it asks")));
        return out;
    }

    void topics(const Json& root, CompactTemplate& out) {
        const Json* array = list(root, "", "topics", true);
        if (!array)
            return;
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string path = at("topics", i);
            if (!isObject((*array)[i], path))
                continue;
            auto parsed = topic((*array)[i], path);
            if (!parsed)
                continue;
            const auto [it, inserted] = seen.emplace(parsed->topic, path);
            if (!inserted) {
                error(join(path, "topic"),
                      mc::text(MC_TR("core", "the topic %1 is already in %2: put all its clauses "
                                             "in one entry"),
                               parsed->topic, it->second));
                continue;
            }
            out.topics.push_back(std::move(*parsed));
        }
    }

    // A role key that must be the scholar or one of the template's roles.
    std::optional<Role> roleOf(const Json& in, const std::string& path, std::string_view name,
                               const CompactTemplate& out) {
        const auto role = enumeration<Role>(in, path, name);
        if (role && *role != Role::Scholar && !out.findRole(*role)) {
            error(join(path, name), mc::text(MC_TR("core", "the role %1 is not among the "
                                                           "template's \"roles\": add it there"),
                                             std::string(toKey(*role))));
            return std::nullopt;
        }
        return role;
    }

    void goals(const Json& root, CompactTemplate& out) {
        const Json* array = list(root, "", "goals", false);
        if (!array)
            return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string path = at("goals", i);
            TemplateGoal goal;
            if (!isObject((*array)[i], path)) {
                out.goals.push_back(goal); // keeps milestone indexes honest
                continue;
            }
            const Json& in = (*array)[i];
            if (const auto owner = roleOf(in, path, "owner", out)) {
                goal.owner = *owner;
                if (!canOwnGoal(*owner))
                    error(join(path, "owner"),
                          mc::text(MC_TR("core", "a goal belongs to the scholar or a mentor, not "
                                                 "the %1"),
                                   std::string(toKey(*owner))));
            }
            if (const auto horizon = enumeration<Horizon>(in, path, "horizon"))
                goal.horizon = *horizon;
            goal.text = text(in, path, "text", true);
            goal.targetAfterMonths = integer(in, path, "targetAfterMonths", false, 0,
                                             kMaxGoalTargetMonths, kOutOfRangeMonths);
            out.goals.push_back(std::move(goal));
        }
    }

    void milestones(const Json& root, CompactTemplate& out, bool yearsKnown) {
        const Json* array = list(root, "", "milestones", false);
        if (!array)
            return;
        const int lastMonth = out.awardYears * 12;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string path = at("milestones", i);
            if (!isObject((*array)[i], path))
                continue;
            const Json& in = (*array)[i];
            TemplateMilestone milestone;
            milestone.title = text(in, path, "title", true, true);
            if (const auto kind = enumeration<MilestoneKind>(in, path, "kind"))
                milestone.kind = *kind;
            if (const auto responsible = roleOf(in, path, "responsible", out))
                milestone.responsible = *responsible;
            // Within the award period when it could be read.
            const char* outOfRange = !yearsKnown ? kOutOfRangeMonths
                                     : out.awardYears == 1
                                         ? MC_TR("core", "%1 is out of range: use %2 to %3 months "
                                                         "(the award period of 1 year)")
                                         : MC_TR("core", "%1 is out of range: use %2 to %3 months "
                                                         "(the award period of %4 years)");
            if (const auto due =
                    integer(in, path, "dueAfterMonths", true, 0,
                            yearsKnown ? lastMonth : kMaxTemplateAwardYears * 12, outOfRange,
                            yearsKnown && out.awardYears != 1 ? out.awardYears : 0))
                milestone.dueAfterMonths = *due;
            if (const auto goal = integer(in, path, "goal", false, 0, 1'000'000)) {
                if (static_cast<std::size_t>(*goal) >= out.goals.size())
                    error(join(path, "goal"),
                          mc::text(MC_TR("core", "%1 is not a goal: \"goal\" counts from 0 in "
                                                 "\"goals\", which has %2"),
                                   *goal, out.goals.size()));
                else
                    milestone.goal = goal;
            }
            out.milestones.push_back(std::move(milestone));
        }
    }

    // One warning for all the topics left out, so a deliberately short
    // template does not bury its real problems.
    void coverage(const CompactTemplate& out) {
        const std::vector<std::string> missing = missingTopics(out);
        if (missing.empty())
            return;
        std::string list;
        for (const std::string& key : missing)
            list += (list.empty() ? "" : ", ") + key;
        report(Severity::Warning, "topics",
               missing.size() == 1
                   ? mc::text(MC_TR("core", "1 catalogue topic is left out, so compacts made from "
                                            "this template will not prompt for it: %1"),
                              list)
                   : mc::text(MC_TR("core", "%1 catalogue topics are left out, so compacts made "
                                            "from this template will not prompt for them: %2"),
                              missing.size(), list));
    }

    CompactTemplate read(const Json& root) {
        CompactTemplate out;
        if (!root.is_object()) {
            error("", mc::text(MC_TR("core", "expected %1, found %2: this is not a Mentoring "
                                             "Compact template"),
                               mc::text(MC_TR("core", "an object")), found(root)));
            return out;
        }
        if (!header(root))
            return out;
        out.id = text(root, "", "id", true, true);
        if (!out.id.empty())
            if (Text why = templateIdProblem(out.id); !why.empty())
                error("id", std::move(why));
        out.name = text(root, "", "name", true, true);
        out.description = text(root, "", "description", false);
        out.programKind = text(root, "", "programKind", true, true);
        const auto years =
            integer(root, "", "awardYears", true, 1, kMaxTemplateAwardYears, kOutOfRangeYears);
        if (years)
            out.awardYears = *years;
        meetingPlan(root, out);
        roles(root, out);
        topics(root, out);
        goals(root, out);
        milestones(root, out, years.has_value());
        if (!hasErrors(problems))
            coverage(out);
        return out;
    }

private:
    std::string file_;

    std::string fieldOf(const std::string& path) const {
        return path.empty() ? file_ : file_ + ": " + path;
    }

    // A topic key neither in the catalogue nor given a domain: one whole
    // sentence for each case, with the nearest catalogue key when there is one.
    static Text unknownTopic(const std::string& topic, bool looksBuiltIn) {
        const std::string near = nearestTopicKey(topic);
        if (looksBuiltIn)
            return near.empty()
                       ? mc::text(MC_TR("core", "unknown topic \"%1\": use a key of the topic "
                                                "catalogue such as research.productivity"),
                                  cutShort(topic))
                       : mc::text(MC_TR("core", "unknown topic \"%1\": did you mean %2?: use a key "
                                                "of the topic catalogue such as "
                                                "research.productivity"),
                                  cutShort(topic), near);
        return near.empty()
                   ? mc::text(MC_TR("core",
                                    "unknown topic \"%1\": use a key of the topic catalogue "
                                    "such as research.productivity, or give a \"domain\" "
                                    "and a \"prompt\" for a topic of the program's own"),
                              cutShort(topic))
                   : mc::text(MC_TR("core", "unknown topic \"%1\": did you mean %2?: use a key of "
                                            "the topic catalogue such as research.productivity, or "
                                            "give a \"domain\" and a \"prompt\" for a topic of "
                                            "the program's own"),
                              cutShort(topic), near);
    }
};

} // namespace

CompactTemplate parseTemplate(std::string_view text, const std::string& fileName,
                              std::vector<Problem>& warnings) {
    Reader reader(fileName);
    CompactTemplate out;
    try {
        if (blank(text)) {
            reader.error("", mc::text(MC_TR("core", "the file is empty: it holds no template")));
        } else {
            Json root;
            try {
                root = Json::parse(text.begin(), text.end());
            } catch (const Json::parse_error& e) {
                const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
                // nlohmann's own words stay English: they are a library's.
                reader.error("", mc::text(MC_TR("core", "this is not JSON (%1): %2"),
                                          lineAndColumn(text, offset), parseErrorDetail(e.what())));
            }
            if (reader.problems.empty())
                out = reader.read(root);
        }
    } catch (const std::exception& e) {
        // A library surprise is reported like any other problem with the file.
        reader.error("", mc::text(MC_TR("core", "the template could not be read: %1"),
                                  std::string(e.what())));
    }
    if (hasErrors(reader.problems))
        throw ValidationError(std::move(reader.problems));
    warnings.insert(warnings.end(), reader.problems.begin(), reader.problems.end());
    return out;
}

CompactTemplate parseTemplate(std::string_view text, const std::string& fileName) {
    std::vector<Problem> ignored;
    return parseTemplate(text, fileName, ignored);
}

} // namespace mc
