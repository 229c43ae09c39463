#include "ui/print/print_font.h"

#include <QByteArray>
#include <QFontDatabase>
#include <QResource>
#include <QString>
#include <QStringList>

namespace mc::print {

bool registerPrintFont() {
    // A function's static is initialised once, even with batch workers
    // printing on several threads at once.
    static const bool registered = [] {
        bool ok = true;
        for (const char* file :
             {":/print/fonts/PrintSans.ttf", ":/print/fonts/PrintSans-Bold.ttf"}) {
            // The fonts are compiled in uncompressed (ui/print/CMakeLists.txt),
            // so Qt and FreeType read them in place: copying 1.3 MB out first
            // made every `pdf` process 4 ms slower.
            const QResource resource(QString::fromLatin1(file));
            const QByteArray data =
                resource.compressionAlgorithm() == QResource::NoCompression
                    ? QByteArray::fromRawData(reinterpret_cast<const char*>(resource.data()),
                                              resource.size())
                    : resource.uncompressedData();
            ok = resource.isValid() && QFontDatabase::addApplicationFontFromData(data) >= 0 && ok;
        }
        return ok;
    }();
    return registered;
}

QFont printFont(qreal points, bool bold) {
    QFont font;
    // As compact.css: emoji from outline fonts, Symbola's first, then
    // Unifont Upper's; Qt's own fallback would pick Unifont for all of them.
    font.setFamilies({QString::fromLatin1(kPrintFontFamily), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Symbola"), QStringLiteral("Unifont Upper")});
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns off ligatures in Qt's shaper: "fi" stays two
    // letters, so text copied from the PDF (and pdftotext) reads "fi", not "ﬁ".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

} // namespace mc::print
