#pragma once
// What changed between two versions of a compact: the redline of an
// amendment, and how verify() names a field changed behind the program's
// back. Parts are matched by their stable ids. Only what a version agrees
// to is compared (the fields of the canonical form, core/fingerprint.h):
// stamps, statuses, origins and milestone progress are not.

#include "core/model.h"

#include <string>
#include <vector>

namespace mc {

enum class ChangeKind { Added, Removed, Changed };
enum class ChangePart { Compact, Person, Expectation, Goal, Milestone, MeetingPlan };

struct Change {
    ChangeKind kind = ChangeKind::Changed;
    ChangePart part = ChangePart::Compact;
    std::string id;     // the part's id; the compact's for Compact and MeetingPlan
    std::string field;  // the canonical key ("text", "due"), empty when added or removed
    std::string before; // the value as text; empty when added
    std::string after;  // the value as text; empty when removed
    std::string label;  // the part for people: a name, a clause, a title

    bool operator==(const Change&) const = default;
};

// Every change, in the order of the compact: its fields, people,
// expectations, goals, milestones, meeting plan. Within a list: changed
// and removed parts in the order of `before`, then added ones in the
// order of `after`; a list whose parts were only reordered gives one
// change with field "order".
std::vector<Change> diffCompacts(const Compact& before, const Compact& after);

std::string_view changePartName(ChangePart part); // "milestone", "meeting plan"
// The field for people: "due date", "text", "name".
std::string fieldLabel(ChangePart part, const std::string& field);
// One line for people: `milestone "Submit the first R01": due date changed
// from 2028-10-05 to 2029-01-15`.
std::string describeChange(const Change& change);
// The same line, translatable (the values stay as written).
Text changeText(const Change& change);

} // namespace mc
