// File > Flagged conflicts (issue 7): conflicts kept both of and flagged at
// import, settled in the desktop. A pair's workspace and the program's
// change the same milestone differently; the merge flags it; the dialog
// lists it with both values and takes theirs or keeps ours through the
// session; refusals (a compact signed since, signed content) change
// nothing and say why.

#include "core/merge.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/dashboard_page.h"
#include "ui/flagged_conflicts_dialog.h"
#include "ui/main_window.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using mc::test::TestDesktop;
using mc::ui::FlaggedConflictsDialog;
using mc::ui::MainWindow;
using Command = mc::ui::MainWindow::Command;

namespace {

mc::Milestone firstMilestone(const mc::Workspace& ws, const std::string& compactId) {
    return ws.loadCompact(compactId).milestones.at(0);
}

void changeMilestone(const std::string& file, const std::string& compactId, const mc::Date& due,
                     const std::string& title = {}) {
    mc::Workspace ws = mc::Workspace::open(file);
    mc::Milestone m = firstMilestone(ws, compactId);
    m.due = due;
    if (!title.empty())
        m.title = title;
    ws.saveMilestone(compactId, m);
}

void signAll(const std::string& file, const std::string& compactId) {
    mc::Workspace ws = mc::Workspace::open(file);
    const mc::Date today = mc::todayLocal();
    for (const mc::Person& p : ws.loadCompact(compactId).people)
        ws.sign(compactId, p.id, p.name, today, {}, today);
}

// The program's workspace got the pair's compact by a merge (so the merge
// base is known); both then change its milestone, and the next merge flags
// the conflict. `titles`: the milestone's title changes too, on both sides.
struct FlaggedDesks {
    mc::test::TempDir dir;
    std::string pair = dir.file("ortiz.compact");
    std::string program = dir.file("program.compact");
    std::string compactId;

    explicit FlaggedDesks(bool titles = false, bool signBeforeMerge = false) {
        {
            mc::Workspace pairWs = mc::Workspace::create(pair, "Ortiz and Reyes");
            compactId = pairWs.addCompact(mc::test::sampleCompact()).id;
            mc::Workspace programWs = mc::Workspace::create(program, "KL2 program");
            mc::mergeFile(programWs, pair, {});
        }
        if (signBeforeMerge)
            signAll(program, compactId);
        changeMilestone(pair, compactId, mc::Date(2029, 1, 15),
                        titles ? "<b>Submit</b> the R01\nwith the lab's data" : "");
        // Signed here: the pair's change of signed content is a conflict
        // by itself (the program cannot change its milestone any more).
        if (!signBeforeMerge)
            changeMilestone(program, compactId, mc::Date(2028, 12, 1),
                            titles ? "Submit the R01 & the K99" : "");
        mc::Workspace programWs = mc::Workspace::open(program);
        mc::MergeOptions options;
        options.defaultChoice = mc::ConflictChoice::Flag;
        mc::mergeFile(programWs, pair, options);
    }
};

FlaggedConflictsDialog* openDialog(MainWindow& window) {
    REQUIRE(window.action(Command::FlaggedConflicts)->isEnabled());
    window.action(Command::FlaggedConflicts)->trigger();
    auto* dialog = qobject_cast<FlaggedConflictsDialog*>(window.flaggedConflictsDialog());
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

QString cell(const FlaggedConflictsDialog& dialog, int row, int column) {
    return dialog.table()->item(row, column)->text();
}

} // namespace

TEST_CASE("Flagged conflicts: take theirs settles the conflict and the workspace has their value",
          "[flagged-conflicts]") {
    FlaggedDesks desks;
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    CHECK_FALSE(window->action(Command::FlaggedConflicts)->isEnabled()); // no workspace yet
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));
    REQUIRE(window->session()->workspace().mergeConflicts().size() == 1);

    FlaggedConflictsDialog* dialog = openDialog(*window);
    REQUIRE(dialog->table()->rowCount() == 1);
    CHECK_FALSE(dialog->emptyLabel()->isVisibleTo(dialog));
    CHECK(cell(*dialog, 0, FlaggedConflictsDialog::CompactColumn)
              .startsWith(QStringLiteral("Dr. Lena Ortiz")));
    CHECK(cell(*dialog, 0, FlaggedConflictsDialog::WhatColumn).contains(QStringLiteral("due")));
    CHECK(cell(*dialog, 0, FlaggedConflictsDialog::OursColumn) == QStringLiteral("2028-12-01"));
    CHECK(cell(*dialog, 0, FlaggedConflictsDialog::TheirsColumn) == QStringLiteral("2029-01-15"));
    CHECK(cell(*dialog, 0, FlaggedConflictsDialog::SourceColumn) ==
          QStringLiteral("ortiz.compact"));
    CHECK_FALSE(cell(*dialog, 0, FlaggedConflictsDialog::FlaggedColumn).isEmpty());
    // The first row is selected, so the buttons act at once.
    CHECK(dialog->detail()->toPlainText().contains(QStringLiteral("2029-01-15")));
    CHECK(dialog->keepOursButton()->isEnabled());
    CHECK(dialog->takeTheirsButton()->isEnabled());
    CHECK_FALSE(dialog->table()->accessibleName().isEmpty());
    CHECK_FALSE(dialog->takeTheirsButton()->accessibleName().isEmpty());

    QSignalSpy changed(window->session(), &mc::ui::WorkspaceSession::compactChanged);
    // The keyboard: Space on the focused button.
    dialog->takeTheirsButton()->setFocus();
    QTest::keyClick(dialog->takeTheirsButton(), Qt::Key_Space);

    CHECK(dialog->outcomeLabel()->text().contains(QStringLiteral("Took theirs")));
    CHECK(dialog->table()->rowCount() == 0);
    CHECK(dialog->emptyLabel()->isVisibleTo(dialog));
    CHECK(dialog->emptyLabel()->text().contains(QStringLiteral("No flagged conflicts")));
    CHECK_FALSE(dialog->keepOursButton()->isEnabled());
    CHECK_FALSE(dialog->takeTheirsButton()->isEnabled());
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QString::fromStdString(desks.compactId));
    CHECK(desktop.errors.isEmpty());

    const mc::Workspace& ws = window->session()->workspace();
    CHECK(firstMilestone(ws, desks.compactId).due == mc::Date(2029, 1, 15));
    CHECK(ws.mergeConflicts().empty());
    const auto all = ws.mergeConflicts({}, true);
    REQUIRE(all.size() == 1);
    CHECK(all[0].resolution == "theirs");
    CHECK_FALSE(all[0].resolvedAt.empty());
    // Written to the file, not only held by the session's connection.
    const mc::Workspace reread = mc::Workspace::open(desks.program, mc::OpenMode::ReadOnly);
    CHECK(firstMilestone(reread, desks.compactId).due == mc::Date(2029, 1, 15));

    SECTION("closing the workspace closes the dialog") {
        window->closeWorkspace();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(window->flaggedConflictsDialog() == nullptr);
        CHECK_FALSE(window->action(Command::FlaggedConflicts)->isEnabled());
    }
}

TEST_CASE("Flagged conflicts: keep ours for several at once with values shown literally",
          "[flagged-conflicts]") {
    FlaggedDesks desks(/*titles=*/true);
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));
    FlaggedConflictsDialog* dialog = openDialog(*window);
    REQUIRE(dialog->table()->rowCount() == 2); // the due date and the title

    int titleRow = -1;
    for (int row = 0; row < 2; ++row)
        if (dialog->conflicts()[static_cast<std::size_t>(row)].field == "title")
            titleRow = row;
    REQUIRE(titleRow >= 0);
    const QString theirs = cell(*dialog, titleRow, FlaggedConflictsDialog::TheirsColumn);
    CHECK(theirs.startsWith(QStringLiteral("<b>Submit</b> the R01"))); // no markup taken
    CHECK_FALSE(theirs.contains(QLatin1Char('\n')));                   // one line in the cell
    const QString tip =
        dialog->table()->item(titleRow, FlaggedConflictsDialog::TheirsColumn)->toolTip();
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;Submit&lt;/b&gt;"))); // escaped: shown as typed
    CHECK(tip.contains(QStringLiteral("with the lab's data")));
    CHECK(cell(*dialog, titleRow, FlaggedConflictsDialog::OursColumn) ==
          QStringLiteral("Submit the R01 & the K99"));
    dialog->selectRows({titleRow});
    CHECK(dialog->detail()->toPlainText().contains(
        QStringLiteral("<b>Submit</b> the R01\nwith the lab's data")));

    dialog->selectRows({0, 1});
    dialog->keepOursButton()->setFocus();
    QTest::keyClick(dialog->keepOursButton(), Qt::Key_Return); // Enter on the button
    CHECK(dialog->outcomeLabel()->text().contains(QStringLiteral("Kept ours for 2")));
    CHECK(dialog->table()->rowCount() == 0);
    const mc::Workspace& ws = window->session()->workspace();
    CHECK(firstMilestone(ws, desks.compactId).due == mc::Date(2028, 12, 1));
    CHECK(firstMilestone(ws, desks.compactId).title == "Submit the R01 & the K99");
    const auto all = ws.mergeConflicts({}, true);
    REQUIRE(all.size() == 2);
    CHECK(all[0].resolution == "ours");
    CHECK(all[1].resolution == "ours");
}

TEST_CASE("Flagged conflicts: a compact signed since refuses theirs in words, nothing changes",
          "[flagged-conflicts]") {
    FlaggedDesks desks;
    signAll(desks.program, desks.compactId); // the version is locked after the flag
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));
    FlaggedConflictsDialog* dialog = openDialog(*window);
    REQUIRE(dialog->table()->rowCount() == 1);
    REQUIRE(dialog->takeTheirsButton()->isEnabled()); // not signed content when flagged

    CHECK(dialog->takeTheirs() == 0);
    const QString outcome = dialog->outcomeLabel()->text();
    CHECK(outcome.contains(QStringLiteral("not settled")));
    CHECK(outcome.contains(QStringLiteral("sign"), Qt::CaseInsensitive));
    CHECK(dialog->table()->rowCount() == 1); // still listed
    const mc::Workspace& ws = window->session()->workspace();
    CHECK(firstMilestone(ws, desks.compactId).due == mc::Date(2028, 12, 1));
    CHECK(ws.mergeConflicts().size() == 1);

    // Keeping ours is still possible: nothing signed changes.
    CHECK(dialog->keepOurs() == 1);
    CHECK(ws.mergeConflicts().empty());
}

TEST_CASE("Flagged conflicts: signed content offers only keep ours", "[flagged-conflicts]") {
    FlaggedDesks desks(/*titles=*/false, /*signBeforeMerge=*/true);
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));
    FlaggedConflictsDialog* dialog = openDialog(*window);
    REQUIRE(dialog->table()->rowCount() == 1);
    REQUIRE(dialog->conflicts()[0].signedContent);
    CHECK_FALSE(dialog->takeTheirsButton()->isEnabled());
    CHECK(dialog->keepOursButton()->isEnabled());
    CHECK(dialog->detail()->toPlainText().contains(QStringLiteral("Signed content")));
    // Called anyway (as a shortcut might): core refuses, and says so.
    CHECK(dialog->takeTheirs() == 0);
    CHECK(dialog->outcomeLabel()->text().contains(QStringLiteral("signed content")));
    CHECK(window->session()->workspace().mergeConflicts().size() == 1);
}

TEST_CASE("Flagged conflicts: a workspace without any says so", "[flagged-conflicts]") {
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    const std::string file = dir.file("quiet.compact");
    {
        mc::Workspace ws = mc::Workspace::create(file, "Quiet");
        ws.addCompact(mc::test::sampleCompact());
    }
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(file)));
    FlaggedConflictsDialog* dialog = openDialog(*window);
    CHECK(dialog->table()->rowCount() == 0);
    CHECK(dialog->emptyLabel()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->table()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->keepOursButton()->isEnabled());
    CHECK_FALSE(dialog->takeTheirsButton()->isEnabled());
    CHECK(dialog->keepOurs() == 0);
}

TEST_CASE(
    "Flagged conflicts from the dashboard: its button opens the dialog, and goes once settled",
    "[flagged-conflicts][dashboard]") {
    FlaggedDesks desks(/*titles=*/true);
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    window->show();
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));
    window->action(Command::Dashboard)->trigger();
    REQUIRE(window->isShowingDashboard());
    QPushButton* button = window->dashboard()->conflictsButton();
    REQUIRE(button->isVisible());
    CHECK(button->text().startsWith(QStringLiteral("2 flagged conflicts")));
    CHECK_FALSE(button->accessibleName().isEmpty());

    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = qobject_cast<FlaggedConflictsDialog*>(window->flaggedConflictsDialog());
    REQUIRE(dialog != nullptr);
    CHECK(dialog->table()->rowCount() == 2);
    dialog->selectRows({0});
    CHECK(dialog->takeTheirs() == 1);
    QCoreApplication::processEvents(); // the dashboard's reload, on the next turn
    CHECK(button->text().startsWith(QStringLiteral("1 flagged conflict")));
    dialog->selectRows({0});
    CHECK(dialog->keepOurs() == 1);
    QCoreApplication::processEvents();
    CHECK_FALSE(button->isVisible());
}

TEST_CASE("Flagged conflicts of one compact: only its own", "[flagged-conflicts]") {
    FlaggedDesks desks;
    std::string otherId;
    {
        mc::Workspace ws = mc::Workspace::open(desks.program);
        otherId = ws.addCompact(mc::test::sampleCompact("Dr. Omar Haddad")).id;
    }
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));

    FlaggedConflictsDialog own(*window->session(), QString::fromStdString(desks.compactId));
    CHECK(own.table()->rowCount() == 1);
    FlaggedConflictsDialog other(*window->session(), QString::fromStdString(otherId));
    CHECK(other.table()->rowCount() == 0);
    CHECK(other.emptyLabel()->text() == QStringLiteral("No flagged conflicts in this compact."));

    window->showFlaggedConflicts(QString::fromStdString(otherId));
    auto* shown = qobject_cast<FlaggedConflictsDialog*>(window->flaggedConflictsDialog());
    REQUIRE(shown != nullptr);
    CHECK(shown->conflicts().empty());
}
