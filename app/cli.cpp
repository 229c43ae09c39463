// The command line's entry: decides between the desktop application and a
// subcommand, parses with CLI11, runs the subcommand and turns every error
// into a message and an exit code (docs/command-line.md).

#include "app/cli.h"

#include "app/cli_internal.h"
#include "core/error.h"

#include <CLI/CLI.hpp>
#include <array>
#include <exception>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace mc::cli {

namespace {

constexpr std::array<std::string_view, 25> kSubcommands = {
    "new",          "import",      "conflicts",   "list",           "show",
    "export",       "check",       "templates",   "worksheet",      "alignment",
    "pdf",          "sign",        "versions",    "verify",         "amend",
    "meetings",     "log-meeting", "action-done", "promote-action", "reviews",
    "review-start", "close",       "reopen",      "report",         "status"};

std::string subcommandList() {
    std::string out;
    for (std::string_view name : kSubcommands) {
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}

bool startsSubcommand(std::string_view first) {
    for (std::string_view name : kSubcommands)
        if (first == name)
            return true;
    return first == "--help" || first == "-h" || first == "--version";
}

// "worksheet export" for a nested subcommand: the words as typed.
std::string commandPath(const CLI::App* app) {
    std::string path = app->get_name();
    for (const CLI::App* up = app->get_parent(); up && up->get_parent(); up = up->get_parent())
        path = up->get_name() + " " + path;
    return path;
}

int usageError(std::ostream& err, const std::string& message, std::string_view subcommand = {}) {
    printError(err, message);
    err << "Run '" << kProgramName;
    if (!subcommand.empty())
        err << ' ' << subcommand;
    err << " --help' for usage.\n";
    return kExitUsage;
}

const char* const kFooter =
    "Without a subcommand the desktop application starts:\n"
    "  mentoring-compact           the start page\n"
    "  mentoring-compact FILE      opens the workspace FILE\n"
    "  mentoring-compact --demo    opens a fresh demo workspace\n"
    "\n"
    "Exit codes: 0 done, 1 a problem was found, 2 wrong usage.\n"
    "Run 'mentoring-compact SUBCOMMAND --help' for the options of a subcommand.";

int runSubcommand(int argc, const char* const* argv, const Io& io) {
    CLI::App app{"Write, sign and follow mentoring compacts.", std::string(kProgramName)};
    app.set_version_flag("--version", std::string(kProgramName) + " " + MC_VERSION,
                         "Print the version and exit");
    app.require_subcommand(1, 1);
    app.get_formatter()->column_width(30);

    std::vector<Command> commands;
    addEditCommands(app, commands);
    addReadCommands(app, commands);
    addTemplateCommands(app, commands);
    addWorksheetCommands(app, commands);
    addPdfCommand(app, commands);
    addSigningCommands(app, commands);
    addMeetingCommands(app, commands);
    addReviewCommands(app, commands);
    addClosingCommands(app, commands);
    addReportCommands(app, commands);
    app.footer(kFooter); // after the subcommands: they would inherit it

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e, io.out, io.err);
    } catch (const CLI::ParseError& e) {
        std::string subcommand;
        for (const auto& command : commands)
            if (command.app->parsed())
                subcommand = commandPath(command.app);
        return usageError(io.err, e.what(), subcommand);
    }

    for (const auto& command : commands) {
        if (!command.app->parsed())
            continue;
        try {
            return command.action(io);
        } catch (const UsageError& e) {
            return usageError(io.err, e.what(), commandPath(command.app));
        }
    }
    return usageError(io.err, "a subcommand is required: " + subcommandList());
}

Outcome dispatch(int argc, const char* const* argv, const Io& io) {
    Outcome outcome;
    if (argc <= 1)
        return outcome; // the start page
    const std::string_view first = argv[1];
    if (startsSubcommand(first)) {
        outcome.exitCode = runSubcommand(argc, argv, io);
        return outcome;
    }
    if (first == "--demo") {
        if (argc > 2) {
            outcome.exitCode = usageError(io.err, "--demo takes no other arguments: got '" +
                                                      std::string(argv[2]) + "'");
            return outcome;
        }
        outcome.gui.demo = true;
        return outcome;
    }
    if (first.starts_with('-')) {
        outcome.exitCode = usageError(io.err, "unknown option '" + std::string(first) + "'");
        return outcome;
    }
    if (argc > 2) {
        // "mentoring-compact lsit x.compact": a mistyped subcommand rather
        // than a file to open, since the desktop application takes one file.
        outcome.exitCode = usageError(io.err, "unknown subcommand '" + std::string(first) +
                                                  "'; the subcommands are: " + subcommandList());
        return outcome;
    }
    outcome.gui.workspacePath = std::string(first);
    return outcome;
}

} // namespace

Outcome run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    const Io io{out, err};
    Outcome outcome;
    try {
        outcome = dispatch(argc, argv, io);
    } catch (const UsageError& e) {
        outcome.exitCode = usageError(err, e.what());
    } catch (const ValidationError& e) {
        const auto count = e.problems().size();
        printError(err, std::to_string(count) + (count == 1 ? " problem" : " problems") +
                            " found, nothing was changed:");
        printProblems(err, e.problems());
        outcome.exitCode = kExitProblem;
    } catch (const Error& e) {
        printError(err, e.what());
        outcome.exitCode = kExitProblem;
    } catch (const std::exception& e) {
        printError(err, std::string("unexpected error: ") + e.what());
        outcome.exitCode = kExitProblem;
    } catch (...) {
        printError(err, "unexpected error");
        outcome.exitCode = kExitProblem;
    }
    return outcome;
}

} // namespace mc::cli
