// Export and import of a workspace through the JSON interchange format.
// Writing is in json_write.cpp, reading and checking in json_read.cpp.

#include "core/json_io.h"

#include "core/error.h"
#include "core/workspace.h"

namespace mc {

std::string exportJson(const Workspace& workspace, const std::string& compactId) {
    JsonDocument document;
    document.workspace = workspace.info();
    if (compactId.empty())
        document.compacts = workspace.loadAllCompacts();
    else
        document.compacts.push_back(workspace.loadCompact(compactId));
    return toJson(document);
}

int importJson(Workspace& workspace, std::string_view text) {
    const JsonDocument document = parseJson(text);
    // One transaction: the store refuses the whole lot (with the same
    // compacts[i] paths) when any compact is already here or breaks a rule.
    if (!document.compacts.empty())
        workspace.insertCompacts(document.compacts);
    return static_cast<int>(document.compacts.size());
}

} // namespace mc
