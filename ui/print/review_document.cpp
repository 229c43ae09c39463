#include "ui/print/review_document.h"

#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"

namespace mc::print {

QString writeReviewPdf(const PrintableReview& printable, const DocumentOptions& options,
                       const QString& path) {
    CompactDocument document(reviewContent(printable, options), options);
    return writePdf(document, path); // PDF/A-1b when document.isSigned()
}

} // namespace mc::print
