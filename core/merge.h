#pragma once
// Merging another workspace or JSON file into a workspace (issue 7,
// "Gathering"; docs/file-formats.md, "Merging"). Both sides are brought to
// the JSON interchange form (a `.compact` file is opened read-only and
// exported as exportJson does), compacts and their parts are matched by
// id, and each changed field is settled by a three-way rule against what
// the other side said at the last merge from that file (`merge_base`):
// changed there only -> taken; changed here only -> kept; changed on both
// sides differently -> a conflict, never overwritten silently. Signed
// content is never edited by a merge.
//
// The store's side is the merge section of core/workspace.h
// (workspace_merge.cpp): one transaction, checked before anything is
// written.

#include "core/json_io.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

class Workspace;

// What to do with a field both sides changed differently.
enum class ConflictChoice {
    Flag,       // keep ours, store the conflict to settle later (the default)
    KeepOurs,   // keep ours, theirs is seen and set aside
    TakeTheirs, // take theirs (refused for signed content: flagged instead)
};
// "flag", "keep-ours", "take-theirs" (the command line's words).
std::string_view conflictChoiceKey(ConflictChoice choice);
std::optional<ConflictChoice> conflictChoiceFromKey(std::string_view key);

struct MergeConflict {
    // Names the conflict within one merge (entity id "." field), so a
    // preview's choice can be handed back to the merge.
    std::string key;
    std::string compactId;
    std::string compactLabel; // compactLabel(): title and short id
    std::string entityKind;   // "milestone", "person", "compact", "meeting", "review"...
    std::string entityId;
    std::string what;   // "milestone \"Submit R01\": due"
    std::string field;  // the JSON field, "due"
    std::string ours;   // the value here, as JSON ("\"2027-03-01\"", null)
    std::string theirs; // the value in the other file
    // Part of a signed (locked) version, or a signed version or review that
    // differs: theirs cannot be taken by a merge, only flagged.
    bool signedContent = false;
    ConflictChoice choice = ConflictChoice::Flag; // what the merge did
};

// A value of a conflict for people: text as it is, null as "(none)".
std::string conflictValueInWords(const std::string& jsonValue);

struct MergeOptions {
    std::string sourceName; // the file's name, kept with flagged conflicts
    ConflictChoice defaultChoice = ConflictChoice::Flag;
    std::map<std::string, ConflictChoice> choices; // by MergeConflict::key
    bool dryRun = false;                           // a preview: nothing is written
};

struct MergeReport {
    std::string sourceName;
    int compactsAdded = 0;
    int compactsUpdated = 0;
    std::vector<std::string> added;   // "added compact \"...\"" lines
    std::vector<std::string> updated; // "compact ...: milestone \"X\": due taken" lines
    std::vector<MergeConflict> conflicts;
    int alreadyFlagged = 0; // conflicts found again that are flagged and unsettled already
    bool changedAnything() const { return compactsAdded + compactsUpdated > 0; }
    int flagged() const;
};

// A flagged conflict as stored, to list and settle later.
struct StoredConflict {
    std::int64_t id = 0;
    std::string compactId;
    std::string compactLabel;
    std::string entityKind;
    std::string entityId;
    std::string what;
    std::string field;
    std::string ours;
    std::string theirs;
    std::string sourceName;
    std::string created;
    bool signedContent = false;
    std::string resolution; // "", "ours" or "theirs"
    std::string resolvedAt;
};

// Reads the file to merge, telling a workspace from JSON by its content.
// Throws mc::Error naming the file and the problem: missing, empty, a newer
// schema, a damaged or foreign database, text that is not our JSON; and
// ValidationError (every problem with its JSON path, as parseJson) for
// JSON or a workspace whose content breaks a rule. An
// older workspace is upgraded in a temporary copy; the file is not touched.
JsonDocument readMergeSource(const std::string& path);

// readMergeSource then Workspace::merge with the file's name as source.
MergeReport mergeFile(Workspace& target, const std::string& path, MergeOptions options);

} // namespace mc
