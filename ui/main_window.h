#pragma once
// The main window: the start page while no workspace is open; otherwise the
// list of compacts on the left and the selected compact's pages on the
// right. It owns the open workspace's session and its undo stack; every
// collaborator (dialogs, clock, settings, demo files) comes in through
// DesktopServices.
//
// Ownership: the undo stack's commands refer to the session, so the stack
// is cleared before the session is destroyed (closing, switching
// workspaces, and in the destructor).

#include "core/workspace.h"
#include "ui/desktop_services.h"
#include "ui/import_merge.h"
#include "ui/print/printable.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <map>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;
class QUndoStack;
class QVBoxLayout;

namespace mc::ui {

class CompactListModel;
class CompactListPanel;
class CompactView;
class DashboardPage;
class OverviewPage;
class Settings;
class StartPage;
class WorkspaceSession;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The window's commands, for menus, tests and keyboard shortcuts.
    enum class Command {
        NewWorkspace,
        Open,
        OpenDemo,
        Close,
        NewCompact,
        DeleteCompact,
        CloseCompact,
        ReopenCompact,
        ExportJson,
        ImportMerge,
        FlaggedConflicts,
        PrintPreview,
        Print,
        ExportPdf,
        ExportSignedCompacts,
        SaveAsTemplate,
        Quit,
        Undo,
        Redo,
        Preferences,
        FindCompact,
        Dashboard,
        ClearRecent,
        Guide,
        About
    };

    explicit MainWindow(DesktopServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each returns false, after reporting why through services.reportError,
    // when the file could not be opened or made; the current state is kept.
    bool openWorkspace(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    bool createWorkspace(const QString& path);
    bool openDemoWorkspace();
    void closeWorkspace();

    // The File and Help menu commands (also behind the actions).
    void newCompact();
    void deleteCurrentCompact();
    void closeCurrentCompact();
    void reopenCurrentCompact();
    void exportJson();
    // File > Import workspace or JSON (ui/import_merge.h); the chooser and
    // the conflicts dialog are hooks tests replace.
    void importWorkspaceOrJson();
    ImportMergeHooks& importHooks() { return importHooks_; }
    // File > Flagged conflicts: the merge conflicts flagged to settle later
    // (FlaggedConflictsDialog), the workspace's or one compact's; not
    // modal, so the compact can be looked at meanwhile.
    void showFlaggedConflicts(const QString& compactId = QString());
    // main_window_templates.cpp: File > Save as template, Edit > Preferences.
    void saveAsTemplate();
    void showPreferences();
    // main_window_print.cpp: one version of the compact shown (the latest,
    // or the one the user picks when there are several), and the signed
    // compacts of the workspace at once.
    void printPreview();
    void printCompact();
    void exportPdf();
    void exportSignedCompacts();
    void showGuide();
    void showAbout();
    // main_window_dashboard.cpp: View > Dashboard (Ctrl+D) shows the
    // program director's dashboard in place of the list and the compact;
    // a compact opened from it goes back to them with that compact.
    void showDashboard(bool shown);
    bool isShowingDashboard() const;
    void openCompactFromDashboard(const QString& compactId);

    bool hasWorkspace() const { return session_ != nullptr; }
    const Workspace* workspace() const;
    WorkspaceSession* session() const { return session_.get(); }
    QUndoStack* undoStack() const { return undoStack_; }
    Settings& settings() const { return *settings_; }
    bool isShowingStartPage() const;

    // The parts, for tests.
    QAction* action(Command command) const;
    QMenu* recentMenu() const { return recentMenu_; }
    QToolBar* toolBar() const { return toolBar_; }
    StartPage* startPage() const { return startPage_; }
    CompactListPanel* listPanel() const { return listPanel_; }
    QListView* compactList() const;
    CompactListModel* compactListModel() const;
    CompactView* compactView() const { return compactView_; }
    DashboardPage* dashboard() const { return dashboard_; }
    OverviewPage* overviewPage() const;
    QSplitter* splitter() const { return splitter_; }
    QLabel* saveStateLabel() const { return saveState_; }
    QWidget* startRecentFiles() const { return startRecent_; }
    // The dialogs last opened from the Help menu (closed ones are gone).
    QDialog* guideDialog() const { return guide_; }
    QDialog* aboutDialog() const { return about_; }
    QDialog* preferencesDialog() const { return preferences_; }
    QDialog* flaggedConflictsDialog() const { return flaggedConflicts_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // main_window_actions.cpp: menus and the commands behind them.
    void createActions();
    QAction* addCommand(QMenu* menu, Command command, const QString& text,
                        const QKeySequence& shortcut, const char* icon = nullptr);
    void rebuildRecentMenu();
    void rebuildStartRecent();
    void askAndCreateWorkspace();
    void askAndOpenWorkspace();
    void openRecent(const QString& path);

    // main_window_print.cpp.
    void updatePrintActions();
    QString workspaceFolder() const;
    // The version to print of the compact shown; nothing when cancelled or
    // after reporting an error.
    std::optional<print::PrintableCompact> printableToPrint();
    // Every compact with a signed version, for the batch export's filters.
    std::vector<SignedCompactRow> signedCompactRows() const;

    // main_window.cpp: layout, the session, and what the window shows.
    void createLayout();
    void createDashboard();
    void restoreSettings();
    void saveSettings();
    void adoptWorkspace(Workspace workspace);
    void dropSession();
    void connectSession();
    void reloadList(const QString& select = QString());
    void onExternalChange();
    void onUndoIndexChanged(int index);
    void updateWindowState();
    void reportError(const QString& message);

    DesktopServices services_;
    ImportMergeHooks importHooks_;
    std::unique_ptr<QTemporaryDir> settingsFolder_; // when no settings were given
    std::shared_ptr<QSettings> settingsStore_;
    std::unique_ptr<Settings> settings_;
    QUndoStack* undoStack_ = nullptr;
    std::unique_ptr<WorkspaceSession> session_;
    QString workspaceName_;
    int lastUndoIndex_ = 0;

    QStackedWidget* centralStack_ = nullptr; // start | workspace splitter
    QWidget* start_ = nullptr;
    StartPage* startPage_ = nullptr;
    QWidget* startRecent_ = nullptr;
    QVBoxLayout* startRecentLayout_ = nullptr;
    QSplitter* splitter_ = nullptr;
    CompactListPanel* listPanel_ = nullptr;
    CompactView* compactView_ = nullptr;
    DashboardPage* dashboard_ = nullptr;
    bool dashboardShown_ = false; // while a workspace is open
    QLabel* saveState_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    std::map<Command, QAction*> actions_;
    QPointer<QDialog> guide_;
    QPointer<QDialog> about_;
    QPointer<QDialog> preferences_;
    QPointer<QDialog> flaggedConflicts_;
};

} // namespace mc::ui
