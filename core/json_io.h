#pragma once
// JSON interchange (docs/file-formats.md): a whole workspace or one compact
// as a single JSON document. Export is deterministic, so export -> import
// -> export gives the same bytes.

#include "core/model.h"
#include "core/review.h"
#include "core/signing.h"
#include "core/worksheet.h"

#include <string>
#include <string_view>
#include <vector>

namespace mc {

class Workspace;

inline constexpr std::string_view kJsonFormatName = "mentoring-compact";
inline constexpr int kJsonFormatVersion = 1;

struct JsonDocument {
    WorkspaceInfo workspace;
    std::vector<Compact> compacts;
    // The versions and signers of the compacts that have any (issue 5),
    // matched by compact id.
    std::vector<SigningHistory> signing;
    // The submitted worksheets of the compacts (issue 4), matched by
    // compact id; drafts never leave the workspace (blind entry). The
    // alignment summary written beside them is derived: not read back.
    std::vector<Worksheet> worksheets;
    // The meeting logs of the compacts (issue 6), matched by compact id,
    // newest first; not part of what is signed.
    std::vector<Meeting> meetings;
    // The yearly reviews of the compacts (issue 6) with their signatures and
    // submitted reflections (drafts stay in the workspace: blind entry),
    // matched by compact id, by award year.
    std::vector<ReviewRecord> reviews;
};

// Serialises, compacts in the order given, each part in display order.
std::string toJson(const JsonDocument& document);
// Parses and checks everything. Throws ValidationError carrying every
// problem with its JSON path, e.g. field `compacts[0].milestones[3].due`,
// message `"2026-13-01" is not a date: ...`; returns nothing partial.
JsonDocument parseJson(std::string_view text);

// The workspace (or only `compactId`) as JSON.
std::string exportJson(const Workspace& workspace, const std::string& compactId = {});
// Parses `text` and inserts its compacts in one transaction: all or none.
// Returns how many compacts were imported.
int importJson(Workspace& workspace, std::string_view text);

} // namespace mc
