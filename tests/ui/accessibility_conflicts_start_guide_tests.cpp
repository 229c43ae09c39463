// Accessibility (issue 9) of the windows accessibility_tests.cpp does not
// open: the two merge conflict dialogs, the start page and the Help
// windows. Names as a screen reader reads them, Tab in reading order, and
// the keyboard: mnemonics, buttons it reaches, Tab never caught.

#include "accessibility_checks.h"
#include "core/merge.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/flagged_conflicts_dialog.h"
#include "ui/help_dialogs.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/merge_conflicts_dialog.h"
#include "ui/start_page.h"
#include "ui/workspace_session.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using mc::test::checkWidget;
using mc::test::keyboardProblems;
using mc::test::TestDesktop;

namespace {

void checkKeyboard(QWidget* root, const QString& what) {
    INFO(what.toStdString());
    const QStringList problems = keyboardProblems(root);
    INFO("keyboard:\n  " + problems.join(QStringLiteral("\n  ")).toStdString());
    CHECK(problems.isEmpty());
}

// The widgets Tab visits from `from`, in order, until it comes back or
// leaves `root` (at most `steps` presses of the real key).
QList<QWidget*> tabWalk(QWidget* root, QWidget* from, int steps = 20) {
    QList<QWidget*> visited{from};
    from->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < steps; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now == from || !root->isAncestorOf(now))
            break;
        visited << now;
    }
    return visited;
}

QString textOf(QWidget* w, QAccessible::Text text) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(text) : QString();
}

void changeMilestone(const std::string& file, const std::string& compactId, const mc::Date& due,
                     const std::string& title) {
    mc::Workspace ws = mc::Workspace::open(file);
    mc::Milestone m = ws.loadCompact(compactId).milestones.at(0);
    m.due = due;
    m.title = title;
    ws.saveMilestone(compactId, m);
}

// The program's workspace got the pair's compact by a merge; both then
// change one milestone's due date and title, two conflicts at the next merge.
struct ConflictingDesks {
    mc::test::TempDir dir;
    std::string pair = dir.file("ortiz.compact");
    std::string program = dir.file("program.compact");
    std::string compactId;

    ConflictingDesks() {
        mc::Workspace pairWs = mc::Workspace::create(pair, "Ortiz and Reyes");
        compactId = pairWs.addCompact(mc::test::sampleCompact()).id;
        mc::Workspace programWs = mc::Workspace::create(program, "KL2 program");
        mc::mergeFile(programWs, pair, {});
    }
    void conflict() const {
        changeMilestone(pair, compactId, mc::Date(2029, 1, 15), "Submit the R01");
        changeMilestone(program, compactId, mc::Date(2028, 12, 1), "Submit the K99");
    }
    mc::MergeReport merge(bool dryRun) const {
        mc::Workspace programWs = mc::Workspace::open(program);
        mc::MergeOptions options;
        options.defaultChoice = mc::ConflictChoice::Flag;
        options.dryRun = dryRun;
        return mc::mergeFile(programWs, pair, options);
    }
};

} // namespace

TEST_CASE("The keyboard check finds a missing mnemonic, a letter used twice, a name apart from "
          "the words and a text area that keeps Tab",
          "[a11y]") {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* ok = new QPushButton(QStringLiteral("&Save"));
    auto* other = new QPushButton(QStringLiteral("&Send"));
    auto* notes = new QPlainTextEdit;
    notes->setAccessibleName(QStringLiteral("Notes"));
    notes->setTabChangesFocus(true);
    layout->addWidget(ok);
    layout->addWidget(other);
    layout->addWidget(notes);
    window.show();
    QTest::qWait(10);
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().startsWith(QStringLiteral("Alt+S is taken 2 times")));
    other->setText(QStringLiteral("Se&nd"));
    CHECK(keyboardProblems(&window).isEmpty());

    other->setText(QStringLiteral("Send"));
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().startsWith(QStringLiteral("no mnemonic")));
    other->setFocusPolicy(Qt::NoFocus);
    CHECK(keyboardProblems(&window).size() == 2); // and nothing reaches it
    other->setText(QStringLiteral("Se&nd"));
    CHECK(keyboardProblems(&window).isEmpty()); // Alt+N does

    other->setAccessibleName(QStringLiteral("Mail the compact"));
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().contains(QStringLiteral("does not begin")));
    other->setAccessibleName(QStringLiteral("Send: mail the compact"));
    CHECK(keyboardProblems(&window).isEmpty());

    notes->setTabChangesFocus(false);
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().startsWith(QStringLiteral("Tab is caught")));
    notes->setTabChangesFocus(true);

    // A label's mnemonic counts, and so do the Enter and Esc of a button box.
    auto* label = new QLabel(QStringLiteral("&Subject:"));
    auto* subject = new QLineEdit;
    label->setBuddy(subject);
    layout->addWidget(label);
    layout->addWidget(subject);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box->button(QDialogButtonBox::Ok)->setText(QStringLiteral("Import"));
    box->button(QDialogButtonBox::Cancel)->setText(QStringLiteral("Cancel"));
    layout->addWidget(box);
    QTest::qWait(10);
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().startsWith(QStringLiteral("Alt+S is taken 2 times")));
    box->addButton(QStringLiteral("Preview"), QDialogButtonBox::ActionRole);
    CHECK(keyboardProblems(&window).size() == 2); // Preview has neither Enter nor Esc
}

TEST_CASE("The merge conflicts dialog names each choice with both values and Tab visits the rows "
          "in order",
          "[a11y]") {
    ConflictingDesks desks;
    desks.conflict();
    const mc::MergeReport preview = desks.merge(true);
    REQUIRE(preview.conflicts.size() == 2);
    mc::ui::MergeConflictsDialog dialog(preview);
    dialog.show();
    QTest::qWait(10);
    checkWidget(&dialog, QStringLiteral("merge conflicts dialog"));
    checkKeyboard(&dialog, QStringLiteral("merge conflicts dialog"));

    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
    REQUIRE(table);
    QList<QComboBox*> combos;
    for (int row = 0; row < table->rowCount(); ++row)
        combos << qobject_cast<QComboBox*>(table->cellWidget(row, table->columnCount() - 1));
    REQUIRE(combos.size() == 2);
    for (int row = 0; row < 2; ++row) {
        INFO("row " << row);
        const QString ours = table->item(row, 2)->text();
        const QString theirs = table->item(row, 3)->text();
        const QString description = textOf(combos[row], QAccessible::Description);
        // On Linux a combo box's accessible Name is its current text, so
        // the row is checked in the description, which every platform reads.
        CHECK(combos[row]->accessibleName().contains(table->item(row, 1)->text()));
        CHECK(description.contains(table->item(row, 1)->text()));
        CHECK(description.contains(ours));
        CHECK(description.contains(theirs));
    }

    // The real key: the table, each row's choice in order, then the buttons.
    const QList<QWidget*> visited = tabWalk(&dialog, table);
    REQUIRE(visited.size() >= 5);
    CHECK(visited[1] == combos[0]);
    CHECK(visited[2] == combos[1]);
    QStringList buttons;
    for (QWidget* w : visited.mid(3))
        if (auto* button = qobject_cast<QPushButton*>(w))
            buttons << button->text();
    CHECK(buttons.contains(QStringLiteral("&Import")));
    CHECK(buttons.size() == 2);
}

TEST_CASE("The flagged conflicts dialog reads and tabs in order, listed or empty", "[a11y]") {
    ConflictingDesks desks;
    desks.conflict();
    REQUIRE(desks.merge(false).conflicts.size() == 2);
    TestDesktop desktop{desks.dir};
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(desks.program)));
    mc::ui::FlaggedConflictsDialog dialog(*window->session());
    dialog.show();
    QTest::qWait(10);
    REQUIRE(dialog.table()->rowCount() == 2);
    checkWidget(&dialog, QStringLiteral("flagged conflicts dialog"));
    checkKeyboard(&dialog, QStringLiteral("flagged conflicts dialog"));
    CHECK_FALSE(textOf(dialog.table(), QAccessible::Description).isEmpty());
    CHECK_FALSE(textOf(dialog.takeTheirsButton(), QAccessible::Description).isEmpty());

    const QList<QWidget*> visited = tabWalk(&dialog, dialog.table());
    REQUIRE(visited.size() >= 4);
    CHECK(visited[1] == dialog.detail());
    CHECK(visited[2] == dialog.keepOursButton());
    CHECK(visited[3] == dialog.takeTheirsButton());

    // Both settled: the empty state is checked too.
    dialog.selectRows({0, 1});
    dialog.keepOurs();
    REQUIRE(dialog.table()->rowCount() == 0);
    checkWidget(&dialog, QStringLiteral("flagged conflicts dialog, none left"));
    checkKeyboard(&dialog, QStringLiteral("flagged conflicts dialog, none left"));
}

TEST_CASE("The start page reads and tabs in order and its buttons have letters", "[a11y]") {
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    { // A workspace opened once is listed under the start page's buttons.
        auto first = desktop.makeWindow();
        REQUIRE(first->openWorkspace(desktop.makeDemo()));
    }
    auto window = desktop.makeWindow();
    window->show();
    QTest::qWait(10);
    REQUIRE(window->isShowingStartPage());
    mc::ui::StartPage* page = window->startPage();
    QWidget* start = page->parentWidget(); // the page and the recent workspaces
    REQUIRE(start->findChildren<QPushButton*>().size() > 3);
    checkWidget(start, QStringLiteral("the start page"));
    checkKeyboard(page, QStringLiteral("the start page"));

    const QList<QWidget*> visited = tabWalk(start, page->newButton());
    REQUIRE(visited.size() >= 4);
    CHECK(visited[1] == page->openButton());
    CHECK(visited[2] == page->demoButton());
    CHECK_FALSE(page->isAncestorOf(visited[3])); // then the recent workspaces
}

TEST_CASE("In Spanish the start page and the merge dialog keep a letter each", "[a11y]") {
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    auto window = desktop.makeWindow();
    window->show();
    QTest::qWait(10);
    REQUIRE(window->isShowingStartPage());
    CHECK(window->startPage()->openButton()->text() != QStringLiteral("&Open…")); // translated
    checkKeyboard(window->startPage(), QStringLiteral("the start page in Spanish"));

    ConflictingDesks desks;
    desks.conflict();
    mc::ui::MergeConflictsDialog dialog(desks.merge(true));
    dialog.show();
    QTest::qWait(10);
    checkKeyboard(&dialog, QStringLiteral("merge conflicts dialog in Spanish"));
}

TEST_CASE("The guide and the About box read in order and Tab leaves the guide's text", "[a11y]") {
    mc::ui::CompactGuideDialog guide;
    guide.show();
    QTest::qWait(10);
    checkWidget(&guide, QStringLiteral("the guide"));
    checkKeyboard(&guide, QStringLiteral("the guide"));
    const QList<QWidget*> visited = tabWalk(&guide, guide.browser());
    REQUIRE(visited.size() == 2);
    auto* close = qobject_cast<QPushButton*>(visited[1]);
    REQUIRE(close);
    CHECK(close->text().contains(QStringLiteral("Close")));

    mc::ui::AboutDialog about(QStringLiteral("1.2.3"));
    about.show();
    QTest::qWait(10);
    checkWidget(&about, QStringLiteral("the About box"));
    checkKeyboard(&about, QStringLiteral("the About box"));
}
