#pragma once
// The print font: DejaVu Sans and its bold without their TrueType hinting
// programs, under a family name of their own, made by the build from the
// system's copies (tools/make-print-font.py) and compiled in. Qt embeds a
// font in a PDF by loading every glyph hinted, which runs those programs
// once per glyph and file; a PDF never uses them (docs/performance.md).

#include <QFont>

namespace mc::print {

inline constexpr char kPrintFontFamily[] = "Mentoring Compact Print Sans";

// Adds the print font to Qt's font database, once per process (any thread
// may ask). False when Qt refused it: printing then falls back to the
// system's DejaVu Sans, which looks the same.
bool registerPrintFont();

// The printed pages' font at `points`: the print font, then DejaVu Sans,
// then emoji from Symbola and Unifont Upper, as compact.css asks; no
// hinting, which the print font does not have.
QFont printFont(qreal points, bool bold = false);

} // namespace mc::print
