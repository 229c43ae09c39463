#pragma once
// The desktop application's entry point, called by app/main.cpp when no
// subcommand was given.

#include <string>

namespace mc::ui {

struct LaunchOptions {
    std::string workspacePath; // open this file; empty: the start page
    bool demo = false;         // create and open a fresh demo workspace
};

// Creates the QApplication, shows the main window and runs the event loop.
int runDesktopApp(int argc, char** argv, const LaunchOptions& options);

} // namespace mc::ui
