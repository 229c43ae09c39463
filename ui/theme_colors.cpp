#include "ui/theme_colors.h"

#include <algorithm>
#include <cmath>

namespace mc::ui {

namespace {

double channel(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor errorColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor warningColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
}

QColor goodColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x7a, 0x2e);
}

QString colorStyle(const QColor& color) {
    return QStringLiteral("color: %1;").arg(color.name());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace mc::ui
