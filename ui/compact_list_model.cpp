#include "ui/compact_list_model.h"

#include "core/review_schedule.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QColor>
#include <QGuiApplication>
#include <QStringList>

namespace mc::ui {

namespace {

QString displayText(const CompactListEntry& entry) {
    const QString scholar = toQString(entry.scholar);
    const QString program = toQString(entry.program);
    if (scholar.isEmpty())
        return entry.title.empty() ? CompactListModel::tr("Untitled compact")
                                   : toQString(entry.title);
    if (program.isEmpty())
        return scholar;
    return scholar + QStringLiteral(" — ") + program;
}

ReviewStanding standingOf(const CompactListEntry& entry, const Date& today) {
    if (entry.start.is_special() || entry.end.is_special() || entry.end < entry.start)
        return {};
    return reviewStanding(entry.start, entry.end, today, entry.signedReviewYears);
}

// "Review overdue: year 1 was due 1 Nov 2026", or "Next review: 1 Nov 2027
// (year 2)"; empty when the award has no review left.
QString reviewLine(const CompactListEntry& entry, const Date& today) {
    const ReviewStanding standing = standingOf(entry, today);
    if (standing.overdue)
        return CompactListModel::tr("Review overdue: year %1 was due %2")
            .arg(standing.overdue->year)
            .arg(formatDate(standing.overdue->due));
    if (standing.next)
        return CompactListModel::tr("Next review: %1 (year %2)")
            .arg(formatDate(standing.next->due))
            .arg(standing.next->year);
    return {};
}

// Tooltips are shown as rich text when they look like it, so build one that
// is rich text on purpose and escape every user string in it.
QString toolTipText(const CompactListEntry& entry, const Date& today) {
    QStringList mentors;
    for (const auto& mentor : entry.mentors)
        mentors << toQString(mentor).toHtmlEscaped();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(toQString(entry.title).toHtmlEscaped());
    lines << CompactListModel::tr("Mentors: %1")
                 .arg(mentors.isEmpty() ? CompactListModel::tr("none yet")
                                        : mentors.join(QStringLiteral(", ")));
    lines << CompactListModel::tr("Status: %1").arg(labelOf(entry.status).toHtmlEscaped());
    lines << CompactListModel::tr("Period: %1 – %2")
                 .arg(formatDate(entry.start).toHtmlEscaped(),
                      formatDate(entry.end).toHtmlEscaped());
    if (const QString review = reviewLine(entry, today); !review.isEmpty())
        lines << review.toHtmlEscaped();
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

} // namespace

CompactListModel::CompactListModel(QObject* parent)
    : QAbstractListModel(parent), today_(todayLocal()) {
}

void CompactListModel::setToday(const Date& today) {
    today_ = today;
    if (!entries_.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void CompactListModel::setEntries(std::vector<CompactListEntry> entries) {
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
}

const CompactListEntry* CompactListModel::entryAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &entries_[static_cast<std::size_t>(index.row())];
}

int CompactListModel::rowOf(const std::string& compactId) const {
    for (std::size_t row = 0; row < entries_.size(); ++row)
        if (entries_[row].id == compactId)
            return static_cast<int>(row);
    return -1;
}

int CompactListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

QVariant CompactListModel::data(const QModelIndex& index, int role) const {
    const CompactListEntry* entry = entryAt(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*entry);
    case Qt::ToolTipRole:
        return toolTipText(*entry, today_);
    case Qt::ForegroundRole:
        // An overdue review is the one thing in the list that asks for action.
        if (standingOf(*entry, today_).overdue)
            return errorColor(QGuiApplication::palette());
        return {};
    case ReviewOverdueRole:
        return standingOf(*entry, today_).overdue.has_value();
    case CompactIdRole:
        return toQString(entry->id);
    case ScholarRole:
        return toQString(entry->scholar);
    case MentorsRole: {
        QStringList mentors;
        for (const auto& mentor : entry->mentors)
            mentors << toQString(mentor);
        return mentors;
    }
    case ProgramRole:
        return toQString(entry->program);
    case StatusRole:
        return static_cast<int>(entry->status);
    case TitleRole:
        return toQString(entry->title);
    default:
        return {};
    }
}

QHash<int, QByteArray> CompactListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CompactIdRole, QByteArrayLiteral("compactId"));
    names.insert(ScholarRole, QByteArrayLiteral("scholar"));
    names.insert(MentorsRole, QByteArrayLiteral("mentors"));
    names.insert(ProgramRole, QByteArrayLiteral("program"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(ReviewOverdueRole, QByteArrayLiteral("reviewOverdue"));
    return names;
}

} // namespace mc::ui
