// The dashboard in the main window (issue 7): View > Dashboard (Ctrl+D)
// shows it in place of the list and the compact, for the open workspace;
// Enter or a double-click on a row goes back with that compact selected in
// the list and its pages shown; closing the workspace leaves it.

#include "dashboard_fixture.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/dashboard_model.h"
#include "ui/dashboard_page.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using mc::ui::DashboardModel;
using mc::ui::MainWindow;

namespace {

// The table's row of the compact with this id (-1 when not shown).
int tableRow(const QTableView* table, const std::string& id) {
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(DashboardModel::CompactIdRole).toString() ==
            QString::fromStdString(id))
            return row;
    return -1;
}

} // namespace

TEST_CASE("Opening a compact from a dashboard row selects it in the main window",
          "[dashboard][dashboard-window]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    const mc::test::DashboardWorkspace made =
        mc::test::makeDashboardWorkspace(dir.file("program.compact"));
    auto window = desktop.makeWindow();
    window->show();
    QAction* dashboard = window->action(MainWindow::Command::Dashboard);
    REQUIRE(dashboard != nullptr);
    CHECK_FALSE(dashboard->isEnabled()); // no workspace yet
    CHECK(dashboard->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D));

    REQUIRE(window->openWorkspace(QString::fromStdString(made.path)));
    REQUIRE(dashboard->isEnabled());
    dashboard->trigger();
    REQUIRE(window->isShowingDashboard());
    CHECK(dashboard->isChecked());
    QTableView* table = window->dashboard()->table();
    REQUIRE(table->isVisible());
    REQUIRE(table->model()->rowCount() == 4);

    SECTION("Enter on a row") {
        const int row = tableRow(table, made.dev);
        REQUIRE(row >= 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        CHECK_FALSE(window->isShowingDashboard());
        CHECK_FALSE(dashboard->isChecked());
        CHECK(window->listPanel()->currentCompactId().toStdString() == made.dev);
        CHECK(window->compactView()->compactId().toStdString() == made.dev);
        CHECK(window->compactView()->isVisible());
    }
    SECTION("a double-click, with the list filtered so it hides the compact") {
        window->listPanel()->searchField()->setText("Archer");
        const int row = tableRow(table, made.ben);
        REQUIRE(row >= 0);
        const QRect cell = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        CHECK_FALSE(window->isShowingDashboard());
        CHECK(window->listPanel()->currentCompactId().toStdString() == made.ben);
        CHECK(window->compactView()->compactId().toStdString() == made.ben);
    }
    SECTION("Ctrl+D again goes back; closing the workspace leaves the dashboard") {
        dashboard->trigger();
        CHECK_FALSE(window->isShowingDashboard());
        dashboard->trigger();
        REQUIRE(window->isShowingDashboard());
        window->closeWorkspace();
        CHECK(window->isShowingStartPage());
        CHECK_FALSE(dashboard->isEnabled());
        CHECK(window->dashboard()->model()->rowCount() == 0);
    }
}

TEST_CASE("While the dashboard is shown Find searches it and the compact's commands wait",
          "[dashboard][dashboard-window]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    const mc::test::DashboardWorkspace made =
        mc::test::makeDashboardWorkspace(dir.file("program.compact"));
    auto window = desktop.makeWindow();
    window->show();
    window->activateWindow(); // focus is only given in the active window
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    REQUIRE(window->openWorkspace(QString::fromStdString(made.path)));
    window->listPanel()->selectCompact(QString::fromStdString(made.dev));
    REQUIRE(window->compactView()->compactId().toStdString() == made.dev);
    const auto enabled = [&](MainWindow::Command command) {
        return window->action(command)->isEnabled();
    };
    using Command = MainWindow::Command;
    const std::vector<Command> onTheCompact = {Command::Print,        Command::PrintPreview,
                                               Command::ExportPdf,    Command::DeleteCompact,
                                               Command::CloseCompact, Command::SaveAsTemplate};
    for (const Command command : onTheCompact)
        CHECK(enabled(command));

    window->action(Command::Dashboard)->trigger();
    REQUIRE(window->isShowingDashboard());
    for (const Command command : onTheCompact)
        CHECK_FALSE(enabled(command));
    CHECK(enabled(Command::ExportSignedCompacts)); // the whole workspace: still there
    window->action(Command::FindCompact)->trigger();
    CHECK(QApplication::focusWidget() == window->dashboard()->searchField());

    window->action(Command::Dashboard)->trigger();
    REQUIRE_FALSE(window->isShowingDashboard());
    for (const Command command : onTheCompact)
        CHECK(enabled(command));
    window->action(Command::FindCompact)->trigger();
    CHECK(QApplication::focusWidget() == window->listPanel()->searchField());
}
