#pragma once
// Where a printed document's pages begin and end. The document is laid out
// once as one long page (no pagination in Qt), and the plan cuts it into
// pages between the things that belong together:
// - a paragraph (so every clause written as a paragraph) stays whole;
// - a heading, and a short note right under it, stay with the start of what
//   follows (no orphaned headings);
// - a short table (at most 25% of a page: title block, signature block)
//   stays whole; a longer one breaks only between rows, and each page it
//   continues on starts with its header rows (<thead>) painted again.
// Only what is taller than a page is cut inside, between lines.
//
// Cutting a laid-out document, instead of letting Qt paginate and then
// moving what straddles (the layout once more), costs one layout in all:
// docs/performance.md, "Printing".

#include <QtGlobal>
#include <vector>

class QTextDocument;

namespace mc::print {

// One page's body: the document's y range [top, bottom), and for a table
// that continues from the page before, its header rows' range, painted
// above the body.
struct PageSlice {
    qreal top = 0;
    qreal bottom = 0;
    qreal headerTop = 0;
    qreal headerBottom = 0;
    bool repeatsHeader() const { return headerBottom > headerTop; }
    qreal headerHeight() const { return repeatsHeader() ? headerBottom - headerTop : 0; }
    // What the page shows: the repeated header and the body.
    qreal height() const { return headerHeight() + bottom - top; }
};

struct PagePlan {
    std::vector<PageSlice> pages;
    // Pages that end early so that what comes next is not split.
    int keptTogether = 0;
};

// Cuts `document`, laid out without pagination (a page size with no
// height), into pages of `pageHeight`. Never empty.
PagePlan planPages(QTextDocument& document, qreal pageHeight);

} // namespace mc::print
