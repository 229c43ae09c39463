#pragma once
// A drawn signature (strokes in core's 0..1000 box) as a picture for print.

#include "core/signing.h"

#include <QImage>

namespace mc::print {

// The strokes drawn in black on an opaque white image of the printed size
// (kSignatureImageWidthPx x kSignatureImageHeightPx CSS pixels, compact_html.h)
// at `dpi` dots per inch. Opaque because PDF/A-1b allows no transparency.
QImage signatureImage(const Drawing& drawing, int dpi);

} // namespace mc::print
