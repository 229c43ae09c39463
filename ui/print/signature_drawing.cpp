#include "ui/print/signature_drawing.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextFormat>

namespace mc::print {

namespace {

const QColor kInk(0x10, 0x18, 0x30);
constexpr qreal kCssDpi = 96; // the unit of an <img>'s width and height

} // namespace

SignatureDrawings::SignatureDrawings(Named drawings, QTextObjectInterface* images, QObject* parent)
    : QObject(parent), drawings_(std::move(drawings)), images_(images) {
}

void SignatureDrawings::install(QTextDocument& document, Named drawings) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QTextObjectInterface* images = layout->handlerForObject(QTextFormat::ImageObject);
    layout->registerHandler(QTextFormat::ImageObject,
                            new SignatureDrawings(std::move(drawings), images, &document));
}

const Drawing* SignatureDrawings::drawingOf(const QTextFormat& format) const {
    const QString name = format.toImageFormat().name();
    for (const auto& [drawingName, drawing] : drawings_)
        if (drawingName == name)
            return &drawing;
    return nullptr;
}

QSizeF SignatureDrawings::intrinsicSize(QTextDocument* document, int position,
                                        const QTextFormat& format) {
    if (!drawingOf(format))
        return images_ ? images_->intrinsicSize(document, position, format) : QSizeF();
    const QTextImageFormat image = format.toImageFormat();
    // Qt's image handler rounds the attributes, then scales the whole size.
    QSize size(qRound(image.width()), qRound(image.height()));
    if (const QPaintDevice* device = document->documentLayout()->paintDevice())
        size *= device->logicalDpiY() / kCssDpi;
    return size;
}

void SignatureDrawings::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                                   int position, const QTextFormat& format) {
    if (const Drawing* drawing = drawingOf(format))
        paintDrawing(*painter, rect, *drawing, painter->device()->logicalDpiY());
    else if (images_)
        images_->drawObject(painter, rect, document, position, format);
}

void paintDrawing(QPainter& painter, const QRectF& rect, const Drawing& drawing, qreal dpi) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kInk, 0.5 / 25.4 * dpi, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const auto at = [&rect](const DrawnPoint& p) {
        return QPointF(rect.left() + p.x * rect.width() / kDrawingBox,
                       rect.top() + p.y * rect.height() / kDrawingBox);
    };
    for (const Stroke& stroke : drawing) {
        if (stroke.empty())
            continue;
        if (stroke.size() == 1) {
            painter.drawPoint(at(stroke.front()));
            continue;
        }
        QPainterPath path(at(stroke.front()));
        for (std::size_t i = 1; i < stroke.size(); ++i)
            path.lineTo(at(stroke[i]));
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace mc::print
