// Accessibility (issue 9): every input of every page and dialog has an
// accessible name (its own or its label buddy's, as a screen reader hears
// it), and Tab reaches every input of a page or dialog exactly once.

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/batch_export_dialog.h"
#include "ui/clause_dialog.h"
#include "ui/close_compact_dialog.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/dashboard_page.h"
#include "ui/goal_dialog.h"
#include "ui/goals_page.h"
#include "ui/main_window.h"
#include "ui/meeting_dialog.h"
#include "ui/milestone_dialog.h"
#include "ui/milestones_page.h"
#include "ui/new_compact_dialog.h"
#include "ui/person_dialog.h"
#include "ui/preferences_dialog.h"
#include "ui/reflection_dialog.h"
#include "ui/save_template_dialog.h"
#include "ui/settings.h"
#include "ui/sign_dialog.h"
#include "ui/workspace_session.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>
#include <catch2/catch.hpp>
#include <functional>

using mc::test::TestDesktop;
using mc::ui::MainWindow;

namespace {

// What a person fills in or presses: the widgets that need a name. The
// inner line edit of a spin box or combo box is its parent's part.
bool isInput(const QWidget* w, const QWidget* root) {
    // Popups (a combo box's list, a date's calendar) are other windows, and
    // headers and the corner button are parts of their view.
    if (w->window() != root->window() || !w->isVisibleTo(w->window()) ||
        qobject_cast<const QScrollBar*>(w) || qobject_cast<const QTabBar*>(w) ||
        qobject_cast<const QHeaderView*>(w) || w->inherits("QTableCornerButton"))
        return false;
    if (qobject_cast<const QLineEdit*>(w))
        return !qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) &&
               !qobject_cast<const QComboBox*>(w->parentWidget());
    return qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractButton*>(w);
}

QString describe(const QWidget* w) {
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char(' ') + w->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text += QStringLiteral(" \"%1\"").arg(button->text());
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" tip \"%1\"").arg(w->toolTip());
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    return text;
}

QList<QWidget*> inputsOf(QWidget* root) {
    QList<QWidget*> inputs;
    for (QWidget* w : root->findChildren<QWidget*>())
        if (isInput(w, root) && w->isEnabled())
            inputs.append(w);
    return inputs;
}

// The inputs a screen reader would announce without a name.
QStringList unnamed(QWidget* root) {
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isInput(w, root))
            continue;
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(w);
    }
    return missing;
}

bool takesTab(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(w->window()) && w->isEnabled();
}

// Tab visits the widgets that take Tab in the window's focus chain. Each
// input of `root` must take Tab (buttons and views may leave it to the
// mnemonics or the page shortcuts), and Tab must visit root's widgets in one
// run: once Tab leaves `root` it comes back only after a full round.
QStringList tabProblems(QWidget* root) {
    QStringList problems;
    for (QWidget* w : inputsOf(root))
        if (!takesTab(w) && !qobject_cast<const QAbstractButton*>(w) &&
            !qobject_cast<const QAbstractItemView*>(w) && !w->focusProxy())
            problems << QStringLiteral("not in the tab order: ") + describe(w);
    QList<QWidget*> order;
    QWidget* start = root->window();
    QWidget* w = start;
    do {
        if (takesTab(w) && !w->focusProxy())
            order.append(w);
        w = w->nextInFocusChain();
    } while (w != start && order.size() < 5000);
    int runs = 0;
    for (int i = 0; i < order.size(); ++i) {
        const bool inside = root->isAncestorOf(order[i]);
        const bool before = root->isAncestorOf(order[(i + order.size() - 1) % order.size()]);
        if (inside && (!before || order.size() == 1))
            ++runs;
    }
    // Reading order: from one widget to the next, Tab goes down or right;
    // a step both up and to the left means the order skipped back.
    QWidget* previous = nullptr;
    for (QWidget* t : order) {
        if (!root->isAncestorOf(t))
            continue;
        if (previous) {
            const QRect from(previous->mapTo(root->window(), QPoint()), previous->size());
            const QRect to(t->mapTo(root->window(), QPoint()), t->size());
            if (to.bottom() < from.top() && to.right() < from.left())
                problems << QStringLiteral("Tab goes back up and left from ") + describe(previous) +
                                QStringLiteral(" to ") + describe(t);
        }
        previous = t;
    }
    if (runs > 1) {
        QStringList sequence;
        for (QWidget* t : order)
            sequence << (root->isAncestorOf(t) ? QStringLiteral("* ") : QStringLiteral("  ")) +
                            describe(t);
        problems << QStringLiteral("Tab leaves and comes back %1 times:\n    ").arg(runs - 1) +
                        sequence.join(QStringLiteral("\n    "));
    }
    return problems;
}

void checkWidget(QWidget* root, const QString& what) {
    INFO(what.toStdString());
    const QStringList missing = unnamed(root);
    INFO("without an accessible name:\n  " + missing.join(QStringLiteral("\n  ")).toStdString());
    CHECK(missing.isEmpty());
    const QStringList tabs = tabProblems(root);
    INFO("tab order:\n  " + tabs.join(QStringLiteral("\n  ")).toStdString());
    CHECK(tabs.isEmpty());
}

void showDialog(QDialog& dialog, const QString& what) {
    dialog.show();
    QTest::qWait(10);
    checkWidget(&dialog, what);
    dialog.close();
}

// The demo workspace in a main window, the KL2 compact shown.
struct DemoWindow {
    mc::test::TempDir dir;
    TestDesktop desktop{dir};
    std::unique_ptr<MainWindow> window = desktop.makeWindow();

    DemoWindow() {
        REQUIRE(window->openWorkspace(desktop.makeDemo()));
        window->resize(1400, 900);
        window->show();
        QTest::qWait(20);
        REQUIRE_FALSE(window->compactView()->isShowingHint());
    }
    mc::Workspace& workspace() { return window->session()->workspace(); }
    mc::Compact compact() {
        return workspace().loadCompact(window->compactView()->compactId().toStdString());
    }
};

} // namespace

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
    const mc::Compact compact = demo.compact();
    const mc::Date today = mc::test::kUiToday;
    SECTION("person") {
        mc::ui::PersonDialog dialog;
        showDialog(dialog, QStringLiteral("person dialog"));
    }
    SECTION("goal") {
        REQUIRE_FALSE(compact.goals.empty());
        mc::ui::GoalDialog dialog(compact, compact.goals.front());
        showDialog(dialog, QStringLiteral("goal dialog"));
    }
    SECTION("milestone") {
        REQUIRE_FALSE(compact.milestones.empty());
        mc::ui::MilestoneDialog dialog(compact, compact.milestones.front(), today);
        showDialog(dialog, QStringLiteral("milestone dialog"));
    }
    SECTION("clause") {
        REQUIRE_FALSE(compact.expectations.empty());
        mc::ui::ClauseDialog dialog(compact.expectations.front(), {});
        showDialog(dialog, QStringLiteral("clause dialog"));
    }
    SECTION("meeting") {
        mc::ui::MeetingDialog dialog(compact, mc::Meeting{}, today);
        showDialog(dialog, QStringLiteral("meeting dialog"));
    }
    SECTION("sign") {
        const std::string id = compact.id;
        mc::ui::SignDialog dialog(*demo.window->session(), id, demo.workspace().signers(id), today);
        showDialog(dialog, QStringLiteral("sign dialog"));
    }
    SECTION("reflection") {
        std::string compactId, reviewId, personId;
        for (const auto& entry : demo.workspace().listCompacts())
            for (const auto& review : demo.workspace().reviews(entry.id)) {
                compactId = entry.id;
                reviewId = review.id;
                personId = demo.workspace().loadCompact(entry.id).people.front().id;
            }
        REQUIRE_FALSE(reviewId.empty());
        mc::ui::ReflectionDialog dialog(*demo.window->session(), compactId, reviewId, personId,
                                        today);
        showDialog(dialog, QStringLiteral("reflection dialog"));
    }
    SECTION("new compact") {
        mc::ui::NewCompactDialog dialog(today);
        showDialog(dialog, QStringLiteral("new compact dialog"));
    }
    SECTION("close compact") {
        mc::ui::CloseCompactDialog dialog(compact, today);
        showDialog(dialog, QStringLiteral("close compact dialog"));
    }
    SECTION("save as template") {
        mc::ui::SaveTemplateDialog dialog(mc::ui::TemplateDetails{});
        showDialog(dialog, QStringLiteral("save template dialog"));
    }
    SECTION("export signed compacts") {
        mc::ui::SignedCompactRow row;
        row.compactId = QString::fromStdString(compact.id);
        row.scholar = QStringLiteral("Dr. Amara Okafor");
        row.program = QStringLiteral("KL2");
        row.cohort = QStringLiteral("2025");
        row.signedYear = 2026;
        mc::ui::BatchExportDialog dialog(
            {row}, QString::fromStdString(demo.dir.path().string()),
            [](QWidget*, const QString&, const QString&) { return QString(); },
            [](QWidget*, const QString&) { return QString(); });
        showDialog(dialog, QStringLiteral("export signed compacts dialog"));
    }
    SECTION("preferences") {
        mc::ui::Settings settings(*demo.desktop.settings);
        mc::ui::PreferencesDialog dialog(
            settings, [](QWidget*, const QString&, const QString&) { return QString(); });
        showDialog(dialog, QStringLiteral("preferences dialog"));
    }
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
