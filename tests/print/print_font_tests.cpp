// The print font (ui/print/print_font.h): DejaVu Sans without its hinting
// programs, under its own name, is what printed pages use and embed; and
// what it covers decides whether a `pdf` process needs the system's fonts.

#include "print_test_support.h"
#include "support/temp_dir.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/print_font.h"

#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <catch2/catch.hpp>
#include <vector>

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

TEST_CASE("The print font's coverage table agrees with the font", "[print][font]") {
    // The table is made by the build (tools/print-font-coverage.py); Qt reads
    // the compiled-in fonts themselves.
    std::vector<QRawFont> faces;
    for (const char* file : {":/print/fonts/PrintSans.ttf", ":/print/fonts/PrintSans-Bold.ttf"}) {
        QFile font(QString::fromLatin1(file));
        REQUIRE(font.open(QIODevice::ReadOnly));
        faces.emplace_back(font.readAll(), 12);
        REQUIRE(faces.back().isValid());
    }
    int covered = 0;
    for (char32_t point = 0x20; point < 0x20000; ++point) {
        if (point >= 0xD800 && point < 0xE000)
            continue; // surrogates are no characters
        const bool drawn =
            faces[0].supportsCharacter(uint(point)) && faces[1].supportsCharacter(uint(point));
        INFO("U+" << std::hex << uint(point));
        REQUIRE(print::printFontCovers(QString::fromUcs4(&point, 1)) == drawn);
        covered += drawn ? 1 : 0;
    }
    CHECK(covered > 3000); // Latin, Greek, Cyrillic and more, in both weights
}

TEST_CASE("Text the print font covers, and text it does not", "[print][font]") {
    CHECK(print::printFontCovers(u"Dr. Łucja Ørsted-Núñez, Ελένη, Дмитрий: “quoted” – 42 €"));
    CHECK(print::printFontCovers(u"line\nbreaks\tand tabs never reach a font"));
    CHECK(print::printFontCovers(u""));
    CHECK_FALSE(print::printFontCovers(u"李小龍"));       // CJK: Unifont's
    CHECK_FALSE(print::printFontCovers(u"Graduation 🎓")); // emoji: Symbola's
    CHECK_FALSE(print::printFontCovers(u"\U0001F9EA"));   // 🧪, Unicode 11: Unifont Upper's

    Compact compact = test::demoTeamCompact();
    CHECK(print::CompactDocument(compact).printFontCoversText());
    compact.people.at(1).name = "李小龍";
    CHECK_FALSE(print::CompactDocument(compact).printFontCoversText());
    compact = test::demoTeamCompact();
    compact.title += " 🎓";
    CHECK_FALSE(print::CompactDocument(compact).printFontCoversText());

    // A layout of its own that names a font needs the system's fonts.
    print::DocumentContent content;
    content.html = "<p>Plain text</p>";
    content.title = "A layout of its own";
    CHECK(print::CompactDocument(content, {}).printFontCoversText());
    content.css = "p { font-family: \"Liberation Serif\"; }";
    CHECK_FALSE(print::CompactDocument(content, {}).printFontCoversText());
    content.css = "p { font: 10pt \"Liberation Serif\"; }";
    CHECK_FALSE(print::CompactDocument(content, {}).printFontCoversText());
    content.css = "p { font-size: 10pt; }"; // a size alone is the print font's
    CHECK(print::CompactDocument(content, {}).printFontCoversText());
    content.css.clear();
    content.html = "<p><font face=\"Liberation Serif\">Plain text</font></p>";
    CHECK_FALSE(print::CompactDocument(content, {}).printFontCoversText());

    // Entities are drawn as the characters they name.
    content.html = "<p>2025 &#8594; 2026 &amp; &lt;b&gt;&nbsp;&#x41;</p>";
    CHECK(print::CompactDocument(content, {}).printFontCoversText());
    content.html = "<p>&#x4E2D;</p>"; // 中
    CHECK_FALSE(print::CompactDocument(content, {}).printFontCoversText());
    content.html = "<p>&#20013;</p>"; // 中 again
    CHECK_FALSE(print::CompactDocument(content, {}).printFontCoversText());
    content.html = "<p>&hearts;</p>";
    CHECK_FALSE(print::CompactDocument(content, {}).printFontCoversText());
}
