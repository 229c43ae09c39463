#pragma once
// The few colours that carry meaning (an error, a warning, an overdue
// review, a valid signature), chosen to read on the palette in use: the
// dark shades on a light window, light shades on a dark one (issue 9).

#include <QColor>
#include <QPalette>
#include <QString>

namespace mc::ui {

// True when the window background is darker than its text.
bool isDarkPalette(const QPalette& palette);

// Errors, refusals and overdue things.
QColor errorColor(const QPalette& palette);
// Warnings: allowed but worth a look.
QColor warningColor(const QPalette& palette);
// Good news: a valid signature.
QColor goodColor(const QPalette& palette);

// "color: #rrggbb" for a label's style sheet.
QString colorStyle(const QColor& color);

// The WCAG contrast ratio of two colours, 1 (none) to 21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace mc::ui
