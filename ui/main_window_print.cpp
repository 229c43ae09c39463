// The main window's print commands (issue 5): File > Print Preview, Print,
// Export PDF (one version of the compact shown, the latest unless the user
// picks another) and Export Signed Compacts (many at once, on every core,
// with a progress that can be cancelled). The print library does the
// layout; every dialog comes through DesktopServices.

#include "core/error.h"
#include "ui/batch_export_dialog.h"
#include "ui/compact_view.h"
#include "ui/core_text.h"
#include "ui/main_window.h"
#include "ui/print/batch_export.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/printable.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QStatusBar>
#include <algorithm>
#include <exception>

namespace mc::ui {

namespace {

// Paints the pages the printer asks for (all, or its from..to range) of
// `document`, laid out for that printer. False when the printer refused to
// start (no such printer, a file that cannot be written).
bool paintDocument(print::CompactDocument& document, QPrinter& printer) {
    document.layoutFor(printer);
    const int count = document.pageCount();
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last = printer.toPage() > 0 ? std::min(printer.toPage(), count) - 1 : count - 1;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer.newPage();
        document.paintPage(painter, page);
    }
    return painter.end();
}

// The year of a UTC timestamp ("2026-11-23T09:12:00Z"), 0 when it has none.
int yearOf(const std::string& timestamp) {
    bool ok = false;
    const int year = toQString(timestamp).left(4).toInt(&ok);
    return ok ? year : 0;
}

} // namespace

void MainWindow::updatePrintActions() {
    // Not while the dashboard hides the compact (it has its own report PDF).
    const bool compactShown =
        hasWorkspace() && !isShowingDashboard() && !compactView_->compactId().isEmpty();
    for (const Command command : {Command::PrintPreview, Command::Print, Command::ExportPdf})
        action(command)->setEnabled(compactShown);
    action(Command::ExportSignedCompacts)->setEnabled(hasWorkspace());
}

QString MainWindow::workspaceFolder() const {
    return session_ ? QFileInfo(toQString(session_->workspace().path())).absolutePath()
                    : QDir::homePath();
}

std::optional<print::PrintableCompact> MainWindow::printableToPrint() {
    const QString compactId = compactView_->compactId();
    if (!session_ || compactId.isEmpty())
        return std::nullopt;
    const Workspace& workspace = session_->workspace();
    try {
        // The latest version unless there are several and the user picks one.
        std::optional<int> number;
        const std::vector<VersionSummary> versions = workspace.versions(toStdString(compactId));
        if (versions.size() > 1 && services_.chooseVersionToPrint) {
            number = services_.chooseVersionToPrint(this, versions);
            if (!number)
                return std::nullopt;
        }
        return print::printableCompact(workspace, toStdString(compactId), number);
    } catch (const std::exception& error) {
        reportError(tr("Could not read the compact to print.\n\n%1").arg(coreText(error)));
        return std::nullopt;
    }
}

void MainWindow::printPreview() {
    if (!services_.showPrintPreview)
        return;
    const std::optional<print::PrintableCompact> printable = printableToPrint();
    if (!printable)
        return;
    try {
        print::CompactDocument document(*printable);
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(document.pageLayout());
        printer.setDocName(document.title());
        services_.showPrintPreview(this, printer, [this, &document](QPrinter* target) {
            if (!paintDocument(document, *target))
                reportError(tr("Could not draw the preview on this printer."));
        });
    } catch (const std::exception& error) {
        reportError(tr("Could not prepare the print preview.\n\n%1").arg(coreText(error)));
    }
}

void MainWindow::printCompact() {
    if (!services_.askPrinter)
        return;
    const std::optional<print::PrintableCompact> printable = printableToPrint();
    if (!printable)
        return;
    try {
        print::CompactDocument document(*printable);
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(document.pageLayout());
        printer.setDocName(document.title());
        if (!services_.askPrinter(this, printer))
            return;
        if (!paintDocument(document, printer)) {
            reportError(tr("Could not print \"%1\": the printer did not accept the document.")
                            .arg(document.title()));
            return;
        }
        statusBar()->showMessage(tr("Sent version %1 of \"%2\" to the printer")
                                     .arg(printable->versionNumber)
                                     .arg(document.title()),
                                 5000);
    } catch (const std::exception& error) {
        reportError(tr("Could not print.\n\n%1").arg(coreText(error)));
    }
}

void MainWindow::exportPdf() {
    if (!services_.choosePdfPath)
        return;
    const std::optional<print::PrintableCompact> printable = printableToPrint();
    if (!printable)
        return;
    // An older version gets its number in the name, so it does not take the
    // place of the latest one's file.
    QString name = print::pdfFileNameFor(printable->compact);
    const int latest = session_->workspace().currentVersion(printable->compact.id).first;
    if (printable->versionNumber != latest)
        name.replace(QRegularExpression(QStringLiteral("\\.pdf$")),
                     QStringLiteral("-v%1.pdf").arg(printable->versionNumber));
    const QString path = services_.choosePdfPath(this, QDir(workspaceFolder()).filePath(name));
    if (path.isEmpty())
        return;
    QString error;
    try {
        print::CompactDocument document(*printable);
        error = print::writePdf(document, path);
    } catch (const std::exception& thrown) {
        error = coreText(thrown);
    }
    if (!error.isEmpty()) {
        reportError(tr("Could not export to %1.\n\n%2").arg(QFileInfo(path).fileName(), error));
        return;
    }
    statusBar()->showMessage(tr("Exported version %1 to %2")
                                 .arg(printable->versionNumber)
                                 .arg(QDir::toNativeSeparators(path)),
                             5000);
}

std::vector<SignedCompactRow> MainWindow::signedCompactRows() const {
    std::vector<SignedCompactRow> rows;
    const Workspace& workspace = session_->workspace();
    for (const CompactListEntry& entry : workspace.listCompacts()) {
        const std::vector<VersionSummary> versions = workspace.versions(entry.id);
        const auto latestSigned =
            std::find_if(versions.rbegin(), versions.rend(), [](const VersionSummary& version) {
                return version.state == VersionState::Signed;
            });
        if (latestSigned == versions.rend())
            continue;
        rows.push_back({toQString(entry.id), toQString(entry.scholar), toQString(entry.program),
                        toQString(entry.cohort), latestSigned->number,
                        yearOf(latestSigned->signedAt)});
    }
    return rows;
}

void MainWindow::exportSignedCompacts() {
    if (!session_ || !services_.askBatchExport)
        return;
    print::BatchRequest request;
    std::optional<BatchExportChoice> choice;
    try {
        choice = services_.askBatchExport(this, signedCompactRows(), workspaceFolder());
        if (!choice || choice->compactIds.isEmpty())
            return;
        std::vector<std::string> ids;
        for (const QString& id : choice->compactIds)
            ids.push_back(toStdString(id));
        request.compacts = print::latestSignedVersions(session_->workspace(), ids);
    } catch (const std::exception& error) {
        reportError(tr("Could not read the signed compacts.\n\n%1").arg(coreText(error)));
        return;
    }
    request.outPath = choice->outPath;
    request.onePerCompact = choice->onePerCompact;
    request.describeError = [](const std::exception& error) {
        return coreText(error);
    };

    // A folder that is not there yet is made, and taken away again when
    // nothing was written into it.
    const bool madeFolder = request.onePerCompact && !QFileInfo::exists(request.outPath);
    if (madeFolder && !QDir().mkpath(request.outPath)) {
        reportError(
            tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(request.outPath)));
        return;
    }
    const auto total = static_cast<int>(request.compacts.size());
    std::function<bool(int, int)> progress;
    if (services_.showProgress)
        progress = services_.showProgress(this, total);
    const print::BatchResult result = print::exportBatch(request, progress);
    progress = nullptr; // closes the progress dialog
    if (madeFolder && result.written.isEmpty())
        QDir().rmdir(request.outPath);

    if (!result.error.isEmpty()) {
        reportError(tr("Could not export the signed compacts; no file was written.\n\n%1")
                        .arg(result.error));
    } else if (result.cancelled) {
        statusBar()->showMessage(tr("Export cancelled: no file was written"), 5000);
    } else if (request.onePerCompact) {
        const QString folder = QDir::toNativeSeparators(request.outPath);
        statusBar()->showMessage(
            result.written.size() == 1
                ? tr("Wrote 1 PDF file to %1").arg(folder)
                : tr("Wrote %1 PDF files to %2").arg(result.written.size()).arg(folder),
            8000);
    } else {
        const QString file = QDir::toNativeSeparators(request.outPath);
        statusBar()->showMessage(
            total == 1 ? tr("Wrote 1 PDF file with 1 signed compact: %1").arg(file)
                       : tr("Wrote 1 PDF file with %1 signed compacts: %2").arg(total).arg(file),
            8000);
    }
}

} // namespace mc::ui
