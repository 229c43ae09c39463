#include "ui/cohort_charts_alignment.h"

#include "ui/cohort_charts_common.h"
#include "ui/qt_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace mc::ui {

AlignmentChart::AlignmentChart(QWidget* parent) : QWidget(parent) {
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("alignmentChartNote"));
    note_->setTextFormat(Qt::PlainText);
    note_->setWordWrap(true);
    view_ = makeChartView(tr("Alignment of expectations by domain"), this);
    view_->setObjectName(QStringLiteral("alignmentChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note_);
    layout->addWidget(view_, 1);
    setFigures({});
}

QChart* AlignmentChart::chart() const {
    return view_->chart();
}

void AlignmentChart::setFigures(const CohortFigures& figures) {
    QChart* chart = view_->chart();
    clearChart(chart);
    chart->setTitle(tr("Worksheet topics compared, by domain"));

    auto* aligned = new QBarSet(tr("Aligned"));
    aligned->setColor(QColor(0x00, 0x9e, 0x73));
    auto* minor = new QBarSet(tr("Minor gap"));
    minor->setColor(QColor(0xe6, 0x9f, 0x00));
    auto* major = new QBarSet(tr("Major gap"));
    major->setColor(QColor(0xb3, 0x26, 0x1e));
    auto* domains = new QBarCategoryAxis;
    int highest = 0;
    int topics = 0;
    int apart = 0;
    // The first domain on top: horizontal bars run from the bottom up.
    for (auto it = figures.domains.rbegin(); it != figures.domains.rend(); ++it) {
        *aligned << it->aligned;
        *minor << it->minorGaps;
        *major << it->majorGaps;
        domains->append(labelOf(it->domain));
        highest = std::max(highest, it->topics);
        topics += it->topics;
        apart += it->minorGaps + it->majorGaps;
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(aligned);
    series->append(minor);
    series->append(major);
    chart->addSeries(series);
    chart->addAxis(domains, Qt::AlignLeft);
    series->attachAxis(domains);
    auto* counts = new QValueAxis;
    setCountRange(counts, highest);
    counts->setTitleText(tr("Topics"));
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);

    const QString text = topics == 0
                             ? tr("No compact shown has two submitted worksheets to compare yet.")
                             : tr("%1 of %2 topics compared are apart.").arg(apart).arg(topics);
    note_->setText(text);
    view_->setAccessibleDescription(text);
}

} // namespace mc::ui
