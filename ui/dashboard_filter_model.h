#pragma once
// Which dashboard rows are shown: by program, cohort and status, only
// those that need attention, and every word typed found in the scholar,
// a mentor or the title. Sorts by DashboardModel::SortRole, so dates sort
// as dates and counts as numbers.

#include "core/enums.h"

#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace mc::ui {

class DashboardFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DashboardFilterModel(QObject* parent = nullptr);

    // Empty: every program (cohort).
    void setProgram(const QString& program);
    const QString& program() const { return program_; }
    void setCohort(const QString& cohort);
    const QString& cohort() const { return cohort_; }
    // No status: every status.
    void setStatus(std::optional<CompactStatus> status);
    std::optional<CompactStatus> status() const { return status_; }
    void setNeedsAttentionOnly(bool only);
    bool needsAttentionOnly() const { return attentionOnly_; }
    void setSearchText(const QString& text);
    const QString& searchText() const { return search_; }

    // The ids of the compacts shown, in the order shown.
    std::vector<std::string> shownCompactIds() const;

signals:
    // The rows shown changed (a filter moved or the source was reset).
    void shownRowsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QString program_;
    QString cohort_;
    std::optional<CompactStatus> status_;
    bool attentionOnly_ = false;
    QString search_;
    QStringList words_;
};

} // namespace mc::ui
