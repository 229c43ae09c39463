// The `close` and `reopen` subcommands (docs/command-line.md): the closing
// phase of a compact, when the formal relationship ends and the compact is
// archived, and taking it out of the archive again.

#include "app/cli_internal.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

struct Options {
    std::string file;
    std::string compactId;
    std::string date;
    std::string reason;
    std::string note;
};

void addFileAndCompact(CLI::App& app, Options& options) {
    app.add_option("FILE", options.file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app.add_option("--compact", options.compactId,
                   "The compact: its id or the id's first characters")
        ->required()
        ->type_name("ID");
}

int runClose(const Options& options, const Io& io) {
    const Date today = todayLocal();
    Closing closing;
    closing.on = today;
    if (!options.date.empty()) {
        try {
            closing.on = parseIsoDate(options.date);
        } catch (const Error& e) {
            throw UsageError(std::string("--date: ") + e.what());
        }
    }
    const auto reason = fromKey<ClosingReason>(options.reason);
    if (!reason)
        throw UsageError("--reason: unknown reason \"" + options.reason + "\": use " +
                         allowedKeys<ClosingReason>());
    closing.reason = *reason;
    closing.note = options.note;
    Workspace workspace = openForEditing(options.file, io.err);
    const std::string id = workspace.resolveCompactId(options.compactId);
    const Compact closed = workspace.closeCompact(id, closing, today);
    io.out << "Closed " << compactLabel(closed) << " on " << formatIsoDate(closing.on) << " ("
           << toLabel(closing.reason) << "); it is archived.\n";
    return kExitOk;
}

int runReopen(const Options& options, const Io& io) {
    Workspace workspace = openForEditing(options.file, io.err);
    const Compact reopened = workspace.reopenCompact(workspace.resolveCompactId(options.compactId));
    io.out << "Reopened " << compactLabel(reopened) << ": its status is "
           << toLabel(reopened.status) << " again.\n";
    return kExitOk;
}

} // namespace

void addClosingCommands(CLI::App& parent, std::vector<Command>& commands) {
    auto close = std::make_shared<Options>();
    CLI::App* app =
        parent.add_subcommand("close", "Close a compact (the relationship ended) and archive it");
    addFileAndCompact(*app, *close);
    app->add_option("--reason", close->reason, "Why it ended: " + allowedKeys<ClosingReason>())
        ->required()
        ->type_name("REASON");
    app->add_option("--date", close->date, "The day it ended (default: today)")
        ->type_name("YYYY-MM-DD");
    app->add_option("--note", close->note, "A note on the closing")->type_name("TEXT");
    app->footer("A closed compact keeps everything (versions, signatures, reviews, log) and can\n"
                "be reopened. Example:\n"
                "  mentoring-compact close cohort.compact --compact 3f2a --reason "
                "award_completed --date 2026-08-31");
    commands.push_back({app, [close](const Io& io) {
                            return runClose(*close, io);
                        }});

    auto reopen = std::make_shared<Options>();
    app = parent.add_subcommand("reopen", "Take a closed compact out of the archive");
    addFileAndCompact(*app, *reopen);
    commands.push_back({app, [reopen](const Io& io) {
                            return runReopen(*reopen, io);
                        }});
}

} // namespace mc::cli
