#pragma once
// The desktop application is a module of its own (mentoring-compact-desktop.so,
// built from app/desktop_module.cpp over the ui library) that main() opens only
// when no subcommand was given: the subcommands, `pdf` among them, then never
// load Qt Widgets and the desktop UI (loading and relocating them took about
// 3 ms of every `pdf` process). This header is what both sides agree on.

namespace mc::app {

// The module's one entry point, looked up by this name (C linkage, so the
// name is not mangled). workspacePath may be empty; demo is 0 or 1.
// Returns the desktop application's exit code.
using RunDesktopFunction = int (*)(int argc, char** argv, const char* workspacePath, int demo);
inline constexpr const char* kRunDesktopSymbol = "mc_run_desktop";

} // namespace mc::app
