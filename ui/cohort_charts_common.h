#pragma once
// What the dashboard's chart widgets share: a chart set up the same way
// (no animation, legend below), its view with an accessible name, the
// translated names and colours of the measured milestone kinds, and
// emptying a chart before it is filled again.

#include "core/dashboard.h"

#include <QColor>
#include <QString>
#include <QStringList>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace mc::ui {

// "Papers", "Grant submissions", "Grant awards", "Promotion", "Other".
QString measureKindName(MeasureKind kind);
QColor measureKindColor(MeasureKind kind);
// "Year 1", "Year 2"...
QString awardYearName(int year);

// A chart with the dashboard's settings, shown by a new view.
QChartView* makeChartView(const QString& accessibleName, QWidget* parent);
// Removes (and deletes) every series and axis of `chart`.
void clearChart(QChart* chart);
// A count axis from 0 that fits `highest`: a tick per unit for small
// counts, round steps (applyNiceNumbers) for large ones.
void setCountRange(QValueAxis* axis, int highest);

} // namespace mc::ui
