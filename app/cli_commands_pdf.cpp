// The `pdf` subcommand: a compact, or every signed one, as PDF. The only
// subcommand that needs Qt (fonts and layout): it starts a QGuiApplication
// on the offscreen platform for itself, so the others stay Qt-free and fast.

#include "app/cli_internal.h"
#include "ui/print/batch_export.h"
#include "ui/print/compact_document.h"
#include "ui/print/compact_html.h"
#include "ui/print/pdf_export.h"

#include <CLI/CLI.hpp>
#include <QGuiApplication>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

namespace fs = std::filesystem;

struct PdfOptions {
    std::string file;
    std::string compactId;
    bool allSigned = false;
    std::string paper;
    std::string outPath;
};

int guiArgc = 1;
char guiName[] = "mentoring-compact";
char* guiArgv[] = {guiName, nullptr};

// A QGuiApplication for fonts and layout, unless one runs already (tests).
// Offscreen unless the caller chose a platform: nothing is shown, and no
// display is needed.
std::unique_ptr<QGuiApplication> startGui() {
    if (QCoreApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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

void writeOne(const Compact& compact, const print::DocumentOptions& options,
              const std::string& path) {
    print::CompactDocument document(compact, options);
    const QString error = print::writePdf(document, QString::fromStdString(path));
    if (!error.isEmpty())
        throw Error(error.toStdString());
}

int runPdf(const PdfOptions& options, const Io& io) {
    if (options.allSigned && !options.compactId.empty())
        throw UsageError("--compact and --all-signed exclude each other: choose one");
    print::DocumentOptions documentOptions;
    documentOptions.paper = paperOption(options.paper);
    const Workspace workspace = openForReading(options.file);

    std::vector<Compact> compacts;
    if (options.allSigned) {
        for (Compact& compact : workspace.loadAllCompacts())
            if (print::isSignedStatus(compact.status))
                compacts.push_back(std::move(compact));
        if (compacts.empty())
            throw Error(options.file + " holds no signed compacts");
    } else if (!options.compactId.empty()) {
        compacts.push_back(workspace.loadCompact(workspace.resolveCompactId(options.compactId)));
    } else {
        const auto list = workspace.listCompacts();
        if (list.size() != 1)
            throw UsageError(options.file + " holds " + std::to_string(list.size()) +
                             " compacts: choose one with --compact ID, or --all-signed");
        compacts.push_back(workspace.loadCompact(list.front().id));
    }

    const auto gui = startGui();
    std::error_code ignored;
    if (options.allSigned && fs::is_directory(options.outPath, ignored)) {
        for (const Compact& compact : compacts) {
            const std::string path =
                (fs::path(options.outPath) / print::pdfFileNameFor(compact).toStdString()).string();
            writeOne(compact, documentOptions, path);
            io.out << path << '\n';
        }
        return kExitOk;
    }
    if (compacts.size() == 1) {
        writeOne(compacts.front(), documentOptions, options.outPath);
        return kExitOk;
    }
    std::vector<std::unique_ptr<print::CompactDocument>> documents;
    std::vector<print::CompactDocument*> pointers;
    for (const Compact& compact : compacts) {
        documents.push_back(std::make_unique<print::CompactDocument>(compact, documentOptions));
        pointers.push_back(documents.back().get());
    }
    const QString error = print::writePdf(pointers, QString::fromStdString(options.outPath));
    if (!error.isEmpty())
        throw Error(error.toStdString());
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
    app->add_flag("--all-signed", options->allSigned,
                  "Every signed (or amended and signed again) compact: into one PDF, or one "
                  "file per compact when --out is a folder");
    app->add_option("--paper", options->paper,
                    "Paper size: a4 or letter (default: from the locale; letter in the US, "
                    "Canada, Mexico and the Philippines)")
        ->type_name("SIZE");
    app->add_option("--out", options->outPath,
                    "The PDF file to write (or a folder, with --all-signed)")
        ->required()
        ->type_name("PATH");
    app->footer("Signed compacts are written as PDF/A-1b. Every page shows the compact, its\n"
                "version, the page number and the short fingerprint. --version N (print a\n"
                "signed version) comes with signing and versions.\n"
                "Example:\n  mentoring-compact pdf lab.compact --compact 3f2a --out ortiz.pdf");
    commands.push_back({app, [options](const Io& io) {
                            return runPdf(*options, io);
                        }});
}

} // namespace mc::cli
