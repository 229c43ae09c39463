// The main window's menus and the commands behind them.

#include "core/json_io.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/core_text.h"
#include "ui/dashboard_page.h"
#include "ui/flagged_conflicts_dialog.h"
#include "ui/help_dialogs.h"
#include "ui/icons.h"
#include "ui/main_window.h"
#include "ui/qt_helpers.h"
#include "ui/settings.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <exception>

namespace mc::ui {

QAction* MainWindow::addCommand(QMenu* menu, Command command, const QString& text,
                                const QKeySequence& shortcut, const char* icon) {
    auto* created = new QAction(text, this);
    if (!shortcut.isEmpty())
        created->setShortcut(shortcut);
    if (icon)
        created->setIcon(appIcon(icon));
    setShortcutToolTip(created);
    menu->addAction(created);
    actions_[command] = created;
    return created;
}

QAction* MainWindow::action(Command command) const {
    const auto found = actions_.find(command);
    return found == actions_.end() ? nullptr : found->second;
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    connect(addCommand(file, Command::NewWorkspace, tr("New &workspace…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "new-workspace"),
            &QAction::triggered, this, &MainWindow::askAndCreateWorkspace);
    connect(
        addCommand(file, Command::Open, tr("&Open…"), QKeySequence(Qt::CTRL | Qt::Key_O), "open"),
        &QAction::triggered, this, &MainWindow::askAndOpenWorkspace);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    recentMenu_->setIcon(appIcon("recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    actions_[Command::ClearRecent] = new QAction(tr("&Clear list"), this);
    connect(action(Command::ClearRecent), &QAction::triggered, this, [this] {
        settings_->clearRecentFiles();
        rebuildRecentMenu();
        rebuildStartRecent();
    });
    rebuildRecentMenu();
    connect(addCommand(file, Command::OpenDemo, tr("Open &demo workspace"), {}, "demo"),
            &QAction::triggered, this, [this] { openDemoWorkspace(); });
    connect(
        addCommand(file, Command::Close, tr("&Close"), QKeySequence(Qt::CTRL | Qt::Key_W), "close"),
        &QAction::triggered, this, &MainWindow::closeWorkspace);
    file->addSeparator();
    connect(addCommand(file, Command::NewCompact, tr("&New compact…"),
                       QKeySequence(Qt::CTRL | Qt::Key_N), "new-compact"),
            &QAction::triggered, this, &MainWindow::newCompact);
    connect(addCommand(file, Command::DeleteCompact, tr("De&lete compact…"), {}, "delete"),
            &QAction::triggered, this, &MainWindow::deleteCurrentCompact);
    connect(addCommand(file, Command::CloseCompact, tr("Close and a&rchive compact…"), {}),
            &QAction::triggered, this, &MainWindow::closeCurrentCompact);
    connect(addCommand(file, Command::ReopenCompact, tr("Re&open archived compact"), {}),
            &QAction::triggered, this, &MainWindow::reopenCurrentCompact);
    connect(
        addCommand(file, Command::SaveAsTemplate, tr("Save as &template…"), {}, "save-template"),
        &QAction::triggered, this, &MainWindow::saveAsTemplate);
    connect(addCommand(file, Command::ExportJson, tr("&Export JSON…"),
                       QKeySequence(Qt::CTRL | Qt::Key_E), "export"),
            &QAction::triggered, this, &MainWindow::exportJson);
    connect(addCommand(file, Command::ImportMerge, tr("&Import workspace or JSON…"), {}, "open"),
            &QAction::triggered, this, &MainWindow::importWorkspaceOrJson);
    connect(addCommand(file, Command::FlaggedConflicts, tr("Fl&agged conflicts…"), {}),
            &QAction::triggered, this, [this] { showFlaggedConflicts(); });
    // updateWindowState does not know it either: any open workspace has a
    // list to show (read-only too: settling is refused there in words).
    const auto followWorkspace = [this] {
        action(Command::FlaggedConflicts)->setEnabled(hasWorkspace());
    };
    connect(centralStack_, &QStackedWidget::currentChanged, this, followWorkspace);
    followWorkspace();
    connect(dashboard_, &DashboardPage::flaggedConflictsRequested, this,
            [this] { showFlaggedConflicts(); });
    file->addSeparator();
    // Ctrl+E is Export JSON, so Export PDF takes Ctrl+Shift+E.
    connect(addCommand(file, Command::PrintPreview, tr("Print pre&view…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
            &QAction::triggered, this, &MainWindow::printPreview);
    connect(addCommand(file, Command::Print, tr("&Print…"), QKeySequence::Print),
            &QAction::triggered, this, &MainWindow::printCompact);
    connect(addCommand(file, Command::ExportPdf, tr("Export PD&F…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "export"),
            &QAction::triggered, this, &MainWindow::exportPdf);
    connect(addCommand(file, Command::ExportSignedCompacts, tr("Export si&gned compacts…"), {}),
            &QAction::triggered, this, &MainWindow::exportSignedCompacts);
    // updateWindowState does not know these: follow the compact shown and
    // whether a workspace is open (the central stack switches with it).
    connect(listPanel_, &CompactListPanel::currentCompactChanged, this,
            &MainWindow::updatePrintActions);
    connect(centralStack_, &QStackedWidget::currentChanged, this, &MainWindow::updatePrintActions);
    updatePrintActions();
    file->addSeparator();
    QAction* quit =
        addCommand(file, Command::Quit, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), "quit");
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoStack_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(appIcon("undo"));
    QAction* redo = undoStack_->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(appIcon("redo"));
    // The stack renames them ("Undo Add clause"); the tooltip follows.
    for (QAction* undoOrRedo : {undo, redo}) {
        setShortcutToolTip(undoOrRedo);
        connect(undoOrRedo, &QAction::changed, this, [undoOrRedo] {
            const QString tip = toolTipWithShortcut(undoOrRedo);
            if (undoOrRedo->toolTip() != tip)
                undoOrRedo->setToolTip(tip);
        });
    }
    edit->addAction(undo);
    edit->addAction(redo);
    actions_[Command::Undo] = undo;
    actions_[Command::Redo] = redo;
    edit->addSeparator();
    // Not every platform names a Preferences key: Ctrl+, is the common one.
    QKeySequence preferencesKey(QKeySequence::Preferences);
    if (preferencesKey.isEmpty())
        preferencesKey = QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QAction* preferences =
        addCommand(edit, Command::Preferences, tr("&Preferences…"), preferencesKey, "preferences");
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    toolBar_ = new QToolBar(tr("Main toolbar"), this);
    toolBar_->setObjectName(QStringLiteral("mainToolBar")); // for saveState
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar_->setIconSize(QSize(20, 20));
    for (const Command command :
         {Command::NewCompact, Command::Open, Command::ExportJson, Command::Undo, Command::Redo})
        toolBar_->addAction(action(command));
    addToolBar(Qt::TopToolBarArea, toolBar_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showToolBar = toolBar_->toggleViewAction();
    showToolBar->setText(tr("&Toolbar"));
    view->addAction(showToolBar);
    view->addSeparator();
    connect(addCommand(view, Command::FindCompact, tr("&Find compact"), QKeySequence::Find, "find"),
            &QAction::triggered, this, [this] {
                // The search of what is shown: the dashboard's or the list's.
                QLineEdit* search =
                    isShowingDashboard() ? dashboard_->searchField() : listPanel_->searchField();
                search->setFocus(Qt::ShortcutFocusReason);
                search->selectAll();
            });
    QAction* dashboard = addCommand(view, Command::Dashboard, tr("&Dashboard"),
                                    QKeySequence(Qt::CTRL | Qt::Key_D), "dashboard");
    dashboard->setCheckable(true);
    connect(dashboard, &QAction::triggered, this, &MainWindow::showDashboard);
    toolBar_->addSeparator();
    toolBar_->addAction(dashboard);
    view->addSeparator();
    for (QAction* goTo : compactView_->goToActions())
        view->addAction(goTo);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    connect(addCommand(help, Command::Guide, tr("&How a compact works"), QKeySequence(Qt::Key_F1),
                       "help"),
            &QAction::triggered, this, &MainWindow::showGuide);
    // Shift+F1, then a click on a field: what it means, in the program's words.
    QAction* whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("&What's This?"));
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->addAction(whatsThis);
    QAction* about = addCommand(help, Command::About, tr("&About Mentoring Compact"), {}, "about");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = settings_->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        const QFileInfo info(path);
        // Numbered mnemonics; '&' in a file name must not become one.
        QString name = info.fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* entry = recentMenu_->addAction(
            tr("&%1 %2  (%3)")
                .arg(i + 1)
                .arg(name, QDir::toNativeSeparators(info.absolutePath())
                               .replace(QLatin1Char('&'), QStringLiteral("&&"))));
        entry->setData(path);
        entry->setToolTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty()) {
        QAction* none = recentMenu_->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    }
    recentMenu_->addSeparator();
    recentMenu_->addAction(action(Command::ClearRecent));
    action(Command::ClearRecent)->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildStartRecent() {
    while (QLayoutItem* item = startRecentLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList files = settings_->recentFiles();
    startRecent_->setVisible(!files.isEmpty());
    if (files.isEmpty())
        return;
    auto* heading = new QLabel(tr("Recent workspaces"), startRecent_);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setAlignment(Qt::AlignHCenter);
    startRecentLayout_->addWidget(heading);
    for (const QString& path : files) {
        QString name = QFileInfo(path).fileName();
        auto* button =
            new QPushButton(name.replace(QLatin1Char('&'), QStringLiteral("&&")), startRecent_);
        button->setFlat(true);
        button->setToolTip(QDir::toNativeSeparators(path));
        button->setAccessibleName(tr("Open recent workspace %1").arg(QFileInfo(path).fileName()));
        button->setProperty("workspacePath", path);
        connect(button, &QPushButton::clicked, this, [this, path] { openRecent(path); });
        startRecentLayout_->addWidget(button);
    }
}

void MainWindow::openRecent(const QString& path) {
    if (!openWorkspace(path)) {
        settings_->removeRecentFile(path);
        rebuildStartRecent();
    }
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

void MainWindow::newCompact() {
    if (!session_ || !services_.askNewCompact)
        return;
    const std::optional<Compact> compact =
        services_.askNewCompact(this, services_.today(), settings_->ownTemplatesFolder());
    if (!compact)
        return;
    QString newId;
    const QString refusal = session_->addCompact(*compact, &newId);
    if (!refusal.isEmpty()) {
        reportError(tr("Could not add the compact.\n\n%1").arg(refusal));
        return;
    }
    // The list was reloaded by the session's signal; show the new compact.
    listPanel_->selectCompact(newId);
}

void MainWindow::deleteCurrentCompact() {
    const QString compactId = compactView_->compactId();
    if (!session_ || compactId.isEmpty())
        return;
    QString title;
    try {
        title = toQString(session_->workspace().loadCompact(toStdString(compactId)).title);
    } catch (const std::exception& error) {
        reportError(coreText(error));
        return;
    }
    const QString question =
        tr("Delete the compact \"%1\" with everything in it?\n\nYou can bring it back with "
           "Edit, Undo.")
            .arg(title);
    if (services_.confirm && !services_.confirm(this, question))
        return;
    const QString refusal = session_->deleteCompact(toStdString(compactId));
    if (!refusal.isEmpty())
        reportError(tr("Could not delete the compact.\n\n%1").arg(refusal));
}

void MainWindow::closeCurrentCompact() {
    const QString compactId = compactView_->compactId();
    if (!session_ || compactId.isEmpty() || !services_.askClosing)
        return;
    Compact compact;
    try {
        compact = session_->workspace().loadCompact(toStdString(compactId));
    } catch (const std::exception& error) {
        reportError(coreText(error));
        return;
    }
    const std::optional<Closing> closing = services_.askClosing(this, compact, services_.today());
    if (!closing)
        return;
    const QString refusal =
        session_->closeCompact(toStdString(compactId), *closing, services_.today());
    if (!refusal.isEmpty())
        reportError(tr("Could not close the compact.\n\n%1").arg(refusal));
    updateWindowState();
}

void MainWindow::reopenCurrentCompact() {
    const QString compactId = compactView_->compactId();
    if (!session_ || compactId.isEmpty())
        return;
    const QString refusal = session_->reopenCompact(toStdString(compactId), services_.today());
    if (!refusal.isEmpty())
        reportError(tr("Could not reopen the compact.\n\n%1").arg(refusal));
    updateWindowState();
}

void MainWindow::exportJson() {
    if (!session_ || !services_.chooseExportPath)
        return;
    const QFileInfo workspaceFile(toQString(session_->workspace().path()));
    const QString suggested = workspaceFile.absoluteDir().filePath(
        workspaceFile.completeBaseName() + QStringLiteral(".json"));
    const QString path = services_.chooseExportPath(this, suggested);
    if (path.isEmpty())
        return;
    try {
        const std::string json = mc::exportJson(session_->workspace());
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            throw std::runtime_error(toStdString(out.errorString()));
        const auto size = static_cast<qint64>(json.size());
        if (out.write(json.data(), size) != size || !out.commit())
            throw std::runtime_error(toStdString(out.errorString()));
    } catch (const std::exception& error) {
        reportError(
            tr("Could not export to %1.\n\n%2").arg(QFileInfo(path).fileName(), coreText(error)));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::importWorkspaceOrJson() {
    if (!session_)
        return;
    const ImportMergeOutcome outcome = mc::ui::importWorkspaceOrJson(this, *session_, importHooks_);
    if (!outcome.error.isEmpty())
        reportError(tr("Could not import.\n\n%1").arg(outcome.error));
    else if (!outcome.cancelled)
        statusBar()->showMessage(outcome.summary, 8000);
}

void MainWindow::showFlaggedConflicts(const QString& compactId) {
    if (!session_)
        return;
    if (flaggedConflicts_)
        flaggedConflicts_->close(); // another scope asked: one at a time
    auto* dialog = new FlaggedConflictsDialog(*session_, compactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    flaggedConflicts_ = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showGuide() {
    QDialog* dialog = guide_.data();
    if (!dialog) {
        dialog = new CompactGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        guide_ = dialog;
    }
    dialog->show(); // not modal: the guide can stay open beside the work
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout() {
    QDialog* dialog = about_.data();
    if (!dialog) {
        dialog = new AboutDialog(services_.version, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        about_ = dialog;
    }
    dialog->open(); // window-modal without blocking
}

} // namespace mc::ui
