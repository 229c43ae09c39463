#pragma once
// Thin table models over an AlignmentReport (core/alignment.h):
//
// - HeatMapModel: one row per domain; the first column is the domain's
//   summary (aligned, minor gap, major gap), then one column per compared
//   person with how far their answers in that domain are from the others'
//   (0 to 4). Cells are coloured from green through amber to red, and the
//   level is spelled out in the tooltip and accessible text, so colour is
//   never the only cue.
// - GapListModel: the topics, worst first (AlignmentReport::byLargestGap):
//   topic, domain, responsibility gap, importance gap, raised by one side,
//   level.

#include "core/alignment.h"

#include <QAbstractTableModel>
#include <QColor>

namespace mc::ui {

// The background of a level: green, amber, red (light, for dark text).
QColor levelColor(AlignmentLevel level);
// The level a heat-map distance stands for, with the topics' thresholds:
// rounded to a whole step, 0-1 aligned, 2 minor gap, 3-4 major gap.
AlignmentLevel levelForDistance(double distance);
// A colour from green (0) through amber (2) to red (4).
QColor distanceColor(double distance);

class HeatMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SummaryColumn, FirstPersonColumn };
    enum Role { LevelRole = Qt::UserRole + 1 }; // int(AlignmentLevel), or invalid

    explicit HeatMapModel(QObject* parent = nullptr);
    void setReport(const AlignmentReport& report);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant summaryData(const DomainAlignment& domain, int role) const;
    QVariant cellData(const DomainAlignment& domain, const AlignmentPerson& person, int role) const;

    AlignmentReport report_;
};

class GapListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TopicColumn,
        DomainColumn,
        ResponsibilityGapColumn,
        ImportanceGapColumn,
        OneSidedColumn,
        LevelColumn,
        ColumnCount
    };
    enum Role { TopicKeyRole = Qt::UserRole + 1, LevelRole };

    explicit GapListModel(QObject* parent = nullptr);
    void setReport(const AlignmentReport& report);
    void clear();

    // The topic shown in `row`, or nullptr.
    const TopicAlignment* topicAt(int row) const;
    int rowOfTopic(const std::string& topicKey) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TopicAlignment& topic, int column) const;

    AlignmentReport report_;
    std::vector<std::size_t> order_; // indexes into report_.topics, worst first
};

} // namespace mc::ui
