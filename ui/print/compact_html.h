#pragma once
// The HTML of a printed compact: the layout (templates/print/compact.html)
// filled with mustache from a Compact. Every user field is escaped by the
// template engine; the layout is data a program office can edit.

#include "core/model.h"
#include "ui/print/print_options.h"

#include <QString>

namespace mc::print {

struct PrintLayout {
    QString html; // a mustache template
    QString css;  // Qt's rich-text CSS subset
};

// The built-in layout, or the one in options.layoutFolder. Throws mc::Error
// naming the file when a layout cannot be read or does not parse.
PrintLayout loadLayout(const DocumentOptions& options);

// The compact as HTML, ready for QTextDocument::setHtml (with layout.css as
// its default style sheet). Deterministic: the same compact gives the same
// text, which the golden-file tests rely on.
QString compactHtml(const Compact& compact, const PrintLayout& layout,
                    const DocumentOptions& options);

// Draft and in negotiation print with a DRAFT mark; signed and amended
// (signed again) compacts are the ones a program director files.
bool printsAsDraft(CompactStatus status);
bool isSignedStatus(CompactStatus status);

} // namespace mc::print
