// See keep_together.h. Coordinates are the document's: page n covers
// [n * pageHeight, (n + 1) * pageHeight).

#include "ui/print/keep_together.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace mc::print {

namespace {

// Tables up to this share of a page are kept whole.
constexpr qreal kShortTableShare = 0.25;

struct Span {
    qreal top = 0;
    qreal bottom = -1;
    bool valid() const { return bottom > top; }
    qreal height() const { return bottom - top; }
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

// One thing in the root frame: a paragraph or a table.
struct Element {
    QTextBlock block;
    QTextTable* table = nullptr;
    bool heading() const { return !table && block.blockFormat().headingLevel() > 0; }
};

class Pass {
public:
    explicit Pass(QTextDocument& document)
        : document_(document), layout_(*document.documentLayout()),
          pageHeight_(document.pageSize().height()) {}

    // Finds every straddler in one walk over one layout and moves them all:
    // each move pushes what follows it down by a known amount (to the next
    // page top, plus the repeated header rows for a split table), so later
    // positions are the laid-out ones plus the shift so far. Returns how many
    // things were moved; 0 when nothing straddles.
    int moveAllStraddlers();

private:
    int pageOf(qreal y) const { return static_cast<int>(std::floor(y / pageHeight_)); }
    bool straddles(const Span& span) const {
        return span.valid() && span.height() < pageHeight_ * 0.95 &&
               pageOf(span.top + 0.5) != pageOf(span.bottom - 0.5);
    }
    Span blockSpan(const QTextBlock& block) const {
        const QRectF rect = layout_.blockBoundingRect(block);
        return {rect.top(), rect.bottom()};
    }
    // Every row's span, from one walk over the table's blocks, kept for the
    // walk: asking cell by cell (cellAt, first and last cursor positions)
    // cost a third of a layout. A cell spanning rows counts for its first.
    const std::vector<Span>& rowSpans(QTextTable& table) const {
        auto [it, added] = rowSpans_.try_emplace(&table);
        std::vector<Span>& spans = it->second;
        if (!added)
            return spans;
        spans.resize(static_cast<std::size_t>(table.rows()));
        const int last = table.lastPosition();
        for (QTextBlock block = document_.findBlock(table.firstPosition());
             block.isValid() && block.position() <= last; block = block.next()) {
            const QTextTableCell cell = table.cellAt(block.position());
            if (cell.isValid())
                spans[static_cast<std::size_t>(cell.row())].add(blockSpan(block));
        }
        return spans;
    }
    Span rowSpan(QTextTable& table, int row) const {
        return rowSpans(table)[static_cast<std::size_t>(row)];
    }
    // The room Qt left inside laid-out text where it pushed lines over a
    // page break: what moving that text to a page top takes back. Lines of
    // the blocks at positions [first, last].
    void addLines(int first, int last, std::vector<Span>& lines) const {
        for (QTextBlock block = document_.findBlock(first);
             block.isValid() && block.position() <= last; block = block.next()) {
            const QTextLayout* layout = block.layout();
            if (!layout)
                continue;
            const qreal top = layout_.blockBoundingRect(block).top();
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                lines.push_back({top + line.y(), top + line.y() + line.height()});
            }
        }
    }
    qreal gapIn(std::vector<Span> lines) const {
        std::sort(lines.begin(), lines.end(),
                  [](const Span& a, const Span& b) { return a.top < b.top; });
        qreal gap = 0;
        qreal bottom = -1;
        for (const Span& line : lines) {
            if (bottom >= 0 && line.top > bottom && pageOf(bottom - 0.5) != pageOf(line.top + 0.5))
                gap += line.top - bottom;
            bottom = std::max(bottom, line.bottom);
        }
        return gap;
    }
    qreal rowGap(QTextTable& table, int row) const {
        std::vector<Span> lines;
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            if (cell.row() == row && cell.column() == column)
                addLines(cell.firstCursorPosition().position(),
                         cell.lastCursorPosition().position(), lines);
        }
        return gapIn(std::move(lines));
    }
    qreal elementGap(const Element& element) const {
        std::vector<Span> lines;
        if (element.table)
            addLines(element.table->firstPosition(), element.table->lastPosition(), lines);
        else
            addLines(element.block.position(), element.block.position(), lines);
        return gapIn(std::move(lines));
    }
    Span elementSpan(const Element& element) const {
        if (!element.table)
            return blockSpan(element.block);
        const QRectF rect = layout_.frameBoundingRect(element.table);
        return {rect.top(), rect.bottom()};
    }
    // The start of an element: a paragraph, or a table's header and first row.
    Span firstPiece(const Element& element) const {
        if (!element.table)
            return blockSpan(element.block);
        Span span{layout_.frameBoundingRect(element.table).top(), -1};
        const int firstRow =
            std::min(element.table->format().headerRowCount(), element.table->rows() - 1);
        span.bottom = rowSpan(*element.table, firstRow).bottom;
        return span;
    }

    std::vector<Element> elements() const;
    // Where a page break goes to move element i: before the headings that
    // lead up to it, if any.
    std::size_t anchorOf(const std::vector<Element>& all, std::size_t i) const {
        while (i > 0 && all[i - 1].heading())
            --i;
        return i;
    }
    void breakBefore(const Element& element);
    void splitTable(QTextTable& table, int row);
    // Already at the top of a page: moving it would not help.
    bool atPageTop(const Span& span) const {
        const qreal offset = span.top - pageOf(span.top + 0.5) * pageHeight_;
        return offset < pageHeight_ * 0.08;
    }

    QTextDocument& document_;
    QAbstractTextDocumentLayout& layout_;
    qreal pageHeight_;
    // Row spans by table, measured once per walk (one layout).
    mutable std::unordered_map<const QTextTable*, std::vector<Span>> rowSpans_;
};

std::vector<Element> Pass::elements() const {
    std::vector<Element> out;
    for (auto it = document_.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame()))
            out.push_back({QTextBlock(), table});
        else if (it.currentBlock().isValid() && !it.currentBlock().text().isEmpty())
            out.push_back({it.currentBlock(), nullptr});
    }
    return out;
}

void Pass::breakBefore(const Element& element) {
    if (element.table) {
        QTextTableFormat format = element.table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        element.table->setFormat(format);
        return;
    }
    QTextBlockFormat format = element.block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(element.block).setBlockFormat(format);
}

// Splits `table` before `row`: that row and the ones after it move into a
// new table right after this one, which starts on a new page and repeats the
// header rows. (Padding the row above instead makes Qt push that row's own
// last lines too, since a cell's padding is reserved at the page's foot; a
// page break inside a cell makes Qt move the row again on every layout.)
void Pass::splitTable(QTextTable& table, int row) {
    struct CellCopy {
        QTextDocumentFragment content;
        QTextTableCellFormat format;
        QTextBlockFormat blockFormat;
    };
    const int columns = table.columns();
    auto copyRow = [&](int r) {
        std::vector<CellCopy> out;
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table.cellAt(r, column);
            QTextCursor selection = cell.firstCursorPosition();
            selection.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            out.push_back({selection.selection(), cell.format().toTableCellFormat(),
                           cell.firstCursorPosition().blockFormat()});
        }
        return out;
    };
    std::vector<std::vector<CellCopy>> rows;
    const int headerRows = table.format().headerRowCount();
    for (int r = 0; r < headerRows; ++r)
        rows.push_back(copyRow(r));
    for (int r = row; r < table.rows(); ++r)
        rows.push_back(copyRow(r));

    QTextTableFormat format = table.format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table.removeRows(row, table.rows() - row);
    QTextCursor cursor(&document_);
    cursor.setPosition(table.lastPosition() + 1);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextTable* next = cursor.insertTable(static_cast<int>(rows.size()), columns, format);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        for (int column = 0; column < columns; ++column) {
            const CellCopy& copy =
                rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(column)];
            QTextTableCell cell = next->cellAt(r, column);
            cell.setFormat(copy.format);
            QTextCursor inCell = cell.firstCursorPosition();
            inCell.setBlockFormat(copy.blockFormat);
            inCell.insertFragment(copy.content);
        }
    }
}

int Pass::moveAllStraddlers() {
    const std::vector<Element> all = elements();
    struct Split {
        QTextTable* table;
        int row;
    };
    std::vector<std::size_t> breaks; // element indexes, ascending
    std::vector<Split> splits;       // ascending by document position
    qreal shift = 0;
    auto shifted = [&](Span span) {
        if (span.valid()) {
            span.top += shift;
            span.bottom += shift;
        }
        return span;
    };
    auto nextPageTop = [&](qreal y) {
        return (pageOf(y + 0.5) + 1) * pageHeight_;
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Element& element = all[i];
        const std::size_t anchorIndex = anchorOf(all, i);
        // Break before the anchor, unless it already starts a page (or
        // already has a break from this walk).
        auto moveAnchor = [&] {
            if (!breaks.empty() && breaks.back() == anchorIndex)
                return false;
            const Span span = shifted(elementSpan(all[anchorIndex]));
            if (atPageTop(span))
                return false;
            breaks.push_back(anchorIndex);
            // What follows moves by the distance to the page top, less the
            // room Qt had already left where it broke the element (as a
            // whole: an over-estimate would move things that fit).
            qreal gap = 0;
            for (std::size_t k = anchorIndex; k <= i; ++k)
                gap += elementGap(all[k]);
            shift += std::max<qreal>(0, nextPageTop(span.top) - span.top - gap);
            return true;
        };
        if (element.heading()) {
            Span span = blockSpan(element.block);
            if (i + 1 < all.size())
                span.add(firstPiece(all[i + 1]));
            if (straddles(shifted(span)))
                moveAnchor();
            continue;
        }
        const Span span = elementSpan(element);
        if (!element.table || span.height() <= pageHeight_ * kShortTableShare) {
            if (straddles(shifted(span)))
                moveAnchor();
            continue;
        }
        QTextTable& table = *element.table;
        const int headerRows = table.format().headerRowCount();
        const qreal tableTop = span.top;
        const qreal headerHeight =
            headerRows > 0 ? rowSpan(table, headerRows - 1).bottom - tableTop : 0;
        for (int row = headerRows; row < table.rows(); ++row) {
            const Span rowAt = shifted(rowSpan(table, row));
            if (!straddles(rowAt))
                continue;
            if (row > headerRows) {
                splits.push_back({&table, row});
                // The row starts the next page, under the repeated header.
                shift +=
                    std::max<qreal>(0, nextPageTop(rowAt.top) - rowAt.top +
                                           std::max<qreal>(headerHeight, 0) - rowGap(table, row));
            } else {
                moveAnchor();
            }
        }
    }

    const int moves = static_cast<int>(breaks.size() + splits.size());
    if (moves == 0)
        return 0;
    // Apply from the end, so nothing applied moves what is still to come.
    QTextCursor edit(&document_);
    edit.beginEditBlock();
    for (auto it = splits.rbegin(); it != splits.rend(); ++it)
        splitTable(*it->table, it->row);
    for (auto it = breaks.rbegin(); it != breaks.rend(); ++it)
        breakBefore(all[*it]);
    edit.endEditBlock();
    return moves;
}

} // namespace

int keepTogether(QTextDocument& document, int maxMoves) {
    if (document.pageSize().height() <= 0)
        return 0;
    // One walk moves every straddler it finds; the shift it assumes for each
    // move is close but not exact (spacing around a split table), so a new
    // layout is checked again, a few times at most.
    constexpr int kMaxWalks = 4;
    int moves = 0;
    for (int walk = 0; walk < kMaxWalks && moves < maxMoves; ++walk) {
        Pass pass(document);
        const int moved = pass.moveAllStraddlers();
        if (moved == 0)
            break;
        moves += moved;
    }
    return moves;
}

} // namespace mc::print
