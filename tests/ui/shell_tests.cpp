// The editor's shell: the File and Edit menus, the compact list with its
// search and filter, the tabbed compact view, external changes, export and
// recent files, all through a MainWindow with non-blocking services.

#include "core/json_io.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/compact_list_model.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/main_window.h"
#include "ui/overview_page.h"
#include "ui/settings.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using mc::test::TestDesktop;
using mc::ui::MainWindow;
using Command = mc::ui::MainWindow::Command;

namespace {

mc::Compact blankCompact(const std::string& scholar, const std::string& mentor,
                         const std::string& program) {
    mc::Compact compact;
    compact.title = "Mentoring compact: " + scholar;
    compact.program = program;
    compact.cohort = "2026";
    compact.start = mc::Date(2026, 9, 1);
    compact.end = mc::Date(2029, 8, 31);
    mc::Person scholarPerson;
    scholarPerson.role = mc::Role::Scholar;
    scholarPerson.name = scholar;
    mc::Person mentorPerson;
    mentorPerson.role = mc::Role::PrimaryMentor;
    mentorPerson.name = mentor;
    mentorPerson.position = 1;
    compact.people = {scholarPerson, mentorPerson};
    return compact;
}

// A new workspace made through File > New workspace, with one compact added
// through File > New compact.
struct ShellFixture {
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    std::unique_ptr<MainWindow> window = desktop.makeWindow();
    QString path = desktop.path("cohort.compact");

    ShellFixture() {
        desktop.nextNewPath = path;
        window->action(Command::NewWorkspace)->trigger();
    }

    QString addCompact(const std::string& scholar, const std::string& mentor = "Prof. Sam Reyes",
                       const std::string& program = "KL2") {
        desktop.nextNewCompact = blankCompact(scholar, mentor, program);
        window->action(Command::NewCompact)->trigger();
        return window->compactView()->compactId();
    }

    QStringList visibleScholars() const {
        QStringList names;
        const QAbstractItemModel* shown = window->compactList()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            names << shown->index(row, 0).data(mc::ui::CompactListModel::ScholarRole).toString();
        return names;
    }
};

} // namespace

TEST_CASE("File menu creates a workspace and New compact adds a compact to the list", "[shell]") {
    ShellFixture f;
    REQUIRE(f.window->hasWorkspace());
    CHECK(f.window->workspace()->path() == f.path.toStdString());
    CHECK(f.window->windowTitle() == QStringLiteral("cohort — Mentoring Compact"));
    CHECK(f.window->compactView()->isShowingHint());

    const QString id = f.addCompact("Dr. Lena Ortiz");
    CHECK(f.desktop.errors.isEmpty());
    REQUIRE_FALSE(id.isEmpty());
    CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Lena Ortiz")});
    CHECK(f.window->listPanel()->currentCompactId() == id);
    CHECK_FALSE(f.window->compactView()->isShowingHint());
    CHECK(f.window->overviewPage()->compactId() == id.toStdString());
    CHECK(f.window->undoStack()->count() == 1);
    CHECK(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved: ")));
    CHECK(f.window->saveStateLabel()->text() == QStringLiteral("All changes saved"));

    SECTION("cancelling the dialog adds nothing") {
        f.window->action(Command::NewCompact)->trigger(); // nextNewCompact is empty
        CHECK(f.window->compactListModel()->rowCount() == 1);
        CHECK(f.window->undoStack()->count() == 1);
    }
    SECTION("a compact the rules refuse is reported and not stored") {
        mc::Compact bad = blankCompact("Dr. Ada Byron", "Prof. Sam Reyes", "KL2");
        bad.end = bad.start;
        f.desktop.nextNewCompact = bad;
        f.window->action(Command::NewCompact)->trigger();
        REQUIRE(f.desktop.errors.size() == 1);
        CHECK(f.desktop.errors.front().contains(QStringLiteral("must be after the start date")));
        CHECK(f.window->compactListModel()->rowCount() == 1);
    }
}

TEST_CASE("Search and the status filter narrow the compact list", "[shell]") {
    ShellFixture f;
    f.addCompact("Dr. Lena Ortiz", "Prof. Sam Reyes", "KL2");
    f.addCompact("Dr. Omar Haddad", "Dr. Kim Baker", "Postdoc");
    const QString third = f.addCompact("Dr. Ines Park", "Prof. Sam Reyes", "T32");
    mc::Compact signedOne = f.window->session()->workspace().loadCompact(third.toStdString());
    signedOne.status = mc::CompactStatus::Signed;
    REQUIRE(f.window->session()->saveCompactHeader(signedOne).isEmpty());
    REQUIRE(f.visibleScholars().size() == 3);

    mc::ui::CompactListPanel* panel = f.window->listPanel();
    CHECK(panel->searchField()->placeholderText() ==
          QStringLiteral("Search scholar, mentor or program"));
    QTest::keyClicks(panel->searchField(), QStringLiteral("reyes"));
    CHECK(f.visibleScholars() ==
          QStringList({QStringLiteral("Dr. Lena Ortiz"), QStringLiteral("Dr. Ines Park")}));
    panel->searchField()->setText(QStringLiteral("postdoc"));
    CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Omar Haddad")});
    panel->searchField()->setText(QStringLiteral("ines"));
    CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Ines Park")});
    panel->searchField()->clear();

    QComboBox* status = panel->statusFilter();
    CHECK(status->itemText(0) == QStringLiteral("All but archived"));
    CHECK(status->itemText(1) == QStringLiteral("All, archived too"));
    CHECK(status->count() == 2 + static_cast<int>(mc::enumEntries<mc::CompactStatus>().size()));
    status->setCurrentIndex(status->findText(QStringLiteral("Signed")));
    CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Ines Park")});
    status->setCurrentIndex(status->findText(QStringLiteral("Draft")));
    CHECK(f.visibleScholars().size() == 2);
    panel->searchField()->setText(QStringLiteral("Baker"));
    CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Omar Haddad")});
    status->setCurrentIndex(0);
    panel->searchField()->clear();
    CHECK(f.visibleScholars().size() == 3);
}

TEST_CASE("The filter model passes the item model tester", "[shell]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    const mc::Workspace workspace = mc::Workspace::open(desktop.makeDemo().toStdString());
    mc::ui::CompactListPanel panel;
    QAbstractItemModelTester tester(panel.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setEntries(workspace.listCompacts());
    CHECK(panel.visibleCount() == 2);
    panel.filterModel()->setSearchText(QStringLiteral("okafor"));
    CHECK(panel.visibleCount() == 1);
    panel.filterModel()->setStatusFilter(mc::CompactStatus::Draft);
    CHECK(panel.visibleCount() == 0);
    panel.filterModel()->setStatusFilter(std::nullopt);
    panel.filterModel()->setSearchText(QString());
    CHECK(panel.visibleCount() == 2);
}

TEST_CASE("Deleting a compact asks first and undo brings it back", "[shell]") {
    ShellFixture f;
    f.addCompact("Dr. Lena Ortiz");
    const QString id = f.addCompact("Dr. Omar Haddad");
    REQUIRE(f.window->compactView()->compactId() == id);

    f.desktop.confirmAnswer = false;
    f.window->action(Command::DeleteCompact)->trigger();
    REQUIRE(f.desktop.questions.size() == 1);
    CHECK(f.desktop.questions.front().contains(QStringLiteral("Dr. Omar Haddad")));
    CHECK(f.window->session()->workspace().hasCompact(id.toStdString()));

    f.desktop.confirmAnswer = true;
    f.window->action(Command::DeleteCompact)->trigger();
    CHECK_FALSE(f.window->session()->workspace().hasCompact(id.toStdString()));
    CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Lena Ortiz")});
    CHECK(f.window->compactView()->compactId() != id);

    f.window->action(Command::Undo)->trigger();
    CHECK(f.window->session()->workspace().hasCompact(id.toStdString()));
    CHECK(f.visibleScholars().size() == 2);
    CHECK(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone: ")));
    f.window->action(Command::Redo)->trigger();
    CHECK_FALSE(f.window->session()->workspace().hasCompact(id.toStdString()));
    CHECK(f.desktop.errors.isEmpty());
}

TEST_CASE("Undo and redo of an edit update the page shown and keep the tab", "[shell]") {
    ShellFixture f;
    const QString id = f.addCompact("Dr. Lena Ortiz");
    mc::ui::CompactView* view = f.window->compactView();
    view->setCurrentPage(2);

    mc::Compact changed = f.window->session()->workspace().loadCompact(id.toStdString());
    changed.title = "Renamed compact";
    REQUIRE(f.window->session()->saveCompactHeader(changed).isEmpty());
    mc::ui::OverviewPage* overview = f.window->overviewPage();
    CHECK(overview->titleEdit()->text() == QStringLiteral("Renamed compact"));

    // A page not shown is refreshed when it is looked at again (built lazily).
    f.window->undoStack()->undo();
    overview = f.window->overviewPage();
    CHECK(overview->titleEdit()->text() == QStringLiteral("Mentoring compact: Dr. Lena Ortiz"));
    CHECK(f.window->session()->workspace().loadCompact(id.toStdString()).title ==
          "Mentoring compact: Dr. Lena Ortiz");
    f.window->undoStack()->redo();
    CHECK(f.window->overviewPage()->titleEdit()->text() == QStringLiteral("Renamed compact"));
    CHECK(view->currentPage() == 2);
}

TEST_CASE("A workspace closed and opened again shows everything", "[shell]") {
    ShellFixture f;
    const QString first = f.addCompact("Dr. Lena Ortiz");
    f.addCompact("Dr. Omar Haddad");
    f.window->action(Command::Close)->trigger();
    CHECK(f.window->isShowingStartPage());
    CHECK(f.window->undoStack()->count() == 0);
    CHECK_FALSE(f.window->action(Command::Undo)->isEnabled());

    f.desktop.nextOpenPath = f.path;
    f.window->action(Command::Open)->trigger();
    REQUIRE(f.window->hasWorkspace());
    CHECK(f.visibleScholars().size() == 2);
    REQUIRE(f.window->listPanel()->selectCompact(first));
    CHECK(f.window->overviewPage()->titleEdit()->text() ==
          QStringLiteral("Mentoring compact: Dr. Lena Ortiz"));
    CHECK(f.desktop.errors.isEmpty());
}

TEST_CASE("A compact added by another program appears in the list", "[shell]") {
    ShellFixture f;
    const QString shown = f.addCompact("Dr. Lena Ortiz");
    {
        mc::Workspace other = mc::Workspace::open(f.path.toStdString());
        other.addCompact(mc::test::sampleCompact("Dr. Other Program"));
    }
    f.window->session()->checkForExternalChanges();
    CHECK(f.visibleScholars().contains(QStringLiteral("Dr. Other Program")));
    CHECK(f.window->listPanel()->currentCompactId() == shown);
    CHECK(f.window->compactView()->compactId() == shown);
    CHECK(f.window->statusBar()->currentMessage() ==
          QStringLiteral("Updated with changes made by another program"));

    SECTION("and one it deletes leaves the hint") {
        {
            mc::Workspace other = mc::Workspace::open(f.path.toStdString());
            other.deleteCompact(shown.toStdString());
        }
        f.window->session()->checkForExternalChanges();
        CHECK(f.visibleScholars() == QStringList{QStringLiteral("Dr. Other Program")});
        CHECK(f.window->compactView()->isShowingHint());
        CHECK(f.window->compactView()->compactId().isEmpty());
    }
    SECTION("and an undo the file no longer allows is reported") {
        mc::Compact changed = f.window->session()->workspace().loadCompact(shown.toStdString());
        changed.title = "Edited here";
        REQUIRE(f.window->session()->saveCompactHeader(changed).isEmpty());
        {
            mc::Workspace other = mc::Workspace::open(f.path.toStdString());
            other.deleteCompact(shown.toStdString());
        }
        f.window->undoStack()->undo(); // puts back a title of a compact that is gone
        REQUIRE(f.desktop.errors.size() == 1);
        CHECK(f.desktop.errors.front().startsWith(QStringLiteral("Could not undo")));
    }
}

TEST_CASE("Export JSON writes a file that the reader accepts", "[shell]") {
    ShellFixture f;
    f.addCompact("Dr. Lena Ortiz");
    f.addCompact("Dr. Omar Haddad");
    const QString out = f.desktop.path("export.json");
    f.desktop.nextExportPath = out;
    f.window->action(Command::ExportJson)->trigger();
    REQUIRE(f.desktop.errors.isEmpty());
    const mc::JsonDocument document = mc::parseJson(mc::test::readFile(out.toStdString()));
    CHECK(document.compacts.size() == 2);
    CHECK(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported to")));

    SECTION("a folder that cannot be written is reported") {
        f.desktop.nextExportPath = f.desktop.path("no-such-folder/export.json");
        f.window->action(Command::ExportJson)->trigger();
        CHECK(f.desktop.errors.size() == 1);
    }
}

TEST_CASE("Opened workspaces go to the recent files, newest first", "[shell]") {
    ShellFixture f;
    const QString demo = f.desktop.makeDemo();
    REQUIRE(f.window->openWorkspace(demo));
    const QStringList recent = f.window->settings().recentFiles();
    REQUIRE(recent.size() == 2);
    CHECK(recent[0] == demo);
    CHECK(recent[1] == f.path);

    QMenu* menu = f.window->recentMenu();
    emit menu->aboutToShow();
    QStringList paths;
    for (QAction* entry : menu->actions())
        if (entry->data().isValid())
            paths << entry->data().toString();
    CHECK(paths == recent);

    f.window->closeWorkspace();
    const auto buttons = f.window->startRecentFiles()->findChildren<QPushButton*>();
    REQUIRE(buttons.size() == 2);
    buttons[1]->click(); // the older one: cohort.compact
    REQUIRE(f.window->hasWorkspace());
    CHECK(f.window->workspace()->path() == f.path.toStdString());
    CHECK(f.window->settings().recentFiles().front() == f.path);

    f.window->action(Command::ClearRecent)->trigger();
    CHECK(f.window->settings().recentFiles().isEmpty());
}
