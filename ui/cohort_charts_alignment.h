#pragma once
// Alignment by domain (issue 7): for each of the six domains, the
// worksheet topics compared across the compacts shown, split into aligned,
// minor gap and major gap, as stacked horizontal bars.

#include "core/dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace mc::ui {

class AlignmentChart : public QWidget {
    Q_OBJECT
public:
    explicit AlignmentChart(QWidget* parent = nullptr);

    void setFigures(const CohortFigures& figures);

    QChart* chart() const;
    QChartView* view() const { return view_; }
    QLabel* note() const { return note_; }

private:
    QChartView* view_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace mc::ui
