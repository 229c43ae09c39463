#pragma once
// Satisfaction from both sides over the years (issue 7): the scholars' and
// the mentors' mean satisfaction with the relationship (1 poor to 5
// excellent) from the submitted reflections of each award year's review,
// as lines; how well expectations were discussed, dashed. A year nobody
// reflected on has no point. Each mean and how many it is over, in words.

#include "core/dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace mc::ui {

class SatisfactionChart : public QWidget {
    Q_OBJECT
public:
    explicit SatisfactionChart(QWidget* parent = nullptr);

    void setFigures(const CohortFigures& figures);

    QChart* chart() const;
    QChartView* view() const { return view_; }
    QLabel* note() const { return note_; }

private:
    QChartView* view_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace mc::ui
