#include "ui/print/print_texts.h"

#include <QLocale>

namespace mc::print {

QString PrintTexts::role(Role role) {
    switch (role) {
    case Role::Scholar:
        return tr("Scholar");
    case Role::PrimaryMentor:
        return tr("Primary mentor");
    case Role::CoMentor:
        return tr("Co-mentor");
    case Role::SecondaryMentor:
        return tr("Secondary mentor");
    case Role::CareerMentor:
        return tr("Career mentor");
    case Role::DepartmentChair:
        return tr("Department chair");
    case Role::ProgramDirector:
        return tr("Program director");
    }
    return {};
}

QString PrintTexts::status(CompactStatus status) {
    switch (status) {
    case CompactStatus::Draft:
        return tr("Draft");
    case CompactStatus::InNegotiation:
        return tr("In negotiation");
    case CompactStatus::Signed:
        return tr("Signed");
    case CompactStatus::Amended:
        return tr("Amended and signed again");
    case CompactStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString PrintTexts::domain(Domain domain) {
    switch (domain) {
    case Domain::Research:
        return tr("Research");
    case Domain::Education:
        return tr("Education");
    case Domain::ProfessionalDevelopment:
        return tr("Professional development and career advancement");
    case Domain::Support:
        return tr("Support");
    case Domain::Communication:
        return tr("Communication");
    case Domain::PersonalConduct:
        return tr("Personal conduct and interpersonal relations");
    }
    return {};
}

QString PrintTexts::expectedOf(Direction direction) {
    switch (direction) {
    case Direction::ScholarOfMentor:
        return tr("Mentor");
    case Direction::MentorOfScholar:
        return tr("Scholar");
    case Direction::Mutual:
        return tr("Both");
    }
    return {};
}

QString PrintTexts::state(ExpectationState state) {
    switch (state) {
    case ExpectationState::Proposed:
        return tr("Proposed");
    case ExpectationState::Discussed:
        return tr("Discussed");
    case ExpectationState::Agreed:
        return tr("Agreed");
    case ExpectationState::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString PrintTexts::horizon(Horizon horizon) {
    return horizon == Horizon::Career ? tr("Career") : tr("This year");
}

QString PrintTexts::milestoneKind(MilestoneKind kind) {
    switch (kind) {
    case MilestoneKind::Publication:
        return tr("Publication");
    case MilestoneKind::GrantSubmission:
        return tr("Grant submission");
    case MilestoneKind::GrantAward:
        return tr("Grant award");
    case MilestoneKind::Presentation:
        return tr("Presentation");
    case MilestoneKind::Promotion:
        return tr("Promotion");
    case MilestoneKind::Training:
        return tr("Training");
    case MilestoneKind::IndependenceStep:
        return tr("Independence step");
    case MilestoneKind::Other:
        return tr("Other");
    }
    return {};
}

namespace {

// English weekday names unless a translation is loaded: the golden files
// must not depend on the machine's locale.
QString weekdayName(int weekday) {
    if (weekday < 1 || weekday > 7)
        return {};
    return QLocale(QLocale::English).dayName(weekday);
}

} // namespace

QString PrintTexts::meetingSummary(const MeetingPlan& plan) {
    const Recurrence& r = plan.recurrence;
    QString rhythm;
    switch (r.cadence) {
    case Cadence::Weekly:
        rhythm = tr("Every week on %1").arg(weekdayName(r.weekday));
        break;
    case Cadence::EveryTwoWeeks:
        rhythm = tr("Every two weeks on %1").arg(weekdayName(r.weekday));
        break;
    case Cadence::Monthly: {
        const QString which = r.weekOfMonth == -1  ? tr("last")
                              : r.weekOfMonth == 1 ? tr("first")
                              : r.weekOfMonth == 2 ? tr("second")
                              : r.weekOfMonth == 3 ? tr("third")
                                                   : tr("fourth");
        rhythm = tr("Monthly on the %1 %2").arg(which, weekdayName(r.weekday));
        break;
    }
    case Cadence::Custom:
        rhythm = r.intervalDays == 1 ? tr("Every day") : tr("Every %1 days").arg(r.intervalDays);
        break;
    }
    // Plan lengths are 5 to 480 minutes: always plural.
    return tr("%1, %2 minutes").arg(rhythm).arg(plan.durationMinutes);
}

QString PrintTexts::draftVersion() {
    return tr("draft");
}

QString PrintTexts::versionLine(const QString& version) {
    return tr("Version: %1").arg(version);
}

QString PrintTexts::versionTitle(int number, bool isSigned) {
    return isSigned ? tr("Version %1").arg(number) : tr("Version %1, draft").arg(number);
}

QString PrintTexts::versionValue(int number, bool isSigned) {
    return isSigned ? QString::number(number) : tr("%1, draft").arg(number);
}

QString PrintTexts::pageOf(int page, int pages) {
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QString PrintTexts::fingerprintLine(const QString& shortFingerprint) {
    return tr("Fingerprint %1").arg(shortFingerprint);
}

QString PrintTexts::draftMark() {
    return tr("DRAFT");
}

QString PrintTexts::goalStatus(GoalStatus status) {
    switch (status) {
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

QString PrintTexts::milestoneStatus(MilestoneStatus status) {
    switch (status) {
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

QString PrintTexts::historyStep(const MilestoneHistoryStep& step) {
    const auto iso = [](const Date& date) {
        return QString::fromStdString(formatIsoDate(date));
    };
    const QString due = step.due.is_special() ? QString() : iso(step.due);
    const QString date = step.date ? iso(*step.date) : QString();
    QString what;
    switch (step.outcome) {
    case MilestoneOutcome::Achieved:
        what = date.isEmpty() ? tr("achieved", "milestone history")
                              : tr("achieved on %1", "milestone history").arg(date);
        break;
    case MilestoneOutcome::Missed:
        what = due.isEmpty() ? tr("missed", "milestone history")
                             : tr("missed (due %1)", "milestone history").arg(due);
        break;
    case MilestoneOutcome::Rescheduled:
        if (!due.isEmpty() && !date.isEmpty())
            what = tr("moved from %1 to %2", "milestone history").arg(due, date);
        else if (!due.isEmpty())
            what = tr("moved from %1", "milestone history").arg(due);
        else if (!date.isEmpty())
            what = tr("moved to %1", "milestone history").arg(date);
        else
            what = tr("moved", "milestone history");
        break;
    case MilestoneOutcome::Dropped:
        what = tr("dropped", "milestone history");
        break;
    }
    QString out = tr("year %1: %2", "milestone history").arg(step.awardYear).arg(what);
    const QString note = QString::fromStdString(step.note);
    if (!note.trimmed().isEmpty())
        out += QStringLiteral(" \u2014 ") + note;
    return out;
}

} // namespace mc::print
