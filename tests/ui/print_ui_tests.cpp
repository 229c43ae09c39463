// Printing in the desktop application (issue 5), driving the real main
// window on the demo workspace: Export PDF of the latest version or an
// older one, Print and Print Preview onto a PDF printer, and Export Signed
// Compacts with its filters, its progress and a cancel. The PDFs are read
// back with pdftotext (poppler-utils).

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "print/pdf_text.h"
#include "support/temp_dir.h"
#include "ui/batch_export_dialog.h"
#include "ui/compact_list_panel.h"
#include "ui/main_window.h"
#include "ui/print/batch_export.h"
#include "ui/print/compact_document.h"
#include "ui/print/printable.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <catch2/catch.hpp>
#include <string>

using mc::ui::MainWindow;
using Command = MainWindow::Command;

namespace {

const std::string kTeamProgram = "Clinical and Translational Science KL2";
const std::string kPostdocProgram = "Postdoctoral Research Training";

// The PDF's text, runs of white space made one space; pages end with a
// form feed, kept so pages can be counted.
QString pdfText(const QString& pdf) {
    QProcess process;
    process.start(QString::fromUtf8(MC_PDFTOTEXT), {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QLatin1Char('\f'), QStringLiteral(" <page> "));
    return text.simplified();
}

int pageCount(const QString& text) {
    return static_cast<int>(text.count(QStringLiteral("<page>")));
}

QStringList pdfFilesIn(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

// The demo workspace open in a window whose print dialogs answer from the
// fields below.
struct PrintFixture {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop{dir};
    std::unique_ptr<MainWindow> window;

    QString nextPdfPath;              // Export PDF's file
    QString suggestedPdfPath;         // what Export PDF suggested
    std::optional<int> versionAnswer; // the version chooser's answer
    int versionQuestions = 0;         // how often it was asked
    std::size_t versionsOffered = 0;  // how many versions it offered
    QString printerFile;              // Print and Preview print into this PDF
    int previewsShown = 0;
    std::function<std::optional<mc::ui::BatchExportChoice>(
        QWidget*, const std::vector<mc::ui::SignedCompactRow>&, const QString&)>
        batchAnswer;
    std::function<bool(int, int)> progressAnswer = [](int, int) {
        return true;
    };
    QList<std::pair<int, int>> progressSeen;
    // When set, makes the progress instead of the recording fake.
    std::function<std::function<bool(int, int)>(QWidget*, int)> makeProgress;

    PrintFixture() {
        mc::ui::DesktopServices services = desktop.services();
        services.choosePdfPath = [this](QWidget*, const QString& suggested) {
            suggestedPdfPath = suggested;
            return std::exchange(nextPdfPath, QString());
        };
        services.chooseVersionToPrint = [this](QWidget*,
                                               const std::vector<mc::VersionSummary>& versions) {
            ++versionQuestions;
            versionsOffered = versions.size();
            return versionAnswer;
        };
        auto toPdf = [this](QPrinter& printer) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(printerFile);
        };
        services.askPrinter = [toPdf](QWidget*, QPrinter& printer) {
            toPdf(printer);
            return true;
        };
        services.showPrintPreview = [this, toPdf](QWidget*, QPrinter& printer,
                                                  const std::function<void(QPrinter*)>& paint) {
            ++previewsShown;
            toPdf(printer);
            paint(&printer); // what QPrintPreviewDialog's paintRequested does
        };
        services.askBatchExport = [this](QWidget* parent,
                                         const std::vector<mc::ui::SignedCompactRow>& rows,
                                         const QString& start) {
            return batchAnswer(parent, rows, start);
        };
        services.showProgress = [this](QWidget* parent,
                                       int total) -> std::function<bool(int, int)> {
            if (makeProgress)
                return makeProgress(parent, total);
            return [this](int done, int of) {
                progressSeen.append({done, of});
                return progressAnswer(done, of);
            };
        };
        window = std::make_unique<MainWindow>(std::move(services));
        REQUIRE(window->openWorkspace(desktop.makeDemo()));
    }

    std::string compactOf(const std::string& program) const {
        for (const mc::CompactListEntry& entry : window->workspace()->listCompacts())
            if (entry.program == program)
                return entry.id;
        FAIL("no demo compact of " << program);
        return {};
    }

    void show(const std::string& compactId) {
        REQUIRE(window->listPanel()->selectCompact(QString::fromStdString(compactId)));
    }
};

// Drives the real batch dialog: optionally filters by program, then
// exports to `path`.
auto batchThroughDialog(QString program, QString path, bool onePerCompact, QString* countSeen) {
    return [=](QWidget* parent, const std::vector<mc::ui::SignedCompactRow>& rows,
               const QString& start) -> std::optional<mc::ui::BatchExportChoice> {
        mc::ui::BatchExportDialog dialog(rows, start, {}, {}, parent);
        if (!program.isEmpty()) {
            const int index = dialog.programCombo()->findText(program);
            REQUIRE(index > 0);
            dialog.programCombo()->setCurrentIndex(index);
        }
        (onePerCompact ? dialog.perCompactButton() : dialog.onePdfButton())->setChecked(true);
        dialog.pathEdit()->setText(path);
        *countSeen = dialog.countLabel()->text();
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        return dialog.choice();
    };
}

} // namespace

TEST_CASE("Export PDF of the signed team compact holds the scholar and the short fingerprint",
          "[print-ui]") {
    PrintFixture fixture;
    const std::string team = fixture.compactOf(kTeamProgram);
    fixture.show(team);
    REQUIRE(fixture.window->action(Command::ExportPdf)->isEnabled());

    fixture.nextPdfPath = fixture.desktop.path("team.pdf");
    fixture.window->action(Command::ExportPdf)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    // One version only: nothing to choose, the latest is printed.
    CHECK(fixture.versionQuestions == 0);
    const mc::Compact compact = fixture.window->workspace()->loadCompact(team);
    CHECK(QFileInfo(fixture.suggestedPdfPath).fileName() == mc::print::pdfFileNameFor(compact));
    CHECK(QFileInfo(fixture.suggestedPdfPath).absolutePath() ==
          QFileInfo(fixture.desktop.path("demo.compact")).absolutePath());
    REQUIRE(QFileInfo::exists(fixture.desktop.path("team.pdf")));
    CHECK(fixture.window->statusBar()->currentMessage().contains(QStringLiteral("team.pdf")));
    if (!mc::test::havePdfToText())
        return;

    const QString text = pdfText(fixture.desktop.path("team.pdf"));
    CHECK(text.contains(QStringLiteral("Dr. Amara Okafor")));
    const mc::print::PrintableCompact printable =
        mc::print::printableCompact(*fixture.window->workspace(), team);
    REQUIRE(printable.isSigned);
    mc::print::CompactDocument document(printable);
    const QString shortFingerprint = document.shortFingerprint();
    REQUIRE(shortFingerprint.size() >= 8);
    // The short form is the start of the stored fingerprint of version 1.
    const std::vector<mc::VersionSummary> versions = fixture.window->workspace()->versions(team);
    REQUIRE(versions.size() == 1);
    CHECK(QString::fromStdString(versions.front().fingerprint)
              .startsWith(QString(shortFingerprint).remove(QLatin1Char(' '))));
    CHECK(text.contains(shortFingerprint));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}

TEST_CASE("Export PDF of version 1 of the amended postdoc compact prints Version 1", "[print-ui]") {
    PrintFixture fixture;
    const std::string postdoc = fixture.compactOf(kPostdocProgram);
    fixture.show(postdoc);

    fixture.versionAnswer = 1;
    fixture.nextPdfPath = fixture.desktop.path("postdoc-v1.pdf");
    fixture.window->action(Command::ExportPdf)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK(fixture.versionQuestions == 1);
    CHECK(fixture.versionsOffered == 2);
    // An older version's suggested name says which version it is.
    CHECK(fixture.suggestedPdfPath.endsWith(QStringLiteral("-v1.pdf")));
    REQUIRE(QFileInfo::exists(fixture.desktop.path("postdoc-v1.pdf")));

    // Cancelling the version question writes nothing.
    fixture.versionAnswer.reset();
    fixture.nextPdfPath = fixture.desktop.path("never.pdf");
    fixture.window->action(Command::ExportPdf)->trigger();
    CHECK_FALSE(QFileInfo::exists(fixture.desktop.path("never.pdf")));
    CHECK(fixture.desktop.errors.isEmpty());
    if (!mc::test::havePdfToText())
        return;

    const QString v1 = pdfText(fixture.desktop.path("postdoc-v1.pdf"));
    CHECK(v1.contains(QStringLiteral("Dr. Lucas Ferreira")));
    CHECK(v1.contains(QStringLiteral("Version 1")));
    CHECK_FALSE(v1.contains(QStringLiteral("Version 2")));
    // Version 1 was signed before the amendment: the new poster is not in it.
    CHECK_FALSE(v1.contains(QStringLiteral("Poster at the imaging society meeting")));

    // The latest, the draft amendment, is what the chooser offers first.
    fixture.versionAnswer = 2;
    fixture.nextPdfPath = fixture.desktop.path("postdoc-v2.pdf");
    fixture.window->action(Command::ExportPdf)->trigger();
    CHECK(fixture.suggestedPdfPath.endsWith(QStringLiteral(".pdf")));
    CHECK_FALSE(fixture.suggestedPdfPath.endsWith(QStringLiteral("-v2.pdf")));
    const QString v2 = pdfText(fixture.desktop.path("postdoc-v2.pdf"));
    CHECK(v2.contains(QStringLiteral("Version 2")));
    CHECK(v2.contains(QStringLiteral("DRAFT")));
    CHECK(v2.contains(QStringLiteral("Poster at the imaging society meeting")));
}

TEST_CASE("Print Preview paints every page of the compact onto a PDF printer", "[print-ui]") {
    PrintFixture fixture;
    const std::string team = fixture.compactOf(kTeamProgram);
    fixture.show(team);
    fixture.printerFile = fixture.desktop.path("preview.pdf");
    fixture.window->action(Command::PrintPreview)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK(fixture.previewsShown == 1);
    REQUIRE(QFileInfo::exists(fixture.printerFile));

    // The same version laid out on the same kind of printer, for the count.
    mc::print::CompactDocument expected(
        mc::print::printableCompact(*fixture.window->workspace(), team));
    QPrinter reference(QPrinter::HighResolution);
    reference.setOutputFormat(QPrinter::PdfFormat);
    reference.setOutputFileName(fixture.desktop.path("reference.pdf"));
    reference.setPageLayout(expected.pageLayout());
    expected.layoutFor(reference);
    const int pages = expected.pageCount();
    REQUIRE(pages >= 2); // the team compact is long enough to need a second page
    if (!mc::test::havePdfToText())
        return;
    const QString text = pdfText(fixture.printerFile);
    CHECK(pageCount(text) == pages);
    CHECK(text.contains(QStringLiteral("Dr. Amara Okafor")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("Print sends every page to the printer the print dialog chose", "[print-ui]") {
    PrintFixture fixture;
    fixture.show(fixture.compactOf(kTeamProgram));
    fixture.printerFile = fixture.desktop.path("printed.pdf");
    fixture.window->action(Command::Print)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    REQUIRE(QFileInfo::exists(fixture.printerFile));
    CHECK(fixture.window->statusBar()->currentMessage().contains(QStringLiteral("printer")));
    if (!mc::test::havePdfToText())
        return;
    const QString text = pdfText(fixture.printerFile);
    CHECK(text.contains(QStringLiteral("Dr. Amara Okafor")));
    CHECK(pageCount(text) >= 2);
}

TEST_CASE("Export Signed Compacts with a program filter writes one file per matching compact",
          "[print-ui]") {
    PrintFixture fixture;
    const QString out = fixture.desktop.path("signed");
    QString countSeen;
    fixture.batchAnswer =
        batchThroughDialog(QString::fromStdString(kTeamProgram), out, true, &countSeen);
    fixture.window->action(Command::ExportSignedCompacts)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK(countSeen == QStringLiteral("1 signed compact matches"));
    const mc::Compact team =
        fixture.window->workspace()->loadCompact(fixture.compactOf(kTeamProgram));
    CHECK(pdfFilesIn(out) == QStringList{mc::print::pdfFileNameFor(team)});
    REQUIRE_FALSE(fixture.progressSeen.isEmpty());
    CHECK(fixture.progressSeen.back() == std::make_pair(1, 1));
    CHECK(fixture.window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Wrote 1 PDF file to")));

    // Both signed compacts into one PDF: the postdoc's signed version 1.
    const QString onePdf = fixture.desktop.path("all-signed.pdf");
    fixture.batchAnswer = batchThroughDialog({}, onePdf, false, &countSeen);
    fixture.window->action(Command::ExportSignedCompacts)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK(countSeen == QStringLiteral("2 signed compacts match"));
    REQUIRE(QFileInfo::exists(onePdf));
    CHECK(fixture.window->statusBar()->currentMessage().contains(
        QStringLiteral("with 2 signed compacts")));
    if (!mc::test::havePdfToText())
        return;
    const QString text = pdfText(onePdf);
    CHECK(text.contains(QStringLiteral("Dr. Amara Okafor")));
    CHECK(text.contains(QStringLiteral("Dr. Lucas Ferreira")));
    CHECK_FALSE(text.contains(QStringLiteral("Poster at the imaging society meeting")));
}

TEST_CASE("Cancelling the batch export from its progress dialog leaves no files", "[print-ui]") {
    PrintFixture fixture;
    const QString out = fixture.desktop.path("cancelled");
    QString countSeen;
    fixture.batchAnswer = batchThroughDialog({}, out, true, &countSeen);
    // The real progress dialog, with Cancel pressed as soon as it shows.
    int cancelled = 0;
    fixture.makeProgress = [&cancelled](QWidget* parent, int total) {
        std::function<bool(int, int)> real = mc::ui::progressDialog(parent, total);
        auto* dialog = parent->findChild<QProgressDialog*>();
        REQUIRE(dialog);
        dialog->cancel();
        ++cancelled;
        return real;
    };
    fixture.window->action(Command::ExportSignedCompacts)->trigger();
    CHECK(cancelled == 1);
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK_FALSE(QFileInfo::exists(out)); // the folder it made is gone again
    CHECK(fixture.window->findChild<QProgressDialog*>() == nullptr);
    CHECK(fixture.window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

    // Into a folder that was there: it stays, empty, and what was in it stays.
    const QString kept = fixture.desktop.path("kept");
    REQUIRE(QDir().mkpath(kept));
    mc::test::writeFile(fixture.dir.file("kept/notes.txt"), "mine");
    fixture.batchAnswer = batchThroughDialog({}, kept, true, &countSeen);
    fixture.makeProgress = {};
    fixture.progressAnswer = [](int, int) {
        return false;
    }; // cancel after the first
    fixture.window->action(Command::ExportSignedCompacts)->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK(pdfFilesIn(kept).isEmpty());
    CHECK(mc::test::readFile(fixture.dir.file("kept/notes.txt")) == "mine");
}

TEST_CASE("The interactive progress dialog reports a cancel and closes with its function",
          "[print-ui]") {
    QWidget parent;
    std::function<bool(int, int)> progress = mc::ui::progressDialog(&parent, 3);
    auto* dialog = parent.findChild<QProgressDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->maximum() == 3);
    CHECK(progress(1, 3));
    CHECK(dialog->value() == 1);
    dialog->cancel();
    CHECK_FALSE(progress(2, 3));
    // Reaching the total does not reset the dialog and forget the cancel.
    CHECK_FALSE(progress(3, 3));
    progress = nullptr;
    CHECK(parent.findChild<QProgressDialog*>() == nullptr);
}

TEST_CASE("Print actions are disabled with no compact shown", "[print-ui]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    const auto printCommands = {Command::PrintPreview, Command::Print, Command::ExportPdf};
    for (const Command command : printCommands)
        CHECK_FALSE(window->action(command)->isEnabled());
    CHECK_FALSE(window->action(Command::ExportSignedCompacts)->isEnabled());

    // A workspace without compacts: nothing to print, but the batch can be asked.
    REQUIRE(window->createWorkspace(desktop.path("empty.compact")));
    for (const Command command : printCommands)
        CHECK_FALSE(window->action(command)->isEnabled());
    CHECK(window->action(Command::ExportSignedCompacts)->isEnabled());

    REQUIRE(window->openWorkspace(desktop.makeDemo()));
    for (const Command command : printCommands)
        CHECK(window->action(command)->isEnabled());

    window->closeWorkspace();
    for (const Command command : printCommands)
        CHECK_FALSE(window->action(command)->isEnabled());
    CHECK_FALSE(window->action(Command::ExportSignedCompacts)->isEnabled());
    // Triggered anyway (a shortcut racing the state), they do nothing.
    window->exportPdf();
    window->exportSignedCompacts();
    CHECK(desktop.errors.isEmpty());
}
