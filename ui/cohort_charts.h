#pragma once
// The dashboard's charts (issue 7), one tab each: milestones achieved by
// kind and award year, goals achieved, satisfaction from both sides over
// the years, alignment by domain, and the milestone timeline of one
// scholar. The cohort's charts are filled from measure rows (the compacts
// the dashboard shows) through core's cohortFigures, so they count as the
// CSV and the report do.

#include "core/dashboard.h"

#include <QWidget>
#include <vector>

class QTabWidget;

namespace mc::ui {

class AchievementChart;
class AlignmentChart;
class GoalsChart;
class MilestoneTimeline;
class SatisfactionChart;

class CohortCharts : public QWidget {
    Q_OBJECT
public:
    explicit CohortCharts(QWidget* parent = nullptr);

    // Fills the cohort's charts from these rows.
    void setMeasures(const std::vector<MeasureRow>& rows);
    const CohortFigures& figures() const { return figures_; }

    QTabWidget* tabs() const { return tabs_; }
    AchievementChart* achievement() const { return achievement_; }
    GoalsChart* goals() const { return goals_; }
    SatisfactionChart* satisfaction() const { return satisfaction_; }
    AlignmentChart* alignment() const { return alignment_; }
    MilestoneTimeline* timeline() const { return timeline_; }

private:
    QTabWidget* tabs_ = nullptr;
    AchievementChart* achievement_ = nullptr;
    GoalsChart* goals_ = nullptr;
    SatisfactionChart* satisfaction_ = nullptr;
    AlignmentChart* alignment_ = nullptr;
    MilestoneTimeline* timeline_ = nullptr;
    CohortFigures figures_;
};

} // namespace mc::ui
