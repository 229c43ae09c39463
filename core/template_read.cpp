// Reading one template file (docs/file-formats.md, "Templates"). Every
// problem is collected with "<file>: <json path>" so a program office can
// fix a whole file at once; nothing partial is ever returned.

#include "core/templates.h"
#include "core/topics.h"
#include "core/validation.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace mc {

namespace {

using Json = nlohmann::json;

std::string join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string at(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string inQuotes(std::string_view text) {
    constexpr std::size_t kMax = 60;
    std::size_t cut = std::min(kMax, text.size());
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return "\"" + std::string(text.substr(0, cut)) + (cut < text.size() ? "...\"" : "\"");
}

// "a string", "an array", "null", "true" for "expected ..., found ...".
std::string found(const Json& value) {
    if (value.is_null() || value.is_boolean())
        return value.dump();
    const std::string type = value.type_name();
    return (type == "array" || type == "object" ? "an " : "a ") + type;
}

std::string lineAndColumn(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string parseErrorDetail(const std::string& what) {
    if (const auto pos = what.find("syntax error"); pos != std::string::npos)
        return what.substr(pos);
    if (const auto colon = what.find(": "); colon != std::string::npos)
        return what.substr(colon + 2);
    return what;
}

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

    void report(Severity severity, const std::string& path, std::string message) {
        problems.push_back(
            {severity, path.empty() ? file_ : file_ + ": " + path, std::move(message)});
    }
    void error(const std::string& path, std::string message) {
        report(Severity::Error, path, std::move(message));
    }

    const Json* member(const Json& object, const std::string& path, std::string_view name,
                       bool required) {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required)
                error(join(path, name),
                      it == object.end() ? "is required but missing" : "is required but is null");
            return nullptr;
        }
        return &*it;
    }

    bool expect(const Json& value, bool ok, const std::string& field, std::string_view what) {
        if (!ok)
            error(field, "expected " + std::string(what) + ", found " + found(value));
        return ok;
    }

    // A string member. `line`: one line (names, titles); otherwise text
    // that may hold line breaks. A required one may not be blank.
    std::string text(const Json& object, const std::string& path, std::string_view name,
                     bool required, bool line = false) {
        const Json* value = member(object, path, name, required);
        const std::string field = join(path, name);
        if (!value || !expect(*value, value->is_string(), field, "a string"))
            return {};
        std::string out = value->get<std::string>();
        const std::size_t limit = line ? kMaxNameLength : kMaxTextLength;
        if (required && blank(out))
            error(field, "is empty: write it out");
        else if (hasControl(out, !line))
            error(field, line ? "contains a line break or an invisible control character: "
                                "keep it on one line"
                              : "contains an invisible control character: remove it");
        else if (out.size() > limit)
            error(field, "is " + std::to_string(out.size()) + " bytes long: the limit is " +
                             std::to_string(limit));
        return out;
    }

    std::optional<int> integer(const Json& object, const std::string& path, std::string_view name,
                               bool required, int low, int high, std::string_view unit) {
        const Json* value = member(object, path, name, required);
        const std::string field = join(path, name);
        if (!value || !expect(*value, value->is_number(), field, "a whole number"))
            return std::nullopt;
        const double number = value->get<double>();
        if (std::trunc(number) != number) {
            error(field, "expected a whole number, found " + value->dump());
            return std::nullopt;
        }
        if (number < low || number > high) {
            error(field, value->dump() + " is out of range: use " + std::to_string(low) + " to " +
                             std::to_string(high) + std::string(unit));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    template <typename E>
    std::optional<E> enumeration(const Json& object, const std::string& path, std::string_view name,
                                 bool required = true) {
        const Json* value = member(object, path, name, required);
        const std::string field = join(path, name);
        if (!value || !expect(*value, value->is_string(), field, "a string"))
            return std::nullopt;
        const auto& key = value->get_ref<const std::string&>();
        if (const auto parsed = fromKey<E>(key))
            return parsed;
        error(field,
              "unknown " + std::string(name) + " " + inQuotes(key) + ": use " + allowedKeys<E>());
        return std::nullopt;
    }

    // The array member `name`; missing is an empty list unless required.
    const Json* list(const Json& object, const std::string& path, std::string_view name,
                     bool required) {
        const Json* value = member(object, path, name, required);
        if (!value || !expect(*value, value->is_array(), join(path, name), "an array"))
            return nullptr;
        return value;
    }

    bool isObject(const Json& value, const std::string& path) {
        return expect(value, value.is_object(), path, "an object");
    }

    bool header(const Json& root) {
        const auto format = root.find("format");
        if (format == root.end() || !format->is_string()) {
            error("format", "is missing: this is not a Mentoring Compact template");
            return false;
        }
        const auto& name = format->get_ref<const std::string&>();
        if (name != kTemplateFormatName) {
            error("format", inQuotes(name) + " is not a Mentoring Compact template: expected \"" +
                                std::string(kTemplateFormatName) + "\"" +
                                (name == "mentoring-compact"
                                     ? " (this is an exported compact; import it instead)"
                                     : ""));
            return false;
        }
        const auto version = integer(root, "", "formatVersion", true, 1, 1'000'000, "");
        if (version && *version > kTemplateFormatVersion)
            error("formatVersion", "the template was written by a newer version of Mentoring "
                                   "Compact (format version " +
                                       std::to_string(*version) + "): please update");
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
            if (const auto value = integer(*in, path, name, false, -1000, 1000, ""))
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
            report(problem.severity, field, problem.message);
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
                error(join(path, "role"), "the role " + std::string(toKey(role.role)) +
                                              " is listed twice: describe each role once");
                continue;
            }
            anyMentor = anyMentor || isMentorRole(role.role);
            out.roles.push_back(std::move(role));
        }
        if (!anyMentor && problems.size() == before)
            error("roles", "names no mentor: list at least primary_mentor");
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
                error(join(path, "domain"), "the topic " + out.topic + " belongs to the domain " +
                                                std::string(toKey(known->domain)) +
                                                ": leave \"domain\" out for catalogue topics");
            return out;
        }
        const auto dot = out.topic.find('.');
        const bool looksBuiltIn =
            dot != std::string::npos && fromKey<Domain>(out.topic.substr(0, dot)).has_value();
        if (looksBuiltIn || !domainValue) {
            const std::string near = nearestTopicKey(out.topic);
            error(join(path, "topic"),
                  "unknown topic " + inQuotes(out.topic) +
                      (near.empty() ? std::string() : ": did you mean " + near + "?") +
                      ": use a key of the topic catalogue such as research.productivity" +
                      (looksBuiltIn ? std::string()
                                    : ", or give a \"domain\" and a \"prompt\" for a topic of "
                                      "the program's own"));
            return std::nullopt;
        }
        if (!domain)
            return std::nullopt;
        out.domain = *domain;
        if (blank(out.prompt))
            error(join(path, "prompt"), "is missing: a topic of the program's own needs the "
                                        "question it asks");
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
                error(join(path, "topic"), "the topic " + parsed->topic + " is already in " +
                                               it->second + ": put all its clauses in one entry");
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
            error(join(path, name), "the role " + std::string(toKey(*role)) +
                                        " is not among the template's \"roles\": add it there");
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
                          "a goal belongs to the scholar or a mentor, not the " +
                              std::string(toKey(*owner)));
            }
            if (const auto horizon = enumeration<Horizon>(in, path, "horizon"))
                goal.horizon = *horizon;
            goal.text = text(in, path, "text", true);
            goal.targetAfterMonths =
                integer(in, path, "targetAfterMonths", false, 0, kMaxGoalTargetMonths, " months");
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
            const std::string rangeNote =
                yearsKnown ? " months (the award period of " + std::to_string(out.awardYears) +
                                 (out.awardYears == 1 ? " year)" : " years)")
                           : " months";
            if (const auto due =
                    integer(in, path, "dueAfterMonths", true, 0,
                            yearsKnown ? lastMonth : kMaxTemplateAwardYears * 12, rangeNote))
                milestone.dueAfterMonths = *due;
            if (const auto goal = integer(in, path, "goal", false, 0, 1'000'000, "")) {
                if (static_cast<std::size_t>(*goal) >= out.goals.size())
                    error(join(path, "goal"),
                          std::to_string(*goal) + " is not a goal: \"goal\" counts from 0 in " +
                              "\"goals\", which has " + std::to_string(out.goals.size()));
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
        const bool one = missing.size() == 1;
        report(Severity::Warning, "topics",
               std::to_string(missing.size()) +
                   (one ? " catalogue topic is" : " catalogue topics are") +
                   " left out, so compacts made from this template will not prompt for " +
                   (one ? "it: " : "them: ") + list);
    }

    CompactTemplate read(const Json& root) {
        CompactTemplate out;
        if (!isObject(root, "")) {
            problems.back().message += ": this is not a Mentoring Compact template";
            return out;
        }
        if (!header(root))
            return out;
        out.id = text(root, "", "id", true, true);
        if (!out.id.empty())
            if (const std::string why = checkTemplateId(out.id); !why.empty())
                error("id", why);
        out.name = text(root, "", "name", true, true);
        out.description = text(root, "", "description", false);
        out.programKind = text(root, "", "programKind", true, true);
        const auto years =
            integer(root, "", "awardYears", true, 1, kMaxTemplateAwardYears, " years");
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
};

} // namespace

CompactTemplate parseTemplate(std::string_view text, const std::string& fileName,
                              std::vector<Problem>& warnings) {
    Reader reader(fileName);
    CompactTemplate out;
    try {
        if (blank(text)) {
            reader.error("", "the file is empty: it holds no template");
        } else {
            Json root;
            try {
                root = Json::parse(text.begin(), text.end());
            } catch (const Json::parse_error& e) {
                const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
                reader.error("", "this is not JSON (" + lineAndColumn(text, offset) +
                                     "): " + parseErrorDetail(e.what()));
            }
            if (reader.problems.empty())
                out = reader.read(root);
        }
    } catch (const std::exception& e) {
        // A library surprise is reported like any other problem with the file.
        reader.error("", std::string("the template could not be read: ") + e.what());
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
