#pragma once
// The dashboard's table (issue 7): one row per compact from
// Workspace::dashboard, one column per thing a program director looks for.
// A thin model: it holds the rows and today's date, nothing else. Every
// column has a SortRole value (dates as day numbers, counts as numbers) so
// the table sorts by value, not by the text shown.

#include "core/dashboard.h"

#include <QAbstractTableModel>
#include <vector>

namespace mc::ui {

class DashboardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ScholarColumn,
        ProgramColumn,
        CohortColumn,
        StatusColumn,
        SignaturesColumn, // missing signatures
        ReviewColumn,     // the next review, or the overdue one
        OverdueColumn,    // milestones overdue
        AchievedColumn,   // milestones achieved
        TotalColumn,      // milestones in all
        AlignmentColumn,
        LastMeetingColumn,
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1, // a number or text to sort by
        CompactIdRole,               // QString
        NeedsAttentionRole,          // bool: see needsAttention()
        ReviewOverdueRole,           // bool: a yearly review is overdue
        StatusRole,                  // int: the CompactStatus
        SearchTextRole,              // QString: scholar, mentors and title, for the filter
    };

    explicit DashboardModel(QObject* parent = nullptr);

    // Replaces every row (a model reset); `today` is the day the rows were
    // computed for ("23 days ago").
    void setRows(std::vector<DashboardRow> rows, const Date& today);
    const std::vector<DashboardRow>& rows() const { return rows_; }
    const DashboardRow* rowAt(int row) const;
    int rowOf(const std::string& compactId) const;

    // What the director should look at: a signature missing (once the
    // compact is past its draft), a review or a milestone overdue, or
    // meetings late. A closed compact needs nothing.
    static bool needsAttention(const DashboardRow& row);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DashboardRow& row, std::size_t at, int column) const;
    QVariant sortValue(const DashboardRow& row, std::size_t at, int column) const;
    QVariant toolTip(const DashboardRow& row, std::size_t at, int column) const;

    std::vector<DashboardRow> rows_;
    // The due date of each row's first overdue review (special when none).
    std::vector<Date> overdueDue_;
    Date today_;
};

} // namespace mc::ui
