#pragma once
// Worksheets in JSON, shared by worksheet files (worksheet_json.cpp) and the
// workspace interchange (json_write.cpp, json_read.cpp: a compact's
// "worksheets" and its derived "alignment"; docs/file-formats.md).
// Internal to core; not part of its API.

#include "core/error.h"
#include "core/model.h"
#include "core/worksheet.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

// One answer's fields, in the documented order.
nlohmann::ordered_json worksheetAnswerJson(const WorksheetAnswer& answer);

// Reads worksheet fields, collecting every problem with its path. Each
// problem's field is `prefix` followed by the path ("sheet.json: " for a
// worksheet file, nothing in a workspace file).
class WorksheetJsonReader {
public:
    using Json = nlohmann::json;

    explicit WorksheetJsonReader(std::vector<Problem>& problems, std::string prefix = {})
        : problems_(problems), prefix_(std::move(prefix)) {}

    void error(const std::string& field, std::string message);
    void error(const std::string& field, Text message);
    // "expected `what`, found" the kind of `value`, at `field`.
    void wrongType(const std::string& field, Text what, const Json& value);
    const Json* member(const Json& object, const std::string& path, std::string_view name,
                       bool required);
    std::string text(const Json& object, const std::string& path, std::string_view name,
                     bool required);
    std::string id(const Json& object, const std::string& path, std::string_view name);
    std::string stamp(const Json& object, const std::string& path, std::string_view name);
    int integer(const Json& object, const std::string& path, std::string_view name);
    WorksheetStatus status(const Json& object, const std::string& path);
    WorksheetAnswer answer(const Json& in, const std::string& path, int position);
    // "answers" of the object at `path`, appended to `worksheet`.
    void answers(const Json& in, const std::string& path, Worksheet& worksheet);

    static std::string join(const std::string& path, std::string_view name);
    static std::string typeOf(const Json& value);
    // The kind of `value` in words ("a string"), translatable.
    static Text typeText(const Json& value);

private:
    std::vector<Problem>& problems_;
    std::string prefix_;
};

// Adds "worksheets" (the submitted ones among `worksheets` whose compact
// it is, as given) to a compact's object, and "alignment" (derived:
// computeAlignment's per-domain summary and topics worst first) when there
// are at least two. Nothing when none, so older exports stay the same.
void putWorksheetsJson(nlohmann::ordered_json& out, const Compact& compact,
                       const std::vector<Worksheet>& worksheets);

// Reads a compact's "worksheets" at `path` and checks them as a worksheet
// file is checked (submitted, by the compact's scholar or a mentor, once
// per person, validateWorksheet), appending problems with their paths
// (compacts[0].worksheets[1].answers[3].importance). "alignment" is not
// read: export computes it again.
std::vector<Worksheet> readWorksheetsJson(const nlohmann::json& in, const std::string& path,
                                          const Compact& compact, std::vector<Problem>& problems);

} // namespace mc
