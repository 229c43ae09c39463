#pragma once
// The left side of the editor: the workspace's compacts, searchable by
// scholar, mentor or program and filtered by status. The list keeps the
// selected compact (by id) when the entries are replaced.

#include "core/model.h"

#include <QSortFilterProxyModel>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace mc::ui {

class CompactListModel;

// Rows of a CompactListModel whose scholar, mentors or program contain the
// search text (every word, ignoring case) and whose status matches.
class CompactFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CompactFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    const QString& searchText() const { return search_; }
    // No status: every status, closed (archived) ones only when shown.
    void setStatusFilter(std::optional<CompactStatus> status);
    std::optional<CompactStatus> statusFilter() const { return status_; }
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString search_;
    std::optional<CompactStatus> status_;
    bool showArchived_ = false;
};

class CompactListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CompactListPanel(QWidget* parent = nullptr);

    // Replaces the rows. The compact selected before stays selected when it
    // is still listed; `select`, when given, is selected instead.
    void setEntries(std::vector<CompactListEntry> entries, const QString& select = QString());
    // Selects the compact with `compactId` (clearing the filter if it hides
    // it); returns false when it is not in the workspace.
    bool selectCompact(const QString& compactId);
    // Selects the first visible row, if any.
    void selectFirst();
    // The id of the selected compact, empty when none.
    QString currentCompactId() const;
    // The status of the compact chosen in the list; nothing when none is.
    std::optional<CompactStatus> currentStatus() const;
    // How many compacts the filter lets through, and in all.
    int visibleCount() const;
    int totalCount() const;

    QLineEdit* searchField() const { return search_; }
    QComboBox* statusFilter() const { return status_; }
    QListView* listView() const { return list_; }
    CompactListModel* model() const { return model_; }
    CompactFilterModel* filterModel() const { return filter_; }

signals:
    // The selection moved to another compact (empty: none).
    void currentCompactChanged(const QString& compactId);

private:
    void onCurrentChanged();
    void applyStatusFilter();
    void updateCountLabel();

    CompactListModel* model_ = nullptr;
    CompactFilterModel* filter_ = nullptr;
    QLineEdit* search_ = nullptr;
    QComboBox* status_ = nullptr;
    QListView* list_ = nullptr;
    QLabel* count_ = nullptr;
    QString announced_;      // the id last sent with currentCompactChanged
    bool replacing_ = false; // true while setEntries swaps the rows
};

} // namespace mc::ui
