// Layout: nothing that belongs together straddles a page boundary (checked
// on QTextDocument's layout against the page plan), nothing is lost or
// doubled between pages and continued tables repeat their header (checked
// in the PDF's text); paper sizes.

#include "laid_out.h"
#include "pdf_text.h"
#include "print_test_support.h"
#include "ui/print/compact_document.h"
#include "ui/print/compact_html.h"
#include "ui/print/pdf_export.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace mc;

namespace {

struct Extent {
    qreal top = 1e18;
    qreal bottom = -1e18;
};

// The page whose range holds y; -1 when none does.
int pageOf(qreal y, const std::vector<print::PageSlice>& pages) {
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (y >= pages[i].top && y < pages[i].bottom)
            return static_cast<int>(i);
    return -1;
}

// Pages as Qt paginates by itself: one after another, `height` each.
std::vector<print::PageSlice> evenPages(qreal height, int count) {
    std::vector<print::PageSlice> pages;
    for (int i = 0; i < count; ++i)
        pages.push_back({i * height, (i + 1) * height});
    return pages;
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
// how many start on one page and end on another (or lie on none).
int straddlers(QTextDocument& document, const std::vector<print::PageSlice>& pages,
               int* tableRows) {
    int count = 0;
    auto check = [&](const Extent& e, const QString& what) {
        if (e.bottom > e.top && (pageOf(e.top + 0.5, pages) != pageOf(e.bottom - 0.5, pages) ||
                                 pageOf(e.top + 0.5, pages) < 0)) {
            ++count;
            WARN("straddles: " << what.left(60).toStdString() << " from " << e.top << " to "
                               << e.bottom);
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

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++count;
    return count;
}

// Pages (all but the last) whose last paragraph is a heading, or a heading's
// one-line note: what follows them went on without them.
int pagesEndingInAHeading(QTextDocument& document, const std::vector<print::PageSlice>& pages) {
    struct Element {
        qreal top;
        qreal bottom;
        bool heading;
    };
    std::vector<Element> elements;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            const QRectF rect = document.documentLayout()->frameBoundingRect(table);
            elements.push_back({rect.top(), rect.bottom(), false});
        } else if (it.currentBlock().isValid() && !it.currentBlock().text().isEmpty()) {
            const QRectF rect = document.documentLayout()->blockBoundingRect(it.currentBlock());
            elements.push_back(
                {rect.top(), rect.bottom(), it.currentBlock().blockFormat().headingLevel() > 0});
        }
    }
    int count = 0;
    for (std::size_t page = 0; page + 1 < pages.size(); ++page) {
        std::size_t last = elements.size();
        for (std::size_t i = 0; i < elements.size(); ++i)
            if (elements[i].top >= pages[page].top && elements[i].bottom <= pages[page].bottom)
                last = i;
        if (last == elements.size())
            continue;
        const bool heading = elements[last].heading;
        const bool note = last > 0 && elements[last - 1].heading && !elements[last].heading &&
                          elements[last].bottom - elements[last].top < 60;
        if (heading || note) {
            ++count;
            WARN("page " << page + 1 << " ends with a heading" << (note ? " and its note" : ""));
        }
    }
    return count;
}

} // namespace

TEST_CASE("No row or clause of a long compact straddles a page", "[print][layout]") {
    test::LaidOut laidOut(test::longCompact());
    const print::CompactDocument& document = laidOut.document;
    const std::vector<print::PageSlice>& pages = document.pages();

    REQUIRE(document.pageCount() >= 4);
    int rows = 0;
    CHECK(straddlers(laidOut.document.textDocument(), pages, &rows) == 0);
    CHECK(rows >= 100);                    // 60 clauses, 40 milestones, people, signatures
    CHECK(document.movedToNextPage() > 0); // something did need moving

    // The pages follow one another with nothing left out, and none holds
    // more than fits between its header and footer.
    CHECK(pages.front().top == 0);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].height() <= document.bodyHeight() + 0.5);
        CHECK(pages[i].bottom > pages[i].top);
        if (i + 1 < pages.size())
            CHECK(pages[i].bottom == pages[i + 1].top);
    }
    const qreal end = laidOut.document.textDocument().documentLayout()->documentSize().height();
    CHECK(pages.back().bottom >= end - document.bodyHeight());

    // Long tables that continue on a page repeat their header rows there.
    const auto repeating = std::count_if(
        pages.begin(), pages.end(), [](const print::PageSlice& p) { return p.repeatsHeader(); });
    CHECK(repeating >= 2);
}

TEST_CASE("Qt's own pagination would split rows of the long compact", "[print][layout]") {
    // The same check finds split rows when Qt paginates the same HTML by
    // itself: proof that the test above can fail.
    test::LaidOut laidOut(test::longCompact());
    QTextDocument plain;
    plain.documentLayout()->setPaintDevice(&laidOut.writer);
    plain.setDocumentMargin(0);
    plain.setHtml(laidOut.document.html());
    plain.setPageSize(QSizeF(laidOut.writer.width(), laidOut.document.bodyHeight()));
    int rows = 0;
    CHECK(straddlers(plain, evenPages(laidOut.document.bodyHeight(), plain.pageCount()), &rows) >
          0);
}

TEST_CASE("The long compact's PDF has every clause and milestone once and headers on continued "
          "pages",
          "[print][layout][pdf]") {
    if (!test::havePdfToText()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
        return;
    }
    test::LaidOut laidOut(test::longCompact());
    const print::CompactDocument& document = laidOut.document;
    test::TempDir dir;
    const std::string pdf = dir.file("long.pdf");
    REQUIRE(print::writePdf(laidOut.document, QString::fromStdString(pdf)).isEmpty());
    std::string all;
    for (int page = 1; page <= document.pageCount(); ++page)
        all += test::pdfText(pdf, page) + "\n";
    // Nothing lost at a page's edge, nothing painted on two pages.
    for (int i = 1; i <= 60; ++i) {
        INFO("clause " << i);
        CHECK(occurrences(all, "Clause " + std::to_string(i) + ":") == 1);
    }
    for (int i = 1; i <= 40; ++i) {
        INFO("milestone " << i);
        CHECK(occurrences(all, "Milestone " + std::to_string(i) + ":") == 1);
    }
    // A page that continues the milestones or a domain's clauses starts with
    // their header row.
    int checked = 0;
    for (int page = 1; page <= document.pageCount(); ++page) {
        if (!document.pages()[static_cast<std::size_t>(page - 1)].repeatsHeader())
            continue;
        const std::string text = test::pdfText(pdf, page);
        INFO("page " << page << ": " << text.substr(0, 300));
        const bool clauses = text.find("Expected of") != std::string::npos;
        const bool milestones = text.find("Responsible") != std::string::npos;
        CHECK((clauses || milestones));
        ++checked;
    }
    CHECK(checked >= 2);
}

TEST_CASE("A heading and its note never end a page without what they introduce",
          "[print][layout]") {
    // A table block (heading, one-line note, short table, as the signature
    // block is printed) after filler of every height from a few lines to
    // more than a page: somewhere the heading and the note fit at the foot
    // of a page and the table does not.
    const QString css = print::loadLayout({}).css;
    QString row = QStringLiteral("<tr><td>Dr. Someone</td><td>Signed</td><td>2026-12-06</td></tr>");
    int pagesChecked = 0;
    for (int filler = 1; filler <= 70; ++filler) {
        QString html;
        for (int i = 0; i < filler; ++i)
            html += QStringLiteral("<p>Filler paragraph %1, one line long.</p>").arg(i + 1);
        html += QStringLiteral("<h2>Signatures</h2><p class=\"note\">By signing, each person "
                               "agrees.</p><table class=\"grid\" width=\"100%\" "
                               "cellspacing=\"0\" cellpadding=\"4\"><thead><tr><th>Name</th>"
                               "<th>Signature</th><th>Date</th></tr></thead>") +
                row.repeated(5) + QStringLiteral("</table>");
        print::DocumentContent content;
        content.html = html;
        content.css = css;
        content.title = QStringLiteral("Filler");
        test::LaidOut laidOut(std::move(content));
        const print::CompactDocument& document = laidOut.document;
        INFO(filler << " filler paragraphs, " << document.pageCount() << " pages");
        CHECK(pagesEndingInAHeading(laidOut.document.textDocument(), document.pages()) == 0);
        pagesChecked += document.pageCount();
    }
    CHECK(pagesChecked > 70); // some layouts did run over a page
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
