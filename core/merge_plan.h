#pragma once
// The merge of one compact, worked out on the JSON interchange form: no
// SQL. Internal to merge_json.cpp and workspace_merge.cpp; not core's API.

#include "core/merge.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace mc {

using MergeJson = nlohmann::ordered_json;

// What the other side said of each entity at the last merge from it:
// entity id -> its fields (without stamps) as JSON text.
using MergeBase = std::map<std::string, std::string, std::less<>>;

// Conflicts flagged before and not settled: "entity id|field|their value".
using FlaggedConflicts = std::set<std::string, std::less<>>;
std::string flaggedKey(const std::string& entityId, const std::string& field,
                       const std::string& theirs);

struct CompactMerge {
    std::string compactId;
    bool added = false;   // the compact is new here: `merged` is theirs whole
    bool changed = false; // `merged` differs from ours
    MergeJson merged;     // the compact's object as it will be stored
    std::vector<std::string> changes;
    std::vector<MergeConflict> conflicts;
    int alreadyFlagged = 0;
    // The merge base after this merge: entity id -> fields as JSON text.
    std::map<std::string, std::string> base;
};

// Merges `theirs` into `ours` (nullptr: a compact new here). Signed
// content stays as it is here: see docs/file-formats.md, "Merging".
CompactMerge mergeCompactJson(const MergeJson* ours, const MergeJson& theirs, const MergeBase& base,
                              const FlaggedConflicts& flagged, const MergeOptions& options);

// A document of the given compact objects, as parseJson reads it.
std::string documentText(const WorkspaceInfo& workspace,
                         const std::vector<const MergeJson*>& compacts);

// A workspace (or only the compacts `ids` names that it holds) as
// exportJson would write it, without the text: compacts, histories,
// submitted worksheets, meeting logs, reviews with submitted reflections.
JsonDocument workspaceDocument(const Workspace& workspace, const std::vector<std::string>* ids);

// The fields of an entity for the merge base: everything but the stamps.
std::string baseFields(const MergeJson& entity);

} // namespace mc
