// Accessibility (issue 9): every input of every page and dialog has an
// accessible name (its own or its label buddy's, as a screen reader hears
// it), and Tab reaches every input of a page or dialog exactly once.

#include "accessibility_checks.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/close_compact_dialog.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/dashboard_page.h"
#include "ui/goals_page.h"
#include "ui/main_window.h"
#include "ui/milestone_dialog.h"
#include "ui/milestones_page.h"
#include "ui/sign_dialog.h"
#include "ui/workspace_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>
#include <catch2/catch.hpp>
#include <functional>

using mc::test::checkWidget;
using mc::test::DemoWindow;
using mc::test::showDialog;
using mc::test::tabProblems;
using mc::test::unnamed;

TEST_CASE("The accessibility checks find a field without a name and a tab order that wanders",
          "[a11y]") {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* first = new QLineEdit;
    auto* second = new QLineEdit;
    pageLayout->addWidget(first);
    pageLayout->addWidget(second);
    auto* outside = new QLineEdit;
    outside->setAccessibleName(QStringLiteral("Outside"));
    auto* after = new QLineEdit;
    after->setAccessibleName(QStringLiteral("After"));
    layout->addWidget(page);
    layout->addWidget(outside);
    layout->addWidget(after);
    window.show();
    first->setAccessibleName(QStringLiteral("First"));
    CHECK(unnamed(page) == QStringList{QStringLiteral("QLineEdit")});
    auto* label = new QLabel(QStringLiteral("&Second:"));
    pageLayout->addWidget(label);
    label->setBuddy(second);
    CHECK(unnamed(page).isEmpty()); // a buddy label names its field
    CHECK(tabProblems(page).isEmpty());
    QWidget::setTabOrder(first, outside);
    QWidget::setTabOrder(outside, second);
    QWidget::setTabOrder(second, after);
    CHECK(tabProblems(page).size() == 1);
    second->setFocusPolicy(Qt::NoFocus);
    CHECK(tabProblems(page).size() == 1);
    CHECK(tabProblems(page).front().startsWith(QStringLiteral("not in the tab order")));

    // Widgets join the focus chain in the order they get their parent.
    QWidget grid;
    auto* gridLayout = new QGridLayout(&grid);
    auto* bottomRight = new QLineEdit;
    auto* topLeft = new QLineEdit;
    gridLayout->addWidget(bottomRight, 1, 1);
    gridLayout->addWidget(topLeft, 0, 0);
    grid.resize(400, 200);
    grid.show();
    QTest::qWait(10);
    REQUIRE(bottomRight->nextInFocusChain() == topLeft);
    REQUIRE(tabProblems(&grid).size() == 1);
    CHECK(tabProblems(&grid).front().startsWith(QStringLiteral("Tab goes back up and left")));
}

TEST_CASE("Every input of every page has an accessible name and a place in the tab order",
          "[a11y]") {
    DemoWindow demo;
    mc::ui::CompactView* view = demo.window->compactView();
    auto* panel = demo.window->findChild<mc::ui::CompactListPanel*>();
    REQUIRE(panel);
    checkWidget(panel, QStringLiteral("the compact list"));
    const int pages = view->tabs()->count();
    REQUIRE(pages >= 9);
    REQUIRE(static_cast<int>(view->goToActions().size()) == pages);
    for (int page = 0; page < pages; ++page) {
        view->goToActions()[static_cast<std::size_t>(page)]->trigger();
        QTest::qWait(10);
        REQUIRE(view->currentPage() == page);
        checkWidget(view->tabs()->currentWidget(),
                    QStringLiteral("page ") + view->tabs()->tabText(page));
    }
    demo.window->showDashboard(true);
    QTest::qWait(10);
    checkWidget(demo.window->dashboard(), QStringLiteral("the dashboard"));
}

TEST_CASE("Every input of the dialogs has an accessible name and a place in the tab order",
          "[a11y]") {
    DemoWindow demo;
    mc::test::DemoDialogs dialogs(demo);
    REQUIRE(dialogs.dialogs.size() == 12);
    for (auto& [what, dialog] : dialogs.dialogs)
        showDialog(*dialog, what);
}

TEST_CASE("Help has What's This, and the fields that need explaining have its text", "[a11y]") {
    DemoWindow demo;
    QAction* whatsThis = demo.window->findChild<QAction*>(QStringLiteral("whatsThisAction"));
    REQUIRE(whatsThis);
    CHECK(whatsThis->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F1));
    bool inHelp = false;
    for (QAction* menu : demo.window->menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&Help"))
            inHelp = menu->menu()->actions().contains(whatsThis);
    CHECK(inHelp);

    const mc::Compact compact = demo.compact();
    const mc::Date today = mc::test::kUiToday;
    const auto explained = [](const QWidget* w) {
        return w && w->whatsThis().size() > 40;
    };
    mc::ui::MilestoneDialog milestone(compact, compact.milestones.front(), today);
    QCheckBox* confirmed = nullptr;
    for (QCheckBox* box : milestone.findChildren<QCheckBox*>())
        if (box->text() == QStringLiteral("&Mentor confirmed"))
            confirmed = box;
    CHECK(explained(confirmed));
    mc::ui::CloseCompactDialog closing(compact, today);
    CHECK(explained(closing.findChild<QComboBox*>(QStringLiteral("closingReason"))));
    const std::string id = compact.id;
    mc::ui::SignDialog sign(*demo.window->session(), id, demo.workspace().signers(id), today);
    CHECK(explained(sign.typedNameEdit()));
    CHECK(sign.typedNameEdit()->whatsThis().contains(QStringLiteral("typed name")));

    // Across the pages and the dialogs above, the fields with an explanation.
    int count = 0;
    mc::ui::CompactView* view = demo.window->compactView();
    for (int page = 0; page < view->tabs()->count(); ++page) {
        view->setCurrentPage(page);
        for (const QWidget* w : view->tabs()->currentWidget()->findChildren<QWidget*>())
            count += explained(w) ? 1 : 0;
    }
    for (const QDialog* dialog : std::initializer_list<const QDialog*>{&milestone, &closing, &sign})
        for (const QWidget* w : dialog->findChildren<QWidget*>())
            count += explained(w) ? 1 : 0;
    CHECK(count >= 12);
}

TEST_CASE("Every menu and menu command can be reached from the keyboard", "[a11y]") {
    DemoWindow demo;
    QStringList unreachable;
    QStringList menus;
    const std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            // Disabled: "No recent workspaces" and the like say, not do.
            if (action->isSeparator() || !action->isVisible() || !action->isEnabled())
                continue;
            if (!action->text().contains(QLatin1Char('&')) && action->shortcut().isEmpty())
                unreachable << menu->title() + QStringLiteral(" > ") + action->text();
            if (action->menu())
                walk(action->menu());
        }
    };
    for (QAction* top : demo.window->menuBar()->actions()) {
        menus << top->text();
        CHECK(top->text().contains(QLatin1Char('&')));
        if (top->menu())
            walk(top->menu());
    }
    INFO("menus: " << menus.join(QStringLiteral(", ")).toStdString());
    INFO("neither a mnemonic nor a shortcut:\n  " +
         unreachable.join(QStringLiteral("\n  ")).toStdString());
    CHECK(menus.size() >= 4);
    CHECK(unreachable.isEmpty());
}

TEST_CASE("Enter on a row of the Goals or Milestones table opens it for editing", "[a11y]") {
    DemoWindow demo;
    mc::ui::CompactView* view = demo.window->compactView();
    for (const auto& entry : demo.workspace().listCompacts())
        if (demo.workspace().loadCompact(entry.id).program == "Postdoctoral Research Training")
            view->showCompact(QString::fromStdString(entry.id));
    int opened = 0;
    auto* goals = view->page<mc::ui::GoalsPage>();
    goals->setGoalEditor([&](QWidget*, const mc::Compact&, const mc::Goal&) {
        ++opened;
        return std::optional<mc::Goal>();
    });
    view->goToActions()[2]->trigger(); // Ctrl+3
    REQUIRE(goals->table()->model()->rowCount() > 0);
    goals->table()->setFocus();
    goals->table()->setCurrentIndex(goals->table()->model()->index(0, 0));
    QTest::keyClick(goals->table(), Qt::Key_Return);
    CHECK(opened == 1);

    auto* milestones = view->page<mc::ui::MilestonesPage>();
    milestones->setMilestoneEditor(
        [&](QWidget*, const mc::Compact&, const mc::Milestone&, const mc::Date&) {
            ++opened;
            return std::optional<mc::Milestone>();
        });
    view->goToActions()[3]->trigger(); // Ctrl+4
    REQUIRE(milestones->table()->model()->rowCount() > 0);
    milestones->table()->setFocus();
    milestones->table()->setCurrentIndex(milestones->table()->model()->index(0, 0));
    QTest::keyClick(milestones->table(), Qt::Key_Return);
    CHECK(opened == 2);
}
