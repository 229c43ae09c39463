#pragma once
// A small area to draw a signature with a mouse or pen. The strokes are
// kept as core's Drawing in the 0..1000 box whatever the widget's size.
// Drawing is optional: keyboard users sign with the typed name alone.

#include "core/signing.h"

#include <QWidget>

namespace mc::ui {

class SignaturePad : public QWidget {
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    const Drawing& drawing() const { return drawing_; }
    void setDrawing(Drawing drawing);
    bool isEmpty() const { return drawing_.empty(); }
    QSize sizeHint() const override { return {360, 120}; }

public slots:
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    DrawnPoint toBox(const QPointF& position) const;
    QPointF fromBox(const DrawnPoint& point) const;

    Drawing drawing_;
    bool drawingNow_ = false;
};

} // namespace mc::ui
