#include "ui/main_window.h"

#include "core/error.h"
#include "ui/app_resources.h"
#include "ui/compact_list_model.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/core_text.h"
#include "ui/dashboard_page.h"
#include "ui/overview_page.h"
#include "ui/qt_helpers.h"
#include "ui/settings.h"
#include "ui/start_page.h"
#include "ui/workspace_session.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringList>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <exception>

namespace mc::ui {

namespace {

constexpr int kEditMessageMs = 3000;

} // namespace

MainWindow::MainWindow(DesktopServices services, QWidget* parent)
    : QMainWindow(parent), services_(std::move(services)) {
    ensureResources();
    if (!services_.today)
        services_.today = [] {
            return todayLocal();
        };
    settingsStore_ = services_.settings;
    if (!settingsStore_) {
        // Nobody gave us settings: keep them for this window's life only.
        settingsFolder_ = std::make_unique<QTemporaryDir>();
        settingsStore_ = std::make_shared<QSettings>(
            settingsFolder_->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    settings_ = std::make_unique<Settings>(*settingsStore_);
    undoStack_ = new QUndoStack(this);
    connect(undoStack_, &QUndoStack::indexChanged, this, &MainWindow::onUndoIndexChanged);

    createLayout();
    createActions();
    resize(1100, 720);
    restoreSettings();
    updateWindowState();
}

MainWindow::~MainWindow() {
    dropSession();
}

void MainWindow::createLayout() {
    startPage_ = new StartPage;
    connect(startPage_, &StartPage::newWorkspaceRequested, this,
            &MainWindow::askAndCreateWorkspace);
    connect(startPage_, &StartPage::openWorkspaceRequested, this, &MainWindow::askAndOpenWorkspace);
    connect(startPage_, &StartPage::openDemoRequested, this, [this] { openDemoWorkspace(); });
    // Recently opened workspaces, under the start page's buttons.
    startRecent_ = new QWidget;
    startRecent_->setObjectName(QStringLiteral("startRecentFiles"));
    startRecentLayout_ = new QVBoxLayout(startRecent_);
    startRecentLayout_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    start_ = new QWidget;
    auto* startColumn = new QVBoxLayout(start_);
    startColumn->addWidget(startPage_, 3);
    startColumn->addWidget(startRecent_, 2);

    listPanel_ = new CompactListPanel;
    connect(listPanel_, &CompactListPanel::currentCompactChanged, this,
            [this](const QString& compactId) {
                compactView_->showCompact(compactId);
                updateWindowState();
            });
    compactView_ = new CompactView;

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter_->addWidget(listPanel_);
    splitter_->addWidget(compactView_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);
    splitter_->setSizes({320, 780});

    centralStack_ = new QStackedWidget;
    centralStack_->addWidget(start_);
    centralStack_->addWidget(splitter_);
    createDashboard();
    setCentralWidget(centralStack_);

    saveState_ = new QLabel;
    saveState_->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(saveState_);
}

void MainWindow::restoreSettings() {
    const QByteArray geometry = settings_->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings_->windowState();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitterState = settings_->splitterState();
    if (!splitterState.isEmpty())
        splitter_->restoreState(splitterState);
    compactView_->setCurrentPage(settings_->lastTab());
    rebuildStartRecent();
}

void MainWindow::saveSettings() {
    settings_->setWindowGeometry(saveGeometry());
    settings_->setWindowState(saveState());
    settings_->setSplitterState(splitter_->saveState());
    settings_->setLastTab(compactView_->currentPage());
    settings_->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    closeWorkspace();
    event->accept();
}

const Workspace* MainWindow::workspace() const {
    return session_ ? &session_->workspace() : nullptr;
}

QListView* MainWindow::compactList() const {
    return listPanel_->listView();
}

CompactListModel* MainWindow::compactListModel() const {
    return listPanel_->model();
}

OverviewPage* MainWindow::overviewPage() const {
    return compactView_->page<OverviewPage>();
}

bool MainWindow::isShowingStartPage() const {
    return centralStack_->currentWidget() == start_;
}

bool MainWindow::openWorkspace(const QString& path, OpenMode mode) {
    try {
        adoptWorkspace(Workspace::open(toStdString(path), mode));
    } catch (const std::exception& error) {
        reportError(
            tr("Could not open %1.\n\n%2").arg(QFileInfo(path).fileName(), coreText(error)));
        return false;
    }
    settings_->addRecentFile(path);
    rebuildStartRecent();
    const OpenReport& report = session_->workspace().openReport();
    if (!report.backupPath.empty())
        statusBar()->showMessage(tr("Upgraded from an older version; the original was kept as %1")
                                     .arg(toQString(report.backupPath)));
    // Signed versions changed behind the program's back (issue 5): say which.
    const Workspace::VerifyReport verified = session_->workspace().verify();
    if (!verified.problems.empty()) {
        QStringList lines;
        for (const Problem& problem : verified.problems)
            lines << toQString(problem.field) + QStringLiteral(": ") + coreText(problem);
        reportError(tr("Some signed versions in %1 no longer match their fingerprints: the "
                       "file was changed by another program.\n\n%2")
                        .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))));
    }
    return true;
}

bool MainWindow::createWorkspace(const QString& path) {
    try {
        const QString name = QFileInfo(path).completeBaseName();
        adoptWorkspace(Workspace::create(toStdString(path), toStdString(name)));
    } catch (const std::exception& error) {
        reportError(
            tr("Could not create %1.\n\n%2").arg(QFileInfo(path).fileName(), coreText(error)));
        return false;
    }
    settings_->addRecentFile(path);
    rebuildStartRecent();
    return true;
}

bool MainWindow::openDemoWorkspace() {
    if (!services_.createDemoWorkspace)
        return false;
    QString path;
    try {
        path = services_.createDemoWorkspace();
        // Demo files live in a temporary folder: not worth remembering.
        adoptWorkspace(Workspace::open(toStdString(path)));
    } catch (const std::exception& error) {
        reportError(tr("Could not open the demo workspace.\n\n%1").arg(coreText(error)));
        return false;
    }
    return true;
}

void MainWindow::closeWorkspace() {
    dropSession();
    dashboardShown_ = false;
    workspaceName_.clear();
    listPanel_->setEntries({});
    statusBar()->clearMessage();
    rebuildStartRecent();
    updateWindowState();
}

void MainWindow::dropSession() {
    if (!session_)
        return;
    // The stack's commands refer to the session: clear them first.
    lastUndoIndex_ = 0; // before clearing, so clearing is not reported as an undo
    undoStack_->clear();
    compactView_->setSession(nullptr, {}, services_.today);
    dashboard_->setSession(nullptr, {});
    session_.reset();
}

void MainWindow::adoptWorkspace(Workspace workspace) {
    // Read everything the window shows before replacing the current one, so
    // a file that fails here leaves the open workspace as it was.
    std::vector<CompactListEntry> entries = workspace.listCompacts();
    QString name = toQString(workspace.info().name);
    if (name.isEmpty())
        name = QFileInfo(toQString(workspace.path())).completeBaseName();
    dropSession();
    workspaceName_ = name;
    session_ = std::make_unique<WorkspaceSession>(std::move(workspace), *undoStack_);
    connectSession();
    compactView_->setSession(
        session_.get(), [this](QWidget*, const QString& message) { reportError(message); },
        services_.today);
    dashboard_->setSession(session_.get(), services_.today);
    statusBar()->clearMessage();
    listPanel_->setEntries(std::move(entries));
    if (listPanel_->currentCompactId().isEmpty())
        listPanel_->selectFirst();
    if (compactView_->compactId() != listPanel_->currentCompactId())
        compactView_->showCompact(listPanel_->currentCompactId());
    updateWindowState();
}

void MainWindow::connectSession() {
    WorkspaceSession* session = session_.get();
    connect(session, &WorkspaceSession::compactListChanged, this, [this] { reloadList(); });
    connect(session, &WorkspaceSession::externalChange, this, &MainWindow::onExternalChange);
    connect(session, &WorkspaceSession::undoFailed, this, [this](const QString& message) {
        reportError(tr("Could not undo or redo this change.\n\n%1").arg(message));
    });
}

void MainWindow::reloadList(const QString& select) {
    if (!session_)
        return;
    try {
        listPanel_->setEntries(session_->workspace().listCompacts(), select);
    } catch (const std::exception& error) {
        reportError(tr("Could not read the list of compacts.\n\n%1").arg(coreText(error)));
    }
    updateWindowState();
}

void MainWindow::onExternalChange() {
    reloadList();
    // The compact view reloads the shown compact itself.
    statusBar()->showMessage(tr("Updated with changes made by another program"), 5000);
}

void MainWindow::onUndoIndexChanged(int index) {
    QString message;
    if (index > lastUndoIndex_ && index > 0)
        message = tr("Saved: %1").arg(undoStack_->text(index - 1));
    else if (index < lastUndoIndex_)
        message = tr("Undone: %1").arg(undoStack_->text(index));
    lastUndoIndex_ = index;
    if (!message.isEmpty() && session_) {
        statusBar()->showMessage(message, kEditMessageMs);
        updateWindowState();
    }
}

void MainWindow::updateWindowState() {
    if (actions_.empty())
        return; // still being built
    const bool open = hasWorkspace();
    QWidget* shown = start_;
    if (open)
        shown = dashboardShown_ ? static_cast<QWidget*>(dashboard_) : splitter_;
    centralStack_->setCurrentWidget(shown);
    action(Command::Dashboard)->setEnabled(open);
    action(Command::Dashboard)->setChecked(open && dashboardShown_);
    const bool readOnly = open && session_->workspace().isReadOnly();
    // The dashboard hides the compact: commands on "the compact" wait until
    // it is shown again rather than act on one the user cannot see.
    const bool compactShown = open && !dashboardShown_ && !compactView_->compactId().isEmpty();
    action(Command::Close)->setEnabled(open);
    action(Command::NewCompact)->setEnabled(open && !readOnly);
    action(Command::DeleteCompact)->setEnabled(compactShown && !readOnly);
    const bool closedShown = compactShown && listPanel_->currentStatus() == CompactStatus::Closed;
    action(Command::CloseCompact)->setEnabled(compactShown && !readOnly && !closedShown);
    action(Command::ReopenCompact)->setEnabled(closedShown && !readOnly);
    action(Command::ExportJson)->setEnabled(open);
    action(Command::ImportMerge)->setEnabled(open && !readOnly);
    action(Command::SaveAsTemplate)->setEnabled(compactShown);
    action(Command::FindCompact)->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Mentoring Compact"));
        saveState_->clear();
        saveState_->setToolTip(QString());
        return;
    }
    QString title = tr("%1 — Mentoring Compact").arg(workspaceName_);
    if (readOnly)
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title);
    if (readOnly) {
        saveState_->setText(tr("Read-only"));
        saveState_->setToolTip(coreText(session_->workspace().openReport().readOnlyReason));
    } else {
        saveState_->setText(tr("All changes saved"));
        saveState_->setToolTip(tr("Every change is written to the file at once."));
    }
    compactView_->setHintText(listPanel_->totalCount() == 0
                                  ? tr("This workspace holds no compacts yet. Choose File, New "
                                       "compact (Ctrl+N) to write one.")
                                  : tr("Choose a compact on the left."));
}

void MainWindow::reportError(const QString& message) {
    if (services_.reportError)
        services_.reportError(this, message);
}

} // namespace mc::ui
