// The print font (ui/print/print_font.h): DejaVu Sans without its hinting
// programs, under its own name, is what printed pages use and embed.

#include "print_test_support.h"
#include "support/temp_dir.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/print_font.h"

#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <catch2/catch.hpp>

using namespace mc;

namespace {

// The font file's tables that hold TrueType hinting programs.
bool hasHintingPrograms(const QRawFont& font) {
    return !font.fontTable("fpgm").isEmpty() || !font.fontTable("prep").isEmpty();
}

} // namespace

TEST_CASE("The print font is DejaVu Sans without hinting programs", "[print][font]") {
    REQUIRE(print::registerPrintFont());
    CHECK(QFontDatabase::hasFamily(QString::fromLatin1(print::kPrintFontFamily)));
    CHECK(print::registerPrintFont()); // a second call adds nothing and still says yes

    for (const char* file : {":/print/fonts/PrintSans.ttf", ":/print/fonts/PrintSans-Bold.ttf"}) {
        INFO(file);
        QFile font(QString::fromLatin1(file));
        REQUIRE(font.open(QIODevice::ReadOnly));
        const QRawFont raw(font.readAll(), 12);
        REQUIRE(raw.isValid());
        CHECK(raw.familyName() == QString::fromLatin1(print::kPrintFontFamily));
        CHECK_FALSE(hasHintingPrograms(raw));
        // Every letter of DejaVu Sans is still there.
        CHECK(raw.supportsCharacter(QChar(0x00E9))); // é
        CHECK(raw.supportsCharacter(QChar(0x2013))); // en dash
        CHECK(raw.supportsCharacter(QChar(0x0416))); // Cyrillic Zhe
    }
    // The system's DejaVu Sans has them: the check above can fail.
    const QRawFont system = QRawFont::fromFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    REQUIRE(system.familyName() == "DejaVu Sans");
    CHECK(hasHintingPrograms(system));
}

TEST_CASE("A printed compact uses and embeds the print font", "[print][font]") {
    print::CompactDocument document(test::demoTeamCompact());
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("team.pdf"));
    REQUIRE(print::writePdf(document, pdf).isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("MentoringCompactPrintSans"));
    CHECK(bytes.contains("MentoringCompactPrintSans-Bold"));
    CHECK_FALSE(bytes.contains("/DejaVuSans")); // nothing fell back to the hinted font
}
