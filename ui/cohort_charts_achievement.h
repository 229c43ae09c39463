#pragma once
// Milestone achievement over time (issue 7): for each award year, the
// milestones achieved by kind (papers, grant submissions, grant awards,
// promotion, other) as grouped bars, with what was due and missed in each
// bar's tooltip and, in words, every year together above the chart.

#include "core/dashboard.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace mc::ui {

class AchievementChart : public QWidget {
    Q_OBJECT
public:
    explicit AchievementChart(QWidget* parent = nullptr);

    void setFigures(const CohortFigures& figures);

    QChart* chart() const;
    QChartView* view() const { return view_; }
    // The figures in words (also the view's accessible description).
    QLabel* note() const { return note_; }

private:
    void showToolTip(bool hovering, int index, QBarSet* set);

    QChartView* view_ = nullptr;
    QLabel* note_ = nullptr;
    CohortFigures figures_;
};

} // namespace mc::ui
