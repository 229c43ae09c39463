#pragma once
// The labels of core's closed vocabularies in the user's language. core keeps
// its English labels (files, the command line); the desktop shows these. One
// switch per enum, so a new value is a compiler warning here, and the same
// English word gets its own translation per enum ("Achieved" is "Alcanzada"
// for a goal, "Alcanzado" for a milestone). A test checks that the English
// here is core's label, word for word.

#include "core/alignment.h"
#include "core/dates.h"
#include "core/enums.h"
#include "core/worksheet.h"

#include <QCoreApplication>
#include <QString>

namespace mc::ui {

class EnumLabels {
    Q_DECLARE_TR_FUNCTIONS(EnumLabels)
public:
    static QString label(CompactStatus value);
    static QString label(Role value);
    static QString label(Domain value);
    static QString label(Direction value);
    static QString label(Origin value);
    static QString label(ExpectationState value);
    static QString label(Horizon value);
    static QString label(GoalStatus value);
    static QString label(MilestoneKind value);
    static QString label(MilestoneStatus value);
    static QString label(Cadence value);
    static QString label(MilestoneOutcome value);
    static QString label(ExpectationVerdict value);
    static QString label(ClosingReason value);
    static QString label(AlignmentLevel value);
    static QString label(WorksheetStatus value);
    // The worksheet's scales (core's responsibilityLabel, importanceLabel):
    // "Not answered" outside 1..5.
    static QString responsibility(int value);
    static QString importance(int value);
};

} // namespace mc::ui
