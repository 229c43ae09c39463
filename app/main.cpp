// main(): a subcommand runs in this process, which links the command line and
// printing (Qt Gui) but not Qt Widgets; without one, the desktop application
// is loaded from its module (desktop_module.h) and started.

#include "app/cli.h"
#include "app/desktop_module.h"

#include <dlfcn.h>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Where the module is: next to the executable (the build folder), or in the
// installed library folder relative to it (cmake --install). The folder of
// the executable itself, not of a symbolic link to it.
std::vector<fs::path> desktopModuleCandidates(const char* argv0) {
    std::error_code failure;
    fs::path executable = fs::read_symlink("/proc/self/exe", failure);
    if (failure)
        executable = fs::absolute(argv0, failure);
    const fs::path folder = executable.parent_path();
    return {folder / MC_DESKTOP_MODULE_NAME,
            folder / MC_DESKTOP_MODULE_INSTALL_DIR / MC_DESKTOP_MODULE_NAME};
}

int runDesktop(int argc, char** argv, const mc::cli::GuiRequest& request) {
    std::string errors;
    for (const fs::path& candidate : desktopModuleCandidates(argv[0])) {
        std::error_code failure;
        if (!fs::exists(candidate, failure)) {
            errors += "\n  " + candidate.string() + ": not found";
            continue;
        }
        // Never closed: the application runs inside it until the process ends.
        void* module = ::dlopen(candidate.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!module) {
            errors += "\n  " + std::string(::dlerror());
            continue;
        }
        const auto run = reinterpret_cast<mc::app::RunDesktopFunction>(
            ::dlsym(module, mc::app::kRunDesktopSymbol));
        if (!run) {
            errors += "\n  " + candidate.string() + ": no " + mc::app::kRunDesktopSymbol;
            continue;
        }
        return run(argc, argv, request.workspacePath.c_str(), request.demo ? 1 : 0);
    }
    std::cerr << "mentoring-compact: the desktop application cannot start, its module "
              << MC_DESKTOP_MODULE_NAME << " could not be loaded:" << errors
              << "\nThe subcommands work without it (mentoring-compact --help).\n";
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    const mc::cli::Outcome outcome = mc::cli::run(argc, argv, std::cout, std::cerr);
    if (outcome.exitCode)
        return *outcome.exitCode;
    return runDesktop(argc, argv, outcome.gui);
}
