#include "ui/cohort_charts.h"

#include "ui/cohort_charts_achievement.h"
#include "ui/cohort_charts_alignment.h"
#include "ui/cohort_charts_goals.h"
#include "ui/cohort_charts_satisfaction.h"
#include "ui/milestone_timeline.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace mc::ui {

CohortCharts::CohortCharts(QWidget* parent) : QWidget(parent) {
    achievement_ = new AchievementChart;
    goals_ = new GoalsChart;
    satisfaction_ = new SatisfactionChart;
    alignment_ = new AlignmentChart;
    timeline_ = new MilestoneTimeline;
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("cohortChartTabs"));
    tabs_->setAccessibleName(tr("Cohort charts"));
    tabs_->addTab(achievement_, tr("&Milestones"));
    tabs_->addTab(goals_, tr("&Goals"));
    tabs_->addTab(satisfaction_, tr("&Satisfaction"));
    tabs_->addTab(alignment_, tr("Al&ignment"));
    tabs_->addTab(timeline_, tr("Time&line"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
}

void CohortCharts::setMeasures(const std::vector<MeasureRow>& rows) {
    figures_ = cohortFigures(rows);
    achievement_->setFigures(figures_);
    goals_->setFigures(figures_);
    satisfaction_->setFigures(figures_);
    alignment_->setFigures(figures_);
}

} // namespace mc::ui
