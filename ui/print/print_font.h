#pragma once
// The print font: DejaVu Sans and its bold without their TrueType hinting
// programs, under a family name of their own, made by the build from the
// system's copies (tools/make-print-font.py) and compiled in. Qt embeds a
// font in a PDF by loading every glyph hinted, which runs those programs
// once per glyph and file; a PDF never uses them (docs/performance.md).

#include <QFont>
#include <QStringView>

namespace mc::print {

inline constexpr char kPrintFontFamily[] = "Mentoring Compact Print Sans";

// Adds the print font to Qt's font database unless it is there (any
// thread may ask). False when Qt refused it: printing then falls back to the
// system's DejaVu Sans, which looks the same.
bool registerPrintFont();

// True when every face of the print font draws every character of `text`
// (line breaks and other control characters count as drawn: they never
// reach a font). The table comes from the font itself, made by the build
// (tools/print-font-coverage.py).
bool printFontCovers(QStringView text);

// For a process whose printed text the print font covers, before its
// QGuiApplication starts: fontconfig gets a configuration of its own, with
// no system fonts and no rules, so it reads no configuration files or font
// caches and matches nothing (about 10 ms of a `pdf` process, a tenth;
// docs/performance.md). Qt then knows the print font alone, which draws the
// same pages, since every character was the print font's anyway. Never in
// a process that shows windows or prints other text: it would have no
// fonts but the print font.
void usePrintFontOnly();
// Undoes usePrintFontOnly, before the next QGuiApplication starts, for a
// process that prints several documents (the command line's tests); does
// nothing otherwise.
void useSystemFonts();

// The printed pages' font at `points`: the print font, then DejaVu Sans,
// then emoji from Symbola and Unifont Upper, as compact.css asks; no
// hinting, which the print font does not have.
QFont printFont(qreal points, bool bold = false);

} // namespace mc::print
