// Reading the JSON interchange format (docs/file-formats.md). parseJson
// reads the whole document, collects every problem with its JSON path and
// throws one ValidationError carrying them all; it never returns a partly
// read document and never throws anything else.

#include "core/ids.h"
#include "core/json_io.h"
#include "core/json_meetings.h"
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

// A user's value inside a message, in quotes and cut short when long.
std::string inQuotes(std::string_view text) {
    constexpr std::size_t kMax = 60;
    if (text.size() <= kMax)
        return "\"" + std::string(text) + "\"";
    std::size_t cut = kMax;
    // Do not cut a UTF-8 sequence in two.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

std::string found(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    case Json::value_t::binary:
    case Json::value_t::discarded:
        break;
    }
    return "something else";
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

// Line and column (counted in characters, from 1) of a byte offset.
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

// nlohmann's what() is "[json.exception.parse_error.101] parse error at
// line 1, column 5: syntax error while parsing ..."; keep the last part.
std::string parseErrorDetail(const std::string& what) {
    std::string detail = what;
    if (const auto pos = detail.find("syntax error"); pos != std::string::npos)
        detail = detail.substr(pos);
    else if (const auto colon = detail.find(": "); colon != std::string::npos)
        detail = detail.substr(colon + 2);
    else if (const auto bracket = detail.find("] "); bracket != std::string::npos)
        detail = detail.substr(bracket + 2);
    return detail;
}

class Reader {
public:
    std::vector<Problem> problems;

    void error(const std::string& field, std::string message) {
        problems.push_back({Severity::Error, field, std::move(message)});
    }

    // The member `name` of `object`, or nullptr when missing or null. A
    // missing or null required member is reported.
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

    // Reports the member `name` of `path` (or `path` itself when `name` is
    // empty) unless `ok`.
    bool expect(const Json& value, bool ok, const std::string& path, std::string_view name,
                std::string_view what) {
        if (!ok)
            error(join(path, name), "expected " + std::string(what) + ", found " + found(value));
        return ok;
    }

    std::string text(const Json& object, const std::string& path, std::string_view name,
                     bool required) {
        const Json* value = member(object, path, name, required);
        if (!value || !expect(*value, value->is_string(), path, name, "a string"))
            return {};
        return value->get<std::string>();
    }

    std::string id(const Json& object, const std::string& path, std::string_view name,
                   bool required) {
        std::string value = text(object, path, name, required);
        if (value.empty() && required && object.contains(name) && object.at(name).is_string())
            error(join(path, name), "is required but empty");
        if (!value.empty() && !isUuid(value)) {
            error(join(path, name), inQuotes(value) +
                                        " is not an id: ids are lower-case UUIDs such as "
                                        "0b8a5c3e-2f41-4d6b-9a7e-1c2d3e4f5a6b");
            return {};
        }
        return value;
    }

    std::string stamp(const Json& object, const std::string& path, std::string_view name) {
        std::string value = text(object, path, name, false);
        if (!value.empty() && !isUtcTimestamp(value)) {
            error(join(path, name), inQuotes(value) + " is not a timestamp: write it in UTC as "
                                                      "2026-11-23T15:24:00.123Z");
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
                error(join(path, name), "is empty: use " + allowedKeys<E>());
            return fallback;
        }
        if (const auto value = fromKey<E>(key))
            return *value;
        error(join(path, name),
              "unknown " + std::string(name) + " " + inQuotes(key) + ": use " + allowedKeys<E>());
        return fallback;
    }

    OptionalDate date(const Json& object, const std::string& path, std::string_view name,
                      bool required) {
        const Json* value = member(object, path, name, required);
        if (!value || !expect(*value, value->is_string(), path, name, "a date as \"YYYY-MM-DD\""))
            return std::nullopt;
        try {
            return parseIsoDate(value->get_ref<const std::string&>());
        } catch (const Error& e) {
            error(join(path, name), e.what());
        } catch (const std::exception&) {
            error(join(path, name), inQuotes(value->get_ref<const std::string&>()) +
                                        " is not a date: write it as YYYY-MM-DD");
        }
        return std::nullopt;
    }

    int integer(const Json& object, const std::string& path, std::string_view name, int fallback) {
        const Json* value = member(object, path, name, false);
        if (!value || !expect(*value, value->is_number(), path, name, "a whole number"))
            return fallback;
        const double number = value->get<double>();
        if (value->is_number_float() && std::trunc(number) != number) {
            error(join(path, name), "expected a whole number, found " + value->dump());
            return fallback;
        }
        if (number < static_cast<double>(INT_MIN) || number > static_cast<double>(INT_MAX)) {
            error(join(path, name), value->dump() + " is out of range");
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
        if (!value || !expect(*value, value->is_boolean(), path, name, "true or false"))
            return fallback;
        return value->get<bool>();
    }

    // The array `name` (optional: missing or null is an empty list).
    const Json* list(const Json& object, const std::string& path, std::string_view name) {
        const Json* value = member(object, path, name, false);
        if (!value || !expect(*value, value->is_array(), path, name, "an array"))
            return nullptr;
        return value;
    }

    bool isObject(const Json& value, const std::string& path) {
        return expect(value, value.is_object(), path, {}, "an object");
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
                error(path, "could not be checked");
            return;
        }
        for (auto& problem : ruleProblems) {
            const std::string field =
                problem.field.empty() ? path : path + "." + jsonPathOf(problem.field);
            if (!isUnder(field))
                problems.push_back({problem.severity, field, problem.message});
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
        auto note = [&](const Holder& holder, const std::string& id) {
            if (id.empty())
                return;
            const auto [it, inserted] = seen.try_emplace(id, holder);
            if (!inserted && it->second.compact != holder.compact)
                error(pathOf(holder) + ".id",
                      "the id " + inQuotes(id) + " is already used by " + pathOf(it->second));
        };
        for (std::size_t c = 0; c < compacts.size(); ++c) {
            const Compact& entry = compacts[c];
            if (const auto it = seen.find(entry.id); it != seen.end() && !entry.id.empty()) {
                error(paths[c] + ".id",
                      "the id " + inQuotes(entry.id) + " is already used by " + pathOf(it->second));
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
        if (format == root.end() || !format->is_string()) {
            error("format", format == root.end()
                                ? "is missing: this is not a Mentoring Compact JSON file"
                                : "expected a string, found " + found(*format) +
                                      ": this is not a Mentoring Compact JSON file");
            return false;
        }
        if (format->get_ref<const std::string&>() != kJsonFormatName) {
            error("format", inQuotes(format->get_ref<const std::string&>()) +
                                " is not a Mentoring Compact JSON file: expected \"" +
                                std::string(kJsonFormatName) + "\"");
            return false;
        }
        const Json* version = member(root, "", "formatVersion", true);
        if (!version)
            return true;
        if (!version->is_number_integer() && !version->is_number_unsigned()) {
            error("formatVersion", "expected a whole number, found " + found(*version));
            return true;
        }
        const bool tooNew =
            version->is_number_unsigned()
                ? version->get<std::uint64_t>() > static_cast<std::uint64_t>(kJsonFormatVersion)
                : version->get<std::int64_t>() > kJsonFormatVersion;
        if (tooNew) {
            error("formatVersion",
                  "the file was written by a newer version of Mentoring Compact (format version " +
                      version->dump() + "): this version reads format version " +
                      std::to_string(kJsonFormatVersion) + " and older, please update");
            return false;
        }
        if (version->get<std::int64_t>() < 1) {
            error("formatVersion", version->dump() + " is not a format version: the first is 1");
            return false;
        }
        return true;
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
        if (!isObject(root, "")) {
            problems.back().message += ": this is not a Mentoring Compact JSON file";
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
        if (!compacts || !expect(*compacts, compacts->is_array(), "compacts", {}, "an array"))
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
            throw ValidationError({{Severity::Error, "", "the file is empty: it holds no JSON"}});
        Json root;
        try {
            root = Json::parse(text.begin(), text.end());
        } catch (const Json::parse_error& e) {
            const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
            throw ValidationError({{Severity::Error, "",
                                    "this is not JSON (" + lineAndColumn(text, offset) +
                                        "): " + parseErrorDetail(e.what())}});
        } catch (const Json::exception& e) {
            throw ValidationError(
                {{Severity::Error, "", "this is not JSON: " + parseErrorDetail(e.what())}});
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
            {{Severity::Error, "", std::string("the JSON could not be read: ") + e.what()}});
    }
}

} // namespace mc
