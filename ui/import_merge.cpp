// File > Import Workspace or JSON (import_merge.h).

#include "ui/import_merge.h"

#include "core/error.h"
#include "core/workspace.h"
#include "ui/core_text.h"
#include "ui/merge_conflicts_dialog.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <filesystem>

namespace mc::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ImportMerge", text);
}

QString problemsText(const ValidationError& e) {
    return toQString(describe(e.problems()));
}

} // namespace

ImportMergeOutcome importWorkspaceOrJson(QWidget* parent, WorkspaceSession& session,
                                         const ImportMergeHooks& hooks) {
    ImportMergeOutcome outcome;
    const std::string target = session.workspace().path();
    const QString folder = QFileInfo(toQString(target)).absolutePath();
    const QString path =
        hooks.chooseFile ? hooks.chooseFile(parent, folder)
                         : QFileDialog::getOpenFileName(
                               parent, tr("Import workspace or JSON"), folder,
                               tr("Workspaces and JSON exports (*.compact *.json);;All files (*)"));
    if (path.isEmpty()) {
        outcome.cancelled = true;
        return outcome;
    }
    const std::string file = toStdString(path);
    try {
        std::error_code ec;
        if (std::filesystem::equivalent(file, target, ec))
            throw Error(file + " is the workspace itself: choose another file to import.");
        const JsonDocument incoming = readMergeSource(file);
        // A connection of its own: the session notices the commit as an
        // outside change and refreshes everything it shows.
        Workspace workspace = Workspace::open(target);
        MergeOptions options;
        options.sourceName = QFileInfo(path).fileName().toStdString();
        options.dryRun = true;
        const MergeReport preview = workspace.merge(incoming, options);
        if (!preview.conflicts.empty()) {
            const bool go =
                hooks.askChoices ? hooks.askChoices(parent, preview, options.choices) : [&] {
                    MergeConflictsDialog dialog(preview, parent);
                    if (dialog.exec() != QDialog::Accepted)
                        return false;
                    options.choices = dialog.choices();
                    return true;
                }();
            if (!go) {
                outcome.cancelled = true;
                return outcome;
            }
        }
        options.dryRun = false;
        outcome.report = workspace.merge(incoming, options);
    } catch (const ValidationError& e) {
        outcome.error = tr("%1 was not imported:\n%2").arg(path, problemsText(e));
        return outcome;
    } catch (const std::exception& e) {
        outcome.error = coreText(e);
        return outcome;
    }
    session.checkForExternalChanges();
    const MergeReport& r = outcome.report;
    outcome.summary = tr("Imported %1: %2 compact(s) added, %3 updated, %4 conflict(s) flagged")
                          .arg(QFileInfo(path).fileName())
                          .arg(r.compactsAdded)
                          .arg(r.compactsUpdated)
                          .arg(r.flagged());
    return outcome;
}

} // namespace mc::ui
