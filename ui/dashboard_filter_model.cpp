#include "ui/dashboard_filter_model.h"

#include "ui/dashboard_model.h"
#include "ui/qt_helpers.h"

namespace mc::ui {

DashboardFilterModel::DashboardFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(DashboardModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // The source only resets (DashboardModel::setRows); a filter change
    // says so once in refilter(), not once per batch of rows it moves.
    connect(this, &QAbstractItemModel::modelReset, this, &DashboardFilterModel::shownRowsChanged);
}

void DashboardFilterModel::refilter() {
    invalidateRowsFilter();
    emit shownRowsChanged();
}

void DashboardFilterModel::setProgram(const QString& program) {
    if (program == program_)
        return;
    program_ = program;
    refilter();
}

void DashboardFilterModel::setCohort(const QString& cohort) {
    if (cohort == cohort_)
        return;
    cohort_ = cohort;
    refilter();
}

void DashboardFilterModel::setStatus(std::optional<CompactStatus> status) {
    if (status == status_)
        return;
    status_ = status;
    refilter();
}

void DashboardFilterModel::setNeedsAttentionOnly(bool only) {
    if (only == attentionOnly_)
        return;
    attentionOnly_ = only;
    refilter();
}

void DashboardFilterModel::setSearchText(const QString& text) {
    const QString simplified = text.simplified();
    if (simplified == search_)
        return;
    search_ = simplified;
    words_ = search_.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

std::vector<std::string> DashboardFilterModel::shownCompactIds() const {
    std::vector<std::string> ids;
    ids.reserve(static_cast<std::size_t>(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        ids.push_back(toStdString(index(row, 0).data(DashboardModel::CompactIdRole).toString()));
    return ids;
}

bool DashboardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* model = qobject_cast<const DashboardModel*>(sourceModel());
    if (model == nullptr || sourceParent.isValid())
        return true;
    const DashboardRow* row = model->rowAt(sourceRow);
    if (row == nullptr)
        return false;
    if (!program_.isEmpty() && toQString(row->program) != program_)
        return false;
    if (!cohort_.isEmpty() && toQString(row->cohort) != cohort_)
        return false;
    if (status_ && row->status != *status_)
        return false;
    if (attentionOnly_ && !DashboardModel::needsAttention(*row))
        return false;
    if (words_.isEmpty())
        return true;
    const QString haystack =
        model->index(sourceRow, 0).data(DashboardModel::SearchTextRole).toString();
    for (const QString& word : words_)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace mc::ui
