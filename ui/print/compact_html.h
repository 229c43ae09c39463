#pragma once
// The HTML of a printed compact: the layout (templates/print/compact.html)
// filled with mustache from a Compact. Every user field is escaped by the
// template engine; the layout is data a program office can edit.

#include "core/model.h"
#include "ui/print/print_options.h"
#include "ui/print/printable.h"

#include <QString>

namespace mc::print {

struct PrintLayout {
    QString html; // a mustache template
    QString css;  // Qt's rich-text CSS subset
};

// The built-in layout, or the one in options.layoutFolder. Throws mc::Error
// naming the file when a layout cannot be read or does not parse.
PrintLayout loadLayout(const DocumentOptions& options);

// A version of a compact as HTML, ready for QTextDocument::setHtml (with
// layout.css as its default style sheet). Deterministic: the same version
// gives the same text, which the golden-file tests rely on. A drawn
// signature is an <img> named signatureImageName(line): the document that
// shows the HTML draws its strokes there (CompactDocument installs
// SignatureDrawings, signature_drawing.h).
QString compactHtml(const PrintableCompact& printable, const PrintLayout& layout,
                    const DocumentOptions& options);
// A compact as it is (printableAsIs).
QString compactHtml(const Compact& compact, const PrintLayout& layout,
                    const DocumentOptions& options);

// "signature-1.png": the resource name of the drawn signature of line `line`
// (0-based) of the signature block.
QString signatureImageName(std::size_t line);
// The drawn signature's size in the HTML, in CSS pixels (1/96 inch; Qt scales
// them to the paint device): 54 x 18 mm, the signature pad's 3:1 shape.
inline constexpr int kSignatureImageWidthPx = 204;
inline constexpr int kSignatureImageHeightPx = 68;

// The version row of the title block: options.versionLabel when set, else
// "2" (signed), "3, draft", or "draft" for a compact printed as is.
QString versionValue(const PrintableCompact& printable, const DocumentOptions& options);

// Draft and in negotiation print with a DRAFT mark; signed and amended
// (signed again) compacts are the ones a program director files.
bool printsAsDraft(CompactStatus status);
bool isSignedStatus(CompactStatus status);

} // namespace mc::print
