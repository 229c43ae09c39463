#include "ui/application.h"

#include "ui/app_resources.h"
#include "ui/demo_workspaces.h"
#include "ui/desktop_services.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/qt_helpers.h"
#include "ui/settings.h"
#include "ui/single_instance.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QWindow>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <sys/resource.h>

namespace mc::ui {

namespace {

// Off unless MC_STARTUP_PROBE=1 (ui-bench sets it; docs/performance.md):
// once the window's first expose has been handled, and so painted, print
// CLOCK_MONOTONIC and this process's CPU time, then quit.
class StartupProbe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Expose && !fired_) {
            fired_ = true;
            QMetaObject::invokeMethod(this, &StartupProbe::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report() {
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        const auto us = [](const timeval& t) {
            return t.tv_sec * 1'000'000LL + t.tv_usec;
        };
        std::printf("mc-startup-probe exposed_ns=%lld cpu_us=%lld\n",
                    now.tv_sec * 1'000'000'000LL + now.tv_nsec,
                    us(usage.ru_utime) + us(usage.ru_stime));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }
    bool fired_ = false;
};

} // namespace

int runDesktopApp(int argc, char** argv, const LaunchOptions& options) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mentoring Compact"));
    QApplication::setOrganizationDomain(QStringLiteral("mentoring-compact.org"));
    QApplication::setApplicationName(QStringLiteral("mentoring-compact"));
    // Window titles end with this name already, so platforms do not add it.
    QApplication::setApplicationDisplayName(QStringLiteral("Mentoring Compact"));

    const char* wanted = std::getenv("MC_STARTUP_PROBE");
    const bool probing = wanted && wanted[0] == '1';
    // `mentoring-compact FILE` while a window is open: that window opens it
    // (not when start-up is being measured: that needs a start of its own).
    SingleInstance instance(SingleInstance::defaultServerName());
    if (!probing && !options.workspacePath.empty() &&
        instance.handOver(toQString(options.workspacePath)))
        return 0;
    ensureResources();
    // The language chosen in Preferences, or the system's; before any window.
    Translations translations;
    {
        QSettings store;
        const Settings settings(store);
        applyLanguage(languageChoiceFromKey(settings.language()), translations);
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mentoring-compact.svg")));

    // Declared before the window: demo files outlive the workspace using them.
    DemoWorkspaces demos;
    MainWindow window(interactiveServices(demos));
    window.show();
    instance.listen();
    openHandedOverFiles(instance, window);
    StartupProbe probe;
    if (probing)
        window.windowHandle()->installEventFilter(&probe);

    // A file that cannot be opened has been reported; the start page stays.
    if (options.demo)
        window.openDemoWorkspace();
    else if (!options.workspacePath.empty())
        window.openWorkspace(toQString(options.workspacePath));

    return QApplication::exec();
}

} // namespace mc::ui
