#pragma once
// The list of compacts in a workspace: a thin model over the entries the
// store gives (Workspace::listCompacts). It holds no other state.

#include "core/model.h"

#include <QAbstractListModel>
#include <vector>

namespace mc::ui {

class CompactListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        CompactIdRole = Qt::UserRole + 1, // QString: the compact's UUID
        ScholarRole,                      // QString: the scholar's name
        MentorsRole,                      // QStringList: the mentors' names
        ProgramRole,                      // QString
        StatusRole,                       // int: the CompactStatus
        TitleRole,                        // QString
        ReviewOverdueRole,                // bool: a yearly review is overdue
    };

    explicit CompactListModel(QObject* parent = nullptr);

    // Replaces every row (a model reset).
    void setEntries(std::vector<CompactListEntry> entries);
    // The day next and overdue reviews are counted from (today by default).
    void setToday(const Date& today);
    const std::vector<CompactListEntry>& entries() const { return entries_; }
    // The entry of a valid row of this model, or nullptr.
    const CompactListEntry* entryAt(const QModelIndex& index) const;
    // The row of the compact with this id, or -1.
    int rowOf(const std::string& compactId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<CompactListEntry> entries_;
    Date today_;
};

} // namespace mc::ui
