#include "ui/milestone_filter_model.h"

#include "core/enums.h"
#include "ui/milestones_model.h"

namespace mc::ui {

MilestoneFilterModel::MilestoneFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(MilestonesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void MilestoneFilterModel::setGoalFilter(GoalFilter filter, const QString& goalId) {
    const QString id = filter == GoalFilter::OneGoal ? goalId : QString();
    if (filter == goalFilter_ && id == goalId_)
        return;
    goalFilter_ = filter;
    goalId_ = id;
    invalidateRowsFilter();
}

void MilestoneFilterModel::setPersonFilter(const QString& personId) {
    if (personId == personId_)
        return;
    personId_ = personId;
    invalidateRowsFilter();
}

void MilestoneFilterModel::setShowDropped(bool show) {
    if (show == showDropped_)
        return;
    showDropped_ = show;
    invalidateRowsFilter();
}

bool MilestoneFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!showDropped_ && index.data(MilestonesModel::StatusRole).toInt() ==
                             static_cast<int>(MilestoneStatus::Dropped))
        return false;
    const QString goal = index.data(MilestonesModel::GoalIdRole).toString();
    switch (goalFilter_) {
    case GoalFilter::AllGoals:
        break;
    case GoalFilter::NoGoal:
        if (!goal.isEmpty())
            return false;
        break;
    case GoalFilter::OneGoal:
        if (goal != goalId_)
            return false;
        break;
    }
    return personId_.isEmpty() ||
           index.data(MilestonesModel::ResponsibleIdRole).toString() == personId_;
}

} // namespace mc::ui
