#include "ui/dashboard_model.h"

#include "core/review_schedule.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QColor>
#include <QGuiApplication>
#include <QStringList>
#include <limits>

namespace mc::ui {

namespace {

// Day numbers sort dates as dates; a missing date sorts with this.
constexpr qint64 kNoDay = std::numeric_limits<qint64>::max();

qint64 dayNumber(const Date& date) {
    return static_cast<qint64>(date.day_number());
}

QStringList toQStrings(const std::vector<std::string>& texts) {
    QStringList list;
    for (const std::string& text : texts)
        list << toQString(text);
    return list;
}

QString yearList(const std::vector<int>& years) {
    QStringList list;
    for (const int year : years)
        list << QString::number(year);
    return list.join(QStringLiteral(", "));
}

Date firstOverdueDue(const DashboardRow& row) {
    if (row.overdueReviewYears.empty() || row.start.is_special() || row.end.is_special() ||
        row.end < row.start)
        return Date(boost::gregorian::not_a_date_time);
    for (const ReviewPeriod& period : reviewPeriods(row.start, row.end))
        if (period.year == row.overdueReviewYears.front())
            return period.due;
    return Date(boost::gregorian::not_a_date_time);
}

} // namespace

DashboardModel::DashboardModel(QObject* parent)
    : QAbstractTableModel(parent), today_(todayLocal()) {
}

void DashboardModel::setRows(std::vector<DashboardRow> rows, const Date& today) {
    beginResetModel();
    rows_ = std::move(rows);
    today_ = today;
    overdueDue_.clear();
    overdueDue_.reserve(rows_.size());
    for (const DashboardRow& row : rows_)
        overdueDue_.push_back(firstOverdueDue(row));
    endResetModel();
}

const DashboardRow* DashboardModel::rowAt(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &rows_[static_cast<std::size_t>(row)];
}

int DashboardModel::rowOf(const std::string& compactId) const {
    for (std::size_t row = 0; row < rows_.size(); ++row)
        if (rows_[row].compactId == compactId)
            return static_cast<int>(row);
    return -1;
}

bool DashboardModel::needsAttention(const DashboardRow& row) {
    // As core's statusFindings (the `status` command) counts them.
    if (row.status == CompactStatus::Closed)
        return false;
    const bool unsigned_ = row.status != CompactStatus::Draft && !row.missingSignatures.empty();
    return unsigned_ || !row.overdueReviewYears.empty() || row.milestonesOverdue > 0 ||
           row.meetingsLate;
}

int DashboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ScholarColumn:
            return tr("Scholar");
        case ProgramColumn:
            return tr("Program");
        case CohortColumn:
            return tr("Cohort");
        case StatusColumn:
            return tr("Status");
        case SignaturesColumn:
            return tr("Signatures");
        case ReviewColumn:
            return tr("Next review");
        case OverdueColumn:
            return tr("Overdue");
        case AchievedColumn:
            return tr("Achieved");
        case TotalColumn:
            return tr("Milestones");
        case AlignmentColumn:
            return tr("Alignment");
        case LastMeetingColumn:
            return tr("Last meeting");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SignaturesColumn:
            return tr("Who has not signed the latest version yet");
        case ReviewColumn:
            return tr("The next yearly review, or the one overdue (in red)");
        case OverdueColumn:
            return tr("Milestones planned or moved whose due date has passed");
        case AchievedColumn:
            return tr("Milestones achieved");
        case TotalColumn:
            return tr("Milestones in all");
        case AlignmentColumn:
            return tr("Worksheet topics where the scholar and mentors are apart");
        case LastMeetingColumn:
            return tr("The last meeting logged (in red when meetings are late for the plan)");
        default:
            return {};
        }
    }
    return {};
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto at = static_cast<std::size_t>(index.row());
    const DashboardRow& row = rows_[at];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, at, index.column());
    case SortRole:
        return sortValue(row, at, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, at, index.column());
    case Qt::ForegroundRole: {
        const int column = index.column();
        const bool late = (column == ReviewColumn && !row.overdueReviewYears.empty()) ||
                          (column == OverdueColumn && row.milestonesOverdue > 0) ||
                          (column == LastMeetingColumn && row.meetingsLate);
        // The compact list's red for what asks for action, light on a dark palette.
        return late ? QVariant(errorColor(QGuiApplication::palette())) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == OverdueColumn || index.column() == AchievedColumn ||
            index.column() == TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CompactIdRole:
        return toQString(row.compactId);
    case NeedsAttentionRole:
        return needsAttention(row);
    case ReviewOverdueRole:
        return !row.overdueReviewYears.empty();
    case StatusRole:
        return static_cast<int>(row.status);
    case SearchTextRole:
        return QStringList{toQString(row.scholar), toQStrings(row.mentors).join(QLatin1Char(' ')),
                           toQString(row.title)}
            .join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant DashboardModel::display(const DashboardRow& row, std::size_t at, int column) const {
    switch (column) {
    case ScholarColumn:
        if (!row.scholar.empty())
            return toQString(row.scholar);
        return row.title.empty() ? tr("Untitled compact") : toQString(row.title);
    case ProgramColumn:
        return toQString(row.program);
    case CohortColumn:
        return toQString(row.cohort);
    case StatusColumn:
        return labelOf(row.status);
    case SignaturesColumn:
        if (row.locked)
            return tr("Signed (version %1)").arg(row.version);
        if (row.missingSignatures.empty())
            return tr("None required");
        return tr("%1 missing: %2")
            .arg(static_cast<int>(row.missingSignatures.size()))
            .arg(toQStrings(row.missingSignatures).join(QStringLiteral(", ")));
    case ReviewColumn:
        if (!row.overdueReviewYears.empty()) {
            const Date& due = overdueDue_[at];
            return due.is_special() ? tr("Overdue: year %1").arg(row.overdueReviewYears.front())
                                    : tr("Overdue: year %1, due %2")
                                          .arg(row.overdueReviewYears.front())
                                          .arg(formatDate(due));
        }
        if (row.nextReview)
            return tr("%1 (year %2)").arg(formatDate(*row.nextReview)).arg(row.nextReviewYear);
        return tr("None left");
    case OverdueColumn:
        return row.milestonesOverdue;
    case AchievedColumn:
        return row.milestonesAchieved;
    case TotalColumn:
        return row.milestonesTotal;
    case AlignmentColumn:
        if (row.topicsCompared == 0)
            return tr("Not compared");
        if (row.topicsMajor > 0)
            return tr("%1 of %2 apart (%3 major)")
                .arg(row.topicsApart)
                .arg(row.topicsCompared)
                .arg(row.topicsMajor);
        return tr("%1 of %2 apart").arg(row.topicsApart).arg(row.topicsCompared);
    case LastMeetingColumn: {
        if (!row.lastMeeting)
            return tr("None logged");
        const auto days = static_cast<int>((today_ - *row.lastMeeting).days());
        if (days <= 0)
            return tr("Today");
        return days == 1 ? tr("Yesterday") : tr("%1 days ago").arg(days);
    }
    default:
        return {};
    }
}

QVariant DashboardModel::sortValue(const DashboardRow& row, std::size_t at, int column) const {
    switch (column) {
    case SignaturesColumn:
        return static_cast<int>(row.missingSignatures.size());
    case ReviewColumn:
        // Overdue first (their due dates are past), then the next ones by
        // date, then compacts with no review left.
        if (!overdueDue_[at].is_special())
            return dayNumber(overdueDue_[at]);
        if (row.nextReview)
            return dayNumber(*row.nextReview);
        return kNoDay;
    case OverdueColumn:
        return row.milestonesOverdue;
    case AchievedColumn:
        return row.milestonesAchieved;
    case TotalColumn:
        return row.milestonesTotal;
    case AlignmentColumn:
        // The share of topics apart; not compared sorts below 0 %.
        if (row.topicsCompared == 0)
            return -1.0;
        return static_cast<double>(row.topicsApart) / row.topicsCompared;
    case LastMeetingColumn:
        // None logged sorts as the oldest.
        return row.lastMeeting ? dayNumber(*row.lastMeeting) : qint64(-1);
    case StatusColumn:
        return static_cast<int>(row.status);
    default:
        return display(row, at, column);
    }
}

QVariant DashboardModel::toolTip(const DashboardRow& row, std::size_t at, int column) const {
    switch (column) {
    case ScholarColumn: {
        QStringList lines;
        lines << toQString(row.title);
        lines << tr("Mentors: %1")
                     .arg(row.mentors.empty() ? tr("none yet")
                                              : toQStrings(row.mentors).join(QStringLiteral(", ")));
        if (!row.start.is_special() && !row.end.is_special())
            lines << tr("Period: %1 – %2").arg(formatDate(row.start), formatDate(row.end));
        return lines.join(QLatin1Char('\n'));
    }
    case ReviewColumn:
        if (!row.overdueReviewYears.empty()) {
            QString tip = tr("Review overdue: year %1 was due %2")
                              .arg(row.overdueReviewYears.front())
                              .arg(overdueDue_[at].is_special() ? QStringLiteral("?")
                                                                : formatDate(overdueDue_[at]));
            if (row.overdueReviewYears.size() > 1)
                tip += QLatin1Char('\n') + tr("Award years without a signed review: %1")
                                               .arg(yearList(row.overdueReviewYears));
            return tip;
        }
        if (row.nextReview)
            return tr("Next review: %1 (year %2)")
                .arg(formatDate(*row.nextReview))
                .arg(row.nextReviewYear);
        return {};
    case LastMeetingColumn:
        if (row.lastMeeting) {
            QString tip = formatDate(*row.lastMeeting);
            if (row.meetingsLate)
                tip += QLatin1Char('\n') +
                       tr("Late: no meeting for more than twice the plan's %1 days")
                           .arg(row.meetingIntervalDays);
            return tip;
        }
        if (row.meetingsLate)
            return tr("Late: no meeting logged since the start, and the plan asks for one every "
                      "%1 days")
                .arg(row.meetingIntervalDays);
        return {};
    case AlignmentColumn:
        if (row.topicsCompared > 0)
            return tr("Worksheet topics compared: %1; apart: %2, of which major gaps: %3")
                .arg(row.topicsCompared)
                .arg(row.topicsApart)
                .arg(row.topicsMajor);
        return tr("Fewer than two worksheets submitted");
    case SignaturesColumn:
        if (!row.missingSignatures.empty())
            return tr("Version %1 is not signed yet by: %2")
                .arg(row.version)
                .arg(toQStrings(row.missingSignatures).join(QStringLiteral(", ")));
        return {};
    default:
        return {};
    }
}

} // namespace mc::ui
