#include "ui/print/signature_image.h"

#include "ui/print/compact_html.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace mc::print {

QImage signatureImage(const Drawing& drawing, int dpi) {
    // CSS pixels are 1/96 inch.
    const double scale = std::max(dpi, 96) / 96.0;
    const QSize size(static_cast<int>(std::lround(kSignatureImageWidthPx * scale)),
                     static_cast<int>(std::lround(kSignatureImageHeightPx * scale)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // About 0.5 mm: a pen line, as on the signature pad.
    painter.setPen(QPen(QColor(0x10, 0x18, 0x30), 0.5 / 25.4 * dpi, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    const auto at = [&size](const DrawnPoint& p) {
        return QPointF(p.x * (size.width() - 1) / double(kDrawingBox),
                       p.y * (size.height() - 1) / double(kDrawingBox));
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
    painter.end();
    return image;
}

} // namespace mc::print
