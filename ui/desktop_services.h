#pragma once
// What the main window needs from the outside world: dialogs, the clock and
// a place for demo files. Passed in explicitly (no singletons), so tests
// replace the modal parts with functions that return at once.

#include "core/dates.h"

#include <QString>
#include <functional>

class QWidget;

namespace mc::ui {

class DemoWorkspaces;

struct DesktopServices {
    // Tells the user something went wrong (a file that is not a workspace...).
    std::function<void(QWidget* parent, const QString& message)> reportError;
    // Asks for an existing workspace file; empty when the user cancelled.
    std::function<QString(QWidget* parent)> chooseWorkspaceToOpen;
    // Asks where to create a new workspace file; empty when cancelled.
    std::function<QString(QWidget* parent)> chooseNewWorkspacePath;
    // Creates a fresh demo workspace and returns its path. Throws mc::Error.
    std::function<QString()> createDemoWorkspace;
    // Today's date, for what is due or overdue.
    std::function<Date()> today;
};

// The real thing: message boxes, file dialogs, the system clock, and demo
// files inside `demos` (which must outlive the services).
DesktopServices interactiveServices(DemoWorkspaces& demos);

} // namespace mc::ui
