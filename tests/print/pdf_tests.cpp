// PDFs read back with pdftotext (poppler-utils): names, clauses and the
// short fingerprint are there; user text appears literally; the `pdf`
// subcommand writes one file, a batch, or a folder of files.

#include "app/cli.h"
#include "core/fingerprint.h"
#include "core/workspace.h"
#include "pdf_text.h"
#include "print_test_support.h"
#include "support/temp_dir.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/printable.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using namespace mc;

namespace {

std::string writeDocumentPdf(const Compact& compact, const test::TempDir& dir,
                             const std::string& name) {
    print::CompactDocument document(compact);
    const std::string path = dir.file(name);
    REQUIRE(print::writePdf(document, QString::fromStdString(path)).isEmpty());
    return path;
}

struct CliResult {
    int exitCode = 0;
    std::string out;
    std::string err;
};

CliResult runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "mentoring-compact");
    std::vector<const char*> argv;
    for (const auto& arg : args)
        argv.push_back(arg.c_str());
    std::ostringstream out;
    std::ostringstream err;
    const auto outcome = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {outcome.exitCode.value_or(-1), out.str(), err.str()};
}

} // namespace

TEST_CASE("The team compact's PDF holds names clauses and the fingerprint", "[print][pdf]") {
    test::TempDir dir;
    const Compact compact = test::demoTeamCompact();
    const std::string pdf = writeDocumentPdf(compact, dir, "team.pdf");
    CHECK(test::readFile(pdf).starts_with("%PDF-"));
    // Signed: PDF/A-1b, which names itself in the XMP metadata.
    CHECK(test::readFile(pdf).find("pdfaid:part") != std::string::npos);
    if (!test::havePdfToText())
        return;
    const std::string text = test::pdfText(pdf);
    for (const char* expected :
         {"KL2 mentoring compact: Amara Okafor", "Dr. Amara Okafor", "Dr. Rebecca Hale",
          "Dr. Tomás Herrera", "Dr. Margaret Sullivan", "Co-mentor",
          "Amara aims for two first-author papers a year", "K23 application submitted to NHLBI",
          "Every two weeks on Thursday, 60 minutes", "Signatures", "Version: draft", "Page 1 of"})
        CHECK_THAT(text, Catch::Contains(expected));
    CHECK_THAT(text, Catch::Contains("Fingerprint " + shortFingerprint(compact)));
    CHECK_THAT(text, Catch::Contains(fingerprint(compact).substr(0, 40)));
    CHECK_THAT(text, !Catch::Contains("DRAFT"));
}

TEST_CASE("A name with markup appears literally in the PDF", "[print][pdf]") {
    test::TempDir dir;
    const Compact compact = test::withFixedIds(test::sampleCompact("<b>Ann & \"Bo\"</b>"));
    const std::string pdf = writeDocumentPdf(compact, dir, "ann.pdf");
    CHECK(test::readFile(pdf).find("pdfaid:part") == std::string::npos); // a draft
    if (!test::havePdfToText())
        return;
    const std::string text = test::pdfText(pdf);
    CHECK_THAT(text, Catch::Contains("<b>Ann & \"Bo\"</b>"));
    CHECK_THAT(text, Catch::Contains("DRAFT"));
    CHECK_THAT(text, Catch::Contains("We meet every second Thursday for an hour."));
}

TEST_CASE("mentoring-compact pdf writes one compact, a batch and a folder", "[print][pdf][cli]") {
    test::TempDir dir;
    const std::string file = dir.file("program.compact");
    {
        Workspace workspace = Workspace::create(file, "Program");
        const Date today = todayLocal();
        for (const Compact& compact :
             {workspace.addCompact(test::demoTeamCompact()),
              workspace.addCompact(test::sampleCompact("Dr. Noor Haddad"))})
            for (const Signer& signer : workspace.signers(compact.id))
                if (signer.required)
                    workspace.sign(compact.id, signer.personId, signer.name, today, {}, today);
        workspace.addCompact(test::sampleCompact("Dr. Still Drafting"));
    }

    const auto one = runCli({"pdf", file, "--compact", "00000000-0000-4000-8000-000000000001",
                             "--paper", "letter", "--out", dir.file("one.pdf")});
    REQUIRE(one.exitCode == 0);
    CHECK(one.err.empty());
    const std::string onePdf = test::readFile(dir.file("one.pdf"));
    const auto box = onePdf.find("/MediaBox");
    REQUIRE(box != std::string::npos);
    CHECK_THAT(onePdf.substr(box, 30), Catch::Contains("612") && Catch::Contains("792"));

    const auto batch =
        runCli({"pdf", file, "--all-signed", "--paper", "a4", "--out", dir.file("signed.pdf")});
    REQUIRE(batch.exitCode == 0);
    const std::filesystem::path folder = dir.path() / "each";
    std::filesystem::create_directory(folder);
    const auto each = runCli({"pdf", file, "--all-signed", "--out", folder.string()});
    REQUIRE(each.exitCode == 0);
    CHECK(std::distance(std::filesystem::directory_iterator(folder),
                        std::filesystem::directory_iterator()) == 2);
    CHECK_THAT(each.out, Catch::Contains("dr-amara-okafor-00000000.pdf"));
    if (test::havePdfToText()) {
        const std::string text = test::pdfText(dir.file("signed.pdf"));
        CHECK_THAT(text, Catch::Contains("Dr. Amara Okafor"));
        CHECK_THAT(text, Catch::Contains("Dr. Noor Haddad"));
        CHECK_THAT(text, !Catch::Contains("Dr. Still Drafting"));
    }
}

TEST_CASE("mentoring-compact pdf refuses wrong usage", "[print][pdf][cli]") {
    test::TempDir dir;
    const std::string file = dir.file("two.compact");
    {
        Workspace workspace = Workspace::create(file, "Two");
        workspace.addCompact(test::sampleCompact("A"));
        workspace.addCompact(test::sampleCompact("B"));
    }
    const auto paper = runCli({"pdf", file, "--paper", "a5", "--out", dir.file("x.pdf")});
    CHECK(paper.exitCode == 2);
    CHECK_THAT(paper.err, Catch::Contains("allowed values: a4, letter"));
    const auto which = runCli({"pdf", file, "--out", dir.file("x.pdf")});
    CHECK(which.exitCode == 2);
    CHECK_THAT(which.err, Catch::Contains("choose one with --compact ID"));
    const auto none = runCli({"pdf", file, "--all-signed", "--out", dir.file("x.pdf")});
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("holds no signed compacts"));
    const auto noOut = runCli({"pdf", file});
    CHECK(noOut.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.pdf")));
}

TEST_CASE("A signed version's PDF holds the typed names the dates and the stored fingerprint",
          "[print][pdf]") {
    test::SignedWorkspace f;
    f.amend(); // version 2 is a draft: version 1 still prints as signed
    const print::PrintableCompact v1 = print::printableCompact(f.ws, f.compact.id, 1);
    REQUIRE(v1.isSigned);
    print::CompactDocument document(v1);
    const std::string pdf = f.dir.file("v1.pdf");
    REQUIRE(print::writePdf(document, QString::fromStdString(pdf)).isEmpty());
    const std::string bytes = test::readFile(pdf);
    CHECK(bytes.find("pdfaid:part") != std::string::npos);
    // The scholar's drawn signature is strokes, not a picture
    // (signature_drawing_tests); and nothing is transparent (PDF/A-1b).
    CHECK(bytes.find("/Subtype /Image") == std::string::npos);
    const auto count = [&bytes](const std::string& what) {
        std::size_t n = 0;
        for (auto at = bytes.find(what); at != std::string::npos; at = bytes.find(what, at + 1))
            ++n;
        return n;
    };
    CHECK(count("/SMask") == count("/SMask /None")); // only "no soft mask" in graphics states
    if (!test::havePdfToText())
        return;
    const std::string text = test::pdfText(pdf);
    const std::string date = formatIsoDate(f.today);
    for (const Person& person : f.compact.people)
        CHECK_THAT(text, Catch::Contains("Signed as " + person.name));
    CHECK_THAT(text, Catch::Contains(date));
    CHECK_THAT(text, Catch::Contains("Version 1"));
    CHECK_THAT(text, !Catch::Contains("Version 1, draft"));
    CHECK_THAT(text, Catch::Contains("Fingerprint " + v1.fingerprint.substr(0, 12)));
    CHECK_THAT(text, Catch::Contains(v1.fingerprint.substr(0, 40)));
    CHECK_THAT(text, Catch::Contains("We meet every second Thursday for an hour."));
    CHECK_THAT(text, !Catch::Contains("every Monday"));
    CHECK_THAT(text, !Catch::Contains("DRAFT"));

    print::CompactDocument draft(print::printableCompact(f.ws, f.compact.id));
    REQUIRE(print::writePdf(draft, QString::fromStdString(f.dir.file("v2.pdf"))).isEmpty());
    const std::string draftText = test::pdfText(f.dir.file("v2.pdf"));
    CHECK_THAT(draftText, Catch::Contains("Version 2, draft"));
    CHECK_THAT(draftText, Catch::Contains("DRAFT"));
    CHECK_THAT(draftText, !Catch::Contains("Signed as"));
}

TEST_CASE("A pdf process prints names the print font lacks from the system's fonts",
          "[print][pdf][cli]") {
    // The process starts Qt with the print font alone when that covers the
    // text (print_font.h); a name in Chinese needs a system font (Unifont,
    // or another the machine has), and still prints.
    if (!test::havePdfToText())
        return;
    test::TempDir dir;
    const std::string file = dir.file("names.compact");
    const std::vector<std::string> names = {"Dr. Łucja Ørsted-Núñez", "李小龍"};
    std::vector<std::string> ids;
    {
        Workspace workspace = Workspace::create(file, "Names");
        for (const std::string& name : names)
            ids.push_back(workspace.addCompact(test::sampleCompact(name)).id);
    }
    const QTemporaryDir runtime; // private (0700), as XDG_RUNTIME_DIR must be
    REQUIRE(runtime.isValid());
    for (std::size_t i = 0; i < names.size(); ++i) {
        INFO(names[i]);
        const std::string pdf = dir.file("compact" + std::to_string(i) + ".pdf");
        QProcess process;
        // A runtime folder of its own: without one Qt warns on stderr.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_RUNTIME_DIR", runtime.path());
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(MC_APP_BINARY),
                      {"pdf", QString::fromStdString(file), "--compact",
                       QString::fromStdString(ids[i]), "--out", QString::fromStdString(pdf)});
        REQUIRE(process.waitForFinished(60000));
        const std::string errors = process.readAllStandardError().toStdString();
        INFO(errors);
        REQUIRE(process.exitCode() == 0);
        CHECK(errors.empty());
        CHECK_THAT(test::pdfText(pdf), Catch::Contains(names[i]));
    }
}
