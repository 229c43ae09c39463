#include "ui/main_window.h"

#include "core/error.h"
#include "ui/app_resources.h"
#include "ui/compact_list_model.h"
#include "ui/overview_page.h"
#include "ui/qt_helpers.h"
#include "ui/start_page.h"

#include <QAction>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <exception>

namespace mc::ui {

MainWindow::MainWindow(DesktopServices services, QWidget* parent)
    : QMainWindow(parent), services_(std::move(services)) {
    ensureResources();
    if (!services_.today)
        services_.today = [] {
            return todayLocal();
        };
    createActions();
    createLayout();
    resize(1100, 720);
    updateWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    newAction_ = file->addAction(tr("&New workspace…"), this, &MainWindow::askAndCreateWorkspace);
    newAction_->setShortcut(QKeySequence::New);
    openAction_ = file->addAction(tr("&Open…"), this, &MainWindow::askAndOpenWorkspace);
    openAction_->setShortcut(QKeySequence::Open);
    demoAction_ =
        file->addAction(tr("Open &demo workspace"), this, [this] { openDemoWorkspace(); });
    file->addSeparator();
    closeAction_ = file->addAction(tr("&Close"), this, &MainWindow::closeWorkspace);
    closeAction_->setShortcut(QKeySequence::Close);
    file->addSeparator();
    quitAction_ = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
}

void MainWindow::createLayout() {
    startPage_ = new StartPage;
    connect(startPage_, &StartPage::newWorkspaceRequested, this,
            &MainWindow::askAndCreateWorkspace);
    connect(startPage_, &StartPage::openWorkspaceRequested, this, &MainWindow::askAndOpenWorkspace);
    connect(startPage_, &StartPage::openDemoRequested, this, [this] { openDemoWorkspace(); });

    compactListModel_ = new CompactListModel(this);
    compactList_ = new QListView;
    compactList_->setObjectName(QStringLiteral("compactList"));
    compactList_->setModel(compactListModel_);
    compactList_->setSelectionMode(QAbstractItemView::SingleSelection);
    compactList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    compactList_->setUniformItemSizes(true);
    compactList_->setSpacing(2);
    compactList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    compactList_->setTextElideMode(Qt::ElideRight);
    connect(compactList_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCompactAt(current); });

    emptyHint_ = makePlainLabel(QString());
    emptyHint_->setAlignment(Qt::AlignCenter);
    emptyHint_->setWordWrap(true);
    overviewPage_ = new OverviewPage;
    pageStack_ = new QStackedWidget;
    pageStack_->addWidget(emptyHint_);
    pageStack_->addWidget(overviewPage_);

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->addWidget(compactList_);
    splitter_->addWidget(pageStack_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);
    splitter_->setSizes({340, 760});

    centralStack_ = new QStackedWidget;
    centralStack_->addWidget(startPage_);
    centralStack_->addWidget(splitter_);
    setCentralWidget(centralStack_);

    saveState_ = new QLabel;
    statusBar()->addPermanentWidget(saveState_);
}

bool MainWindow::isShowingStartPage() const {
    return centralStack_->currentWidget() == startPage_;
}

bool MainWindow::openWorkspace(const QString& path, OpenMode mode) {
    try {
        adoptWorkspace(Workspace::open(toStdString(path), mode));
    } catch (const std::exception& error) {
        reportError(tr("Could not open %1.\n\n%2")
                        .arg(QFileInfo(path).fileName(), QString::fromStdString(error.what())));
        return false;
    }
    const OpenReport& report = workspace_->openReport();
    if (!report.backupPath.empty())
        statusBar()->showMessage(tr("Upgraded from an older version; the original was kept as %1")
                                     .arg(toQString(report.backupPath)));
    return true;
}

bool MainWindow::createWorkspace(const QString& path) {
    try {
        const QString name = QFileInfo(path).completeBaseName();
        adoptWorkspace(Workspace::create(toStdString(path), toStdString(name)));
    } catch (const std::exception& error) {
        reportError(tr("Could not create %1.\n\n%2")
                        .arg(QFileInfo(path).fileName(), QString::fromStdString(error.what())));
        return false;
    }
    return true;
}

bool MainWindow::openDemoWorkspace() {
    if (!services_.createDemoWorkspace)
        return false;
    QString path;
    try {
        path = services_.createDemoWorkspace();
    } catch (const std::exception& error) {
        reportError(tr("Could not create the demo workspace.\n\n%1")
                        .arg(QString::fromStdString(error.what())));
        return false;
    }
    return openWorkspace(path);
}

void MainWindow::closeWorkspace() {
    workspace_.reset();
    workspaceName_.clear();
    compactListModel_->setEntries({});
    overviewPage_->clear();
    statusBar()->clearMessage();
    updateWindowState();
}

void MainWindow::askAndCreateWorkspace() {
    if (!services_.chooseNewWorkspacePath)
        return;
    const QString path = services_.chooseNewWorkspacePath(this);
    if (!path.isEmpty())
        createWorkspace(path);
}

void MainWindow::askAndOpenWorkspace() {
    if (!services_.chooseWorkspaceToOpen)
        return;
    const QString path = services_.chooseWorkspaceToOpen(this);
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::adoptWorkspace(Workspace workspace) {
    // Read everything the window shows before replacing the current one, so
    // a file that fails here leaves the open workspace as it was.
    std::vector<CompactListEntry> entries = workspace.listCompacts();
    QString name = toQString(workspace.info().name);
    if (name.isEmpty())
        name = QFileInfo(toQString(workspace.path())).completeBaseName();
    workspace_.reset();
    workspaceName_ = name;
    workspace_.emplace(std::move(workspace));
    overviewPage_->clear();
    statusBar()->clearMessage();
    compactListModel_->setEntries(std::move(entries));
    updateWindowState();
    if (compactListModel_->rowCount() > 0)
        compactList_->setCurrentIndex(compactListModel_->index(0));
}

void MainWindow::showCompactAt(const QModelIndex& index) {
    const CompactListEntry* entry = compactListModel_->entryAt(index);
    if (!workspace_ || !entry) {
        overviewPage_->clear();
        updateWindowState();
        return;
    }
    try {
        overviewPage_->showCompact(workspace_->loadCompact(entry->id), services_.today());
    } catch (const std::exception& error) {
        overviewPage_->clear();
        reportError(
            tr("Could not show this compact.\n\n%1").arg(QString::fromStdString(error.what())));
    }
    updateWindowState();
}

void MainWindow::updateWindowState() {
    const bool open = workspace_.has_value();
    centralStack_->setCurrentWidget(open ? static_cast<QWidget*>(splitter_) : startPage_);
    closeAction_->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Mentoring Compact"));
        saveState_->clear();
        saveState_->setToolTip(QString());
        return;
    }
    setWindowTitle(tr("%1 — Mentoring Compact").arg(workspaceName_));
    if (workspace_->isReadOnly()) {
        saveState_->setText(tr("Read-only"));
        saveState_->setToolTip(toQString(workspace_->openReport().readOnlyReason));
    } else {
        saveState_->setText(tr("All changes saved"));
        saveState_->setToolTip(tr("Every change is written to the file at once."));
    }

    if (!overviewPage_->compactId().empty()) {
        pageStack_->setCurrentWidget(overviewPage_);
    } else {
        emptyHint_->setText(compactListModel_->rowCount() == 0
                                ? tr("This workspace holds no compacts yet.")
                                : tr("Choose a compact on the left."));
        pageStack_->setCurrentWidget(emptyHint_);
    }
}

void MainWindow::reportError(const QString& message) {
    if (services_.reportError)
        services_.reportError(this, message);
}

} // namespace mc::ui
