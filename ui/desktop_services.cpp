#include "ui/desktop_services.h"

#include "ui/demo_workspaces.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
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

} // namespace

DesktopServices interactiveServices(DemoWorkspaces& demos) {
    DesktopServices services;
    services.reportError = showError;
    services.chooseWorkspaceToOpen = askOpenPath;
    services.chooseNewWorkspacePath = askNewPath;
    services.today = [] {
        return todayLocal();
    };
    services.createDemoWorkspace = [&demos] {
        return demos.create(todayLocal());
    };
    return services;
}

} // namespace mc::ui
