// Worksheet files (docs/file-formats.md, "Worksheets"): one submitted
// worksheet as a small JSON document, so a person on another computer can
// fill theirs in alone and send it over. Reading collects every problem
// with its path, as the JSON interchange does.

#include "core/json_worksheets.h"
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

// The shared field reader (json_worksheets.cpp), every field prefixed with
// the file's name.
struct ProblemList {
    std::vector<Problem> problems;
};

class Reader : public ProblemList, public WorksheetJsonReader {
public:
    explicit Reader(const std::string& fileName)
        : WorksheetJsonReader(ProblemList::problems, fileName + ": ") {}

    WorksheetFile file(const Json& root) {
        WorksheetFile out;
        if (!root.is_object()) {
            error("", mc::text(MC_TR("core", "expected %1, found %2: this is not a Mentoring "
                                             "Compact worksheet file"),
                               mc::text(MC_TR("core", "an object")), typeText(root)));
            return out;
        }
        const std::string format = text(root, "", "format", true);
        if (!format.empty() && format != kWorksheetFormatName) {
            error("format", mc::text(MC_TR("core", "\"%1\" is not a worksheet file: expected "
                                                   "\"%2\""),
                                     format, std::string(kWorksheetFormatName)));
            return out;
        }
        const int version = integer(root, "", "formatVersion");
        if (version > kWorksheetFormatVersion) {
            error("formatVersion",
                  mc::text(MC_TR("core", "version %1 was written by a newer Mentoring Compact; "
                                         "this one reads up to %2"),
                           version, kWorksheetFormatVersion));
            return out;
        }
        if (version < 1 && problems.empty())
            error("formatVersion", mc::text(MC_TR("core", "must be 1")));
        Worksheet& w = out.worksheet;
        w.compactId = id(root, "", "compact");
        out.compactTitle = text(root, "", "compactTitle", false);
        w.personId = id(root, "", "person");
        out.personName = text(root, "", "personName", false);
        const Json* sheet = member(root, "", "worksheet", true);
        if (sheet == nullptr)
            return out;
        if (!sheet->is_object()) {
            wrongType("worksheet", mc::text(MC_TR("core", "an object")), *sheet);
            return out;
        }
        w.id = id(*sheet, "worksheet", "id");
        w.created = stamp(*sheet, "worksheet", "created");
        w.updated = stamp(*sheet, "worksheet", "updated");
        w.status = status(*sheet, "worksheet");
        w.submitted = stamp(*sheet, "worksheet", "submitted");
        answers(*sheet, "worksheet", w);
        return out;
    }
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
    for (const WorksheetAnswer& a : worksheet.answers)
        answers.push_back(worksheetAnswerJson(a));
    sheet["answers"] = std::move(answers);
    root["worksheet"] = std::move(sheet);
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

WorksheetFile parseWorksheetJson(std::string_view text, const std::string& fileName) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw ValidationError({{Severity::Error, fileName,
                                mc::text(MC_TR("core", "the file is empty: it holds no JSON"))}});
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::exception& e) {
        std::string detail = e.what();
        if (const auto pos = detail.find("] "); pos != std::string::npos)
            detail = detail.substr(pos + 2);
        // nlohmann's own words stay English: they are a library's.
        throw ValidationError(
            {{Severity::Error, fileName, mc::text(MC_TR("core", "this is not JSON: %1"), detail)}});
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
        throw Error(mc::text(MC_TR("core", "There is no person %1 in the compact \"%2\"."),
                             personId, compact.title));
    for (const Worksheet& w : workspace.submittedWorksheets(compactId))
        if (w.personId == personId)
            return worksheetToJson(w, compact.title, person->name);
    for (const WorksheetProgress& progress : workspace.worksheetProgress(compactId))
        if (progress.personId == personId && !progress.worksheetId.empty())
            throw Error(mc::text(MC_TR("core", "%1's worksheet is still a draft: only submitted "
                                               "worksheets can be exported. Submit it first."),
                                 person->name));
    throw Error(mc::text(MC_TR("core", "%1 has no worksheet in the compact \"%2\" yet."),
                         person->name, compact.title));
}

Worksheet importWorksheetJson(Workspace& workspace, std::string_view text,
                              const std::string& fileName) {
    const WorksheetFile file = parseWorksheetJson(text, fileName);
    try {
        return workspace.importWorksheet(file.worksheet);
    } catch (const ValidationError&) {
        throw;
    } catch (const Error& e) {
        throw Error(mc::text(MC_TR("core", "%1: %2"), fileName,
                             e.text().empty() ? literal(e.what()) : e.text()));
    }
}

} // namespace mc
