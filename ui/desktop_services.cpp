#include "ui/desktop_services.h"

#include "ui/close_compact_dialog.h"
#include "ui/demo_workspaces.h"
#include "ui/new_compact_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

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

QString askPdfPath(QWidget* parent, const QString& suggestedPath) {
    QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF"), suggestedPath,
                                                tr("PDF files (*.pdf)") + QStringLiteral(";;") +
                                                    tr("All files (*)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

std::optional<int> askVersionToPrint(QWidget* parent, const std::vector<VersionSummary>& versions) {
    if (versions.empty())
        return std::nullopt;
    QStringList items;
    for (const VersionSummary& version : versions) {
        QString item = version.state == VersionState::Signed
                           ? tr("Version %1, signed %2")
                                 .arg(version.number)
                                 .arg(QString::fromStdString(version.signedAt.substr(0, 10)))
                           : tr("Version %1, draft").arg(version.number);
        if (&version == &versions.back())
            item += QLatin1Char(' ') + tr("(latest)");
        items << item;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, tr("Print"), tr("&Version to print:"), items,
                              static_cast<int>(items.size()) - 1, false, &ok);
    if (!ok)
        return std::nullopt;
    return versions.at(static_cast<std::size_t>(items.indexOf(chosen))).number;
}

bool askPrinterSettings(QWidget* parent, QPrinter& printer) {
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void previewPrint(QWidget* parent, QPrinter& printer, const std::function<void(QPrinter*)>& paint) {
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    dialog.resize(900, 720);
    dialog.exec();
}

} // namespace

std::function<bool(int done, int total)> progressDialog(QWidget* parent, int total) {
    auto* dialog = new QProgressDialog(tr("Writing the PDFs…"), tr("Cancel"), 0, total, parent);
    dialog->setWindowTitle(tr("Export Signed Compacts"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    // Otherwise setValue(total) resets the dialog and forgets a cancel that
    // came before the last compact was reported.
    dialog->setAutoReset(false);
    dialog->setValue(0);
    // The window may go first and take its child along: hold it weakly.
    std::shared_ptr<QPointer<QProgressDialog>> held(new QPointer<QProgressDialog>(dialog),
                                                    [](QPointer<QProgressDialog>* pointer) {
                                                        delete pointer->data();
                                                        delete pointer;
                                                    });
    return [held](int done, int) {
        QProgressDialog* shown = held->data();
        if (!shown)
            return false;
        shown->setValue(done);
        QCoreApplication::processEvents();
        return !shown->wasCanceled();
    };
}

DesktopServices interactiveServices(DemoWorkspaces& demos) {
    DesktopServices services;
    services.reportError = showError;
    services.chooseWorkspaceToOpen = askOpenPath;
    services.chooseNewWorkspacePath = askNewPath;
    services.chooseExportPath = askExportPath;
    services.askNewCompact = NewCompactDialog::ask;
    services.askClosing = CloseCompactDialog::ask;
    services.chooseFolder = askFolder;
    services.askTemplateDetails = SaveTemplateDialog::ask;
    services.confirm = askYesNo;
    services.chooseVersionToPrint = askVersionToPrint;
    services.choosePdfPath = askPdfPath;
    services.askPrinter = askPrinterSettings;
    services.showPrintPreview = previewPrint;
    services.askBatchExport = [](QWidget* parent, const std::vector<SignedCompactRow>& rows,
                                 const QString& startFolder) {
        return BatchExportDialog::ask(parent, rows, startFolder, askFolder, askPdfPath);
    };
    services.showProgress = progressDialog;
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
