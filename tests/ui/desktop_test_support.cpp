#include "desktop_test_support.h"

#include "core/demo.h"
#include "ui/main_window.h"

#include <QSettings>
#include <utility>

namespace mc::test {

namespace {

QString take(QString& answer) {
    return std::exchange(answer, QString());
}

} // namespace

TestDesktop::TestDesktop(const TempDir& dir) : dir_(dir) {
    settingsPath = path("settings.ini");
    settings = std::make_shared<QSettings>(settingsPath, QSettings::IniFormat);
}

TestDesktop::~TestDesktop() = default;

QString TestDesktop::path(const std::string& name) const {
    return QString::fromStdString(dir_.file(name));
}

QString TestDesktop::makeDemo(const std::string& name) const {
    const std::string file = dir_.file(name);
    createDemoWorkspace(file, kUiToday);
    return QString::fromStdString(file);
}

ui::DesktopServices TestDesktop::services() {
    ui::DesktopServices services;
    services.reportError = [this](QWidget*, const QString& message) {
        errors << message;
    };
    services.chooseWorkspaceToOpen = [this](QWidget*) {
        return take(nextOpenPath);
    };
    services.chooseNewWorkspacePath = [this](QWidget*) {
        return take(nextNewPath);
    };
    services.chooseExportPath = [this](QWidget*, const QString&) {
        return take(nextExportPath);
    };
    services.askNewCompact = [this](QWidget*, const Date&, const QString& folder) {
        lastTemplatesFolder = folder;
        return std::exchange(nextNewCompact, std::nullopt);
    };
    services.chooseFolder = [this](QWidget*, const QString&, const QString&) {
        return take(nextFolder);
    };
    services.askTemplateDetails = [this](QWidget*, const ui::TemplateDetails& suggestion) {
        lastTemplateSuggestion = suggestion;
        return std::exchange(nextTemplateDetails, std::nullopt);
    };
    services.confirm = [this](QWidget*, const QString& question) {
        questions << question;
        return confirmAnswer;
    };
    services.createDemoWorkspace = [this] {
        return makeDemo("demo-from-menu.compact");
    };
    services.today = [] {
        return kUiToday;
    };
    services.settings = settings;
    return services;
}

std::unique_ptr<ui::MainWindow> TestDesktop::makeWindow() {
    return std::make_unique<ui::MainWindow>(services());
}

} // namespace mc::test
