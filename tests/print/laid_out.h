#pragma once
// A printable document laid out for an A4 PDF at print resolution, held in
// memory, for the print tests that look at the layout itself.

#include "ui/print/compact_document.h"

#include <QBuffer>
#include <QPdfWriter>
#include <utility>

namespace mc::test {

struct LaidOut {
    print::CompactDocument document;
    QBuffer buffer;
    QPdfWriter writer{&buffer};

    // From anything a CompactDocument is made of: a Compact, a
    // PrintableCompact or a DocumentContent.
    template <class Source>
    explicit LaidOut(Source&& source) : document(std::forward<Source>(source), a4()) {
        buffer.open(QIODevice::WriteOnly);
        writer.setResolution(300);
        writer.setPageLayout(document.pageLayout());
        document.layoutFor(writer);
    }

    static print::DocumentOptions a4() {
        print::DocumentOptions options;
        options.paper = print::Paper::A4;
        return options;
    }
};

} // namespace mc::test
