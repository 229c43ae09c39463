#pragma once
// A printed yearly review as a PDF file: laid out and painted like a
// compact (CompactDocument: pages cut so nothing is split, header and
// footer), written as PDF/A-1b once the review is signed.

#include "ui/print/print_options.h"
#include "ui/print/review_html.h"

#include <QString>

namespace mc::print {

// Writes the review to `path` in one step. Returns an error message for a
// person, or an empty string when the file was written. Throws mc::Error
// when the layout cannot be read or filled.
QString writeReviewPdf(const PrintableReview& printable, const DocumentOptions& options,
                       const QString& path);

} // namespace mc::print
