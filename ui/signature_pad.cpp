#include "ui/signature_pad.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace mc::ui {

SignaturePad::SignaturePad(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("signaturePad"));
    setAccessibleName(tr("Drawn signature (optional)"));
    setAccessibleDescription(tr("Draw with a mouse or pen. The typed name alone is enough."));
    setMinimumSize(240, 80);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
}

void SignaturePad::setDrawing(Drawing drawing) {
    drawing_ = std::move(drawing);
    update();
    emit changed();
}

void SignaturePad::clear() {
    setDrawing({});
}

DrawnPoint SignaturePad::toBox(const QPointF& position) const {
    const double w = std::max(1, width());
    const double h = std::max(1, height());
    const auto scale = [](double value, double extent) {
        return std::clamp(static_cast<int>(std::lround(value / extent * kDrawingBox)), 0,
                          kDrawingBox);
    };
    return {scale(position.x(), w), scale(position.y(), h)};
}

QPointF SignaturePad::fromBox(const DrawnPoint& point) const {
    return {point.x * width() / double(kDrawingBox), point.y * height() / double(kDrawingBox)};
}

void SignaturePad::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    painter.setPen(QPen(palette().mid(), 1));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const int line = height() * 3 / 4;
    painter.drawLine(8, line, width() - 8, line);
    painter.setPen(QPen(palette().text(), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const Stroke& stroke : drawing_) {
        if (stroke.size() == 1) {
            painter.drawPoint(fromBox(stroke.front()));
            continue;
        }
        QPainterPath path;
        for (std::size_t i = 0; i < stroke.size(); ++i) {
            if (i == 0)
                path.moveTo(fromBox(stroke[i]));
            else
                path.lineTo(fromBox(stroke[i]));
        }
        painter.drawPath(path);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    drawingNow_ = true;
    drawing_.push_back({toBox(event->position())});
    update();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
    if (!drawingNow_ || drawing_.empty())
        return;
    const DrawnPoint point = toBox(event->position());
    if (drawing_.back().back() != point)
        drawing_.back().push_back(point);
    update();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && drawingNow_) {
        drawingNow_ = false;
        emit changed();
    }
}

} // namespace mc::ui
