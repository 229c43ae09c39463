#include "ui/cohort_charts_common.h"

#include "ui/theme_colors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QValueAxis>
#include <algorithm>

namespace mc::ui {

QString measureKindName(MeasureKind kind) {
    switch (kind) {
    case MeasureKind::Publication:
        return QCoreApplication::translate("CohortCharts", "Papers");
    case MeasureKind::GrantSubmission:
        return QCoreApplication::translate("CohortCharts", "Grant submissions");
    case MeasureKind::GrantAward:
        return QCoreApplication::translate("CohortCharts", "Grant awards");
    case MeasureKind::Promotion:
        return QCoreApplication::translate("CohortCharts", "Promotion");
    case MeasureKind::Other:
        break;
    }
    return QCoreApplication::translate("CohortCharts", "Other milestones");
}

QColor measureKindColor(MeasureKind kind) {
    // Told apart by colour-blind readers too (Okabe and Ito's palette).
    switch (kind) {
    case MeasureKind::Publication:
        return QColor(0x00, 0x72, 0xb2);
    case MeasureKind::GrantSubmission:
        return QColor(0xe6, 0x9f, 0x00);
    case MeasureKind::GrantAward:
        return QColor(0x00, 0x9e, 0x73);
    case MeasureKind::Promotion:
        return QColor(0xcc, 0x79, 0xa7);
    case MeasureKind::Other:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QString awardYearName(int year) {
    return QCoreApplication::translate("CohortCharts", "Year %1").arg(year);
}

QChartView* makeChartView(const QString& accessibleName, QWidget* parent) {
    auto* chart = new QChart;
    // Qt Charts draws its own background: follow a dark palette (issue 9).
    if (isDarkPalette(parent ? parent->palette() : QGuiApplication::palette()))
        chart->setTheme(QChart::ChartThemeDark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so a reader finds the description
    view->setMinimumHeight(220);
    return view;
}

void setCountRange(QValueAxis* axis, int highest) {
    axis->setLabelFormat(QStringLiteral("%d"));
    if (highest <= 10) {
        axis->setRange(0, std::max(highest, 4));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(1);
        return;
    }
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0, highest);
    axis->applyNiceNumbers();
}

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace mc::ui
