// Subcommands that read a workspace: `list`, `show`, `export` and `check`.

#include "app/cli_internal.h"
#include "app/text_report.h"
#include "core/calendar_ics.h"
#include "core/enums.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/review_schedule.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <system_error>
#include <vector>

namespace mc::cli {

namespace {

namespace fs = std::filesystem;

CLI::Option* addFileArgument(CLI::App& app, std::string& file) {
    return app.add_option("FILE", file, "The workspace file (.compact)")->required()->type_name("");
}

CLI::Option* addCompactOption(CLI::App& app, std::string& compactId, const char* what) {
    return app.add_option("--compact", compactId, what)->type_name("ID");
}

// --- list ------------------------------------------------------------------

// A field of a tab-separated line: tabs and line breaks become spaces so
// that every compact stays on one line with four fields.
std::string tsvField(std::string text) {
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return text;
}

int runList(const std::string& file, const Io& io) {
    const Workspace workspace = openForReading(file);
    for (const auto& entry : workspace.listCompacts()) {
        std::string mentors;
        for (const auto& mentor : entry.mentors) {
            if (!mentors.empty())
                mentors += ", ";
            mentors += mentor;
        }
        io.out << entry.id << '\t' << tsvField(entry.scholar) << '\t' << tsvField(mentors) << '\t'
               << toKey(entry.status) << '\n';
    }
    return kExitOk;
}

void addList(CLI::App& parent, std::vector<Command>& commands) {
    auto file = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand(
        "list", "List the compacts of FILE: id, scholar, mentors, status (tab-separated)");
    addFileArgument(*app, *file);
    app->footer("Output: one line per compact, four fields separated by tabs:\n"
                "  ID <tab> SCHOLAR <tab> MENTORS (joined by \", \") <tab> STATUS\n"
                "STATUS is " +
                allowedKeys<CompactStatus>() + ".");
    commands.push_back({app, [file](const Io& io) {
                            return runList(*file, io);
                        }});
}

// --- show ------------------------------------------------------------------

struct ShowOptions {
    std::string file;
    std::string compactId;
    std::string today;
};

// The compact as text, then where its yearly reviews stand on `today`: an
// award year counts as reviewed once its review is signed.
void printCompact(const Workspace& workspace, const Compact& compact, const Date& today,
                  const Io& io) {
    io.out << formatCompactText(compact);
    if (compact.start.is_special() || compact.end.is_special() || compact.end < compact.start)
        return; // `check` names the bad dates
    const ReviewStanding standing =
        reviewStanding(compact.start, compact.end, today, signedReviewYears(workspace, compact.id));
    const std::string overdue = overdueReviewText(standing, today);
    const std::string next = nextReviewText(standing, today);
    io.out << "\nReviews\n";
    if (overdue.empty() && next.empty())
        io.out << "  no review left in the award period\n";
    for (const std::string& line : {overdue, next})
        if (!line.empty())
            io.out << "  " << line << '\n';
}

int runShow(const ShowOptions& options, const Io& io) {
    Date today = todayLocal();
    if (!options.today.empty()) {
        try {
            today = parseIsoDate(options.today);
        } catch (const Error& e) {
            throw UsageError(std::string("--today: ") + e.what());
        }
    }
    const Workspace workspace = openForReading(options.file);
    if (!options.compactId.empty()) {
        printCompact(workspace,
                     workspace.loadCompact(workspace.resolveCompactId(options.compactId)), today,
                     io);
        return kExitOk;
    }
    const std::vector<Compact> compacts = workspace.loadAllCompacts();
    if (compacts.empty())
        printError(io.err, options.file + " holds no compacts yet");
    for (std::size_t i = 0; i < compacts.size(); ++i) {
        if (i != 0)
            io.out << '\n';
        printCompact(workspace, compacts[i], today, io);
    }
    return kExitOk;
}

void addShow(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<ShowOptions>();
    CLI::App* app =
        parent.add_subcommand("show", "Print a compact of FILE as readable text (all by default)");
    addFileArgument(*app, options->file);
    addCompactOption(*app, options->compactId,
                     "Only this compact: its id or the id's first characters (4 or more)");
    app->add_option("--today", options->today,
                    "Count the next and overdue reviews from this day, YYYY-MM-DD (default: today)")
        ->type_name("DATE");
    app->footer("Each compact ends with its next yearly review and any overdue one.\n"
                "Example:\n  mentoring-compact show lab.compact --compact 3f2a9c");
    commands.push_back({app, [options](const Io& io) {
                            return runShow(*options, io);
                        }});
}

// --- export ----------------------------------------------------------------

struct ExportOptions {
    std::string file;
    std::string compactId;
    std::string format;
    std::string outPath;
};

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code error;
    return fs::equivalent(a, b, error) && !error;
}

// The calendar of one compact (named by its title) or of every compact of
// the workspace (named by the workspace).
std::string exportCalendar(const Workspace& workspace, const std::string& compactId) {
    CalendarOptions options;
    options.generatedAt = utcTimestampNow();
    options.today = todayLocal();
    std::vector<Compact> compacts;
    if (compactId.empty()) {
        compacts = workspace.loadAllCompacts();
        options.calendarName = workspace.info().name;
    } else {
        compacts.push_back(workspace.loadCompact(compactId));
        options.calendarName = compacts.front().title;
    }
    return calendarIcs(compacts, options);
}

int runExport(const ExportOptions& options, const Io& io) {
    if (options.format != "json" && options.format != "ics")
        throw UsageError("--format: \"" + options.format +
                         "\" is not a format this version writes; allowed values: json, ics");
    if (!options.outPath.empty() && sameFile(options.outPath, options.file))
        throw UsageError("--out: " + options.outPath +
                         " is the workspace itself; choose another file");
    const Workspace workspace = openForReading(options.file);
    const std::string compactId =
        options.compactId.empty() ? std::string() : workspace.resolveCompactId(options.compactId);
    const std::string text = options.format == "ics" ? exportCalendar(workspace, compactId)
                                                     : exportJson(workspace, compactId);
    if (options.outPath.empty())
        io.out << text;
    else
        writeFileAtomically(options.outPath, text);
    return kExitOk;
}

void addExport(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* app = parent.add_subcommand(
        "export", "Write the compacts of FILE (or one of them) in an interchange format");
    addFileArgument(*app, options->file);
    addCompactOption(*app, options->compactId,
                     "Only this compact: its id or the id's first characters (4 or more)");
    app->add_option("--format", options->format,
                    "The format to write; allowed values: json (the interchange format), ics "
                    "(a calendar of milestones, reviews and meetings)")
        ->required()
        ->type_name("FORMAT");
    app->add_option("--out", options->outPath,
                    "Write to this file, replaced in one step (default: standard output)")
        ->type_name("PATH");
    app->footer("Examples:\n  mentoring-compact export lab.compact --format json --out lab.json\n"
                "  mentoring-compact export lab.compact --format ics --compact 3f2a9c --out "
                "ortiz.ics");
    commands.push_back({app, [options](const Io& io) {
                            return runExport(*options, io);
                        }});
}

// --- check -----------------------------------------------------------------

std::string counted(std::size_t count, const char* singular, const char* plural) {
    return std::to_string(count) + ' ' + (count == 1 ? singular : plural);
}

int runCheck(const std::string& file, const Io& io) {
    const Workspace workspace = openForReading(file);
    const std::vector<Problem> problems = workspace.check();
    printProblems(io.out, problems);
    std::size_t errors = 0;
    for (const auto& problem : problems)
        if (problem.severity == Severity::Error)
            ++errors;
    const std::size_t warnings = problems.size() - errors;
    if (problems.empty())
        io.out << file << ": no problems found\n";
    else
        io.out << file << ": " << counted(errors, "error", "errors") << ", "
               << counted(warnings, "warning", "warnings") << '\n';
    return errors == 0 ? kExitOk : kExitProblem;
}

void addCheck(CLI::App& parent, std::vector<Command>& commands) {
    auto file = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand(
        "check", "Check FILE: the database's integrity and every rule on every compact");
    addFileArgument(*app, *file);
    app->footer("Prints each problem as \"error: FIELD: MESSAGE\" or \"warning: FIELD: MESSAGE\",\n"
                "then a summary. Exit code 1 when an error was found; warnings alone give 0.");
    commands.push_back({app, [file](const Io& io) {
                            return runCheck(*file, io);
                        }});
}

} // namespace

void addReadCommands(CLI::App& parent, std::vector<Command>& commands) {
    addList(parent, commands);
    addShow(parent, commands);
    addExport(parent, commands);
    addCheck(parent, commands);
}

} // namespace mc::cli
