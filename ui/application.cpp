#include "ui/application.h"

#include "ui/app_resources.h"
#include "ui/demo_workspaces.h"
#include "ui/desktop_services.h"
#include "ui/main_window.h"
#include "ui/qt_helpers.h"

#include <QApplication>
#include <QIcon>

namespace mc::ui {

int runDesktopApp(int argc, char** argv, const LaunchOptions& options) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mentoring Compact"));
    QApplication::setOrganizationDomain(QStringLiteral("mentoring-compact.org"));
    QApplication::setApplicationName(QStringLiteral("mentoring-compact"));
    // Window titles end with this name already, so platforms do not add it.
    QApplication::setApplicationDisplayName(QStringLiteral("Mentoring Compact"));
    ensureResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mentoring-compact.svg")));

    // Declared before the window: demo files outlive the workspace using them.
    DemoWorkspaces demos;
    MainWindow window(interactiveServices(demos));
    window.show();

    // A file that cannot be opened has been reported; the start page stays.
    if (options.demo)
        window.openDemoWorkspace();
    else if (!options.workspacePath.empty())
        window.openWorkspace(toQString(options.workspacePath));

    return QApplication::exec();
}

} // namespace mc::ui
