#pragma once
// Runs the command line in-process, as `mentoring-compact ARGS...` would.

#include "app/cli.h"

#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace mc::test {

struct CliResult {
    std::optional<int> exitCode;
    mc::cli::GuiRequest gui;
    std::string out;
    std::string err;

    // The exit code, or -1 when the desktop application was asked for.
    int code() const { return exitCode.value_or(-1); }
};

inline CliResult runCli(const std::vector<std::string>& args) {
    std::vector<const char*> argv{"mentoring-compact"};
    for (const auto& arg : args)
        argv.push_back(arg.c_str());
    argv.push_back(nullptr);
    std::ostringstream out;
    std::ostringstream err;
    const auto outcome = mc::cli::run(static_cast<int>(argv.size() - 1), argv.data(), out, err);
    return {outcome.exitCode, outcome.gui, out.str(), err.str()};
}

} // namespace mc::test
