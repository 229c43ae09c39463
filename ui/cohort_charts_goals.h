#pragma once
// Goals achieved (issue 7): for each award year, the goals of the career
// development plans achieved and not (yet) achieved, as stacked bars; the
// cohort's total in words above.

#include "core/dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace mc::ui {

class GoalsChart : public QWidget {
    Q_OBJECT
public:
    explicit GoalsChart(QWidget* parent = nullptr);

    void setFigures(const CohortFigures& figures);

    QChart* chart() const;
    QChartView* view() const { return view_; }
    QLabel* note() const { return note_; }

private:
    QChartView* view_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace mc::ui
