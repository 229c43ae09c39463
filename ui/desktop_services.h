#pragma once
// What the main window needs from the outside world: dialogs, the clock,
// settings and a place for demo files. Passed in explicitly (no
// singletons), so tests replace the modal parts with functions that return
// at once.

#include "core/dates.h"
#include "core/model.h"
#include "core/signing.h"
#include "ui/batch_export_dialog.h"
#include "ui/save_template_dialog.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QPrinter;
class QSettings;
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
    // Asks where to write a JSON export, starting from `suggestedPath`;
    // empty when cancelled.
    std::function<QString(QWidget* parent, const QString& suggestedPath)> chooseExportPath;
    // Asks for a new compact, blank or from one of the built-in templates
    // or those in `ownTemplatesFolder` (the New compact dialog); nothing
    // when the user cancelled.
    std::function<std::optional<Compact>(QWidget* parent, const Date& today,
                                         const QString& ownTemplatesFolder)>
        askNewCompact;
    // Asks for a folder (the program's own templates), starting at `start`;
    // empty when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& start)>
        chooseFolder;
    // Asks for the id, name and description of a template made from a
    // compact (the Save as template dialog), starting from `suggestion`;
    // nothing when cancelled.
    std::function<std::optional<TemplateDetails>(QWidget* parent,
                                                 const TemplateDetails& suggestion)>
        askTemplateDetails;
    // Asks the day, reason and note of closing `compact` (the Close and
    // Archive dialog, issue 7); nothing when the user cancelled.
    std::function<std::optional<Closing>(QWidget* parent, const Compact& compact,
                                         const Date& today)>
        askClosing;
    // Asks a yes/no question before something drastic (deleting a compact).
    // When not set, the answer is yes.
    std::function<bool(QWidget* parent, const QString& question)> confirm;
    // Printing (issue 5, main_window_print.cpp).
    // Asks which version of a compact with several to print, offering
    // `versions` (oldest first) with the latest chosen; the version's
    // number, or nothing when cancelled.
    std::function<std::optional<int>(QWidget* parent, const std::vector<VersionSummary>& versions)>
        chooseVersionToPrint;
    // Asks where to write a PDF, starting from `suggestedPath`; empty when
    // cancelled.
    std::function<QString(QWidget* parent, const QString& suggestedPath)> choosePdfPath;
    // The print dialog on `printer`; true when the user chose to print.
    std::function<bool(QWidget* parent, QPrinter& printer)> askPrinter;
    // Print preview on `printer`; `paint` draws every page onto the printer
    // it is given (QPrintPreviewDialog::paintRequested).
    std::function<void(QWidget* parent, QPrinter& printer,
                       const std::function<void(QPrinter*)>& paint)>
        showPrintPreview;
    // Asks which signed compacts to export and where (the Export Signed
    // Compacts dialog); nothing when cancelled.
    std::function<std::optional<BatchExportChoice>(
        QWidget* parent, const std::vector<SignedCompactRow>& rows, const QString& startFolder)>
        askBatchExport;
    // Shows progress over `total` compacts; the function returned is called
    // after each one with (done, total) and returns false once the user
    // cancelled. The progress closes when that function is destroyed.
    std::function<std::function<bool(int done, int total)>(QWidget* parent, int total)>
        showProgress;
    // Creates a fresh demo workspace and returns its path. Throws mc::Error.
    std::function<QString()> createDemoWorkspace;
    // Today's date, for what is due or overdue.
    std::function<Date()> today;
    // The application's settings. When not set, the window keeps its
    // settings in a temporary file for as long as it lives.
    std::shared_ptr<QSettings> settings;
    // Shown in the About box.
    QString version = QStringLiteral("0.1.0");
};

// The real thing: message boxes, file dialogs, the system clock, the
// platform's settings, and demo files inside `demos` (which must outlive
// the services).
DesktopServices interactiveServices(DemoWorkspaces& demos);

// The interactive showProgress: a window-modal QProgressDialog with Cancel
// (setValue, processEvents, and false once cancelled).
std::function<bool(int done, int total)> progressDialog(QWidget* parent, int total);

} // namespace mc::ui
