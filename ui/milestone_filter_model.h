#pragma once
// Narrows and sorts the milestones table: by goal (all, none, or one goal),
// by responsible person (all or one), and whether dropped milestones show.
// Sorts by MilestonesModel::SortRole, so dates sort as dates.

#include <QSortFilterProxyModel>
#include <QString>

namespace mc::ui {

class MilestoneFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class GoalFilter { AllGoals, NoGoal, OneGoal };

    explicit MilestoneFilterModel(QObject* parent = nullptr);

    // Every goal, only milestones linked to no goal, or those of `goalId`.
    void setGoalFilter(GoalFilter filter, const QString& goalId = QString());
    GoalFilter goalFilter() const { return goalFilter_; }
    QString goalId() const { return goalId_; }
    // Only milestones `personId` is responsible for; empty shows everyone's.
    void setPersonFilter(const QString& personId);
    QString personFilter() const { return personId_; }
    // Dropped milestones are hidden unless this is set.
    void setShowDropped(bool show);
    bool showDropped() const { return showDropped_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    GoalFilter goalFilter_ = GoalFilter::AllGoals;
    QString goalId_;
    QString personId_;
    bool showDropped_ = false;
};

} // namespace mc::ui
