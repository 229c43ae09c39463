#pragma once
// The goals of one compact as a table: a thin model over Compact::goals,
// replaced whole each time the compact is shown. Each row also counts the
// milestones linked to its goal, achieved of total.

#include "core/model.h"

#include <QAbstractTableModel>
#include <vector>

namespace mc::ui {

class GoalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        OwnerColumn,
        HorizonColumn,
        TargetColumn,
        StatusColumn,
        MilestonesColumn,
        ColumnCount
    };
    enum Roles {
        GoalIdRole = Qt::UserRole + 1, // QString: the goal's UUID
    };

    explicit GoalsModel(QObject* parent = nullptr);

    // Replaces every row (a model reset) with the goals of `compact`.
    void setCompact(const Compact& compact);
    // The goal of a valid row of this model, or nullptr.
    const Goal* goalAt(const QModelIndex& index) const;
    // The row of the goal with this id, or -1.
    int rowOf(const std::string& goalId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Goal goal;
        QString owner;
        int achieved = 0;
        int total = 0;
    };
    QVariant displayText(const Row& row, int column) const;

    std::vector<Row> rows_;
};

} // namespace mc::ui
