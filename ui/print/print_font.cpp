#include "ui/print/print_font.h"

#include "print_font_coverage.h" // generated in the build folder

#include <QByteArray>
#include <QFontDatabase>
#include <QResource>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <fontconfig/fontconfig.h>
#include <mutex>

namespace mc::print {

bool registerPrintFont() {
    // Once per font database, which a new QGuiApplication starts afresh
    // (the command line's tests start several in one process). The lock
    // keeps batch workers on several threads from adding it twice.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (QFontDatabase::hasFamily(QString::fromLatin1(kPrintFontFamily)))
        return true;
    bool ok = true;
    for (const char* file : {":/print/fonts/PrintSans.ttf", ":/print/fonts/PrintSans-Bold.ttf"}) {
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
}

bool printFontCovers(QStringView text) {
    const auto& ranges = generated::kPrintFontCoverage;
    for (const char32_t point : text.toUcs4()) {
        if (point < 0x20)
            continue;
        // The first range that ends at or after the point must start by it.
        const auto* range =
            std::lower_bound(std::begin(ranges), std::end(ranges), point,
                             [](const char32_t(&r)[2], char32_t p) { return r[1] < p; });
        if (range == std::end(ranges) || (*range)[0] > point)
            return false;
    }
    return true;
}

namespace {

// Whether usePrintFontOnly replaced fontconfig's configuration.
bool printFontOnly = false;

// Makes `config` fontconfig's current configuration, which FcInit (Qt's
// first call) then keeps. fontconfig takes a reference of its own (2.14;
// some older versions did not, and ours would then free the current one).
static_assert(FC_VERSION >= 21400, "FcConfigSetCurrent takes its own reference since 2.14");
void makeCurrent(FcConfig* config) {
    if (!config)
        return; // out of memory: fontconfig goes on as it was
    FcConfigSetCurrent(config);
    FcConfigDestroy(config);
}

} // namespace

void usePrintFontOnly() {
    // An empty configuration: no font folders, no rules.
    makeCurrent(FcConfigCreate());
    printFontOnly = true;
}

void useSystemFonts() {
    if (!printFontOnly)
        return; // fontconfig starts as usual, when Qt first asks
    makeCurrent(FcInitLoadConfigAndFonts());
    printFontOnly = false;
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
