#include "app/cli.h"
#include "ui/application.h"

#include <iostream>

int main(int argc, char** argv) {
    const mc::cli::Outcome outcome = mc::cli::run(argc, argv, std::cout, std::cerr);
    if (outcome.exitCode)
        return *outcome.exitCode;
    mc::ui::LaunchOptions options;
    options.workspacePath = outcome.gui.workspacePath;
    options.demo = outcome.gui.demo;
    return mc::ui::runDesktopApp(argc, argv, options);
}
