// The Goals page, its model and the goal dialog, driven without a main
// window: edits go through a WorkspaceSession and are checked in the store
// and on the undo stack.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/date_fields.h"
#include "ui/goal_dialog.h"
#include "ui/goals_model.h"
#include "ui/goals_page.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::ui::GoalDialog;
using mc::ui::GoalsModel;
using mc::ui::GoalsPage;

namespace {

const mc::Date kToday(2027, 3, 15);

// A workspace holding the sample compact, a session over it and a page
// that shows it again after every change, as the main window would.
struct GoalsFixture {
    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    std::string compactId;
    std::string mentorId;
    std::string goalId;
    QStringList refusals;
    GoalsPage page;

    GoalsFixture() {
        mc::Workspace ws = mc::Workspace::create(dir.file("goals.compact"), "T");
        const mc::Compact stored = ws.addCompact(mc::test::sampleCompact());
        compactId = stored.id;
        mentorId = stored.people[1].id;
        goalId = stored.goals[0].id;
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(ws), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        QObject::connect(session.get(), &mc::ui::WorkspaceSession::compactChanged, &page,
                         [this] { refresh(); });
        refresh();
    }
    mc::Compact load() const { return session->workspace().loadCompact(compactId); }
    void refresh() { page.showCompact(load(), kToday, false); }
};

template <typename T> T* field(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void selectComboData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Every input a person can reach has a name for screen readers.
void checkAccessibleNames(const QWidget& parent) {
    int inputs = 0;
    for (const QWidget* input : parent.findChildren<QWidget*>()) {
        const bool isInput =
            qobject_cast<const QComboBox*>(input) || qobject_cast<const QCheckBox*>(input) ||
            qobject_cast<const QAbstractSpinBox*>(input) ||
            qobject_cast<const QPlainTextEdit*>(input) || qobject_cast<const QTableView*>(input);
        if (!isInput)
            continue;
        ++inputs;
        INFO(input->objectName().toStdString());
        CHECK_FALSE(input->accessibleName().isEmpty());
    }
    CHECK(inputs > 0);
}

QPushButton* ok(QDialog& dialog) {
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box != nullptr);
    return box->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The goals model passes the item model tester and counts linked milestones", "[goals]") {
    GoalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    mc::Compact compact = mc::test::sampleCompact();
    compact.goals[0].targetDate = mc::Date(2029, 6, 30);
    mc::Milestone achieved = compact.milestones[0];
    achieved.title = "First paper";
    achieved.status = mc::MilestoneStatus::Achieved;
    achieved.done = mc::Date(2027, 1, 10);
    compact.milestones.push_back(achieved);
    model.setCompact(compact);

    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.columnCount() == GoalsModel::ColumnCount);
    auto text = [&](int column) {
        return model.index(0, column).data().toString();
    };
    CHECK(text(GoalsModel::TextColumn) == QStringLiteral("Become an independent investigator"));
    CHECK(text(GoalsModel::OwnerColumn) == QStringLiteral("Dr. Lena Ortiz"));
    CHECK(text(GoalsModel::HorizonColumn) == QStringLiteral("Career (long term)"));
    CHECK(text(GoalsModel::TargetColumn) == QStringLiteral("30 Jun 2029")); // the locale's words
    CHECK(text(GoalsModel::StatusColumn) == QStringLiteral("Active"));
    CHECK(text(GoalsModel::MilestonesColumn) == QStringLiteral("1 of 2 achieved"));
    const std::string goalId = compact.goals[0].id;
    CHECK(model.index(0, 0).data(GoalsModel::GoalIdRole).toString().toStdString() == goalId);
    CHECK(model.rowOf(goalId) == 0);
    CHECK(model.rowOf("nothing") == -1);

    // User text in a tooltip is escaped, never taken for markup.
    compact.goals[0].text = "<b>Tenure</b> track";
    model.setCompact(compact);
    const QString tip = model.index(0, GoalsModel::TextColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;")));

    model.setCompact(mc::Compact{});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A goal added through the page is stored and can be undone", "[goals]") {
    GoalsFixture f;
    f.page.setGoalEditor([&f](QWidget* parent, const mc::Compact& compact,
                              const mc::Goal& goal) -> std::optional<mc::Goal> {
        GoalDialog dialog(compact, goal, parent);
        selectComboData(field<QComboBox>(dialog, "goalOwner"), QString::fromStdString(f.mentorId));
        selectComboData(field<QComboBox>(dialog, "goalHorizon"),
                        static_cast<int>(mc::Horizon::ThisYear));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "goalText"),
                         QStringLiteral("Train a new independent investigator"));
        field<QCheckBox>(dialog, "goalHasTarget")->setChecked(true);
        field<QDateEdit>(dialog, "goalTarget")->setDate(QDate(2027, 12, 31));
        REQUIRE(ok(dialog)->isEnabled());
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        return dialog.goal();
    });
    auto* add = field<QPushButton>(f.page, "addGoalButton");
    REQUIRE(add->isEnabled());
    add->click();

    CHECK(f.refusals.isEmpty());
    const mc::Compact stored = f.load();
    REQUIRE(stored.goals.size() == 2);
    const mc::Goal& added = stored.goals[1];
    CHECK(added.ownerId == f.mentorId);
    CHECK(added.horizon == mc::Horizon::ThisYear);
    CHECK(added.text == "Train a new independent investigator");
    CHECK(added.targetDate == mc::OptionalDate(mc::Date(2027, 12, 31)));
    CHECK(f.page.model()->rowCount() == 2);

    f.stack.undo();
    CHECK(f.load().goals.size() == 1);
    CHECK(f.page.model()->rowCount() == 1);
}

TEST_CASE("The goal dialog shows a rule beside its field and refuses an empty goal", "[goals]") {
    const mc::Compact compact = mc::test::sampleCompact();
    mc::Goal goal;
    goal.ownerId = compact.people[0].id;
    GoalDialog dialog(compact, goal);
    CHECK_FALSE(ok(dialog)->isEnabled());
    const QString problem = field<QLabel>(dialog, "goalTextProblem")->text();
    CHECK(problem.contains(QStringLiteral("is empty")));
    CHECK(field<QLabel>(dialog, "goalTextProblem")->textFormat() == Qt::PlainText);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    // Without "has a target date" the date is not kept; with it, it is.
    QTest::keyClicks(field<QPlainTextEdit>(dialog, "goalText"), QStringLiteral("Tenure track"));
    CHECK(ok(dialog)->isEnabled());
    CHECK(field<QLabel>(dialog, "goalTextProblem")->text().isEmpty());
    CHECK_FALSE(field<QDateEdit>(dialog, "goalTarget")->isEnabled());
    CHECK_FALSE(dialog.goal().targetDate.has_value());
    field<QCheckBox>(dialog, "goalHasTarget")->setChecked(true);
    CHECK(field<QDateEdit>(dialog, "goalTarget")->isEnabled());
    CHECK(dialog.goal().targetDate == mc::OptionalDate(compact.end));
    CHECK(field<QDateEdit>(dialog, "goalTarget")->displayFormat() ==
          mc::ui::fourDigitYearDateFormat(QLocale()));
    checkAccessibleNames(dialog);
}

TEST_CASE("Editing a goal through the page changes only that goal", "[goals]") {
    GoalsFixture f;
    f.page.selectGoal(f.goalId);
    REQUIRE(f.page.selectedGoalId() == f.goalId);
    f.page.setGoalEditor([](QWidget* parent, const mc::Compact& compact,
                            const mc::Goal& goal) -> std::optional<mc::Goal> {
        GoalDialog dialog(compact, goal, parent);
        selectComboData(field<QComboBox>(dialog, "goalStatus"),
                        static_cast<int>(mc::GoalStatus::Revised));
        dialog.accept();
        return dialog.goal();
    });
    field<QPushButton>(f.page, "editGoalButton")->click();
    CHECK(f.load().goals[0].status == mc::GoalStatus::Revised);
    CHECK(f.load().goals[0].text == "Become an independent investigator");
    CHECK(f.page.selectedGoalId() == f.goalId); // the selection survives the refresh
    f.stack.undo();
    CHECK(f.load().goals[0].status == mc::GoalStatus::Active);

    // A cancelled dialog stores nothing.
    const int commands = f.stack.count();
    f.page.setGoalEditor(
        [](QWidget*, const mc::Compact&, const mc::Goal&) { return std::optional<mc::Goal>(); });
    f.page.editSelectedGoal();
    CHECK(f.stack.count() == commands);
}

TEST_CASE("Deleting a goal unlinks its milestones and undo links them again", "[goals]") {
    GoalsFixture f;
    REQUIRE(f.load().milestones[0].goalId == f.goalId);
    f.page.selectGoal(f.goalId);
    auto* remove = field<QPushButton>(f.page, "deleteGoalButton");
    REQUIRE(remove->isEnabled());
    remove->click();
    CHECK(f.load().goals.empty());
    CHECK(f.load().milestones[0].goalId.empty());
    CHECK(f.page.model()->rowCount() == 0);
    CHECK_FALSE(remove->isEnabled()); // nothing selected any more

    f.stack.undo();
    REQUIRE(f.load().goals.size() == 1);
    CHECK(f.load().milestones[0].goalId == f.goalId);
    CHECK(f.page.model()->index(0, GoalsModel::MilestonesColumn).data().toString() ==
          QStringLiteral("0 of 1 achieved"));
}

TEST_CASE("The goals page is keyboard driven and read-only when the file is", "[goals]") {
    GoalsFixture f;
    f.page.show();
    f.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.page));
    f.page.table()->setFocus();
    f.page.selectGoal(f.goalId);
    QTest::keyClick(f.page.table(), Qt::Key_Delete);
    CHECK(f.load().goals.empty());
    f.stack.undo();

    int opened = 0;
    f.page.setGoalEditor([&opened](QWidget*, const mc::Compact&, const mc::Goal&) {
        ++opened;
        return std::optional<mc::Goal>();
    });
    QTest::keyClick(f.page.table(), Qt::Key_Insert);
    CHECK(opened == 1);

    checkAccessibleNames(f.page);

    f.page.showCompact(f.load(), kToday, true);
    CHECK_FALSE(field<QPushButton>(f.page, "addGoalButton")->isEnabled());
    CHECK_FALSE(field<QPushButton>(f.page, "deleteGoalButton")->isEnabled());
    CHECK(f.page.pageTitle() == QStringLiteral("Goals"));
}
