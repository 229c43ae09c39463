// Drawn signatures print as vector strokes (ui/print/signature_drawing.h):
// in their box, at the size Qt would give a picture, and in the PDF as
// strokes rather than an embedded image.

#include "pdf_text.h"
#include "print_test_support.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/printable.h"
#include "ui/print/signature_drawing.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>
#include <catch2/catch.hpp>
#include <string>

using namespace mc;

namespace {

bool isInk(const QImage& image, int x, int y) {
    return qGray(image.pixel(x, y)) < 128;
}

// The first line of a document holding only `html`, laid out for a 300 dpi
// PDF: its width and height.
QSizeF firstLineSize(QTextDocument& document, QPdfWriter& writer, const QString& html) {
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html);
    const QTextLine line = document.begin().layout()->lineAt(0);
    return {line.naturalTextWidth(), line.height()};
}

} // namespace

TEST_CASE("A drawing is painted as its strokes inside its box", "[print][signature]") {
    QImage image(300, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        // A level line across the middle, and a dot a fifth of the way down.
        const Drawing drawing = {{{0, 500}, {1000, 500}}, {{500, 200}}};
        print::paintDrawing(painter, QRectF(0, 0, 300, 100), drawing, 96);
    }
    CHECK(isInk(image, 150, 50));
    CHECK(isInk(image, 5, 50));
    CHECK(isInk(image, 295, 50));
    CHECK(isInk(image, 150, 20));
    CHECK_FALSE(isInk(image, 150, 80));
    CHECK_FALSE(isInk(image, 50, 20));
    CHECK_FALSE(isInk(image, 150, 35));
}

TEST_CASE("A signature takes the room Qt gives a picture of the same size", "[print][signature]") {
    // Same room, same page breaks as when signatures were pictures.
    const QString html = "<p><img src=\"signature-1.png\" width=\"204\" height=\"68\"/></p>";
    QBuffer pictureBuffer;
    pictureBuffer.open(QIODevice::WriteOnly);
    QPdfWriter pictureWriter(&pictureBuffer);
    pictureWriter.setResolution(300);
    QTextDocument withPicture;
    withPicture.addResource(QTextDocument::ImageResource, QUrl("signature-1.png"),
                            QImage(850, 283, QImage::Format_RGB32));
    const QSizeF pictureSize = firstLineSize(withPicture, pictureWriter, html);

    QBuffer strokesBuffer;
    strokesBuffer.open(QIODevice::WriteOnly);
    QPdfWriter strokesWriter(&strokesBuffer);
    strokesWriter.setResolution(300);
    QTextDocument withStrokes;
    print::SignatureDrawings::install(withStrokes, {{"signature-1.png", {{{0, 0}, {1000, 1000}}}}});
    const QSizeF strokesSize = firstLineSize(withStrokes, strokesWriter, html);

    CHECK(strokesSize.width() == Approx(204 * 300 / 96.0).margin(1));
    CHECK(strokesSize == pictureSize);
}

TEST_CASE("Other pictures stay Qt's to size and draw", "[print][signature]") {
    // A program office's layout may carry a logo: it prints as before.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QTextDocument document;
    QImage logo(60, 30, QImage::Format_RGB32);
    logo.fill(QColor(0x20, 0x60, 0xa0));
    document.addResource(QTextDocument::ImageResource, QUrl("logo.png"), logo);
    print::SignatureDrawings::install(document, {{"signature-1.png", {{{0, 0}, {1000, 1000}}}}});
    const QSizeF size = firstLineSize(
        document, writer,
        "<p><img src=\"logo.png\"/><img src=\"signature-1.png\" width=\"30\" height=\"10\"/></p>");
    // The logo at its own 60 pixels, scaled from 96 dpi like the signature.
    CHECK(size.width() == Approx((60 + 30) * 300 / 96.0).margin(2));
    {
        QPainter painter(&writer);
        document.drawContents(&painter);
    }
    CHECK(buffer.data().contains("/Subtype /Image"));
}

TEST_CASE("A PDF shows a drawn signature as strokes and holds no picture",
          "[print][signature][pdf]") {
    test::SignedWorkspace f;
    const print::PrintableCompact drawn = print::printableCompact(f.ws, f.compact.id, 1);
    // The same, with the flourish's strokes left out but its box kept, so
    // both lay out alike.
    print::PrintableCompact blank = drawn;
    int drawings = 0;
    for (auto& line : blank.signatureLines)
        if (line.signature && !line.signature->drawing.empty()) {
            line.signature->drawing = Drawing{Stroke{}};
            ++drawings;
        }
    REQUIRE(drawings == 1); // the scholar's flourish

    const std::string drawnPdf = f.dir.file("drawn.pdf");
    const std::string blankPdf = f.dir.file("blank.pdf");
    print::CompactDocument drawnDocument(drawn);
    REQUIRE(print::writePdf(drawnDocument, QString::fromStdString(drawnPdf)).isEmpty());
    print::CompactDocument blankDocument(blank);
    REQUIRE(print::writePdf(blankDocument, QString::fromStdString(blankPdf)).isEmpty());
    CHECK(test::readFile(drawnPdf).find("/Subtype /Image") == std::string::npos);
    REQUIRE(drawnDocument.pageCount() == blankDocument.pageCount());
    if (!test::havePdfToPpm())
        return;

    // The flourish is the only difference: ink on the last page.
    const int last = drawnDocument.pageCount();
    const QImage withFlourish = test::pdfPage(drawnPdf, last, 60);
    const QImage without = test::pdfPage(blankPdf, last, 60);
    REQUIRE(withFlourish.size() == without.size());
    int inked = 0;
    int lighter = 0;
    for (int y = 0; y < without.height(); ++y)
        for (int x = 0; x < without.width(); ++x) {
            const int drawnGray = qGray(withFlourish.pixel(x, y));
            const int blankGray = qGray(without.pixel(x, y));
            if (drawnGray < blankGray - 64)
                ++inked;
            else if (drawnGray > blankGray + 64)
                ++lighter;
        }
    CHECK(inked > 40);
    CHECK(lighter == 0);
    for (int page = 1; page < last; ++page)
        CHECK(test::pdfPage(drawnPdf, page, 30) == test::pdfPage(blankPdf, page, 30));
}
