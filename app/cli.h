#pragma once
// The command line (a contract: docs/command-line.md). Owned by the CLI work.
//
// `run` decides between a subcommand and the desktop application:
//   mentoring-compact                  -> desktop app, start page
//   mentoring-compact FILE             -> desktop app opening FILE
//   mentoring-compact --demo           -> desktop app on a fresh demo workspace
//   mentoring-compact SUBCOMMAND ...   -> runs it, returns its exit code
//   mentoring-compact --help|--version -> prints, exit code 0
// Anything else starting with '-' is wrong usage (exit code 2).
//
// The command line does not depend on Qt: main() turns a GuiRequest into
// mc::ui::LaunchOptions.

#include <iosfwd>
#include <optional>
#include <string>

namespace mc::cli {

// Exit codes of every subcommand.
inline constexpr int kExitOk = 0;      // done
inline constexpr int kExitProblem = 1; // a problem was found: bad file, invalid data...
inline constexpr int kExitUsage = 2;   // wrong usage: unknown subcommand or option...

// What the desktop application should open.
struct GuiRequest {
    std::string workspacePath; // empty: the start page
    bool demo = false;         // create and open a fresh demo workspace
};

struct Outcome {
    // Set when a subcommand ran (or the arguments were wrong): the process
    // exits with it. Empty when the desktop application should start.
    std::optional<int> exitCode;
    GuiRequest gui; // meaningful only when exitCode is empty
};

// Never throws: every error becomes a message on `err` and an exit code.
Outcome run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace mc::cli
