#pragma once
// The meeting log of one compact as a table, newest first as core gives
// it: date, who attended, topics, and how many action items are still
// open. A thin model over std::vector<Meeting>, replaced whole each time
// the compact is shown. Also the adherence sentence in the user's language.

#include "core/meeting_adherence.h"
#include "core/model.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace mc::ui {

class MeetingLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, AttendeesColumn, TopicsColumn, OpenItemsColumn, ColumnCount };
    enum Roles {
        MeetingIdRole = Qt::UserRole + 1, // QString: the meeting's UUID
    };

    explicit MeetingLogModel(QObject* parent = nullptr);

    // Replaces every row (a model reset).
    void setMeetings(std::vector<Meeting> meetings);
    const std::vector<Meeting>& meetings() const { return meetings_; }
    // The meeting of a valid row of this model, or nullptr.
    const Meeting* meetingAt(const QModelIndex& index) const;
    // The row of the meeting with this id, or -1.
    int rowOf(const std::string& meetingId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Ada Lovelace, Charles Babbage"; someone who left is marked so.
    static QString attendeesText(const Meeting& meeting);
    // Action items neither done nor turned into a milestone.
    static int openItems(const Meeting& meeting);
    // One action item in words: its text, owner, due date and state.
    static QString actionItemText(const ActionItem& item);
    // "Agreed: every two weeks on Thursday. Held 9 of 13 in the last six
    // months. Last meeting 23 days ago."
    static QString adherenceText(const MeetingAdherence& adherence);

private:
    QVariant displayText(const Meeting& meeting, int column) const;

    std::vector<Meeting> meetings_;
};

} // namespace mc::ui
