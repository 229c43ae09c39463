#pragma once
// Helpers for window tests: desktop services that never block (dialogs
// answer from fields set beforehand, errors are collected), settings in a
// temporary .ini file, and demo workspaces in a temporary folder.

#include "core/model.h"
#include "support/temp_dir.h"
#include "ui/desktop_services.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace mc::ui {
class MainWindow;
}

namespace mc::test {

inline const Date kUiToday(2026, 11, 23);

// The answers the test gives to the window's questions. Each next* answer
// is used once, then cleared (an empty path or no compact means "cancel").
// Must outlive the window built from it.
class TestDesktop {
public:
    explicit TestDesktop(const TempDir& dir);
    ~TestDesktop();

    ui::DesktopServices services();
    // A new window using services() and the temporary settings.
    std::unique_ptr<ui::MainWindow> makeWindow();
    // A fresh copy of the demo workspace in the temporary folder.
    QString makeDemo(const std::string& name = "demo.compact") const;
    QString path(const std::string& name) const;

    QStringList errors;
    QStringList questions;                                  // the confirmations asked
    bool confirmAnswer = true;                              // the answer to every confirmation
    QString nextOpenPath;                                   // File > Open
    QString nextNewPath;                                    // File > New workspace
    QString nextExportPath;                                 // File > Export JSON
    std::optional<Compact> nextNewCompact;                  // File > New compact
    QString lastTemplatesFolder;                            // the folder New compact was given
    QString nextFolder;                                     // a folder chooser (the own templates)
    std::optional<ui::TemplateDetails> nextTemplateDetails; // File > Save as template
    ui::TemplateDetails lastTemplateSuggestion;
    QString settingsPath;
    std::shared_ptr<QSettings> settings;

private:
    const TempDir& dir_;
};

} // namespace mc::test
