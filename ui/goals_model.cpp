#include "ui/goals_model.h"

#include "ui/qt_helpers.h"

#include <QTextDocument>

namespace mc::ui {

GoalsModel::GoalsModel(QObject* parent) : QAbstractTableModel(parent) {
}

void GoalsModel::setCompact(const Compact& compact) {
    beginResetModel();
    rows_.clear();
    rows_.reserve(compact.goals.size());
    for (const Goal& goal : compact.goals) {
        Row row;
        row.goal = goal;
        const Person* owner = compact.findPerson(goal.ownerId);
        row.owner = owner ? toQString(owner->name) : tr("(unknown person)");
        for (const Milestone& milestone : compact.milestones) {
            if (milestone.goalId != goal.id)
                continue;
            ++row.total;
            if (milestone.status == MilestoneStatus::Achieved)
                ++row.achieved;
        }
        rows_.push_back(std::move(row));
    }
    endResetModel();
}

const Goal* GoalsModel::goalAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &rows_[static_cast<std::size_t>(index.row())].goal;
}

int GoalsModel::rowOf(const std::string& goalId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].goal.id == goalId)
            return static_cast<int>(i);
    return -1;
}

int GoalsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int GoalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalsModel::displayText(const Row& row, int column) const {
    switch (column) {
    case TextColumn:
        return toQString(row.goal.text).simplified();
    case OwnerColumn:
        return row.owner;
    case HorizonColumn:
        return labelOf(row.goal.horizon);
    case TargetColumn:
        return row.goal.targetDate ? formatDate(*row.goal.targetDate) : QString();
    case StatusColumn:
        return labelOf(row.goal.status);
    case MilestonesColumn:
        return row.total == 0 ? tr("none")
                              : tr("%1 of %2 achieved").arg(row.achieved).arg(row.total);
    default:
        return {};
    }
}

QVariant GoalsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        // The whole text, escaped: a tooltip would otherwise take markup in
        // user text for rich text.
        if (index.column() == TextColumn)
            return Qt::convertFromPlainText(toQString(row.goal.text));
        return {};
    case GoalIdRole:
        return toQString(row.goal.id);
    default:
        return {};
    }
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Goal");
    case OwnerColumn:
        return tr("Owner");
    case HorizonColumn:
        return tr("Horizon");
    case TargetColumn:
        return tr("Target date");
    case StatusColumn:
        return tr("Status");
    case MilestonesColumn:
        return tr("Milestones");
    default:
        return {};
    }
}

} // namespace mc::ui
