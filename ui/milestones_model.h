#pragma once
// The milestones of one compact as a table: a thin model over
// Compact::milestones, replaced whole each time the compact is shown.
//
// A milestone that is planned or rescheduled with its due date before
// today is overdue: its row is red and bold, and its status reads
// "Overdue: Planned", so the mark is not colour alone. SortRole gives
// values that sort properly (dates as day numbers); the filter roles give
// the ids the filter model compares.

#include "core/model.h"

#include <QAbstractTableModel>
#include <vector>

namespace mc::ui {

class MilestonesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        KindColumn,
        ResponsibleColumn,
        GoalColumn,
        DueColumn,
        DoneColumn,
        StatusColumn,
        ConfirmedColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Roles {
        MilestoneIdRole = Qt::UserRole + 1, // QString: the milestone's UUID
        SortRole,                           // a value that sorts the column properly
        OverdueRole,                        // bool: planned or rescheduled, due before today
        GoalIdRole,                         // QString: the linked goal's id, or empty
        ResponsibleIdRole,                  // QString: the responsible person's id
        StatusRole,                         // int: the MilestoneStatus
    };

    explicit MilestonesModel(QObject* parent = nullptr);

    // Replaces every row (a model reset) with the milestones of `compact`;
    // `today` decides what is overdue.
    void setCompact(const Compact& compact, const Date& today);
    // The milestone of a valid row of this model, or nullptr.
    const Milestone* milestoneAt(const QModelIndex& index) const;
    // The row of the milestone with this id, or -1.
    int rowOf(const std::string& milestoneId) const;

    static bool isOverdue(const Milestone& milestone, const Date& today);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Milestone milestone;
        QString responsible;
        QString goal;
        bool overdue = false;
    };
    QVariant displayText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    std::vector<Row> rows_;
};

} // namespace mc::ui
