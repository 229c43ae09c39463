#pragma once
// The closed vocabularies of the domain (roles, domains, states...) and the
// words they are stored under. Each enum has one table: its key in files and
// JSON (never changes once released) and its label for people.

#include "core/dates.h"
#include "core/text.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mc {

enum class CompactStatus { Draft, InNegotiation, Signed, Amended, Closed };
enum class Role {
    Scholar,
    PrimaryMentor,
    CoMentor,
    SecondaryMentor,
    CareerMentor,
    DepartmentChair,
    ProgramDirector
};
enum class Domain {
    Research,
    Education,
    ProfessionalDevelopment,
    Support,
    Communication,
    PersonalConduct
};
// Who expects of whom. ScholarOfMentor: what the scholar expects of the
// mentor (the mentor's duty); MentorOfScholar: the other way; Mutual: both.
enum class Direction { ScholarOfMentor, MentorOfScholar, Mutual };
enum class Origin { TemplatePrompt, Scholar, Mentor, Negotiated };
enum class ExpectationState { Proposed, Discussed, Agreed, Dropped };
enum class Horizon { Career, ThisYear };
enum class GoalStatus { Active, Achieved, Revised, Dropped };
enum class MilestoneKind {
    Publication,
    GrantSubmission,
    GrantAward,
    Presentation,
    Promotion,
    Training,
    IndependenceStep,
    Other
};
enum class MilestoneStatus { Planned, Achieved, Missed, Rescheduled, Dropped };
// What a yearly review says became of a milestone of its year (issue 6).
enum class MilestoneOutcome { Achieved, Missed, Rescheduled, Dropped };
// What a yearly review does with an agreed expectation: a change or a drop
// becomes an amendment of the compact when the review is signed.
enum class ExpectationVerdict { Kept, Changed, Dropped };
// Why a compact was closed (issue 7: the closing phase, when the formal
// relationship ends and the compact is archived).
enum class ClosingReason { AwardCompleted, Independence, LeftProgram, MentorChange, Other };

template <typename E> struct EnumEntry {
    E value;
    std::string_view key;   // stored in the file and in JSON
    std::string_view label; // shown to people
};

// The table of one enum, in display order. Defined in enums.cpp.
template <typename E> std::span<const EnumEntry<E>> enumEntries();
template <> std::span<const EnumEntry<CompactStatus>> enumEntries();
template <> std::span<const EnumEntry<Role>> enumEntries();
template <> std::span<const EnumEntry<Domain>> enumEntries();
template <> std::span<const EnumEntry<Direction>> enumEntries();
template <> std::span<const EnumEntry<Origin>> enumEntries();
template <> std::span<const EnumEntry<ExpectationState>> enumEntries();
template <> std::span<const EnumEntry<Horizon>> enumEntries();
template <> std::span<const EnumEntry<GoalStatus>> enumEntries();
template <> std::span<const EnumEntry<MilestoneKind>> enumEntries();
template <> std::span<const EnumEntry<MilestoneStatus>> enumEntries();
template <> std::span<const EnumEntry<Cadence>> enumEntries();
template <> std::span<const EnumEntry<MilestoneOutcome>> enumEntries();
template <> std::span<const EnumEntry<ExpectationVerdict>> enumEntries();
template <> std::span<const EnumEntry<ClosingReason>> enumEntries();

template <typename E> std::string_view toKey(E value) {
    for (const auto& entry : enumEntries<E>())
        if (entry.value == value)
            return entry.key;
    return {};
}

template <typename E> std::string_view toLabel(E value) {
    for (const auto& entry : enumEntries<E>())
        if (entry.value == value)
            return entry.label;
    return {};
}

template <typename E> std::optional<E> fromKey(std::string_view key) {
    for (const auto& entry : enumEntries<E>())
        if (entry.key == key)
            return entry.value;
    return std::nullopt;
}

// "one of: draft, in_negotiation, ..." for error messages.
template <typename E> std::string allowedKeys() {
    std::string out = "one of: ";
    bool first = true;
    for (const auto& entry : enumEntries<E>()) {
        if (!first)
            out += ", ";
        out += entry.key;
        first = false;
    }
    return out;
}

bool isMentorRole(Role role);

// A label inside a message (mc::Text): the English label, lower-cased first
// when `lowerFirst` (mid-sentence); the desktop shows its own label for the
// vocabulary and key instead (ui/core_text.cpp).
Text labelText(Role value, bool lowerFirst = false);
Text labelText(MilestoneStatus value, bool lowerFirst = false);
Text labelText(CompactStatus value, bool lowerFirst = false);

} // namespace mc
