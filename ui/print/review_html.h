#pragma once
// The printed yearly review (issue 6): templates/print/review.html filled
// with mustache from a Review, its reflections and the compact, laid out
// and painted like a compact (CompactDocument with a DocumentContent).
//
//   PrintableReview p = printableReview(workspace, compactId, 1); // year 1
//   CompactDocument doc(reviewContent(p, options), options);
//   QString error = writePdf(doc, path); // PDF/A-1b when the review is signed

#include "core/model.h"
#include "core/review.h"
#include "ui/print/compact_document.h"
#include "ui/print/compact_html.h"
#include "ui/print/print_options.h"
#include "ui/print/printable.h"

#include <QString>
#include <string>
#include <vector>

namespace mc {
class Workspace;
}

namespace mc::print {

struct PrintableReview {
    Compact compact; // as it is now: names, the coming year, the history
    Review review;
    // Every reflection when all have been submitted; empty while they are
    // blind (a printout never shows one person's words before the others').
    std::vector<Reflection> reflections;
    bool reflectionsRevealed = false;
    std::vector<Review> allReviews; // the compact's reviews, for the history
    std::vector<SignatureLine> signatureLines;
    // The stored fingerprint of a signed review; for a draft, that of its
    // text as it is now.
    std::string fingerprint;
};

// The review of award year `awardYear` (1, 2, ...) of a compact. Throws
// mc::Error "award year N has no review" or "the award has years 1 to M".
PrintableReview printableReview(const Workspace& workspace, const std::string& compactId,
                                int awardYear);

// The built-in review layout (review.html; compact.css then review.css), or
// the files of options.layoutFolder where it has them.
PrintLayout loadReviewLayout(const DocumentOptions& options);

// The review as HTML for QTextDocument (layout.css as default style sheet).
// Deterministic; every user field escaped.
QString reviewHtml(const PrintableReview& printable, const PrintLayout& layout);

// Everything CompactDocument needs: the HTML and style, "Review of year N"
// (", draft") in the header, the short fingerprint, the drawn signatures.
DocumentContent reviewContent(const PrintableReview& printable, const DocumentOptions& options);

// "Very good": a 5-point scale in words (1 poor ... 5 excellent), or
// "not answered" for 0.
QString scaleInWords(int value);

} // namespace mc::print
