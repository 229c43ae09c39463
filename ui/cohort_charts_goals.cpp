#include "ui/cohort_charts_goals.h"

#include "ui/cohort_charts_common.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace mc::ui {

GoalsChart::GoalsChart(QWidget* parent) : QWidget(parent) {
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("goalsNote"));
    note_->setTextFormat(Qt::PlainText);
    note_->setWordWrap(true);
    view_ = makeChartView(tr("Goals achieved by award year"), this);
    view_->setObjectName(QStringLiteral("goalsChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note_);
    layout->addWidget(view_, 1);
    setFigures({});
}

QChart* GoalsChart::chart() const {
    return view_->chart();
}

void GoalsChart::setFigures(const CohortFigures& figures) {
    QChart* chart = view_->chart();
    clearChart(chart);
    chart->setTitle(tr("Goals achieved, by award year"));

    auto* achieved = new QBarSet(tr("Achieved"));
    achieved->setColor(QColor(0x00, 0x9e, 0x73));
    auto* open = new QBarSet(tr("Not achieved"));
    open->setColor(QColor(0xd9, 0xd9, 0xd9));
    open->setBorderColor(QColor(0x99, 0x99, 0x99));
    int highest = 0;
    for (const YearFigures& year : figures.years) {
        *achieved << year.goalsAchieved;
        *open << std::max(0, year.goalsTotal - year.goalsAchieved);
        highest = std::max(highest, year.goalsTotal);
    }
    auto* series = new QStackedBarSeries;
    series->append(achieved);
    series->append(open);
    chart->addSeries(series);

    auto* years = new QBarCategoryAxis;
    for (const YearFigures& year : figures.years)
        years->append(awardYearName(year.awardYear));
    chart->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);
    auto* counts = new QValueAxis;
    setCountRange(counts, highest);
    counts->setTitleText(tr("Goals"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);

    QString text;
    if (figures.years.empty())
        text = tr("No award year has started for the compacts shown.");
    else if (figures.goalsTotal == 0)
        text = tr("No goals are known for the award years so far.");
    else
        text = tr("Goals achieved: %1 of %2 (%3 %), counting each compact's latest year.")
                   .arg(figures.goalsAchieved)
                   .arg(figures.goalsTotal)
                   .arg(std::lround(100.0 * figures.goalsAchieved / figures.goalsTotal));
    note_->setText(text);
    view_->setAccessibleDescription(text);
}

} // namespace mc::ui
