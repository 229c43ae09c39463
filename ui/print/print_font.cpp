#include "ui/print/print_font.h"

#include <QFontDatabase>
#include <QString>
#include <QStringList>

namespace mc::print {

bool registerPrintFont() {
    // A function's static is initialised once, even with batch workers
    // printing on several threads at once.
    static const bool registered = [] {
        bool ok = true;
        for (const char* file : {":/print/fonts/PrintSans.ttf", ":/print/fonts/PrintSans-Bold.ttf"})
            ok = QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0 && ok;
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
