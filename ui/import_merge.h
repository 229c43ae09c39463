#pragma once
// File > Import Workspace or JSON (issue 7): another `.compact` file or a
// JSON export merged into the open workspace (core/merge.h). The file is
// chosen, the merge previewed, the conflicts shown with a choice each
// (MergeConflictsDialog), then the merge runs as one transaction. It runs
// on a connection of its own, so the session sees it as any outside change
// and every page and the compact list refresh.
//
// The modal parts are functions: tests replace them, as the Reviews
// page's PDF chooser is replaced.

#include "core/merge.h"

#include <QString>
#include <functional>

class QWidget;

namespace mc::ui {

class WorkspaceSession;

struct ImportMergeHooks {
    // Asks for the file; empty when cancelled. Default: a file dialog.
    std::function<QString(QWidget* parent, const QString& startFolder)> chooseFile;
    // Shows the preview and sets each conflict's choice in `choices`
    // (by MergeConflict::key); false when cancelled. Default: the dialog.
    std::function<bool(QWidget* parent, const MergeReport& preview,
                       std::map<std::string, ConflictChoice>& choices)>
        askChoices;
};

// What the import did, for the status bar; `error` set when it was refused
// (nothing changed) and `cancelled` when the user stopped it.
struct ImportMergeOutcome {
    bool cancelled = false;
    QString error;
    QString summary;
    MergeReport report;
};

ImportMergeOutcome importWorkspaceOrJson(QWidget* parent, WorkspaceSession& session,
                                         const ImportMergeHooks& hooks);

} // namespace mc::ui
