#include "ui/milestones_model.h"

#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QTextDocument>

namespace mc::ui {

namespace {

constexpr int kNoteLength = 60; // characters of the outcome note shown in the table

qint64 dayNumber(const Date& date) {
    return date.is_special() ? -1 : static_cast<qint64>(date.day_number());
}

QString dateText(const Date& date) {
    return date.is_special() ? QString() : formatDate(date);
}

// The first line of the note, cut to fit a table cell.
QString elided(const std::string& note) {
    const QString text = toQString(note).trimmed();
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    const bool cut = line.size() > kNoteLength || line.size() < text.simplified().size();
    if (line.size() > kNoteLength)
        line = line.left(kNoteLength - 1).trimmed();
    return cut ? line + QChar(0x2026) : line;
}

} // namespace

MilestonesModel::MilestonesModel(QObject* parent) : QAbstractTableModel(parent) {
}

bool MilestonesModel::isOverdue(const Milestone& milestone, const Date& today) {
    return (milestone.status == MilestoneStatus::Planned ||
            milestone.status == MilestoneStatus::Rescheduled) &&
           !milestone.due.is_special() && milestone.due < today;
}

void MilestonesModel::setCompact(const Compact& compact, const Date& today) {
    beginResetModel();
    rows_.clear();
    rows_.reserve(compact.milestones.size());
    for (const Milestone& milestone : compact.milestones) {
        Row row;
        row.milestone = milestone;
        const Person* person = compact.findPerson(milestone.responsibleId);
        row.responsible = person ? toQString(person->name) : tr("(unknown person)");
        for (const Goal& goal : compact.goals)
            if (goal.id == milestone.goalId)
                row.goal = toQString(goal.text).simplified();
        row.overdue = isOverdue(milestone, today);
        rows_.push_back(std::move(row));
    }
    endResetModel();
}

const Milestone* MilestonesModel::milestoneAt(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &rows_[static_cast<std::size_t>(index.row())].milestone;
}

int MilestonesModel::rowOf(const std::string& milestoneId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].milestone.id == milestoneId)
            return static_cast<int>(i);
    return -1;
}

int MilestonesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int MilestonesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestonesModel::displayText(const Row& row, int column) const {
    const Milestone& m = row.milestone;
    switch (column) {
    case TitleColumn:
        return toQString(m.title);
    case KindColumn:
        return labelOf(m.kind);
    case ResponsibleColumn:
        return row.responsible;
    case GoalColumn:
        return row.goal;
    case DueColumn:
        return dateText(m.due);
    case DoneColumn:
        return m.done ? dateText(*m.done) : QString();
    case StatusColumn:
        return row.overdue ? tr("Overdue: %1").arg(labelOf(m.status)) : labelOf(m.status);
    case ConfirmedColumn:
        return m.mentorConfirmed ? QStringLiteral("\u2713") : QString();
    case OutcomeColumn:
        return elided(m.outcomeNote);
    default:
        return {};
    }
}

QVariant MilestonesModel::sortValue(const Row& row, int column) const {
    const Milestone& m = row.milestone;
    switch (column) {
    case DueColumn:
        return dayNumber(m.due);
    case DoneColumn:
        return m.done ? dayNumber(*m.done) : qint64(-1);
    case ConfirmedColumn:
        return m.mentorConfirmed ? 1 : 0;
    default:
        return displayText(row, column).toString().toCaseFolded();
    }
}

QVariant MilestonesModel::toolTip(const Row& row, int column) const {
    const Milestone& m = row.milestone;
    switch (column) {
    case TitleColumn:
        return Qt::convertFromPlainText(toQString(m.title));
    case GoalColumn:
        return row.goal.isEmpty() ? QVariant() : Qt::convertFromPlainText(row.goal);
    case DueColumn:
    case StatusColumn:
        return row.overdue ? tr("Overdue: due on %1 and not yet achieved").arg(dateText(m.due))
                           : QVariant();
    case ConfirmedColumn:
        return m.mentorConfirmed ? tr("Confirmed by a mentor") : tr("Not confirmed by a mentor");
    case OutcomeColumn:
        return m.outcomeNote.empty() ? QVariant()
                                     : Qt::convertFromPlainText(toQString(m.outcomeNote));
    default:
        return {};
    }
}

QVariant MilestonesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == ConfirmedColumn)
            return toolTip(row, index.column());
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        return row.overdue ? QVariant(QBrush(errorColor(QGuiApplication::palette()))) : QVariant();
    case Qt::FontRole:
        if (row.overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ConfirmedColumn ? QVariant(static_cast<int>(Qt::AlignCenter))
                                                 : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case MilestoneIdRole:
        return toQString(row.milestone.id);
    case OverdueRole:
        return row.overdue;
    case GoalIdRole:
        return toQString(row.milestone.goalId);
    case ResponsibleIdRole:
        return toQString(row.milestone.responsibleId);
    case StatusRole:
        return static_cast<int>(row.milestone.status);
    default:
        return {};
    }
}

QVariant MilestonesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ConfirmedColumn)
        return tr("Whether a mentor confirmed the milestone");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Milestone");
    case KindColumn:
        return tr("Kind");
    case ResponsibleColumn:
        return tr("Responsible");
    case GoalColumn:
        return tr("Goal");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("Done");
    case StatusColumn:
        return tr("Status");
    case ConfirmedColumn:
        return tr("Confirmed");
    case OutcomeColumn:
        return tr("Outcome note");
    default:
        return {};
    }
}

} // namespace mc::ui
