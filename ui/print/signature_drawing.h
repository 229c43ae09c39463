#pragma once
// Drawn signatures in a printed document, as vector strokes.
//
// The HTML marks each drawn signature with an <img> of a fixed size named
// signatureImageName(line) (compact_html.h). Installed on a document, this
// handler takes over Qt's image objects and draws the strokes themselves
// there: sharp at any zoom, and with no picture to render, compress and embed
// (a 300 dpi image per signature cost each PDF about 3 ms and page faults).

#include "core/signing.h"

#include <QObject>
#include <QString>
#include <QTextObjectInterface>
#include <utility>
#include <vector>

class QTextDocument;

namespace mc::print {

class SignatureDrawings : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Named = std::vector<std::pair<QString, Drawing>>; // image name, strokes

    // Replaces `document`'s image handler; the document owns the handler.
    // Call before setHtml: Qt lays out as soon as it has the HTML.
    static void install(QTextDocument& document, Named drawings);

    // The <img>'s width and height attributes in CSS pixels (1/96 inch),
    // scaled to the layout's paint device as Qt's own image handler scales
    // them on a 96 dpi screen (the offscreen platform of the `pdf` command;
    // Qt scales by the screen's logical dpi), so a page breaks where it
    // would with a picture.
    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    // The strokes of the image's drawing. Any other image (a program
    // office's layout may have a logo) goes to Qt's own handler, as does
    // its size above.
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    SignatureDrawings(Named drawings, QTextObjectInterface* images, QObject* parent);
    const Drawing* drawingOf(const QTextFormat& format) const;
    Named drawings_;
    QTextObjectInterface* images_; // Qt's image handler, owned by the layout
};

// A drawing's strokes (core's 0..kDrawingBox box) fitted into `rect`, in a
// pen about 0.5 mm wide on a device of `dpi` dots per inch, as the signature
// pad shows them. Solid colour only: PDF/A-1b allows no transparency.
void paintDrawing(QPainter& painter, const QRectF& rect, const Drawing& drawing, qreal dpi);

} // namespace mc::print
