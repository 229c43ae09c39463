// Hostile text in every field (issue 8): markup, a 100 KB clause, emoji,
// right-to-left scripts, tabs and line breaks are stored exactly as typed,
// printed literally, and the layout stays within the page; control
// characters are refused naming the field.

#include "core/error.h"
#include "core/workspace.h"
#include "laid_out.h"
#include "pdf_text.h"
#include "print_test_support.h"
#include "support/temp_dir.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QGlyphRun>
#include <QPainterPath>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace mc;

namespace {

const std::string kMarkup = "<b>Ann & \"Bo\"</b><script>alert('x')</script>";
const std::string kArabic = "مرشدة البحث";
const std::string kHebrew = "מנטור ראשי";
// Older emoji (in Symbola), newer ones (Unicode 11 to 14: in Unifont Upper
// only) and a ZWJ sequence (drawn as its two parts).
const std::string kEmoji = "🎓🧪📄🥳🫠🧑‍🔬";
// Long words that do not break at spaces: an address pasted in a clause.
const std::string kLongWord =
    "https://example.edu/" + std::string(180, 'x') + "/protocol-v2-final-final.pdf";

std::string hostile(const std::string& what) {
    return what + " " + kMarkup + " " + kArabic + " " + kHebrew + " " + kEmoji;
}

// The sample compact with hostile text in every text field, and one clause
// of about 100 KB ending in a marker.
Compact hostileCompact() {
    Compact compact = test::sampleCompact(hostile("Lena"));
    compact.title = hostile("Compact");
    compact.program = hostile("KL2");
    compact.cohort = hostile("2026");
    for (Person& person : compact.people) {
        if (person.role != Role::Scholar)
            person.name = hostile("Mentor " + std::to_string(person.position));
        person.department = hostile("Department");
        person.institution = hostile("Institution");
        person.responsibilities = hostile("Responsibilities") + "\n\tline two";
    }
    compact.expectations.front().text = hostile("Clause") + "\nsecond line\twith a tab";
    Expectation big = compact.expectations.front();
    big.position = 1;
    big.text.clear();
    while (big.text.size() < 100'000)
        big.text += "The mentor reads each draft within a week and returns written comments. ";
    big.text += kLongWord + " EndOfTheLongClause";
    compact.expectations.push_back(big);
    compact.goals.front().text = hostile("Goal");
    compact.milestones.front().title = hostile("Milestone");
    compact.milestones.front().outcomeNote = hostile("Outcome");
    compact.meetingPlan.channels = hostile("Channels");
    compact.meetingPlan.standingTopics = hostile("Topics");
    compact.meetingPlan.scholarPreparation = hostile("Preparation");
    return compact;
}

// How the laid-out document draws `text` where it first appears: the font
// of each glyph, and whether the glyph has an outline. Glyph 0 prints as an
// empty box, and a colour emoji font's bitmap glyphs print as nothing, since
// Qt's PDF engine embeds outlines only.
struct DrawnGlyph {
    std::string family;
    bool outlined = false;
};

std::vector<DrawnGlyph> glyphsOf(const QTextDocument& document, const QString& text) {
    const QTextCursor found = document.find(text);
    REQUIRE_FALSE(found.isNull());
    const QTextBlock block = found.block();
    const int from = found.selectionStart() - block.position();
    std::vector<DrawnGlyph> glyphs;
    for (const QGlyphRun& run : block.layout()->glyphRuns(from, static_cast<int>(text.size()))) {
        const QRawFont font = run.rawFont();
        for (const quint32 index : run.glyphIndexes())
            glyphs.push_back({font.familyName().toStdString(),
                              index != 0 && !font.pathForGlyph(index).isEmpty()});
    }
    return glyphs;
}

} // namespace

TEST_CASE("Hostile text in every field is stored exactly as typed", "[print][hostile]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("hostile.compact"), "Hostile");
    const Compact stored = ws.addCompact(hostileCompact());
    const Compact loaded = ws.loadCompact(stored.id);
    CHECK(loaded == stored);
    CHECK(loaded.title == hostile("Compact"));
    CHECK(loaded.expectations.at(1).text.size() > 100'000);
    CHECK(ws.check().empty());
}

TEST_CASE("Control characters are refused naming the field", "[print][hostile]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("hostile.compact"), "Hostile");
    const Compact compact = ws.addCompact(test::sampleCompact());
    Goal goal = compact.goals.front();
    goal.text = std::string("Bell \x07 and escape \x1b[31m");
    try {
        ws.saveGoal(compact.id, goal);
        FAIL("a control character was stored");
    } catch (const ValidationError& e) {
        REQUIRE_FALSE(e.problems().empty());
        CHECK(e.problems().front().field == "goal.text");
    }
    CHECK(ws.loadCompact(compact.id).goals.front().text == compact.goals.front().text);
}

TEST_CASE("Hostile text prints literally and stays within the page", "[print][hostile]") {
    const Compact compact = hostileCompact();
    test::LaidOut printed(compact);
    print::CompactDocument& document = printed.document;
    // The HTML carries the markup as text, never as tags.
    CHECK_FALSE(document.html().contains(QStringLiteral("<script>")));
    CHECK(document.html().contains(QStringLiteral("&lt;script&gt;")));

    // A 100 KB clause runs over many pages; nothing is wider than the page
    // body (a long unbroken address wraps instead of running off the edge).
    CHECK(document.pageCount() >= 15);
    QTextDocument& laidOut = document.textDocument();
    CHECK(laidOut.documentLayout()->documentSize().width() <= laidOut.textWidth() + 0.5);

    if (!test::havePdfToText()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
        return;
    }
    test::TempDir dir;
    const std::string pdf = dir.file("hostile.pdf");
    REQUIRE(print::writePdf(document, QString::fromStdString(pdf)).isEmpty());
    const std::string text = test::pdfText(pdf);
    CHECK(text.find("<b>Ann & \"Bo\"</b><script>alert('x')</script>") != std::string::npos);
    CHECK(text.find("EndOfTheLongClause") != std::string::npos);
    CHECK(text.find("Responsibilities") != std::string::npos);
    CHECK(text.find("Preparation") != std::string::npos);
}

TEST_CASE("Emoji old and new print as outlines, not as empty boxes", "[print][hostile]") {
    Compact compact = test::sampleCompact("Lena " + kEmoji);
    compact.expectations.front().text = "Lab safety first " + kEmoji;
    test::LaidOut laidOut(compact);
    print::CompactDocument& document = laidOut.document;

    INFO("emoji print from fonts-symbola and fonts-unifont (tools/install-debian-deps.sh)");
    for (const char* emoji : {"🎓", "📄", "🧪", "🥳", "🫠"}) {
        INFO(emoji);
        const std::vector<DrawnGlyph> glyphs =
            glyphsOf(document.textDocument(), QString::fromUtf8(emoji));
        REQUIRE(glyphs.size() == 1);
        INFO(glyphs.front().family);
        CHECK(glyphs.front().outlined);
    }
    // Symbola's smooth drawing wherever it has one; Unifont's pixels only for
    // the newer emoji (Qt's own fallback would take Unifont for all).
    CHECK(glyphsOf(document.textDocument(), QStringLiteral("🎓")).front().family == "Symbola");
    CHECK(glyphsOf(document.textDocument(), QStringLiteral("🧪")).front().family ==
          "Unifont Upper");

    // The PDF embeds both fonts, so any reader draws the glyphs.
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("emoji.pdf"));
    REQUIRE(print::writePdf(document, pdf).isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("Symbola"));
    CHECK(bytes.contains("UnifontUpper"));
}
