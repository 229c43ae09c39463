// Reading the JSON interchange format (docs/file-formats.md). parseJson
// reads the whole document, collects every problem with its JSON path and
// throws one ValidationError carrying them all; it never returns a partly
// read document and never throws anything else.

#include "core/ids.h"
#include "core/json_io.h"
#include "core/json_meetings.h"
#include "core/json_reading.h"
#include "core/json_reviews.h"
#include "core/json_signing.h"
#include "core/json_worksheets.h"
#include "core/validation.h"

#include <climits>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace mc {

namespace {

using Json = nlohmann::json;
using namespace json_reading;

// Paths are joined only when a problem is reported: an import reads about
// a million fields, nearly all of them fine.
std::string join(const std::string& path, std::string_view name) {
    if (name.empty())
        return path;
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string at(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

// The model's names for a few fields differ from the JSON keys; problems
// from the domain rules are reported under the JSON names.
std::string jsonPathOf(const std::string& modelField) {
    static const std::map<std::string, std::string, std::less<>> renamed = {
        {"responsibleId", "responsible"}, {"ownerId", "owner"},
        {"targetDate", "target"},         {"goalId", "goal"},
        {"templateId", "template"},
    };
    std::string out;
    std::size_t begin = 0;
    while (begin <= modelField.size()) {
        std::size_t end = modelField.find('.', begin);
        if (end == std::string::npos)
            end = modelField.size();
        std::string segment = modelField.substr(begin, end - begin);
        const std::size_t bracket = segment.find('[');
        const std::string name = segment.substr(0, bracket);
        if (const auto it = renamed.find(name); it != renamed.end())
            segment = it->second + (bracket == std::string::npos ? "" : segment.substr(bracket));
        // meetingPlan.recurrence.cadence is meetingPlan.cadence in JSON.
        if (segment != "recurrence")
            out = out.empty() ? segment : out + "." + segment;
        begin = end + 1;
    }
    return out;
}

class Reader {
public:
    std::vector<Problem> problems;

    void error(const std::string& field, Text message) {
        problems.emplace_back(Severity::Error, field, std::move(message));
    }

    // The member `name` of `object`, or nullptr when missing or null. A
    // missing or null required member is reported.
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

    // Reports the member `name` of `path` (or `path` itself when `name` is
    // empty) unless `ok`.
    bool expect(const Json& value, bool ok, const std::string& path, std::string_view name,
                Text what) {
        if (!ok)
            error(join(path, name),
                  mc::text(MC_TR("core", "expected %1, found %2"), std::move(what), found(value)));
        return ok;
    }

    std::string text(const Json& object, const std::string& path, std::string_view name,
                     bool required) {
        const Json* value = member(object, path, name, required);
        if (!value ||
            !expect(*value, value->is_string(), path, name, mc::text(MC_TR("core", "a string"))))
            return {};
        return value->get<std::string>();
    }

    std::string id(const Json& object, const std::string& path, std::string_view name,
                   bool required) {
        std::string value = text(object, path, name, required);
        if (value.empty() && required && object.contains(name) && object.at(name).is_string())
            error(join(path, name), mc::text(MC_TR("core", "is required but empty")));
        if (!value.empty() && !isUuid(value)) {
            error(join(path, name),
                  mc::text(MC_TR("core", "\"%1\" is not an id: ids are lower-case "
                                         "UUIDs such as "
                                         "0b8a5c3e-2f41-4d6b-9a7e-1c2d3e4f5a6b"),
                           cutShort(value)));
            return {};
        }
        return value;
    }

    std::string stamp(const Json& object, const std::string& path, std::string_view name) {
        std::string value = text(object, path, name, false);
        if (!value.empty() && !isUtcTimestamp(value)) {
            error(join(path, name), mc::text(MC_TR("core", "\"%1\" is not a timestamp: write it in "
                                                           "UTC as 2026-11-23T15:24:00.123Z"),
                                             cutShort(value)));
            return {};
        }
        return value;
    }

    void stamps(Stamps& out, const Json& object, const std::string& path) {
        out.id = id(object, path, "id", true);
        out.created = stamp(object, path, "created");
        out.updated = stamp(object, path, "updated");
    }

    template <typename E>
    E enumeration(const Json& object, const std::string& path, std::string_view name, E fallback,
                  bool required = true) {
        const std::string key = text(object, path, name, required);
        if (key.empty()) {
            if (object.contains(name) && object.at(name).is_string())
                error(join(path, name), mc::text(MC_TR("core", "is empty: use %1"), oneOf<E>()));
            return fallback;
        }
        if (const auto value = fromKey<E>(key))
            return *value;
        error(join(path, name), mc::text(MC_TR("core", "unknown %1 \"%2\": use %3"),
                                         std::string(name), cutShort(key), oneOf<E>()));
        return fallback;
    }

    OptionalDate date(const Json& object, const std::string& path, std::string_view name,
                      bool required) {
        const Json* value = member(object, path, name, required);
        if (!value || !expect(*value, value->is_string(), path, name,
                              mc::text(MC_TR("core", "a date as \"YYYY-MM-DD\""))))
            return std::nullopt;
        try {
            return parseIsoDate(value->get_ref<const std::string&>());
        } catch (const Error& e) {
            error(join(path, name), messageOf(e));
        } catch (const std::exception&) {
            error(join(path, name),
                  mc::text(MC_TR("core", "\"%1\" is not a date: write it as YYYY-MM-DD"),
                           cutShort(value->get_ref<const std::string&>())));
        }
        return std::nullopt;
    }

    int integer(const Json& object, const std::string& path, std::string_view name, int fallback) {
        const Json* value = member(object, path, name, false);
        if (!value || !expect(*value, value->is_number(), path, name,
                              mc::text(MC_TR("core", "a whole number"))))
            return fallback;
        const double number = value->get<double>();
        if (value->is_number_float() && std::trunc(number) != number) {
            error(join(path, name),
                  mc::text(MC_TR("core", "expected %1, found %2"),
                           mc::text(MC_TR("core", "a whole number")), value->dump()));
            return fallback;
        }
        if (number < static_cast<double>(INT_MIN) || number > static_cast<double>(INT_MAX)) {
            error(join(path, name), mc::text(MC_TR("core", "%1 is out of range"), value->dump()));
            return fallback;
        }
        if (value->is_number_unsigned())
            return static_cast<int>(value->get<std::uint64_t>());
        if (value->is_number_integer())
            return static_cast<int>(value->get<std::int64_t>());
        return static_cast<int>(number);
    }

    bool boolean(const Json& object, const std::string& path, std::string_view name,
                 bool fallback) {
        const Json* value = member(object, path, name, false);
        if (!value || !expect(*value, value->is_boolean(), path, name,
                              mc::text(MC_TR("core", "true or false"))))
            return fallback;
        return value->get<bool>();
    }

    // The array `name` (optional: missing or null is an empty list).
    const Json* list(const Json& object, const std::string& path, std::string_view name) {
        const Json* value = member(object, path, name, false);
        if (!value ||
            !expect(*value, value->is_array(), path, name, mc::text(MC_TR("core", "an array"))))
            return nullptr;
        return value;
    }

    bool isObject(const Json& value, const std::string& path) {
        return expect(value, value.is_object(), path, {}, mc::text(MC_TR("core", "an object")));
    }

    Person person(const Json& in, const std::string& path) {
        Person out;
        stamps(out, in, path);
        out.role = enumeration(in, path, "role", Role::Scholar);
        out.name = text(in, path, "name", true);
        out.email = text(in, path, "email", false);
        out.department = text(in, path, "department", false);
        out.institution = text(in, path, "institution", false);
        out.responsibilities = text(in, path, "responsibilities", false);
        return out;
    }

    Expectation expectation(const Json& in, const std::string& path) {
        Expectation out;
        stamps(out, in, path);
        out.domain = enumeration(in, path, "domain", Domain::Research);
        out.topic = text(in, path, "topic", false);
        out.text = text(in, path, "text", true);
        out.direction = enumeration(in, path, "direction", Direction::Mutual);
        out.origin = enumeration(in, path, "origin", Origin::Negotiated);
        out.state = enumeration(in, path, "state", ExpectationState::Proposed);
        return out;
    }

    Goal goal(const Json& in, const std::string& path) {
        Goal out;
        stamps(out, in, path);
        out.ownerId = id(in, path, "owner", true);
        out.horizon = enumeration(in, path, "horizon", Horizon::Career);
        out.text = text(in, path, "text", true);
        out.targetDate = date(in, path, "target", false);
        out.status = enumeration(in, path, "status", GoalStatus::Active);
        return out;
    }

    Milestone milestone(const Json& in, const std::string& path) {
        Milestone out;
        stamps(out, in, path);
        out.title = text(in, path, "title", true);
        out.kind = enumeration(in, path, "kind", MilestoneKind::Other);
        out.responsibleId = id(in, path, "responsible", true);
        out.goalId = id(in, path, "goal", false);
        if (const auto due = date(in, path, "due", true))
            out.due = *due;
        out.done = date(in, path, "done", false);
        out.status = enumeration(in, path, "status", MilestoneStatus::Planned);
        out.outcomeNote = text(in, path, "outcomeNote", false);
        out.mentorConfirmed = boolean(in, path, "mentorConfirmed", false);
        return out;
    }

    MeetingPlan meetingPlan(const Json& in, const std::string& path) {
        MeetingPlan out;
        Recurrence& recurrence = out.recurrence;
        recurrence.cadence = enumeration(in, path, "cadence", recurrence.cadence, false);
        recurrence.weekday = integer(in, path, "weekday", recurrence.weekday);
        recurrence.weekOfMonth = integer(in, path, "weekOfMonth", recurrence.weekOfMonth);
        recurrence.intervalDays = integer(in, path, "intervalDays", recurrence.intervalDays);
        out.durationMinutes = integer(in, path, "durationMinutes", out.durationMinutes);
        out.channels = text(in, path, "channels", false);
        out.standingTopics = text(in, path, "standingTopics", false);
        out.scholarPreparation = text(in, path, "scholarPreparation", false);
        out.updated = stamp(in, path, "updated");
        return out;
    }

    // Reads each object of the array `name` with `read`.
    template <typename T, typename Read>
    std::vector<T> items(const Json& in, const std::string& path, std::string_view name,
                         Read read) {
        std::vector<T> out;
        const Json* array = list(in, path, name);
        if (!array)
            return out;
        const std::string listPath = join(path, name);
        for (std::size_t i = 0; i < array->size(); ++i) {
            const std::string itemPath = at(listPath, i);
            if (isObject((*array)[i], itemPath))
                out.push_back((this->*read)((*array)[i], itemPath));
        }
        return out;
    }

    Compact compact(const Json& in, const std::string& path) {
        Compact out;
        stamps(out, in, path);
        out.title = text(in, path, "title", true);
        out.program = text(in, path, "program", false);
        out.cohort = text(in, path, "cohort", false);
        out.status = enumeration(in, path, "status", CompactStatus::Draft);
        out.templateId = text(in, path, "template", false);
        if (const auto start = date(in, path, "start", true))
            out.start = *start;
        if (const auto end = date(in, path, "end", true))
            out.end = *end;
        out.people = items<Person>(in, path, "people", &Reader::person);
        for (std::size_t i = 0; i < out.people.size(); ++i)
            out.people[i].position = static_cast<int>(i);
        out.expectations = items<Expectation>(in, path, "expectations", &Reader::expectation);
        std::map<Domain, int> nextInDomain;
        for (auto& item : out.expectations)
            item.position = nextInDomain[item.domain]++;
        out.goals = items<Goal>(in, path, "goals", &Reader::goal);
        for (std::size_t i = 0; i < out.goals.size(); ++i)
            out.goals[i].position = static_cast<int>(i);
        out.milestones = items<Milestone>(in, path, "milestones", &Reader::milestone);
        if (const Json* plan = member(in, path, "meetingPlan", false))
            if (isObject(*plan, join(path, "meetingPlan")))
                out.meetingPlan = meetingPlan(*plan, join(path, "meetingPlan"));
        if (const Json* closing = member(in, path, "closing", false))
            if (isObject(*closing, join(path, "closing"))) {
                const std::string closingPath = join(path, "closing");
                Closing read;
                if (const auto on = date(*closing, closingPath, "on", true))
                    read.on = *on;
                read.reason = enumeration(*closing, closingPath, "reason", ClosingReason::Other);
                read.note = text(*closing, closingPath, "note", false);
                out.closing = read;
            }
        return out;
    }

    // The domain rules on a compact read from `path`. A rule broken at a
    // field that could not be read is left out: the reading problem
    // already says what is wrong there. So is a rule about a whole list
    // (no scholar among the people) when one of its items could not be
    // read: the rule saw a stand-in value, not the file's.
    void checkRules(const Compact& compact, const std::string& path, std::size_t firstProblem) {
        std::vector<std::string> unreadable;
        for (std::size_t i = firstProblem; i < problems.size(); ++i)
            unreadable.push_back(problems[i].field);
        const auto isUnder = [&](const std::string& field) {
            for (const auto& bad : unreadable)
                if (field == bad || field.starts_with(bad + ".") || field.starts_with(bad + "[") ||
                    bad.starts_with(field + "["))
                    return true;
            return false;
        };
        std::vector<Problem> ruleProblems;
        try {
            ruleProblems = validateCompact(compact);
        } catch (const std::exception&) {
            // A value left unset by a reading problem may upset a rule;
            // the reading problems are reported already.
            if (unreadable.empty())
                error(path, mc::text(MC_TR("core", "could not be checked")));
            return;
        }
        for (auto& problem : ruleProblems) {
            problem.field = problem.field.empty() ? path : path + "." + jsonPathOf(problem.field);
            if (!isUnder(problem.field))
                problems.push_back(std::move(problem)); // keeps the message translatable
        }
    }

    // Ids must be unique in the whole document: a compact id may appear
    // once, and no part of one compact may share its id with a part of
    // another (the rules of a compact catch repeats within it).
    void checkIdsAcrossCompacts(const std::vector<Compact>& compacts,
                                const std::vector<std::string>& paths) {
        // Where an id was first seen: its compact, and the list and index of
        // the part (no list: the compact itself). The path is spelled out
        // only for a repeat; the keys view the ids held by `compacts`.
        struct Holder {
            std::size_t compact;
            const char* list;
            std::size_t item;
        };
        const auto pathOf = [&paths](const Holder& holder) {
            return holder.list ? at(paths[holder.compact] + "." + holder.list, holder.item)
                               : paths[holder.compact];
        };
        std::unordered_map<std::string_view, Holder> seen;
        const auto repeated = [&](const Holder& holder, const std::string& id,
                                  const Holder& first) {
            error(pathOf(holder) + ".id",
                  mc::text(MC_TR("core", "the id \"%1\" is already used by %2"), cutShort(id),
                           pathOf(first)));
        };
        auto note = [&](const Holder& holder, const std::string& id) {
            if (id.empty())
                return;
            const auto [it, inserted] = seen.try_emplace(id, holder);
            if (!inserted && it->second.compact != holder.compact)
                repeated(holder, id, it->second);
        };
        for (std::size_t c = 0; c < compacts.size(); ++c) {
            const Compact& entry = compacts[c];
            if (const auto it = seen.find(entry.id); it != seen.end() && !entry.id.empty()) {
                repeated({c, nullptr, 0}, entry.id, it->second);
                continue;
            }
            note({c, nullptr, 0}, entry.id);
            for (std::size_t i = 0; i < entry.people.size(); ++i)
                note({c, "people", i}, entry.people[i].id);
            for (std::size_t i = 0; i < entry.expectations.size(); ++i)
                note({c, "expectations", i}, entry.expectations[i].id);
            for (std::size_t i = 0; i < entry.goals.size(); ++i)
                note({c, "goals", i}, entry.goals[i].id);
            for (std::size_t i = 0; i < entry.milestones.size(); ++i)
                note({c, "milestones", i}, entry.milestones[i].id);
        }
    }

    // The format and version; false when the document is not one we can read.
    bool header(const Json& root) {
        const auto format = root.find("format");
        if (format == root.end()) {
            error("format",
                  mc::text(MC_TR("core", "is missing: this is not a Mentoring Compact JSON file")));
            return false;
        }
        if (!format->is_string()) {
            notOurs("format", mc::text(MC_TR("core", "a string")), *format);
            return false;
        }
        if (format->get_ref<const std::string&>() != kJsonFormatName) {
            error("format", mc::text(MC_TR("core", "\"%1\" is not a Mentoring Compact JSON file: "
                                                   "expected \"%2\""),
                                     cutShort(format->get_ref<const std::string&>()),
                                     std::string(kJsonFormatName)));
            return false;
        }
        const Json* version = member(root, "", "formatVersion", true);
        if (!version)
            return true;
        if (!version->is_number_integer() && !version->is_number_unsigned()) {
            error("formatVersion",
                  mc::text(MC_TR("core", "expected %1, found %2"),
                           mc::text(MC_TR("core", "a whole number")), found(*version)));
            return true;
        }
        const bool tooNew =
            version->is_number_unsigned()
                ? version->get<std::uint64_t>() > static_cast<std::uint64_t>(kJsonFormatVersion)
                : version->get<std::int64_t>() > kJsonFormatVersion;
        if (tooNew) {
            error("formatVersion",
                  mc::text(MC_TR("core", "the file was written by a newer version of Mentoring "
                                         "Compact (format version %1): this version reads format "
                                         "version %2 and older, please update"),
                           version->dump(), kJsonFormatVersion));
            return false;
        }
        if (version->get<std::int64_t>() < 1) {
            error("formatVersion",
                  mc::text(MC_TR("core", "%1 is not a format version: the first is 1"),
                           version->dump()));
            return false;
        }
        return true;
    }

    // `field` is not what a Mentoring Compact JSON file holds there.
    void notOurs(const std::string& field, Text expected, const Json& value) {
        error(field,
              mc::text(MC_TR("core", "expected %1, found %2: this is not a Mentoring Compact "
                                     "JSON file"),
                       std::move(expected), found(value)));
    }

    // The compact's versions and signers (json_signing.cpp), kept when it
    // has any.
    void readSigning(const Json& in, const std::string& path, const Compact& compact,
                     std::vector<SigningHistory>& out) {
        SigningHistory history = readSigningJson(in, path, compact, problems);
        if (!history.signers.empty() || !history.versions.empty())
            out.push_back(std::move(history));
    }

    JsonDocument document(const Json& root) {
        JsonDocument out;
        if (!root.is_object()) {
            notOurs("", mc::text(MC_TR("core", "an object")), root);
            return out;
        }
        if (!header(root))
            return out;
        if (const Json* info = member(root, "", "workspace", false);
            info && isObject(*info, "workspace")) {
            out.workspace.id = id(*info, "workspace", "id", false);
            out.workspace.name = text(*info, "workspace", "name", false);
            out.workspace.created = stamp(*info, "workspace", "created");
            out.workspace.updated = stamp(*info, "workspace", "updated");
        }
        const Json* compacts = member(root, "", "compacts", true);
        if (!compacts || !expect(*compacts, compacts->is_array(), "compacts", {},
                                 mc::text(MC_TR("core", "an array"))))
            return out;
        std::vector<std::string> paths;
        for (std::size_t i = 0; i < compacts->size(); ++i) {
            const std::string path = at("compacts", i);
            if (!isObject((*compacts)[i], path))
                continue;
            const std::size_t firstProblem = problems.size();
            Compact parsed = compact((*compacts)[i], path);
            checkRules(parsed, path, firstProblem);
            readSigning((*compacts)[i], path, parsed, out.signing);
            for (Worksheet& w : readWorksheetsJson((*compacts)[i], path, parsed, problems))
                out.worksheets.push_back(std::move(w));
            for (Meeting& m : readMeetingsJson((*compacts)[i], path, parsed, problems))
                out.meetings.push_back(std::move(m));
            for (ReviewRecord& r : readReviewsJson((*compacts)[i], path, parsed, problems))
                out.reviews.push_back(std::move(r));
            out.compacts.push_back(std::move(parsed));
            paths.push_back(path);
        }
        checkIdsAcrossCompacts(out.compacts, paths);
        return out;
    }
};

} // namespace

JsonDocument parseJson(std::string_view text) {
    try {
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
            throw ValidationError(
                {{Severity::Error, "",
                  mc::text(MC_TR("core", "the file is empty: it holds no JSON"))}});
        Json root;
        try {
            root = Json::parse(text.begin(), text.end());
        } catch (const Json::parse_error& e) {
            const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
            // nlohmann's own words stay English: they are a library's.
            throw ValidationError(
                {{Severity::Error, "",
                  mc::text(MC_TR("core", "this is not JSON (%1): %2"), lineAndColumn(text, offset),
                           parseErrorDetail(e.what()))}});
        } catch (const Json::exception& e) {
            throw ValidationError(
                {{Severity::Error, "",
                  mc::text(MC_TR("core", "this is not JSON: %1"), parseErrorDetail(e.what()))}});
        }
        Reader reader;
        JsonDocument document = reader.document(root);
        if (hasErrors(reader.problems))
            throw ValidationError(std::move(reader.problems));
        return document;
    } catch (const ValidationError&) {
        throw;
    } catch (const std::exception& e) {
        // Whatever else went wrong (memory, a library surprise) is reported
        // the same way, so callers handle exactly one kind of failure.
        throw ValidationError(
            {{Severity::Error, "",
              mc::text(MC_TR("core", "the JSON could not be read: %1"), std::string(e.what()))}});
    }
}

} // namespace mc
