#include "ui/desktop_services.h"

#include "ui/demo_workspaces.h"
#include "ui/new_compact_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace mc::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DesktopServices", text);
}

QString workspaceFilter() {
    return tr("Mentoring compact workspaces (*.compact)") + QStringLiteral(";;") +
           tr("All files (*)");
}

QString documentsFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void showError(QWidget* parent, const QString& message) {
    QMessageBox box(QMessageBox::Critical, tr("Mentoring Compact"), message, QMessageBox::Ok,
                    parent);
    box.setTextFormat(Qt::PlainText); // messages quote file names and user text
    box.exec();
}

bool askYesNo(QWidget* parent, const QString& question) {
    QMessageBox box(QMessageBox::Question, tr("Mentoring Compact"), question,
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString askOpenPath(QWidget* parent) {
    return QFileDialog::getOpenFileName(parent, tr("Open workspace"), documentsFolder(),
                                        workspaceFilter());
}

QString askNewPath(QWidget* parent) {
    QString path = QFileDialog::getSaveFileName(parent, tr("New workspace"), documentsFolder(),
                                                workspaceFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".compact");
    return path;
}

QString askFolder(QWidget* parent, const QString& title, const QString& start) {
    return QFileDialog::getExistingDirectory(parent, title,
                                             start.isEmpty() ? documentsFolder() : start);
}

QString askExportPath(QWidget* parent, const QString& suggestedPath) {
    QString path = QFileDialog::getSaveFileName(parent, tr("Export JSON"), suggestedPath,
                                                tr("JSON files (*.json)") + QStringLiteral(";;") +
                                                    tr("All files (*)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return path;
}

} // namespace

DesktopServices interactiveServices(DemoWorkspaces& demos) {
    DesktopServices services;
    services.reportError = showError;
    services.chooseWorkspaceToOpen = askOpenPath;
    services.chooseNewWorkspacePath = askNewPath;
    services.chooseExportPath = askExportPath;
    services.askNewCompact = NewCompactDialog::ask;
    services.chooseFolder = askFolder;
    services.askTemplateDetails = SaveTemplateDialog::ask;
    services.confirm = askYesNo;
    services.today = [] {
        return todayLocal();
    };
    services.createDemoWorkspace = [&demos] {
        return demos.create(todayLocal());
    };
    services.settings = std::make_shared<QSettings>();
    return services;
}

} // namespace mc::ui
