// View > Dashboard (Ctrl+D): the program director's dashboard (issue 7) in
// place of the list and the compact, taking the window's whole width for
// its table and charts; a compact opened from it brings the list and the
// compact's pages back with that compact selected.

#include "ui/compact_list_panel.h"
#include "ui/dashboard_page.h"
#include "ui/main_window.h"

#include <QListView>
#include <QStackedWidget>
#include <QTableView>

namespace mc::ui {

void MainWindow::createDashboard() {
    dashboard_ = new DashboardPage;
    centralStack_->addWidget(dashboard_);
    connect(dashboard_, &DashboardPage::openCompactRequested, this,
            &MainWindow::openCompactFromDashboard);
}

void MainWindow::showDashboard(bool shown) {
    dashboardShown_ = shown && hasWorkspace();
    updateWindowState();
    // The keyboard lands where the work is: the table, or the list again.
    if (dashboardShown_)
        dashboard_->table()->setFocus(Qt::ShortcutFocusReason);
    else if (hasWorkspace())
        listPanel_->listView()->setFocus(Qt::ShortcutFocusReason);
}

bool MainWindow::isShowingDashboard() const {
    return centralStack_->currentWidget() == dashboard_;
}

void MainWindow::openCompactFromDashboard(const QString& compactId) {
    showDashboard(false);
    // Clears the list's filter if it hides the compact; the selection
    // shows the compact's pages.
    listPanel_->selectCompact(compactId);
}

} // namespace mc::ui
