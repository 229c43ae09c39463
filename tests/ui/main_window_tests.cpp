// The main window's basics: the start page, opening files, the compact
// list and which compact is shown.

#include "core/demo.h"
#include "core/error.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/compact_list_model.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/main_window.h"
#include "ui/overview_page.h"
#include "ui/start_page.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringList>
#include <catch2/catch.hpp>

using mc::test::TestDesktop;
using mc::ui::CompactListModel;
using mc::ui::MainWindow;

namespace {

int rowOfScholar(const CompactListModel& model, const std::string& scholar) {
    for (std::size_t row = 0; row < model.entries().size(); ++row)
        if (model.entries()[row].scholar == scholar)
            return static_cast<int>(row);
    return -1;
}

} // namespace

TEST_CASE("The compact list model passes the item model tester", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    const mc::Workspace workspace = mc::Workspace::open(desktop.makeDemo().toStdString());

    CompactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(workspace.listCompacts());
    REQUIRE(model.rowCount() == 2);

    const int amara = rowOfScholar(model, "Dr. Amara Okafor");
    REQUIRE(amara >= 0);
    const QModelIndex index = model.index(amara);
    CHECK(index.data().toString() ==
          QStringLiteral("Dr. Amara Okafor — Clinical and Translational Science KL2"));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    CHECK(toolTip.contains(QStringLiteral("Dr. Rebecca Hale")));
    CHECK(toolTip.contains(QStringLiteral("Dr. Tomás Herrera")));
    CHECK(toolTip.contains(QStringLiteral("Signed")));
    CHECK(index.data(CompactListModel::CompactIdRole).toString().toStdString() ==
          model.entries()[static_cast<std::size_t>(amara)].id);
    CHECK(index.data(CompactListModel::ScholarRole).toString() ==
          QStringLiteral("Dr. Amara Okafor"));
    CHECK(index.data(CompactListModel::MentorsRole)
              .toStringList()
              .contains(QStringLiteral("Dr. Rebecca Hale")));
    CHECK(index.data(CompactListModel::StatusRole).toInt() ==
          static_cast<int>(mc::CompactStatus::Signed));

    model.setEntries({});
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.index(0).isValid());
}

TEST_CASE("The compact list escapes user text in tooltips", "[ui]") {
    mc::CompactListEntry entry;
    entry.id = "c1";
    entry.title = "<i>Title</i>";
    entry.scholar = "<b>Eve</b>";
    entry.program = "P & Q";
    entry.mentors = {"Ann <Lee>"};
    entry.start = mc::Date(2026, 1, 1);
    entry.end = mc::Date(2029, 1, 1);
    CompactListModel model;
    model.setEntries({entry});

    const QModelIndex index = model.index(0);
    CHECK(index.data().toString() == QStringLiteral("<b>Eve</b> — P & Q"));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    CHECK(toolTip.contains(QStringLiteral("Ann &lt;Lee&gt;")));
    CHECK(toolTip.contains(QStringLiteral("&lt;i&gt;Title&lt;/i&gt;")));
    CHECK_FALSE(toolTip.contains(QStringLiteral("<Lee>")));
}

TEST_CASE("The main window starts on the start page", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    CHECK(window->isShowingStartPage());
    CHECK_FALSE(window->hasWorkspace());
    CHECK(window->windowTitle() == QStringLiteral("Mentoring Compact"));
    CHECK_FALSE(window->action(MainWindow::Command::NewCompact)->isEnabled());
    CHECK_FALSE(window->action(MainWindow::Command::Close)->isEnabled());
    CHECK(desktop.errors.isEmpty());
}

TEST_CASE("The main window opens a workspace with one row per compact", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    const QString path = desktop.makeDemo();
    auto window = desktop.makeWindow();

    REQUIRE(window->openWorkspace(path));
    CHECK(desktop.errors.isEmpty());
    CHECK_FALSE(window->isShowingStartPage());
    CHECK(window->compactListModel()->rowCount() == 2);
    CHECK(window->windowTitle() == QStringLiteral("Demo workspace — Mentoring Compact"));
    CHECK(window->saveStateLabel()->text() == QStringLiteral("All changes saved"));
    // The first compact is shown at once, on every page.
    const QString shown = window->compactView()->compactId();
    CHECK_FALSE(shown.isEmpty());
    CHECK(window->listPanel()->currentCompactId() == shown);
    CHECK(window->overviewPage()->compactId() == shown.toStdString());
    CHECK_FALSE(window->compactView()->isShowingHint());
}

TEST_CASE("Selecting a compact in the list shows it", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(desktop.makeDemo()));

    for (const std::string scholar : {"Dr. Lucas Ferreira", "Dr. Amara Okafor"}) {
        const int row = rowOfScholar(*window->compactListModel(), scholar);
        REQUIRE(row >= 0);
        const std::string id =
            window->compactListModel()->entries()[static_cast<std::size_t>(row)].id;
        window->listPanel()->selectCompact(QString::fromStdString(id));
        CHECK(window->compactView()->compactId().toStdString() == id);
        CHECK(window->overviewPage()->compactId() == id);
    }
    CHECK(desktop.errors.isEmpty());
}

TEST_CASE("Opening a file that is not a workspace reports an error", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    const std::string notes = dir.file("notes.compact");
    mc::test::writeFile(notes, "Meeting notes, not a database.\n");
    auto window = desktop.makeWindow();

    CHECK_FALSE(window->openWorkspace(QString::fromStdString(notes)));
    REQUIRE(desktop.errors.size() == 1);
    CHECK(desktop.errors.front().contains(QStringLiteral("notes.compact")));
    CHECK(window->isShowingStartPage());
    CHECK_FALSE(window->hasWorkspace());

    SECTION("and keeps the workspace that was open") {
        const QString demo = desktop.makeDemo();
        REQUIRE(window->openWorkspace(demo));
        CHECK_FALSE(window->openWorkspace(desktop.path("missing.compact")));
        CHECK(desktop.errors.size() == 2);
        REQUIRE(window->hasWorkspace());
        CHECK(window->workspace()->path() == demo.toStdString());
        CHECK(window->compactListModel()->rowCount() == 2);
    }
}

TEST_CASE("The start page opens the demo and creates new workspaces", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    auto window = desktop.makeWindow();

    window->startPage()->openButton()->click(); // nextOpenPath is empty: cancelled
    CHECK(window->isShowingStartPage());

    window->startPage()->demoButton()->click();
    REQUIRE(window->hasWorkspace());
    CHECK(window->compactListModel()->rowCount() == 2);

    window->closeWorkspace();
    CHECK(window->isShowingStartPage());
    CHECK(window->windowTitle() == QStringLiteral("Mentoring Compact"));
    CHECK(window->compactListModel()->rowCount() == 0);

    desktop.nextNewPath = desktop.path("cohort-2026.compact");
    window->startPage()->newButton()->click();
    REQUIRE(window->hasWorkspace());
    CHECK(window->workspace()->path() == desktop.path("cohort-2026.compact").toStdString());
    CHECK(window->compactListModel()->rowCount() == 0);
    CHECK(window->compactView()->isShowingHint());
    CHECK(window->compactView()->hintText().contains(QStringLiteral("no compacts yet")));
    CHECK(window->windowTitle() == QStringLiteral("cohort-2026 — Mentoring Compact"));
    CHECK(desktop.errors.isEmpty());
}

TEST_CASE("A workspace opened read-only says so in the title and status bar", "[ui]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(desktop.makeDemo(), mc::OpenMode::ReadOnly));
    CHECK(window->saveStateLabel()->text() == QStringLiteral("Read-only"));
    CHECK(window->windowTitle() ==
          QStringLiteral("Demo workspace — Mentoring Compact [read-only]"));
    CHECK_FALSE(window->action(MainWindow::Command::NewCompact)->isEnabled());
    CHECK_FALSE(window->action(MainWindow::Command::DeleteCompact)->isEnabled());
    CHECK(window->action(MainWindow::Command::ExportJson)->isEnabled());
}
