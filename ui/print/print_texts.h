#pragma once
// The words of a printed compact, translated: labels of the closed
// vocabularies, headings, and a meeting plan in plain words.

#include "core/model.h"
#include "core/review.h"

#include <QCoreApplication>
#include <QString>

namespace mc::print {

class PrintTexts {
    Q_DECLARE_TR_FUNCTIONS(PrintTexts)
public:
    static QString role(Role role);
    static QString status(CompactStatus status);
    static QString domain(Domain domain);
    // Whose duty a clause is: "Mentor", "Scholar", "Both".
    static QString expectedOf(Direction direction);
    static QString state(ExpectationState state);
    static QString horizon(Horizon horizon);
    static QString milestoneKind(MilestoneKind kind);
    static QString goalStatus(GoalStatus status);
    static QString milestoneStatus(MilestoneStatus status);
    // core's historyStepInWords translated, word for word the same in
    // English: "year 1: moved from 2026-03-01 to 2026-06-01 — note".
    static QString historyStep(const MilestoneHistoryStep& step);
    // "Every two weeks on Thursday, 60 minutes"
    static QString meetingSummary(const MeetingPlan& plan);
    static QString draftVersion();
    static QString versionLine(const QString& version);
    // "Version 2" (signed) or "Version 3, draft": the header of a version.
    static QString versionTitle(int number, bool isSigned);
    // The version row of the title block: "2" or "3, draft".
    static QString versionValue(int number, bool isSigned);
    static QString pageOf(int page, int pages);
    static QString fingerprintLine(const QString& shortFingerprint);
    static QString draftMark();
};

} // namespace mc::print
