#include "ui/enum_labels.h"

namespace mc::ui {

// The second argument of tr() tells translators which vocabulary a word
// belongs to, and keeps words that agree in gender apart.

QString EnumLabels::label(CompactStatus value) {
    switch (value) {
    case CompactStatus::Draft:
        return tr("Draft", "compact status");
    case CompactStatus::InNegotiation:
        return tr("In negotiation", "compact status");
    case CompactStatus::Signed:
        return tr("Signed", "compact status");
    case CompactStatus::Amended:
        return tr("Amended", "compact status");
    case CompactStatus::Closed:
        return tr("Closed", "compact status");
    }
    return {};
}

QString EnumLabels::label(Role value) {
    switch (value) {
    case Role::Scholar:
        return tr("Scholar", "role");
    case Role::PrimaryMentor:
        return tr("Primary mentor", "role");
    case Role::CoMentor:
        return tr("Co-mentor", "role");
    case Role::SecondaryMentor:
        return tr("Secondary mentor", "role");
    case Role::CareerMentor:
        return tr("Career mentor", "role");
    case Role::DepartmentChair:
        return tr("Department chair", "role");
    case Role::ProgramDirector:
        return tr("Program director", "role");
    }
    return {};
}

QString EnumLabels::label(Domain value) {
    switch (value) {
    case Domain::Research:
        return tr("Research", "expectation domain");
    case Domain::Education:
        return tr("Education", "expectation domain");
    case Domain::ProfessionalDevelopment:
        return tr("Professional development and career advancement", "expectation domain");
    case Domain::Support:
        return tr("Support", "expectation domain");
    case Domain::Communication:
        return tr("Communication", "expectation domain");
    case Domain::PersonalConduct:
        return tr("Personal conduct and interpersonal relations", "expectation domain");
    }
    return {};
}

QString EnumLabels::label(Direction value) {
    switch (value) {
    case Direction::ScholarOfMentor:
        return tr("Scholar expects of mentor", "expectation direction");
    case Direction::MentorOfScholar:
        return tr("Mentor expects of scholar", "expectation direction");
    case Direction::Mutual:
        return tr("Mutual", "expectation direction");
    }
    return {};
}

QString EnumLabels::label(Origin value) {
    switch (value) {
    case Origin::TemplatePrompt:
        return tr("Template", "where an expectation came from");
    case Origin::Scholar:
        return tr("Scholar", "where an expectation came from");
    case Origin::Mentor:
        return tr("Mentor", "where an expectation came from");
    case Origin::Negotiated:
        return tr("Negotiated", "where an expectation came from");
    }
    return {};
}

QString EnumLabels::label(ExpectationState value) {
    switch (value) {
    case ExpectationState::Proposed:
        return tr("Proposed", "expectation state");
    case ExpectationState::Discussed:
        return tr("Discussed", "expectation state");
    case ExpectationState::Agreed:
        return tr("Agreed", "expectation state");
    case ExpectationState::Dropped:
        return tr("Dropped", "expectation state");
    }
    return {};
}

QString EnumLabels::label(Horizon value) {
    switch (value) {
    case Horizon::Career:
        return tr("Career (long term)", "goal horizon");
    case Horizon::ThisYear:
        return tr("This year", "goal horizon");
    }
    return {};
}

QString EnumLabels::label(GoalStatus value) {
    switch (value) {
    case GoalStatus::Active:
        return tr("Active", "goal status");
    case GoalStatus::Achieved:
        return tr("Achieved", "goal status");
    case GoalStatus::Revised:
        return tr("Revised", "goal status");
    case GoalStatus::Dropped:
        return tr("Dropped", "goal status");
    }
    return {};
}

QString EnumLabels::label(MilestoneKind value) {
    switch (value) {
    case MilestoneKind::Publication:
        return tr("Publication", "milestone kind");
    case MilestoneKind::GrantSubmission:
        return tr("Grant submission", "milestone kind");
    case MilestoneKind::GrantAward:
        return tr("Grant award", "milestone kind");
    case MilestoneKind::Presentation:
        return tr("Presentation", "milestone kind");
    case MilestoneKind::Promotion:
        return tr("Promotion", "milestone kind");
    case MilestoneKind::Training:
        return tr("Training", "milestone kind");
    case MilestoneKind::IndependenceStep:
        return tr("Independence step", "milestone kind");
    case MilestoneKind::Other:
        return tr("Other", "milestone kind");
    }
    return {};
}

QString EnumLabels::label(MilestoneStatus value) {
    switch (value) {
    case MilestoneStatus::Planned:
        return tr("Planned", "milestone status");
    case MilestoneStatus::Achieved:
        return tr("Achieved", "milestone status");
    case MilestoneStatus::Missed:
        return tr("Missed", "milestone status");
    case MilestoneStatus::Rescheduled:
        return tr("Rescheduled", "milestone status");
    case MilestoneStatus::Dropped:
        return tr("Dropped", "milestone status");
    }
    return {};
}

QString EnumLabels::label(Cadence value) {
    switch (value) {
    case Cadence::Weekly:
        return tr("Weekly", "meeting cadence");
    case Cadence::EveryTwoWeeks:
        return tr("Every two weeks", "meeting cadence");
    case Cadence::Monthly:
        return tr("Monthly", "meeting cadence");
    case Cadence::Custom:
        return tr("Custom interval", "meeting cadence");
    }
    return {};
}

QString EnumLabels::label(MilestoneOutcome value) {
    switch (value) {
    case MilestoneOutcome::Achieved:
        return tr("Achieved", "milestone outcome in a review");
    case MilestoneOutcome::Missed:
        return tr("Missed", "milestone outcome in a review");
    case MilestoneOutcome::Rescheduled:
        return tr("Rescheduled", "milestone outcome in a review");
    case MilestoneOutcome::Dropped:
        return tr("Dropped", "milestone outcome in a review");
    }
    return {};
}

QString EnumLabels::label(ExpectationVerdict value) {
    switch (value) {
    case ExpectationVerdict::Kept:
        return tr("Kept", "expectation verdict in a review");
    case ExpectationVerdict::Changed:
        return tr("Changed", "expectation verdict in a review");
    case ExpectationVerdict::Dropped:
        return tr("Dropped", "expectation verdict in a review");
    }
    return {};
}

QString EnumLabels::label(ClosingReason value) {
    switch (value) {
    case ClosingReason::AwardCompleted:
        return tr("Award period completed", "why a compact was closed");
    case ClosingReason::Independence:
        return tr("Scholar became independent", "why a compact was closed");
    case ClosingReason::LeftProgram:
        return tr("Scholar left the program", "why a compact was closed");
    case ClosingReason::MentorChange:
        return tr("Mentor changed", "why a compact was closed");
    case ClosingReason::Other:
        return tr("Other reason", "why a compact was closed");
    }
    return {};
}

QString EnumLabels::label(AlignmentLevel value) {
    switch (value) {
    case AlignmentLevel::Aligned:
        return tr("Aligned", "alignment level of a worksheet topic");
    case AlignmentLevel::MinorGap:
        return tr("Minor gap", "alignment level of a worksheet topic");
    case AlignmentLevel::MajorGap:
        return tr("Major gap", "alignment level of a worksheet topic");
    }
    return {};
}

QString EnumLabels::label(WorksheetStatus value) {
    switch (value) {
    case WorksheetStatus::Draft:
        return tr("Draft", "worksheet status");
    case WorksheetStatus::Submitted:
        return tr("Submitted", "worksheet status");
    }
    return {};
}

QString EnumLabels::responsibility(int value) {
    switch (value) {
    case 1:
        return tr("Mostly the mentor", "who is responsible, worksheet scale");
    case 2:
        return tr("More the mentor", "who is responsible, worksheet scale");
    case 3:
        return tr("Shared", "who is responsible, worksheet scale");
    case 4:
        return tr("More the scholar", "who is responsible, worksheet scale");
    case 5:
        return tr("Mostly the scholar", "who is responsible, worksheet scale");
    default:
        return tr("Not answered", "worksheet scale");
    }
}

QString EnumLabels::importance(int value) {
    switch (value) {
    case 1:
        return tr("1 (hardly)", "importance, worksheet scale");
    case 2:
        return tr("2 (a little)", "importance, worksheet scale");
    case 3:
        return tr("3 (somewhat)", "importance, worksheet scale");
    case 4:
        return tr("4 (very)", "importance, worksheet scale");
    case 5:
        return tr("5 (essential)", "importance, worksheet scale");
    default:
        return tr("Not answered", "worksheet scale");
    }
}

} // namespace mc::ui
