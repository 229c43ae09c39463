#pragma once
// The command line (a contract: docs/command-line.md). Owned by the CLI work.
#include <iosfwd>
#include <optional>

namespace mc::cli {
// Runs a subcommand. Returns its exit code, or nothing when the arguments
// ask for the desktop application instead.
std::optional<int> run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);
} // namespace mc::cli
