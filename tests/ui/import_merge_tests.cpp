// File > Import workspace or JSON (issue 7): a pair's workspace with a new
// compact and a conflicting change merged into the open workspace through
// the conflicts dialog, choosing "take theirs"; the list refreshes.

#include "core/merge.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/compact_list_model.h"
#include "ui/main_window.h"
#include "ui/merge_conflicts_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QStatusBar>
#include <QTableWidget>
#include <catch2/catch.hpp>

using mc::test::TestDesktop;
using mc::ui::MainWindow;
using Command = mc::ui::MainWindow::Command;

namespace {

void moveMilestone(const std::string& file, const std::string& compactId, const mc::Date& due) {
    mc::Workspace ws = mc::Workspace::open(file);
    mc::Milestone m = ws.loadCompact(compactId).milestones.at(0);
    m.due = due;
    ws.saveMilestone(compactId, m);
}

} // namespace

TEST_CASE("Import workspace with a conflict: take theirs, and the list refreshes",
          "[import-merge]") {
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    const std::string pair = dir.file("ortiz.compact");
    const std::string program = dir.file("program.compact");
    std::string shared;
    {
        mc::Workspace pairWs = mc::Workspace::create(pair, "Ortiz and Reyes");
        shared = pairWs.addCompact(mc::test::sampleCompact()).id;
        mc::Workspace programWs = mc::Workspace::create(program, "KL2 program");
        mc::mergeFile(programWs, pair, {});
        pairWs.addCompact(mc::test::sampleCompact("Dr. Omar Haddad")); // new on the pair's desk
    }
    moveMilestone(pair, shared, mc::Date(2029, 1, 15));
    moveMilestone(program, shared, mc::Date(2028, 12, 1));

    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(program)));
    REQUIRE(window->compactListModel()->rowCount() == 1);

    QString startFolder;
    int rowsShown = -1;
    QString oursShown;
    QString theirsShown;
    window->importHooks().chooseFile = [&](QWidget*, const QString& folder) {
        startFolder = folder;
        return QString::fromStdString(pair);
    };
    window->importHooks().askChoices = [&](QWidget* parent, const mc::MergeReport& preview,
                                           std::map<std::string, mc::ConflictChoice>& choices) {
        mc::ui::MergeConflictsDialog dialog(preview, parent);
        rowsShown = dialog.rowCount();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
        REQUIRE(table != nullptr);
        oursShown = table->item(0, 2)->text();
        theirsShown = table->item(0, 3)->text();
        CHECK(dialog.choice(0) == mc::ConflictChoice::Flag); // the default
        dialog.setChoice(0, mc::ConflictChoice::TakeTheirs);
        dialog.accept();
        choices = dialog.choices();
        return dialog.result() == QDialog::Accepted;
    };
    REQUIRE(window->action(Command::ImportMerge)->isEnabled());
    window->action(Command::ImportMerge)->trigger();

    CHECK(desktop.errors.isEmpty());
    CHECK(startFolder == QString::fromStdString(dir.path().string()));
    CHECK(rowsShown == 1);
    CHECK(oursShown == QStringLiteral("2028-12-01"));
    CHECK(theirsShown == QStringLiteral("2029-01-15"));
    CHECK(window->compactListModel()->rowCount() == 2); // the new compact is listed
    CHECK(window->statusBar()->currentMessage().startsWith(QStringLiteral("Imported ortiz")));

    const mc::Workspace after = mc::Workspace::open(program, mc::OpenMode::ReadOnly);
    CHECK(after.loadCompact(shared).milestones.at(0).due == mc::Date(2029, 1, 15));
    CHECK(after.mergeConflicts().empty());
    CHECK(after.listCompacts().size() == 2);
}

TEST_CASE("Import workspace: cancelling the conflicts dialog changes nothing", "[import-merge]") {
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    const std::string pair = dir.file("ortiz.compact");
    const std::string program = dir.file("program.compact");
    std::string shared;
    {
        mc::Workspace pairWs = mc::Workspace::create(pair, "Ortiz and Reyes");
        shared = pairWs.addCompact(mc::test::sampleCompact()).id;
        mc::Workspace programWs = mc::Workspace::create(program, "KL2 program");
        mc::mergeFile(programWs, pair, {});
    }
    moveMilestone(pair, shared, mc::Date(2029, 1, 15));
    moveMilestone(program, shared, mc::Date(2028, 12, 1));
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(program)));
    window->importHooks().chooseFile = [&](QWidget*, const QString&) {
        return QString::fromStdString(pair);
    };
    window->importHooks().askChoices = [](QWidget*, const mc::MergeReport&,
                                          std::map<std::string, mc::ConflictChoice>&) {
        return false;
    };
    window->action(Command::ImportMerge)->trigger();
    CHECK(desktop.errors.isEmpty());
    const mc::Workspace after = mc::Workspace::open(program, mc::OpenMode::ReadOnly);
    CHECK(after.loadCompact(shared).milestones.at(0).due == mc::Date(2028, 12, 1));
    CHECK(after.mergeConflicts().empty());

    SECTION("a file that is not a workspace is reported, naming it") {
        const std::string notes = dir.file("notes.txt");
        mc::test::writeFile(notes, "not a workspace");
        window->importHooks().chooseFile = [&](QWidget*, const QString&) {
            return QString::fromStdString(notes);
        };
        window->action(Command::ImportMerge)->trigger();
        REQUIRE(desktop.errors.size() == 1);
        CHECK(desktop.errors.front().contains(QStringLiteral("notes.txt")));
    }
}
