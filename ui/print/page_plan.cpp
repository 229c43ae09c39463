// See page_plan.h. Coordinates are the laid-out document's, from its top.

#include "ui/print/page_plan.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <vector>

namespace mc::print {

namespace {

// Tables up to this share of a page are kept whole.
constexpr qreal kShortTableShare = 0.25;
// A header taller than this share of a page is not repeated (a page would
// have no room left for what continues under it).
constexpr qreal kLongestRepeatedHeader = 0.5;
// A paragraph of up to this many lines right under a heading is kept with
// what follows, as the heading is.
constexpr int kShortParagraphLines = 2;
// Below a device unit: what "the same y" means.
constexpr qreal kEpsilon = 0.5;

struct Span {
    qreal top = 0;
    qreal bottom = -1;
    bool valid() const { return bottom > top; }
    qreal height() const { return valid() ? bottom - top : 0; }
    void add(const Span& other) {
        if (!other.valid())
            return;
        if (!valid()) {
            *this = other;
            return;
        }
        top = std::min(top, other.top);
        bottom = std::max(bottom, other.bottom);
    }
};

// Something no page break may go through, unless it is taller than a page:
// a paragraph, a short table, or a long table's rows (its first piece is
// its header with the first body row).
struct Piece {
    Span span;
    // A heading (or its short note): a page break never goes right after it.
    bool keepWithNext = false;
    bool heading = false;
    // A long table's header rows, painted again on a page this piece starts.
    Span header;
    // The document positions whose lines the piece holds (a table's whole
    // range for one of its rows: the lines are then taken within `span`).
    int firstPosition = 0;
    int lastPosition = 0;
};

class Planner {
public:
    Planner(QTextDocument& document, qreal pageHeight)
        : document_(document), layout_(*document.documentLayout()), pageHeight_(pageHeight) {}

    std::vector<Piece> pieces() const;
    PagePlan plan(const std::vector<Piece>& pieces) const;

private:
    Span blockSpan(const QTextBlock& block) const {
        const QRectF rect = layout_.blockBoundingRect(block);
        return {rect.top(), rect.bottom()};
    }
    void addTable(QTextTable& table, std::vector<Piece>& out) const;
    std::vector<Span> linesWithin(const Piece& piece) const;
    qreal cutInside(const Piece& piece, qreal pageTop, qreal limit) const;

    QTextDocument& document_;
    QAbstractTextDocumentLayout& layout_;
    qreal pageHeight_;
};

std::vector<Piece> Planner::pieces() const {
    std::vector<Piece> out;
    for (auto it = document_.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            addTable(*table, out);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.text().isEmpty())
            continue; // an empty block is space, which may go anywhere
        Piece piece;
        piece.span = blockSpan(block);
        // A heading stays with what follows it; so does a short paragraph
        // right under a heading (the note that introduces a table, say),
        // or the heading would be left with only its note on the page.
        piece.heading = block.blockFormat().headingLevel() > 0;
        const bool afterHeading = !out.empty() && out.back().heading;
        piece.keepWithNext =
            piece.heading || (afterHeading && block.layout()->lineCount() <= kShortParagraphLines);
        piece.firstPosition = piece.lastPosition = block.position();
        out.push_back(piece);
    }
    return out;
}

// A short table is one piece. A longer one is cut between rows: each row's
// text is measured in one walk over the table's blocks (asking cell by cell
// shapes every line again), and a cut goes into the top padding of the row
// below, under the row above's border. A cell spanning rows joins them.
void Planner::addTable(QTextTable& table, std::vector<Piece>& out) const {
    const QRectF frame = layout_.frameBoundingRect(&table);
    Piece whole;
    whole.span = {frame.top(), frame.bottom()};
    whole.firstPosition = table.firstPosition();
    whole.lastPosition = table.lastPosition();
    const int rows = table.rows();
    if (frame.height() <= pageHeight_ * kShortTableShare || rows < 2) {
        out.push_back(whole);
        return;
    }
    std::vector<Span> text(static_cast<std::size_t>(rows));
    std::vector<int> reach(static_cast<std::size_t>(rows)); // the last row a cell of it covers
    for (int row = 0; row < rows; ++row)
        reach[static_cast<std::size_t>(row)] = row;
    for (QTextBlock block = document_.findBlock(table.firstPosition());
         block.isValid() && block.position() <= table.lastPosition(); block = block.next()) {
        const QTextTableCell cell = table.cellAt(block.position());
        if (!cell.isValid())
            continue;
        const auto row = static_cast<std::size_t>(cell.row());
        text[row].add(blockSpan(block));
        reach[row] = std::max(reach[row], cell.row() + cell.rowSpan() - 1);
    }
    // edges[r]: where row r begins; edges[rows]: the table's bottom.
    std::vector<qreal> edges(static_cast<std::size_t>(rows) + 1, frame.top());
    edges.back() = frame.bottom();
    qreal above = text[0].valid() ? text[0].bottom : frame.top();
    int covered = reach[0];
    std::vector<bool> mayCut(static_cast<std::size_t>(rows), false);
    for (int row = 1; row < rows; ++row) {
        const auto r = static_cast<std::size_t>(row);
        const qreal below = text[r].valid() ? text[r].top : above;
        edges[r] = below > above ? above + 0.75 * (below - above) : below;
        mayCut[r] = covered < row;
        covered = std::max(covered, reach[r]);
        if (text[r].valid())
            above = std::max(above, text[r].bottom);
    }
    const int headerRows = std::clamp(table.format().headerRowCount(), 0, rows - 1);
    Span header;
    if (headerRows > 0)
        header = {frame.top(), edges[static_cast<std::size_t>(headerRows)]};
    if (header.height() > pageHeight_ * kLongestRepeatedHeader)
        header = {};
    // The header and the first body row together, then each row on its own.
    Piece piece = whole;
    piece.span.bottom = edges[static_cast<std::size_t>(headerRows) + 1];
    for (int row = headerRows + 1; row < rows; ++row) {
        const auto r = static_cast<std::size_t>(row);
        if (mayCut[r]) {
            out.push_back(piece);
            piece.span.top = edges[r];
            piece.header = header;
        }
        piece.span.bottom = edges[r + 1];
    }
    out.push_back(piece);
}

// The text lines of a piece, in document coordinates, by their tops.
std::vector<Span> Planner::linesWithin(const Piece& piece) const {
    std::vector<Span> lines;
    for (QTextBlock block = document_.findBlock(piece.firstPosition);
         block.isValid() && block.position() <= piece.lastPosition; block = block.next()) {
        const QTextLayout* layout = block.layout();
        if (!layout)
            continue;
        const qreal top = layout_.blockBoundingRect(block).top();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const Span span{top + line.y(), top + line.y() + line.height()};
            if (span.top >= piece.span.top - kEpsilon &&
                span.bottom <= piece.span.bottom + kEpsilon)
                lines.push_back(span);
        }
    }
    std::sort(lines.begin(), lines.end(),
              [](const Span& a, const Span& b) { return a.top < b.top; });
    return lines;
}

// Where to end a page inside a piece taller than a page: the lowest line
// top above `limit` that no other line runs across (cells side by side have
// lines at different heights), else `limit` itself (a line taller than a
// page: the clip cuts it).
qreal Planner::cutInside(const Piece& piece, qreal pageTop, qreal limit) const {
    const std::vector<Span> lines = linesWithin(piece);
    qreal best = limit;
    bool found = false;
    for (const Span& candidate : lines) {
        const qreal y = candidate.top;
        if (y <= pageTop + kEpsilon || y > limit)
            continue;
        const bool crossed = std::any_of(lines.begin(), lines.end(), [&](const Span& line) {
            return line.top < y - kEpsilon && line.bottom > y + kEpsilon;
        });
        if (!crossed && (!found || y > best)) {
            best = y;
            found = true;
        }
    }
    return best;
}

PagePlan Planner::plan(const std::vector<Piece>& pieces) const {
    PagePlan plan;
    PageSlice page;
    auto room = [&] {
        return pageHeight_ - page.headerHeight();
    };
    auto startPageAt = [&](qreal y, const Span& header) {
        page.bottom = y;
        plan.pages.push_back(page);
        page = PageSlice{y, y, header.top, header.valid() ? header.bottom : header.top};
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        if (piece.span.bottom - page.top <= room())
            continue;
        // It does not fit: the page ends before it, and before the headings
        // kept with it, when that much fits on a page of its own.
        std::size_t first = i;
        while (first > 0 && pieces[first - 1].keepWithNext &&
               pieces[first - 1].span.top >= page.top - kEpsilon)
            --first;
        const Piece& lead = pieces[first];
        if (lead.span.top > page.top + kEpsilon &&
            piece.span.bottom - lead.span.top <= pageHeight_ - lead.header.height()) {
            startPageAt(lead.span.top, lead.header);
            ++plan.keptTogether;
            continue;
        }
        // Taller than a page (with its headings): cut between its lines,
        // page after page.
        while (piece.span.bottom - page.top > room())
            startPageAt(cutInside(piece, page.top, page.top + room()), piece.header);
    }
    // The last page ends with its last piece (empty blocks after it are
    // only space).
    const qreal end = pieces.empty() ? layout_.documentSize().height() : pieces.back().span.bottom;
    page.bottom = std::clamp(end, page.top, page.top + room());
    plan.pages.push_back(page);
    return plan;
}

} // namespace

PagePlan planPages(QTextDocument& document, qreal pageHeight) {
    if (pageHeight <= 0)
        return {{PageSlice{0, document.documentLayout()->documentSize().height()}}, 0};
    Planner planner(document, pageHeight);
    return planner.plan(planner.pieces());
}

} // namespace mc::print
