#pragma once
// Shared pieces of the command line's subcommands. Internal to app/: the
// contract is app/cli.h and docs/command-line.md.

#include "app/cli.h"
#include "core/error.h"
#include "core/templates.h"
#include "core/workspace.h"

#include <functional>
#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace mc::cli {

inline constexpr std::string_view kProgramName = "mentoring-compact";

struct Io {
    std::ostream& out;
    std::ostream& err;
};

// Wrong usage found after parsing (a bad --start date, an unknown --format):
// the message goes to stderr and the exit code is kExitUsage.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A registered subcommand: what CLI11 parses into, and what runs when it was
// the one given. `action` returns the exit code; it may throw mc::Error
// (exit code kExitProblem) or UsageError (kExitUsage).
struct Command {
    CLI::App* app = nullptr;
    std::function<int(const Io&)> action;
};

// Each group adds its subcommands to `parent`.
void addEditCommands(CLI::App& parent, std::vector<Command>& commands); // new, import
void addReadCommands(CLI::App& parent, std::vector<Command>& commands); // list, show, export, check
void addTemplateCommands(CLI::App& parent, std::vector<Command>& commands); // templates
// worksheet export, worksheet import, alignment
void addWorksheetCommands(CLI::App& parent, std::vector<Command>& commands);
void addPdfCommand(CLI::App& parent, std::vector<Command>& commands); // pdf
// sign, versions, verify, amend
void addSigningCommands(CLI::App& parent, std::vector<Command>& commands);
// meetings, log-meeting, action-done, promote-action
void addMeetingCommands(CLI::App& parent, std::vector<Command>& commands);
// reviews, review-start
void addReviewCommands(CLI::App& parent, std::vector<Command>& commands);
// close, reopen
void addClosingCommands(CLI::App& parent, std::vector<Command>& commands);
// report, status
void addReportCommands(CLI::App& parent, std::vector<Command>& commands);
// The award years of a compact whose review is signed (for reviewStanding).
std::vector<int> signedReviewYears(const Workspace& workspace, const std::string& compactId);

// The template `id` among the built-in ones and those in `ownFolder` (may be
// empty). Throws mc::Error naming the known ids when there is none, after
// printing on `err` why broken template files were skipped.
CompactTemplate templateForNew(const std::string& id, const std::string& ownFolder,
                               std::ostream& err);

// "mentoring-compact: <message>" on its own line(s) on `err`.
void printError(std::ostream& err, std::string_view message);
// One line per problem, errors first: "error: field: message" or
// "warning: field: message".
void printProblems(std::ostream& stream, const std::vector<Problem>& problems);

// Opens an existing workspace for reading only.
Workspace openForReading(const std::string& path);
// Opens an existing workspace to change it. Throws mc::Error when the file
// can only be read. Tells on `err` when an older file was upgraded.
Workspace openForEditing(const std::string& path, std::ostream& err);

// Removes a file this command created, unless dismiss() was called: a failed
// command leaves nothing half-written behind. Declare it before the
// Workspace that uses the file, so the Workspace closes first.
class CreatedFileGuard {
public:
    CreatedFileGuard() = default;
    CreatedFileGuard(const CreatedFileGuard&) = delete;
    CreatedFileGuard& operator=(const CreatedFileGuard&) = delete;
    ~CreatedFileGuard();

    void arm(const std::string& path) { path_ = path; }
    void dismiss() { path_.reset(); }

private:
    std::optional<std::string> path_;
};

// Writes `content` to `path` through `path`.tmp in the same folder and a
// rename: a reader never sees a partial file. Throws mc::Error.
void writeFileAtomically(const std::string& path, std::string_view content);
// The whole file as bytes. Throws mc::Error naming the file.
std::string readWholeFile(const std::string& path);

} // namespace mc::cli
