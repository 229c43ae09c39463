// Worksheet files (docs/file-formats.md, "Worksheets"): one submitted
// worksheet as a small JSON document, so a person on another computer can
// fill theirs in alone and send it over. Reading collects every problem
// with its path, as the JSON interchange does.

#include "core/ids.h"
#include "core/worksheet.h"
#include "core/workspace.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <nlohmann/json.hpp>

namespace mc {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

std::string join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string typeOf(const Json& value) {
    if (value.is_null())
        return "null";
    if (value.is_string())
        return "a string";
    if (value.is_number())
        return "a number";
    if (value.is_boolean())
        return "true or false";
    if (value.is_array())
        return "an array";
    return "an object";
}

class Reader {
public:
    explicit Reader(std::string fileName) : file_(std::move(fileName)) {}

    std::vector<Problem> problems;

    void error(const std::string& field, std::string message) {
        problems.push_back({Severity::Error, file_ + ": " + field, std::move(message)});
    }

    const Json* member(const Json& object, const std::string& path, std::string_view name,
                       bool required) {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null()) {
            if (required)
                error(join(path, name), "is required but missing");
            return nullptr;
        }
        return &*it;
    }

    std::string text(const Json& object, const std::string& path, std::string_view name,
                     bool required) {
        const Json* value = member(object, path, name, required);
        if (value == nullptr)
            return {};
        if (!value->is_string()) {
            error(join(path, name), "expected a string, found " + typeOf(*value));
            return {};
        }
        return value->get<std::string>();
    }

    std::string id(const Json& object, const std::string& path, std::string_view name) {
        std::string value = text(object, path, name, true);
        if (!value.empty() && !isUuid(value)) {
            error(join(path, name), "\"" + value + "\" is not an id: ids are lower-case UUIDs");
            return {};
        }
        return value;
    }

    std::string stamp(const Json& object, const std::string& path, std::string_view name) {
        std::string value = text(object, path, name, false);
        if (!value.empty() && !isUtcTimestamp(value)) {
            error(join(path, name), "\"" + value +
                                        "\" is not a timestamp: write it in UTC as "
                                        "2026-11-23T15:24:00.123Z");
            return {};
        }
        return value;
    }

    int integer(const Json& object, const std::string& path, std::string_view name) {
        const Json* value = member(object, path, name, false);
        if (value == nullptr)
            return 0;
        const bool whole =
            value->is_number_integer() || value->is_number_unsigned() ||
            (value->is_number_float() && std::trunc(value->get<double>()) == value->get<double>());
        if (!whole) {
            error(join(path, name), "expected a whole number, found " +
                                        (value->is_number() ? value->dump() : typeOf(*value)));
            return 0;
        }
        const double number = value->get<double>();
        if (number < INT_MIN || number > INT_MAX) {
            error(join(path, name), value->dump() + " is out of range");
            return 0;
        }
        return static_cast<int>(number);
    }

    template <typename E>
    E enumeration(const Json& object, const std::string& path, std::string_view name, E fallback) {
        const std::string key = text(object, path, name, true);
        if (key.empty())
            return fallback;
        if (const auto value = fromKey<E>(key))
            return *value;
        error(join(path, name),
              "unknown " + std::string(name) + " \"" + key + "\": use " + allowedKeys<E>());
        return fallback;
    }

    WorksheetAnswer answer(const Json& in, const std::string& path, int position) {
        WorksheetAnswer out;
        out.id = id(in, path, "id");
        out.created = stamp(in, path, "created");
        out.updated = stamp(in, path, "updated");
        out.domain = enumeration(in, path, "domain", Domain::Research);
        out.topic = text(in, path, "topic", true);
        out.ownTopicTitle = text(in, path, "ownTopicTitle", false);
        out.responsibility = integer(in, path, "responsibility");
        out.importance = integer(in, path, "importance");
        out.text = text(in, path, "text", false);
        out.position = position;
        return out;
    }

    WorksheetFile file(const Json& root) {
        WorksheetFile out;
        if (!root.is_object()) {
            error("", "expected an object, found " + typeOf(root) +
                          ": this is not a Mentoring Compact worksheet file");
            return out;
        }
        const std::string format = text(root, "", "format", true);
        if (!format.empty() && format != kWorksheetFormatName) {
            error("format", "\"" + format + "\" is not a worksheet file: expected \"" +
                                std::string(kWorksheetFormatName) + "\"");
            return out;
        }
        const int version = integer(root, "", "formatVersion");
        if (version > kWorksheetFormatVersion) {
            error("formatVersion", "version " + std::to_string(version) +
                                       " was written by a newer Mentoring Compact; this one "
                                       "reads up to " +
                                       std::to_string(kWorksheetFormatVersion));
            return out;
        }
        if (version < 1 && problems.empty())
            error("formatVersion", "must be 1");
        Worksheet& w = out.worksheet;
        w.compactId = id(root, "", "compact");
        out.compactTitle = text(root, "", "compactTitle", false);
        w.personId = id(root, "", "person");
        out.personName = text(root, "", "personName", false);
        const Json* sheet = member(root, "", "worksheet", true);
        if (sheet == nullptr)
            return out;
        if (!sheet->is_object()) {
            error("worksheet", "expected an object, found " + typeOf(*sheet));
            return out;
        }
        w.id = id(*sheet, "worksheet", "id");
        w.created = stamp(*sheet, "worksheet", "created");
        w.updated = stamp(*sheet, "worksheet", "updated");
        w.status = enumeration(*sheet, "worksheet", "status", WorksheetStatus::Draft);
        w.submitted = stamp(*sheet, "worksheet", "submitted");
        const Json* answers = member(*sheet, "worksheet", "answers", true);
        if (answers == nullptr)
            return out;
        if (!answers->is_array()) {
            error("worksheet.answers", "expected an array, found " + typeOf(*answers));
            return out;
        }
        for (std::size_t i = 0; i < answers->size(); ++i) {
            const std::string path = "worksheet.answers[" + std::to_string(i) + "]";
            if (!(*answers)[i].is_object()) {
                error(path, "expected an object, found " + typeOf((*answers)[i]));
                continue;
            }
            w.answers.push_back(answer((*answers)[i], path, static_cast<int>(i)));
        }
        return out;
    }

private:
    std::string file_;
};

} // namespace

std::string worksheetToJson(const Worksheet& worksheet, const std::string& compactTitle,
                            const std::string& personName) {
    OrderedJson root = OrderedJson::object();
    root["format"] = std::string(kWorksheetFormatName);
    root["formatVersion"] = kWorksheetFormatVersion;
    root["compact"] = worksheet.compactId;
    root["compactTitle"] = compactTitle;
    root["person"] = worksheet.personId;
    root["personName"] = personName;
    OrderedJson sheet = OrderedJson::object();
    sheet["id"] = worksheet.id;
    sheet["created"] = worksheet.created;
    sheet["updated"] = worksheet.updated;
    sheet["status"] = std::string(toKey(worksheet.status));
    sheet["submitted"] =
        worksheet.submitted.empty() ? OrderedJson(nullptr) : OrderedJson(worksheet.submitted);
    OrderedJson answers = OrderedJson::array();
    for (const WorksheetAnswer& a : worksheet.answers) {
        OrderedJson out = OrderedJson::object();
        out["id"] = a.id;
        out["created"] = a.created;
        out["updated"] = a.updated;
        out["domain"] = std::string(toKey(a.domain));
        out["topic"] = a.topic;
        out["ownTopicTitle"] = a.ownTopicTitle;
        out["responsibility"] = a.responsibility;
        out["importance"] = a.importance;
        out["text"] = a.text;
        answers.push_back(std::move(out));
    }
    sheet["answers"] = std::move(answers);
    root["worksheet"] = std::move(sheet);
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

WorksheetFile parseWorksheetJson(std::string_view text, const std::string& fileName) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw ValidationError({{Severity::Error, fileName, "the file is empty: it holds no JSON"}});
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::exception& e) {
        std::string detail = e.what();
        if (const auto pos = detail.find("] "); pos != std::string::npos)
            detail = detail.substr(pos + 2);
        throw ValidationError({{Severity::Error, fileName, "this is not JSON: " + detail}});
    }
    Reader reader(fileName);
    WorksheetFile out = reader.file(root);
    // The rules (ranges, duplicates) too, except where reading already
    // found the field wrong: one message per field is enough.
    const bool readable = reader.problems.empty() || root.is_object();
    const std::vector<Problem> found = reader.problems;
    if (readable)
        for (Problem problem : validateWorksheet(out.worksheet, "worksheet")) {
            problem.field = fileName + ": " + problem.field;
            const bool known = std::any_of(found.begin(), found.end(), [&](const Problem& p) {
                return p.field == problem.field;
            });
            if (!known && problem.field.find(": worksheet.compact") == std::string::npos &&
                problem.field.find(": worksheet.person") == std::string::npos)
                reader.problems.push_back(std::move(problem));
        }
    if (hasErrors(reader.problems))
        throw ValidationError(std::move(reader.problems));
    return out;
}

std::string exportWorksheetJson(const Workspace& workspace, const std::string& compactId,
                                const std::string& personId) {
    const Compact compact = workspace.loadCompact(compactId);
    const Person* person = compact.findPerson(personId);
    if (person == nullptr)
        throw Error("There is no person " + personId + " in the compact \"" + compact.title +
                    "\".");
    for (const Worksheet& w : workspace.submittedWorksheets(compactId))
        if (w.personId == personId)
            return worksheetToJson(w, compact.title, person->name);
    for (const WorksheetProgress& progress : workspace.worksheetProgress(compactId))
        if (progress.personId == personId && !progress.worksheetId.empty())
            throw Error(person->name + "'s worksheet is still a draft: only submitted worksheets "
                                       "can be exported. Submit it first.");
    throw Error(person->name + " has no worksheet in the compact \"" + compact.title + "\" yet.");
}

Worksheet importWorksheetJson(Workspace& workspace, std::string_view text,
                              const std::string& fileName) {
    const WorksheetFile file = parseWorksheetJson(text, fileName);
    try {
        return workspace.importWorksheet(file.worksheet);
    } catch (const ValidationError&) {
        throw;
    } catch (const Error& e) {
        throw Error(fileName + ": " + e.what());
    }
}

} // namespace mc
