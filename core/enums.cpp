#include "core/enums.h"

namespace mc {

namespace {
constexpr EnumEntry<CompactStatus> kCompactStatuses[] = {
    {CompactStatus::Draft, "draft", "Draft"},
    {CompactStatus::InNegotiation, "in_negotiation", "In negotiation"},
    {CompactStatus::Signed, "signed", "Signed"},
    {CompactStatus::Amended, "amended", "Amended"},
    {CompactStatus::Closed, "closed", "Closed"},
};
constexpr EnumEntry<Role> kRoles[] = {
    {Role::Scholar, "scholar", "Scholar"},
    {Role::PrimaryMentor, "primary_mentor", "Primary mentor"},
    {Role::CoMentor, "co_mentor", "Co-mentor"},
    {Role::SecondaryMentor, "secondary_mentor", "Secondary mentor"},
    {Role::CareerMentor, "career_mentor", "Career mentor"},
    {Role::DepartmentChair, "department_chair", "Department chair"},
    {Role::ProgramDirector, "program_director", "Program director"},
};
constexpr EnumEntry<Domain> kDomains[] = {
    {Domain::Research, "research", "Research"},
    {Domain::Education, "education", "Education"},
    {Domain::ProfessionalDevelopment, "professional_development",
     "Professional development and career advancement"},
    {Domain::Support, "support", "Support"},
    {Domain::Communication, "communication", "Communication"},
    {Domain::PersonalConduct, "personal_conduct", "Personal conduct and interpersonal relations"},
};
constexpr EnumEntry<Direction> kDirections[] = {
    {Direction::ScholarOfMentor, "scholar_of_mentor", "Scholar expects of mentor"},
    {Direction::MentorOfScholar, "mentor_of_scholar", "Mentor expects of scholar"},
    {Direction::Mutual, "mutual", "Mutual"},
};
constexpr EnumEntry<Origin> kOrigins[] = {
    {Origin::TemplatePrompt, "template", "Template"},
    {Origin::Scholar, "scholar", "Scholar"},
    {Origin::Mentor, "mentor", "Mentor"},
    {Origin::Negotiated, "negotiated", "Negotiated"},
};
constexpr EnumEntry<ExpectationState> kExpectationStates[] = {
    {ExpectationState::Proposed, "proposed", "Proposed"},
    {ExpectationState::Discussed, "discussed", "Discussed"},
    {ExpectationState::Agreed, "agreed", "Agreed"},
    {ExpectationState::Dropped, "dropped", "Dropped"},
};
constexpr EnumEntry<Horizon> kHorizons[] = {
    {Horizon::Career, "career", "Career (long term)"},
    {Horizon::ThisYear, "this_year", "This year"},
};
constexpr EnumEntry<GoalStatus> kGoalStatuses[] = {
    {GoalStatus::Active, "active", "Active"},
    {GoalStatus::Achieved, "achieved", "Achieved"},
    {GoalStatus::Revised, "revised", "Revised"},
    {GoalStatus::Dropped, "dropped", "Dropped"},
};
constexpr EnumEntry<MilestoneKind> kMilestoneKinds[] = {
    {MilestoneKind::Publication, "publication", "Publication"},
    {MilestoneKind::GrantSubmission, "grant_submission", "Grant submission"},
    {MilestoneKind::GrantAward, "grant_award", "Grant award"},
    {MilestoneKind::Presentation, "presentation", "Presentation"},
    {MilestoneKind::Promotion, "promotion", "Promotion"},
    {MilestoneKind::Training, "training", "Training"},
    {MilestoneKind::IndependenceStep, "independence_step", "Independence step"},
    {MilestoneKind::Other, "other", "Other"},
};
constexpr EnumEntry<MilestoneStatus> kMilestoneStatuses[] = {
    {MilestoneStatus::Planned, "planned", "Planned"},
    {MilestoneStatus::Achieved, "achieved", "Achieved"},
    {MilestoneStatus::Missed, "missed", "Missed"},
    {MilestoneStatus::Rescheduled, "rescheduled", "Rescheduled"},
    {MilestoneStatus::Dropped, "dropped", "Dropped"},
};
constexpr EnumEntry<Cadence> kCadences[] = {
    {Cadence::Weekly, "weekly", "Weekly"},
    {Cadence::EveryTwoWeeks, "every_two_weeks", "Every two weeks"},
    {Cadence::Monthly, "monthly", "Monthly"},
    {Cadence::Custom, "custom", "Custom interval"},
};
constexpr EnumEntry<MilestoneOutcome> kMilestoneOutcomes[] = {
    {MilestoneOutcome::Achieved, "achieved", "Achieved"},
    {MilestoneOutcome::Missed, "missed", "Missed"},
    {MilestoneOutcome::Rescheduled, "rescheduled", "Rescheduled"},
    {MilestoneOutcome::Dropped, "dropped", "Dropped"},
};
constexpr EnumEntry<ExpectationVerdict> kExpectationVerdicts[] = {
    {ExpectationVerdict::Kept, "kept", "Kept"},
    {ExpectationVerdict::Changed, "changed", "Changed"},
    {ExpectationVerdict::Dropped, "dropped", "Dropped"},
};

constexpr EnumEntry<ClosingReason> kClosingReasons[] = {
    {ClosingReason::AwardCompleted, "award_completed", "Award period completed"},
    {ClosingReason::Independence, "independence", "Scholar became independent"},
    {ClosingReason::LeftProgram, "left_program", "Scholar left the program"},
    {ClosingReason::MentorChange, "mentor_change", "Mentor changed"},
    {ClosingReason::Other, "other", "Other reason"},
};
} // namespace

template <> std::span<const EnumEntry<CompactStatus>> enumEntries() {
    return kCompactStatuses;
}
template <> std::span<const EnumEntry<Role>> enumEntries() {
    return kRoles;
}
template <> std::span<const EnumEntry<Domain>> enumEntries() {
    return kDomains;
}
template <> std::span<const EnumEntry<Direction>> enumEntries() {
    return kDirections;
}
template <> std::span<const EnumEntry<Origin>> enumEntries() {
    return kOrigins;
}
template <> std::span<const EnumEntry<ExpectationState>> enumEntries() {
    return kExpectationStates;
}
template <> std::span<const EnumEntry<Horizon>> enumEntries() {
    return kHorizons;
}
template <> std::span<const EnumEntry<GoalStatus>> enumEntries() {
    return kGoalStatuses;
}
template <> std::span<const EnumEntry<MilestoneKind>> enumEntries() {
    return kMilestoneKinds;
}
template <> std::span<const EnumEntry<MilestoneStatus>> enumEntries() {
    return kMilestoneStatuses;
}
template <> std::span<const EnumEntry<Cadence>> enumEntries() {
    return kCadences;
}
template <> std::span<const EnumEntry<MilestoneOutcome>> enumEntries() {
    return kMilestoneOutcomes;
}
template <> std::span<const EnumEntry<ExpectationVerdict>> enumEntries() {
    return kExpectationVerdicts;
}

template <> std::span<const EnumEntry<ClosingReason>> enumEntries() {
    return kClosingReasons;
}

bool isMentorRole(Role role) {
    switch (role) {
    case Role::PrimaryMentor:
    case Role::CoMentor:
    case Role::SecondaryMentor:
    case Role::CareerMentor:
        return true;
    case Role::Scholar:
    case Role::DepartmentChair:
    case Role::ProgramDirector:
        return false;
    }
    return false;
}

namespace {
template <typename E> Text vocabularyLabel(E value, const char* vocabulary, bool lowerFirst) {
    std::string label(toLabel(value));
    if (lowerFirst && !label.empty() && label[0] >= 'A' && label[0] <= 'Z')
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
    Text out = literal(std::move(label));
    out.vocabulary = vocabulary;
    out.key = std::string(toKey(value));
    return out;
}
} // namespace

Text labelText(Role value, bool lowerFirst) {
    return vocabularyLabel(value, "role", lowerFirst);
}

Text labelText(MilestoneStatus value, bool lowerFirst) {
    return vocabularyLabel(value, "milestone status", lowerFirst);
}

Text labelText(CompactStatus value, bool lowerFirst) {
    return vocabularyLabel(value, "compact status", lowerFirst);
}

} // namespace mc
