#include "ui/meeting_log_model.h"

#include "ui/qt_helpers.h"
#include "ui/recurrence_text.h"

#include <QStringList>
#include <QTextDocument>
#include <algorithm>

namespace mc::ui {

MeetingLogModel::MeetingLogModel(QObject* parent) : QAbstractTableModel(parent) {
}

void MeetingLogModel::setMeetings(std::vector<Meeting> meetings) {
    beginResetModel();
    meetings_ = std::move(meetings);
    endResetModel();
}

const Meeting* MeetingLogModel::meetingAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.model() != this)
        return nullptr;
    return &meetings_[static_cast<std::size_t>(index.row())];
}

int MeetingLogModel::rowOf(const std::string& meetingId) const {
    for (std::size_t i = 0; i < meetings_.size(); ++i)
        if (meetings_[i].id == meetingId)
            return static_cast<int>(i);
    return -1;
}

int MeetingLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(meetings_.size());
}

int MeetingLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingLogModel::attendeesText(const Meeting& meeting) {
    QStringList names;
    for (const Attendee& attendee : meeting.attendees)
        names << (attendee.personId.empty()
                      ? tr("%1 (left the compact)").arg(toQString(attendee.name))
                      : toQString(attendee.name));
    return names.isEmpty() ? tr("nobody recorded") : names.join(QStringLiteral(", "));
}

int MeetingLogModel::openItems(const Meeting& meeting) {
    return static_cast<int>(std::count_if(
        meeting.actionItems.begin(), meeting.actionItems.end(),
        [](const ActionItem& item) { return !item.done && item.milestoneId.empty(); }));
}

QString MeetingLogModel::actionItemText(const ActionItem& item) {
    QString owner = item.ownerName.empty() ? tr("nobody") : toQString(item.ownerName);
    if (item.ownerId.empty() && !item.ownerName.empty())
        owner = tr("%1 (left the compact)").arg(owner);
    const QString due = item.due ? tr("due %1").arg(formatDate(*item.due)) : tr("no due date");
    QString state = item.done ? tr("done") : tr("open");
    if (!item.milestoneId.empty())
        state = item.done ? tr("done, a milestone") : tr("a milestone");
    return tr("%1 (%2, %3; %4)").arg(toQString(item.text).simplified(), owner, due, state);
}

QString MeetingLogModel::adherenceText(const MeetingAdherence& a) {
    QString rhythm = a.plan ? RecurrenceText::recurrence(*a.plan) : QString();
    if (!rhythm.isEmpty()) // "Every two weeks…" continues a sentence here
        rhythm[0] = rhythm[0].toLower();
    const QString agreed =
        a.plan ? tr("Agreed: %1.").arg(rhythm) : tr("Agreed: no fixed rhythm, meetings as needed.");
    QString held;
    if (a.last < a.first) {
        held = tr("The compact starts on %1.").arg(formatDate(a.first));
    } else {
        QString count = QString::number(a.held);
        // "held 27 of 13" would read as a mistake: more than planned is said so.
        if (a.plan && a.held > a.expected)
            count = tr("%1 (%2 planned)").arg(a.held).arg(a.expected);
        else if (a.plan)
            count = tr("%1 of %2").arg(a.held).arg(a.expected);
        if (a.startsWithCompact && a.endsWithCompact)
            held = tr("Held %1 during the compact, %2 to %3.")
                       .arg(count, formatDate(a.first), formatDate(a.last));
        else if (a.endsWithCompact)
            held = tr("Held %1 in the last six months of the compact, which ended on %2.")
                       .arg(count, formatDate(a.last));
        else if (a.startsWithCompact)
            held = tr("Held %1 since the compact started on %2.").arg(count, formatDate(a.first));
        else
            held = tr("Held %1 in the last six months.").arg(count);
    }
    QString last;
    if (!a.lastMeeting)
        last = tr("No meeting logged yet.");
    else if (a.daysSinceLast == 0)
        last = tr("Last meeting today.");
    else if (a.daysSinceLast == 1)
        last = tr("Last meeting yesterday.");
    else
        last = tr("Last meeting %1 days ago.").arg(a.daysSinceLast);
    return agreed + QLatin1Char(' ') + held + QLatin1Char(' ') + last;
}

QVariant MeetingLogModel::displayText(const Meeting& meeting, int column) const {
    switch (column) {
    case DateColumn:
        return formatDate(meeting.date);
    case AttendeesColumn:
        return attendeesText(meeting);
    case TopicsColumn:
        return toQString(meeting.topics).simplified();
    case OpenItemsColumn: {
        const int open = openItems(meeting);
        const int total = static_cast<int>(meeting.actionItems.size());
        if (total == 0)
            return tr("none");
        return open == 0 ? tr("all %1 closed").arg(total)
                         : tr("%1 of %2 open").arg(open).arg(total);
    }
    default:
        return {};
    }
}

QVariant MeetingLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting& meeting = meetings_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(meeting, index.column());
    case Qt::ToolTipRole:
        // The notes beside the topics, escaped: a tooltip would otherwise
        // take markup in user text for rich text.
        if (index.column() == AttendeesColumn)
            return Qt::convertFromPlainText(attendeesText(meeting));
        if (index.column() == TopicsColumn && !meeting.notes.empty())
            return Qt::convertFromPlainText(toQString(meeting.topics) + QStringLiteral("\n\n") +
                                            toQString(meeting.notes));
        return {};
    case MeetingIdRole:
        return toQString(meeting.id);
    default:
        return {};
    }
}

QVariant MeetingLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AttendeesColumn:
        return tr("Attended");
    case TopicsColumn:
        return tr("Topics");
    case OpenItemsColumn:
        return tr("Action items");
    default:
        return {};
    }
}

} // namespace mc::ui
