#pragma once
// What a caller chooses when printing: paper, version label, layouts.

#include <QLocale>
#include <QPageSize>
#include <QString>

namespace mc::print {

enum class Paper { FromLocale, A4, Letter };

// Letter where people use it (United States, Canada, Mexico, the
// Philippines), A4 everywhere else.
QPageSize::PageSizeId paperSize(Paper paper, const QLocale& locale = QLocale::system());

struct DocumentOptions {
    Paper paper = Paper::FromLocale;
    // The version shown in the title block and the header. Versions come
    // with signing (issue 5, later step); until then every print says draft.
    QString versionLabel;
    // A folder holding compact.html and compact.css of a program's own; empty
    // for the built-in layouts (templates/print/, compiled in).
    QString layoutFolder;
};

} // namespace mc::print
