// Layout: nothing that belongs together straddles a page boundary, checked
// through QTextDocument's layout rather than the PDF; paper sizes.

#include "print_test_support.h"
#include "ui/print/compact_document.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <catch2/catch.hpp>
#include <cmath>

using namespace mc;

namespace {

struct Extent {
    qreal top = 1e18;
    qreal bottom = -1e18;
};

int pageOf(qreal y, qreal pageHeight) {
    return static_cast<int>(std::floor(y / pageHeight));
}

// Lines of the block, in document coordinates.
void addBlock(const QTextDocument& document, const QTextBlock& block, Extent& extent) {
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    if (rect.height() <= 0)
        return;
    extent.top = std::min(extent.top, rect.top());
    extent.bottom = std::max(extent.bottom, rect.bottom());
}

// Every body row of every table and every paragraph in the root frame:
// how many start on one page and end on another.
int straddlers(QTextDocument& document, int* tableRows) {
    const qreal pageHeight = document.pageSize().height();
    int count = 0;
    auto check = [&](const Extent& e, const QString& what) {
        if (e.bottom > e.top &&
            pageOf(e.top + 0.5, pageHeight) != pageOf(e.bottom - 0.5, pageHeight)) {
            ++count;
            WARN("straddles: " << what.left(60).toStdString() << " from " << e.top << " to "
                               << e.bottom << ", page height " << pageHeight);
        }
    };
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
                Extent extent;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    const int last = cell.lastCursorPosition().position();
                    for (QTextBlock b = cell.firstCursorPosition().block();
                         b.isValid() && b.position() <= last; b = b.next())
                        addBlock(document, b, extent);
                }
                check(extent, table->cellAt(row, 0).firstCursorPosition().block().text() + " | " +
                                  table->cellAt(row, 1).firstCursorPosition().block().text());
                ++*tableRows;
            }
        } else if (it.currentBlock().isValid()) {
            Extent extent;
            addBlock(document, it.currentBlock(), extent);
            check(extent, it.currentBlock().text());
        }
    }
    return count;
}

} // namespace

TEST_CASE("No row or clause of a long compact straddles a page", "[print][layout]") {
    print::DocumentOptions options;
    options.paper = print::Paper::A4;
    print::CompactDocument document(test::longCompact(), options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(document.pageLayout());
    document.layoutFor(writer);

    REQUIRE(document.pageCount() >= 4);
    int rows = 0;
    CHECK(straddlers(document.textDocument(), &rows) == 0);
    CHECK(rows >= 100);                    // 60 clauses, 40 milestones, people, signatures
    CHECK(document.movedToNextPage() > 0); // something did need moving

    // Long tables repeat their header row on continued pages.
    int withHeader = 0;
    for (QTextFrame* frame : document.textDocument().rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            withHeader += table->format().headerRowCount() == 1 ? 1 : 0;
    CHECK(withHeader >= 7);
}

TEST_CASE("Without keep-together Qt would split rows of the long compact", "[print][layout]") {
    // The same check finds split rows when the layout is left as Qt makes
    // it: proof that the test above can fail.
    print::CompactDocument document(test::longCompact());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(document.pageLayout());
    document.layoutFor(writer);
    QTextDocument plain;
    plain.documentLayout()->setPaintDevice(&writer);
    plain.setDocumentMargin(0);
    plain.setHtml(document.html());
    plain.setPageSize(document.textDocument().pageSize());
    int rows = 0;
    CHECK(straddlers(plain, &rows) > 0);
}

TEST_CASE("Paper comes from the locale unless chosen", "[print][layout]") {
    CHECK(print::paperSize(print::Paper::FromLocale,
                           QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
    CHECK(print::paperSize(print::Paper::FromLocale, QLocale(QLocale::French, QLocale::Canada)) ==
          QPageSize::Letter);
    CHECK(print::paperSize(print::Paper::FromLocale, QLocale(QLocale::Spanish, QLocale::Mexico)) ==
          QPageSize::Letter);
    CHECK(print::paperSize(print::Paper::FromLocale,
                           QLocale(QLocale::Filipino, QLocale::Philippines)) == QPageSize::Letter);
    CHECK(print::paperSize(print::Paper::FromLocale, QLocale(QLocale::German, QLocale::Germany)) ==
          QPageSize::A4);
    CHECK(print::paperSize(print::Paper::FromLocale,
                           QLocale(QLocale::English, QLocale::UnitedKingdom)) == QPageSize::A4);
    CHECK(print::paperSize(print::Paper::A4, QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QPageSize::A4);
    CHECK(print::paperSize(print::Paper::Letter, QLocale(QLocale::German, QLocale::Germany)) ==
          QPageSize::Letter);
}
