// The program director's commands (issue 7): `report` (the measures as CSV,
// or the cohort report as PDF) and `status` (what is missing or late, one
// line each, for a scheduled job). docs/command-line.md is the contract.

#include "app/cli_internal.h"
#include "core/dashboard.h"
#include "ui/print/cohort_report.h"

#include <CLI/CLI.hpp>
#include <QGuiApplication>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

struct FilterOptions {
    std::string file;
    std::string program;
    std::string cohort;
    bool withoutClosed = false;
    std::string today;

    CohortFilter filter() const { return {program, cohort, !withoutClosed}; }
};

struct ReportOptions : FilterOptions {
    std::string format;
    std::string outPath;
    bool bom = false;
    std::string paper;
};

Date todayOption(const std::string& text) {
    if (text.empty())
        return todayLocal();
    try {
        return parseIsoDate(text);
    } catch (const Error& e) {
        throw UsageError(std::string("--today: ") + e.what());
    }
}

int guiArgc = 1;
char guiName[] = "mentoring-compact";
char* guiArgv[] = {guiName, nullptr};

// A QGuiApplication for fonts and layout, unless one runs already (tests);
// offscreen unless the caller chose a platform, as `pdf` does.
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

int runReport(const ReportOptions& options, const Io& io) {
    if (options.format != "csv" && options.format != "pdf")
        throw UsageError("--format: \"" + options.format +
                         "\" is not a report format; allowed values: csv, pdf");
    if (options.bom && options.format != "csv")
        throw UsageError("--bom is for --format csv only");
    if (!options.paper.empty() && options.format != "pdf")
        throw UsageError("--paper is for --format pdf only");
    const Date today = todayOption(options.today);
    const CohortFilter filter = options.filter();
    const Workspace workspace = openForReading(options.file);
    if (options.format == "csv") {
        const auto rows = workspace.measureRows(today, filter);
        writeFileAtomically(options.outPath, measuresCsv(rows, options.bom));
        io.out << "Wrote " << rows.size() << (rows.size() == 1 ? " row" : " rows") << " to "
               << options.outPath << ".\n";
        return kExitOk;
    }
    print::DocumentOptions documentOptions;
    documentOptions.paper = paperOption(options.paper);
    // Read on this thread before Qt starts; nothing is written on a failure.
    const print::CohortReport report = print::cohortReport(workspace, today, filter);
    const auto gui = startGui();
    const QString error = print::writeCohortReportPdf(report, documentOptions,
                                                      QString::fromStdString(options.outPath));
    if (!error.isEmpty())
        throw Error(error.toStdString());
    io.out << "Wrote the cohort report of " << report.dashboard.size()
           << (report.dashboard.size() == 1 ? " compact" : " compacts") << " to " << options.outPath
           << ".\n";
    return kExitOk;
}

const char* findingKey(StatusFinding::Kind kind) {
    switch (kind) {
    case StatusFinding::Kind::MissingSignatures:
        return "signatures";
    case StatusFinding::Kind::OverdueReview:
        return "review";
    case StatusFinding::Kind::OverdueMilestones:
        return "milestones";
    case StatusFinding::Kind::MeetingsLate:
        return "meetings";
    case StatusFinding::Kind::Conflicts:
        return "conflicts";
    }
    return "other";
}

// Exit codes for a scheduled job: 0 nothing late, 1 something late, 2 the
// command could not judge (wrong usage, or a file that cannot be read): a
// broken file must not read as "something is late".
int runStatus(const FilterOptions& options, const Io& io) {
    const Date today = todayOption(options.today);
    std::vector<StatusFinding> findings;
    try {
        const Workspace workspace = openForReading(options.file);
        findings = statusFindings(workspace.dashboard(today, options.filter()), today);
    } catch (const Error& e) {
        printError(io.err, e.what());
        return kExitUsage;
    }
    for (const StatusFinding& f : findings)
        io.out << f.compactId.substr(0, 8) << ' ' << findingKey(f.kind) << ' ' << f.compact << ": "
               << f.message << '\n';
    return findings.empty() ? kExitOk : kExitProblem;
}

void addFilterOptions(CLI::App& app, FilterOptions& options, const char* todayHelp) {
    app.add_option("FILE", options.file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app.add_option("--program", options.program, "Only the compacts of this program")
        ->type_name("P");
    app.add_option("--cohort", options.cohort, "Only the compacts of this cohort (entry year)")
        ->type_name("YEAR");
    app.add_flag("--no-closed", options.withoutClosed, "Leave closed (archived) compacts out");
    app.add_option("--today", options.today, todayHelp)->type_name("DATE");
}

} // namespace

void addReportCommands(CLI::App& parent, std::vector<Command>& commands) {
    auto report = std::make_shared<ReportOptions>();
    CLI::App* app = parent.add_subcommand(
        "report", "Write the measures of FILE's compacts as CSV, or the cohort report as PDF");
    addFilterOptions(*app, *report,
                     "Count the award years started by this day, YYYY-MM-DD (default: today)");
    app->add_option("--format", report->format, "csv (one row per compact and award year) or pdf")
        ->required()
        ->type_name("csv|pdf");
    app->add_option("--out", report->outPath, "The file to write")->required()->type_name("PATH");
    app->add_flag("--bom", report->bom,
                  "Start the CSV with a UTF-8 byte order mark, for Excel on double-click");
    app->add_option("--paper", report->paper, "a4 or letter (default: from the locale)")
        ->type_name("SIZE");
    app->footer("The CSV's columns are documented in docs/file-formats.md, \"Measures CSV\".");
    commands.push_back({app, [report](const Io& io) {
                            return runReport(*report, io);
                        }});

    auto status = std::make_shared<FilterOptions>();
    app = parent.add_subcommand("status", "What is missing or late in FILE, one line each");
    addFilterOptions(*app, *status, "Judge as on this day, YYYY-MM-DD (default: today)");
    app->footer("Each line: the compact's id (8 characters), what (signatures, review,\n"
                "milestones, conflicts, meetings), the compact and the finding. Closed\n"
                "compacts are left out; a draft's signatures are not missing yet.\n"
                "Exit codes: 0 nothing missing or late, 1 something is, 2 wrong usage or\n"
                "the file cannot be read.");
    commands.push_back({app, [status](const Io& io) {
                            return runStatus(*status, io);
                        }});
}

} // namespace mc::cli
