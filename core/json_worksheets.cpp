// Worksheets in JSON: the fields shared by worksheet files and the
// workspace interchange, and a compact's "worksheets" and "alignment".

#include "core/json_worksheets.h"

#include "core/alignment.h"
#include "core/ids.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>

namespace mc {

using Ordered = nlohmann::ordered_json;
using Json = nlohmann::json;

namespace {

// The keys of a closed vocabulary, for "use one of: ...".
template <typename E> Text oneOf() {
    const std::string keys = allowedKeys<E>();
    return mc::text(MC_TR("core", "one of: %1"), keys.substr(std::string("one of: ").size()));
}

} // namespace

Ordered worksheetAnswerJson(const WorksheetAnswer& a) {
    Ordered out = Ordered::object();
    out["id"] = a.id;
    out["created"] = a.created;
    out["updated"] = a.updated;
    out["domain"] = std::string(toKey(a.domain));
    out["topic"] = a.topic;
    out["ownTopicTitle"] = a.ownTopicTitle;
    out["responsibility"] = a.responsibility;
    out["importance"] = a.importance;
    out["text"] = a.text;
    return out;
}

std::string WorksheetJsonReader::join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string WorksheetJsonReader::typeOf(const Json& value) {
    return typeText(value).english();
}

Text WorksheetJsonReader::typeText(const Json& value) {
    if (value.is_null())
        return literal("null"); // JSON's own word
    if (value.is_string())
        return mc::text(MC_TR("core", "a string"));
    if (value.is_number())
        return mc::text(MC_TR("core", "a number"));
    if (value.is_boolean())
        return mc::text(MC_TR("core", "true or false"));
    if (value.is_array())
        return mc::text(MC_TR("core", "an array"));
    return mc::text(MC_TR("core", "an object"));
}

void WorksheetJsonReader::error(const std::string& field, std::string message) {
    problems_.push_back({Severity::Error, prefix_ + field, std::move(message)});
}

void WorksheetJsonReader::error(const std::string& field, Text message) {
    problems_.emplace_back(Severity::Error, prefix_ + field, std::move(message));
}

void WorksheetJsonReader::wrongType(const std::string& field, Text what, const Json& value) {
    error(field,
          mc::text(MC_TR("core", "expected %1, found %2"), std::move(what), typeText(value)));
}

const Json* WorksheetJsonReader::member(const Json& object, const std::string& path,
                                        std::string_view name, bool required) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        if (required)
            error(join(path, name), mc::text(MC_TR("core", "is required but missing")));
        return nullptr;
    }
    return &*it;
}

std::string WorksheetJsonReader::text(const Json& object, const std::string& path,
                                      std::string_view name, bool required) {
    const Json* value = member(object, path, name, required);
    if (value == nullptr)
        return {};
    if (!value->is_string()) {
        wrongType(join(path, name), mc::text(MC_TR("core", "a string")), *value);
        return {};
    }
    return value->get<std::string>();
}

std::string WorksheetJsonReader::id(const Json& object, const std::string& path,
                                    std::string_view name) {
    std::string value = text(object, path, name, true);
    if (!value.empty() && !isUuid(value)) {
        error(join(path, name),
              mc::text(MC_TR("core", "\"%1\" is not an id: ids are lower-case UUIDs"), value));
        return {};
    }
    return value;
}

std::string WorksheetJsonReader::stamp(const Json& object, const std::string& path,
                                       std::string_view name) {
    std::string value = text(object, path, name, false);
    if (!value.empty() && !isUtcTimestamp(value)) {
        error(join(path, name), mc::text(MC_TR("core", "\"%1\" is not a timestamp: write it in "
                                                       "UTC as 2026-11-23T15:24:00.123Z"),
                                         value));
        return {};
    }
    return value;
}

int WorksheetJsonReader::integer(const Json& object, const std::string& path,
                                 std::string_view name) {
    const Json* value = member(object, path, name, false);
    if (value == nullptr)
        return 0;
    const bool whole =
        value->is_number_integer() || value->is_number_unsigned() ||
        (value->is_number_float() && std::trunc(value->get<double>()) == value->get<double>());
    if (!whole) {
        error(join(path, name),
              mc::text(MC_TR("core", "expected %1, found %2"),
                       mc::text(MC_TR("core", "a whole number")),
                       value->is_number() ? literal(value->dump()) : typeText(*value)));
        return 0;
    }
    const double number = value->get<double>();
    if (number < INT_MIN || number > INT_MAX) {
        error(join(path, name), mc::text(MC_TR("core", "%1 is out of range"), value->dump()));
        return 0;
    }
    return static_cast<int>(number);
}

WorksheetStatus WorksheetJsonReader::status(const Json& object, const std::string& path) {
    const std::string key = text(object, path, "status", true);
    if (key.empty())
        return WorksheetStatus::Draft;
    if (const auto value = fromKey<WorksheetStatus>(key))
        return *value;
    error(join(path, "status"), mc::text(MC_TR("core", "unknown %1 \"%2\": use %3"), "status", key,
                                         oneOf<WorksheetStatus>()));
    return WorksheetStatus::Draft;
}

WorksheetAnswer WorksheetJsonReader::answer(const Json& in, const std::string& path, int position) {
    WorksheetAnswer out;
    out.id = id(in, path, "id");
    out.created = stamp(in, path, "created");
    out.updated = stamp(in, path, "updated");
    const std::string domain = text(in, path, "domain", true);
    if (const auto value = fromKey<Domain>(domain))
        out.domain = *value;
    else if (!domain.empty())
        error(join(path, "domain"), mc::text(MC_TR("core", "unknown %1 \"%2\": use %3"), "domain",
                                             domain, oneOf<Domain>()));
    out.topic = text(in, path, "topic", true);
    out.ownTopicTitle = text(in, path, "ownTopicTitle", false);
    out.responsibility = integer(in, path, "responsibility");
    out.importance = integer(in, path, "importance");
    out.text = text(in, path, "text", false);
    out.position = position;
    return out;
}

void WorksheetJsonReader::answers(const Json& in, const std::string& path, Worksheet& worksheet) {
    const Json* list = member(in, path, "answers", true);
    if (list == nullptr)
        return;
    if (!list->is_array()) {
        wrongType(join(path, "answers"), mc::text(MC_TR("core", "an array")), *list);
        return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = join(path, "answers[" + std::to_string(i) + "]");
        if (!(*list)[i].is_object()) {
            wrongType(at, mc::text(MC_TR("core", "an object")), (*list)[i]);
            continue;
        }
        worksheet.answers.push_back(answer((*list)[i], at, static_cast<int>(i)));
    }
}

namespace {

Ordered alignmentJson(const AlignmentReport& report) {
    Ordered out = Ordered::object();
    out["derived"] = true;
    Ordered domains = Ordered::array();
    for (const DomainAlignment& d : report.domains) {
        Ordered domain = Ordered::object();
        domain["domain"] = std::string(toKey(d.domain));
        domain["level"] = std::string(toKey(d.level));
        domain["topics"] = d.topics;
        domain["aligned"] = d.aligned;
        domain["minorGaps"] = d.minorGaps;
        domain["majorGaps"] = d.majorGaps;
        domains.push_back(std::move(domain));
    }
    out["domains"] = std::move(domains);
    Ordered topics = Ordered::array();
    for (const std::size_t i : report.byLargestGap()) {
        const TopicAlignment& t = report.topics[i];
        Ordered topic = Ordered::object();
        topic["domain"] = std::string(toKey(t.domain));
        topic["topic"] = t.topic;
        topic["level"] = std::string(toKey(t.score.level));
        topic["responsibilityGap"] = t.score.responsibilityGap;
        topic["importanceGap"] = t.score.importanceGap;
        topic["raisedByOneSide"] = t.score.raisedByOneSide;
        topics.push_back(std::move(topic));
    }
    out["topics"] = std::move(topics);
    return out;
}

bool hasWorksheetRole(const Person& person) {
    return person.role == Role::Scholar || isMentorRole(person.role);
}

} // namespace

void putWorksheetsJson(Ordered& out, const Compact& compact,
                       const std::vector<Worksheet>& worksheets) {
    std::vector<Worksheet> submitted;
    for (const Worksheet& w : worksheets)
        if (w.compactId == compact.id && w.isSubmitted())
            submitted.push_back(w);
    if (submitted.empty())
        return;
    Ordered list = Ordered::array();
    for (const Worksheet& w : submitted) {
        Ordered sheet = Ordered::object();
        sheet["id"] = w.id;
        sheet["created"] = w.created;
        sheet["updated"] = w.updated;
        sheet["person"] = w.personId;
        sheet["status"] = std::string(toKey(w.status));
        sheet["submitted"] = w.submitted;
        Ordered answers = Ordered::array();
        for (const WorksheetAnswer& a : w.answers)
            answers.push_back(worksheetAnswerJson(a));
        sheet["answers"] = std::move(answers);
        list.push_back(std::move(sheet));
    }
    out["worksheets"] = std::move(list);
    if (static_cast<int>(submitted.size()) >= kMinWorksheetsToCompare)
        out["alignment"] = alignmentJson(computeAlignment(compact, submitted));
}

std::vector<Worksheet> readWorksheetsJson(const Json& in, const std::string& path,
                                          const Compact& compact, std::vector<Problem>& problems) {
    std::vector<Worksheet> out;
    WorksheetJsonReader reader(problems);
    const Json* list = reader.member(in, path, "worksheets", false);
    if (list == nullptr)
        return out;
    if (!list->is_array()) {
        reader.wrongType(path + ".worksheets", mc::text(MC_TR("core", "an array")), *list);
        return out;
    }
    std::set<std::string> people;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = path + ".worksheets[" + std::to_string(i) + "]";
        const Json& item = (*list)[i];
        if (!item.is_object()) {
            reader.wrongType(at, mc::text(MC_TR("core", "an object")), item);
            continue;
        }
        const std::size_t first = problems.size();
        Worksheet w;
        w.compactId = compact.id;
        w.id = reader.id(item, at, "id");
        w.created = reader.stamp(item, at, "created");
        w.updated = reader.stamp(item, at, "updated");
        w.personId = reader.id(item, at, "person");
        w.status = reader.status(item, at);
        w.submitted = reader.stamp(item, at, "submitted");
        reader.answers(item, at, w);
        if (!w.personId.empty()) {
            const Person* person = compact.findPerson(w.personId);
            if (person == nullptr)
                reader.error(at + ".person",
                             mc::text(MC_TR("core", "\"%1\" is not one of this compact's people"),
                                      w.personId));
            else if (!hasWorksheetRole(*person))
                reader.error(
                    at + ".person",
                    mc::text(MC_TR("core", "%1 is the %2: only the scholar and the mentors "
                                           "have worksheets"),
                             person->name, labelText(person->role)));
            else if (!people.insert(w.personId).second)
                reader.error(
                    at + ".person",
                    mc::text(MC_TR("core", "%1 has another worksheet here"), person->name));
        }
        if (problems.size() == first && !w.isSubmitted())
            reader.error(at + ".status",
                         mc::text(MC_TR("core", "a draft: only submitted worksheets "
                                                "travel in a workspace file (blind "
                                                "entry)")));
        // The rules, except where reading already found the field wrong.
        for (Problem problem : validateWorksheet(w, at)) {
            const bool known =
                std::any_of(problems.begin() + static_cast<std::ptrdiff_t>(first), problems.end(),
                            [&](const Problem& p) { return p.field == problem.field; });
            if (!known && problem.field != at + ".compact" && problem.field != at + ".person")
                problems.push_back(std::move(problem));
        }
        out.push_back(std::move(w));
    }
    return out;
}

} // namespace mc
