#include "ui/alignment_models.h"

#include "ui/qt_helpers.h"
#include "ui/topic_texts.h"

#include <QBrush>
#include <QFont>
#include <algorithm>
#include <cmath>

namespace mc::ui {

namespace {

// Tooltips take text that looks like markup for rich text: escape it.
QString plainToolTip(const QString& text) {
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString levelWords(AlignmentLevel level) {
    return labelOf(level);
}

const QColor kText(0x20, 0x20, 0x20); // dark text on the light level colours

} // namespace

QColor levelColor(AlignmentLevel level) {
    switch (level) {
    case AlignmentLevel::Aligned:
        return QColor(0xcd, 0xeb, 0xc5); // green
    case AlignmentLevel::MinorGap:
        return QColor(0xfb, 0xe0, 0xa6); // amber
    case AlignmentLevel::MajorGap:
        return QColor(0xf4, 0xb4, 0xae); // red
    }
    return {};
}

AlignmentLevel levelForDistance(double distance) {
    const double step = std::round(distance);
    if (step <= 1.0)
        return AlignmentLevel::Aligned;
    return step < 3.0 ? AlignmentLevel::MinorGap : AlignmentLevel::MajorGap;
}

QColor distanceColor(double distance) {
    // Hue 120 (green) at 0, 40 (amber) at 2, 0 (red) at 4.
    const double d = std::clamp(distance, 0.0, 4.0);
    const double hue = d <= 2.0 ? 120.0 - d * 40.0 : 40.0 - (d - 2.0) * 20.0;
    return QColor::fromHsvF(static_cast<float>(hue / 360.0), 0.38f, 0.97f);
}

// --- HeatMapModel ---

HeatMapModel::HeatMapModel(QObject* parent) : QAbstractTableModel(parent) {
}

void HeatMapModel::setReport(const AlignmentReport& report) {
    beginResetModel();
    report_ = report;
    endResetModel();
}

void HeatMapModel::clear() {
    setReport(AlignmentReport{});
}

int HeatMapModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(report_.domains.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || report_.domains.empty()
               ? 0
               : FirstPersonColumn + static_cast<int>(report_.people.size());
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainAlignment& domain = report_.domains[static_cast<std::size_t>(index.row())];
    if (index.column() == SummaryColumn)
        return summaryData(domain, role);
    const auto person = static_cast<std::size_t>(index.column() - FirstPersonColumn);
    return cellData(domain, report_.people[person], role);
}

QVariant HeatMapModel::summaryData(const DomainAlignment& domain, int role) const {
    const QString counts = tr("%1 major, %2 minor, %3 aligned of %4 topics")
                               .arg(domain.majorGaps)
                               .arg(domain.minorGaps)
                               .arg(domain.aligned)
                               .arg(domain.topics);
    if (domain.topics == 0) // nothing to colour: say so in words only
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole
                   ? QVariant(tr("Not compared"))
                   : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return levelWords(domain.level);
    case Qt::ToolTipRole:
        return plainToolTip(
            tr("%1: %2 (%3)").arg(labelOf(domain.domain), levelWords(domain.level), counts));
    case Qt::AccessibleTextRole:
        return tr("%1: %2 (%3)").arg(labelOf(domain.domain), levelWords(domain.level), counts);
    case Qt::BackgroundRole:
        return QBrush(levelColor(domain.level));
    case Qt::ForegroundRole:
        return QBrush(kText);
    case Qt::FontRole: {
        QFont font;
        font.setBold(domain.level == AlignmentLevel::MajorGap);
        return font;
    }
    case LevelRole:
        return static_cast<int>(domain.level);
    default:
        return {};
    }
}

QVariant HeatMapModel::cellData(const DomainAlignment& domain, const AlignmentPerson& person,
                                int role) const {
    const HeatCell* cell = report_.cell(domain.domain, person.personId);
    const std::optional<double> distance = cell ? cell->distance : std::nullopt;
    const QString words =
        distance ? tr("%1 in %2: %3 apart from the others, on a scale from 0 (the same view) to "
                      "4 (opposite views) \u2014 %4")
                       .arg(toQString(person.name), labelOf(domain.domain))
                       .arg(*distance, 0, 'f', 1)
                       .arg(levelWords(levelForDistance(*distance)).toLower())
                 : tr("%1 in %2: nothing to compare (no scale answered by them and another)")
                       .arg(toQString(person.name), labelOf(domain.domain));
    switch (role) {
    case Qt::DisplayRole:
        return distance ? QString::number(*distance, 'f', 1) : QStringLiteral("\u2014");
    case Qt::ToolTipRole:
        return plainToolTip(words);
    case Qt::AccessibleTextRole:
        return words;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return distance ? QVariant(QBrush(distanceColor(*distance))) : QVariant();
    case Qt::ForegroundRole:
        return distance ? QVariant(QBrush(kText)) : QVariant();
    case LevelRole:
        return distance ? QVariant(static_cast<int>(levelForDistance(*distance))) : QVariant();
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= static_cast<int>(report_.domains.size()))
            return {};
        const QString domain = labelOf(report_.domains[static_cast<std::size_t>(section)].domain);
        if (role == Qt::DisplayRole)
            return domain;
        if (role == Qt::ToolTipRole)
            return plainToolTip(domain);
        return {};
    }
    if (section == SummaryColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Overall")) : QVariant();
    const auto person = static_cast<std::size_t>(section - FirstPersonColumn);
    if (section < FirstPersonColumn || person >= report_.people.size())
        return {};
    const AlignmentPerson& p = report_.people[person];
    if (role == Qt::DisplayRole)
        return toQString(p.name);
    if (role == Qt::ToolTipRole)
        return plainToolTip(tr("%1, %2").arg(toQString(p.name), labelOf(p.role)));
    return {};
}

// --- GapListModel ---

GapListModel::GapListModel(QObject* parent) : QAbstractTableModel(parent) {
}

void GapListModel::setReport(const AlignmentReport& report) {
    beginResetModel();
    report_ = report;
    order_ = report_.byLargestGap();
    endResetModel();
}

void GapListModel::clear() {
    setReport(AlignmentReport{});
}

const TopicAlignment* GapListModel::topicAt(int row) const {
    if (row < 0 || row >= static_cast<int>(order_.size()))
        return nullptr;
    return &report_.topics[order_[static_cast<std::size_t>(row)]];
}

int GapListModel::rowOfTopic(const std::string& topicKey) const {
    for (std::size_t row = 0; row < order_.size(); ++row)
        if (report_.topics[order_[row]].topic == topicKey)
            return static_cast<int>(row);
    return -1;
}

int GapListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(order_.size());
}

int GapListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::display(const TopicAlignment& topic, int column) const {
    const TopicScore& score = topic.score;
    switch (column) {
    case TopicColumn:
        return TopicTexts::title(topic.topic, topic.title);
    case DomainColumn:
        return labelOf(topic.domain);
    case ResponsibilityGapColumn:
        return score.responsibilityGap;
    case ImportanceGapColumn:
        return score.importanceGap;
    case OneSidedColumn:
        return score.raisedByOneSide ? tr("Yes, %1 of %2")
                                           .arg(score.raisedBy)
                                           .arg(static_cast<int>(topic.answers.size()))
                                     : tr("No");
    case LevelColumn:
        return labelOf(score.level);
    default:
        return {};
    }
}

QVariant GapListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicAlignment& topic = *topicAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(topic, index.column());
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(headerData(index.column(), Qt::Horizontal).toString(),
                                            display(topic, index.column()).toString());
    case Qt::ToolTipRole:
        if (index.column() == TopicColumn)
            return plainToolTip(TopicTexts::title(topic.topic, topic.title));
        if (index.column() == LevelColumn)
            return plainToolTip(tr("%1: responsibility %2 steps apart, importance %3 apart%4")
                                    .arg(labelOf(topic.score.level))
                                    .arg(topic.score.responsibilityGap)
                                    .arg(topic.score.importanceGap)
                                    .arg(topic.score.raisedByOneSide
                                             ? tr("; raised by one side only")
                                             : QString()));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ResponsibilityGapColumn || index.column() == ImportanceGapColumn
                   ? QVariant(int(Qt::AlignCenter))
                   : QVariant();
    case Qt::BackgroundRole:
        return index.column() == LevelColumn ? QVariant(QBrush(levelColor(topic.score.level)))
                                             : QVariant();
    case Qt::ForegroundRole:
        return index.column() == LevelColumn ? QVariant(QBrush(kText)) : QVariant();
    case TopicKeyRole:
        return toQString(topic.topic);
    case LevelRole:
        return static_cast<int>(topic.score.level);
    default:
        return {};
    }
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case DomainColumn:
        return tr("Domain");
    case ResponsibilityGapColumn:
        return tr("Responsibility gap");
    case ImportanceGapColumn:
        return tr("Importance gap");
    case OneSidedColumn:
        return tr("Raised by one side");
    case LevelColumn:
        return tr("Level");
    default:
        return {};
    }
}

} // namespace mc::ui
