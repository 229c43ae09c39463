// The desktop module's entry point (see desktop_module.h): hands over to the
// ui library's runDesktopApp.

#include "app/desktop_module.h"

#include "ui/application.h"

#include <QGuiApplication>
#include <type_traits>

extern "C" __attribute__((visibility("default"))) int
mc_run_desktop(int argc, char** argv, const char* workspacePath, int demo) {
    static_assert(std::is_same_v<decltype(&mc_run_desktop), mc::app::RunDesktopFunction>);
    mc::ui::LaunchOptions options;
    options.workspacePath = workspacePath ? workspacePath : "";
    options.demo = demo != 0;
    // Ties the windows to the installed .desktop file (its icon and name on
    // Wayland; resources/, docs/install.md).
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.mentoringcompact.MentoringCompact"));
    return mc::ui::runDesktopApp(argc, argv, options);
}
