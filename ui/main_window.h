#pragma once
// The main window: the start page while no workspace is open; otherwise the
// list of compacts on the left and the selected compact's pages on the
// right. It owns the open workspace and nothing else: every collaborator
// (dialogs, clock, demo files) comes in through DesktopServices.

#include "core/workspace.h"
#include "ui/desktop_services.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QModelIndex;
class QSplitter;
class QStackedWidget;

namespace mc::ui {

class CompactListModel;
class OverviewPage;
class StartPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DesktopServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Each returns false, after reporting why through services.reportError,
    // when the file could not be opened or made; the current state is kept.
    bool openWorkspace(const QString& path, OpenMode mode = OpenMode::ReadWrite);
    bool createWorkspace(const QString& path);
    bool openDemoWorkspace();
    void closeWorkspace();

    bool hasWorkspace() const { return workspace_.has_value(); }
    const Workspace* workspace() const { return workspace_ ? &*workspace_ : nullptr; }
    bool isShowingStartPage() const;

    // The parts, for the pages to come and for tests.
    StartPage* startPage() const { return startPage_; }
    QListView* compactList() const { return compactList_; }
    CompactListModel* compactListModel() const { return compactListModel_; }
    OverviewPage* overviewPage() const { return overviewPage_; }
    QLabel* saveStateLabel() const { return saveState_; }

private:
    void createActions();
    void createLayout();
    // Dialog-driven commands of the File menu and the start page.
    void askAndCreateWorkspace();
    void askAndOpenWorkspace();

    void adoptWorkspace(Workspace workspace);
    void showCompactAt(const QModelIndex& index);
    void updateWindowState();
    void reportError(const QString& message);

    DesktopServices services_;
    std::optional<Workspace> workspace_;
    QString workspaceName_;

    QStackedWidget* centralStack_ = nullptr; // start page | workspace splitter
    StartPage* startPage_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QListView* compactList_ = nullptr;
    CompactListModel* compactListModel_ = nullptr;
    QStackedWidget* pageStack_ = nullptr; // empty hint | overview (editor pages later)
    QLabel* emptyHint_ = nullptr;
    OverviewPage* overviewPage_ = nullptr;
    QLabel* saveState_ = nullptr;

    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* demoAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* quitAction_ = nullptr;
};

} // namespace mc::ui
