// The `pdf` subcommand: a compact, or every signed one, as PDF. The only
// subcommand that needs Qt (fonts and layout): it starts a QGuiApplication
// on the offscreen platform for itself, so the others stay Qt-free and fast.

#include "app/cli_internal.h"
#include "ui/print/batch_export.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/print_font.h"
#include "ui/print/printable.h"
#include "ui/print/review_html.h"

#include <CLI/CLI.hpp>
#include <QGuiApplication>
#include <filesystem>
#include <malloc.h>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

namespace fs = std::filesystem;

struct PdfOptions {
    std::string file;
    std::string compactId;
    int version = 0; // 0: the latest
    int review = 0;  // an award year: print its yearly review
    bool allSigned = false;
    std::string paper;
    std::string outPath;
};

int guiArgc = 1;
char guiName[] = "mentoring-compact";
char* guiArgv[] = {guiName, nullptr};

// A QGuiApplication for fonts and layout, unless one runs already (tests).
// Offscreen unless the caller chose a platform: nothing is shown, and no
// display is needed. With `printFontOnly` (the text to print is all the
// print font's), Qt starts without the system's fonts: a tenth of a `pdf`
// process (print_font.h).
std::unique_ptr<QGuiApplication> startGui(bool printFontOnly = false) {
    if (QCoreApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (printFontOnly)
        print::usePrintFontOnly();
    else
        print::useSystemFonts();
    return std::make_unique<QGuiApplication>(guiArgc, guiArgv);
}

print::Paper paperOption(const std::string& paper) {
    if (paper.empty())
        return print::Paper::FromLocale;
    if (paper == "a4")
        return print::Paper::A4;
    if (paper == "letter")
        return print::Paper::Letter;
    throw UsageError("--paper: \"" + paper + "\" is not a paper size; allowed values: a4, letter");
}

// One document (a compact's version, or a review) to one file. The document
// is made before Qt starts, since its text decides which fonts Qt needs.
void writeOne(std::unique_ptr<print::CompactDocument> made, const std::string& path) {
    std::unique_ptr<QGuiApplication> gui; // outlives the document, which holds Qt's fonts
    const std::unique_ptr<print::CompactDocument> document = std::move(made);
    gui = startGui(document->printFontCoversText());
    const QString error = print::writePdf(*document, QString::fromStdString(path));
    if (!error.isEmpty())
        throw Error(error.toStdString());
}

// The latest signed version of every compact, through the batch export
// (one file, or one per compact when --out is a folder; both cores).
int writeAllSigned(const Workspace& workspace, const PdfOptions& options,
                   const print::DocumentOptions& documentOptions, const Io& io) {
    std::vector<std::string> ids;
    for (const auto& entry : workspace.listCompacts())
        ids.push_back(entry.id);
    print::BatchRequest request;
    request.compacts = print::latestSignedVersions(workspace, ids);
    if (request.compacts.empty())
        throw Error(options.file + " holds no signed compacts");
    request.options = documentOptions;
    request.outPath = QString::fromStdString(options.outPath);
    std::error_code ignored;
    request.onePerCompact = fs::is_directory(options.outPath, ignored);
    const auto gui = startGui();
    const print::BatchResult result = print::exportBatch(request);
    if (!result.error.isEmpty())
        throw Error(result.error.toStdString());
    if (request.onePerCompact)
        for (const QString& path : result.written)
            io.out << path.toStdString() << '\n';
    return kExitOk;
}

// The review of award year options.review: a year the award does not have,
// or one without a review, is named with --review and nothing is written.
int writeReview(const Workspace& workspace, const std::string& compactId, const PdfOptions& options,
                const print::DocumentOptions& documentOptions) {
    print::PrintableReview printable;
    try {
        printable = print::printableReview(workspace, compactId, options.review);
    } catch (const Error& e) {
        throw Error(std::string("--review ") + std::to_string(options.review) + ": " + e.what());
    }
    writeOne(std::make_unique<print::CompactDocument>(
                 print::reviewContent(printable, documentOptions), documentOptions),
             options.outPath);
    return kExitOk;
}

// A pdf process is short, and memory it hands back to the system is soon
// asked for again (each page's compression state, the growing PDF): every
// fresh page then costs a page fault, about 10 us on this project's 2-core
// build machine. So freed memory stays for reuse, and large blocks come from
// the heap rather than from mappings of their own. Measured in
// docs/performance.md: 268 fewer page faults and about 8 ms of a 5-page
// compact's 116 ms.
void keepFreedMemory() {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

int runPdf(const PdfOptions& options, const Io& io) {
    if (options.allSigned && !options.compactId.empty())
        throw UsageError("--compact and --all-signed exclude each other: choose one");
    if (options.allSigned && options.version)
        throw UsageError("--version and --all-signed exclude each other: --all-signed prints "
                         "each compact's latest signed version");
    if (options.review && (options.allSigned || options.version))
        throw UsageError("--review prints a yearly review: it goes without --version and "
                         "--all-signed");
    print::DocumentOptions documentOptions;
    documentOptions.paper = paperOption(options.paper);
    keepFreedMemory();
    const Workspace workspace = openForReading(options.file);
    if (options.allSigned)
        return writeAllSigned(workspace, options, documentOptions, io);

    std::string id;
    if (!options.compactId.empty()) {
        id = workspace.resolveCompactId(options.compactId);
    } else {
        const auto list = workspace.listCompacts();
        if (list.size() != 1)
            throw UsageError(options.file + " holds " + std::to_string(list.size()) +
                             " compacts: choose one with --compact ID, or --all-signed");
        id = list.front().id;
    }
    if (options.review)
        return writeReview(workspace, id, options, documentOptions);
    // Read on this thread before Qt starts: an unknown version is an error
    // with nothing written.
    const print::PrintableCompact printable = print::printableCompact(
        workspace, id, options.version ? std::optional<int>(options.version) : std::nullopt);
    writeOne(std::make_unique<print::CompactDocument>(printable, documentOptions), options.outPath);
    return kExitOk;
}

} // namespace

void addPdfCommand(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<PdfOptions>();
    CLI::App* app =
        parent.add_subcommand("pdf", "Write a compact of FILE, or every signed one, as PDF");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("--compact", options->compactId,
                    "The compact: its id or the id's first characters (4 or more); may be left "
                    "out when FILE holds one compact")
        ->type_name("ID");
    app->add_option("--version", options->version,
                    "The version to print (1, 2, ...; default: the latest, a draft or signed)")
        ->check(CLI::PositiveNumber)
        ->type_name("N");
    app->add_option("--review", options->review,
                    "Print the yearly review of this award year (1, 2, ...) instead of the "
                    "compact: its milestones and outcomes, goals, expectations revisited, the "
                    "coming year, the reflections once all are submitted, the milestone "
                    "history and the signatures")
        ->check(CLI::PositiveNumber)
        ->type_name("YEAR");
    app->add_flag("--all-signed", options->allSigned,
                  "The latest signed version of every compact that has one (an amendment in "
                  "progress prints the version before it): into one PDF, or one file per "
                  "compact when --out is an existing folder");
    app->add_option("--paper", options->paper,
                    "Paper size: a4 or letter (default: from the locale; letter in the US, "
                    "Canada, Mexico and the Philippines)")
        ->type_name("SIZE");
    app->add_option("--out", options->outPath,
                    "The PDF file to write (or a folder, with --all-signed)")
        ->required()
        ->type_name("PATH");
    app->footer(
        "A signed version (or review) prints its stored fingerprint and its signatures (typed\n"
        "name, date, drawn signature) and is written as PDF/A-1b; a draft prints with a\n"
        "DRAFT mark and blank lines to sign. Every page shows the compact, its version,\n"
        "the page number and the short fingerprint.\n"
        "Examples:\n  mentoring-compact pdf lab.compact --compact 3f2a --out ortiz.pdf\n"
        "  mentoring-compact pdf lab.compact --compact 3f2a --version 1 --out v1.pdf\n"
        "  mentoring-compact pdf lab.compact --all-signed --out signed/\n"
        "  mentoring-compact pdf lab.compact --compact 3f2a --review 1 --out year1.pdf");
    commands.push_back({app, [options](const Io& io) {
                            return runPdf(*options, io);
                        }});
}

} // namespace mc::cli
