// The Milestones page, its model, filter and dialog, driven without a main
// window: edits go through a WorkspaceSession and are checked in the store
// and on the undo stack.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/date_fields.h"
#include "ui/milestone_dialog.h"
#include "ui/milestone_filter_model.h"
#include "ui/milestones_model.h"
#include "ui/milestones_page.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using boost::gregorian::date;
using mc::ui::MilestoneDialog;
using mc::ui::MilestoneFilterModel;
using mc::ui::MilestonesModel;
using mc::ui::MilestonesPage;

namespace {

const mc::Date kToday(2028, 11, 1); // after the sample milestone's due date
// The ids of the sample compact's people and goal (new in every sample).
struct Ids {
    std::string scholar, mentor, coMentor, goal;
    explicit Ids(const mc::Compact& c)
        : scholar(c.people[0].id), mentor(c.people[1].id), coMentor(c.people[2].id),
          goal(c.goals[0].id) {}
};

mc::Milestone milestone(const std::string& title, const mc::Date& due,
                        const std::string& responsible, const std::string& goal,
                        mc::MilestoneStatus status = mc::MilestoneStatus::Planned) {
    mc::Milestone m;
    m.title = title;
    m.due = due;
    m.responsibleId = responsible;
    m.goalId = goal;
    m.status = status;
    if (status == mc::MilestoneStatus::Achieved)
        m.done = due;
    return m;
}

// The sample compact with five milestones, due in no particular order:
// "Submit the first R01" (scholar, goal, 2028-10-05, overdue on kToday),
// "Paper" (scholar, no goal, 2027-02-01, achieved), "Promotion dossier"
// (mentor, goal, 2029-05-01), "Old plan" (co-mentor, no goal, dropped) and
// "Talk" (mentor, no goal, 2026-12-01, rescheduled, overdue).
mc::Compact richCompact() {
    mc::Compact compact = mc::test::sampleCompact();
    const Ids ids(compact);
    compact.milestones.push_back(
        milestone("Paper", date(2027, 2, 1), ids.scholar, "", mc::MilestoneStatus::Achieved));
    compact.milestones.push_back(
        milestone("Promotion dossier", date(2029, 5, 1), ids.mentor, ids.goal));
    compact.milestones.push_back(
        milestone("Old plan", date(2027, 6, 1), ids.coMentor, "", mc::MilestoneStatus::Dropped));
    compact.milestones.push_back(
        milestone("Talk", date(2026, 12, 1), ids.mentor, "", mc::MilestoneStatus::Rescheduled));
    return compact;
}

struct MilestonesFixture {
    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    std::string compactId;
    Ids ids;
    QStringList refusals;
    MilestonesPage page;

    explicit MilestonesFixture(const mc::Compact& compact = richCompact()) : ids(compact) {
        mc::Workspace ws = mc::Workspace::create(dir.file("milestones.compact"), "T");
        compactId = ws.addCompact(compact).id;
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(ws), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        QObject::connect(session.get(), &mc::ui::WorkspaceSession::compactChanged, &page,
                         [this] { refresh(); });
        refresh();
    }
    mc::Compact load() const { return session->workspace().loadCompact(compactId); }
    void refresh() { page.showCompact(load(), kToday, false); }
    // The stored milestone with this title.
    std::optional<mc::Milestone> find(const std::string& title) const {
        for (const auto& m : load().milestones)
            if (m.title == title)
                return m;
        return std::nullopt;
    }
    std::string idOf(const std::string& title) const {
        const auto m = find(title);
        REQUIRE(m);
        return m->id;
    }
    // The titles in the table, top to bottom: "Talk, Paper".
    std::string shown() const {
        QStringList titles;
        const QAbstractItemModel* model = page.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->index(row, MilestonesModel::TitleColumn).data().toString();
        return titles.join(QStringLiteral(", ")).toStdString();
    }
};

template <typename T> T* field(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void selectComboData(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QPushButton* ok(QDialog& dialog) {
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Ok);
}

int rowOfTitle(const QAbstractItemModel& model, const QString& title) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, MilestonesModel::TitleColumn).data().toString() == title)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The milestones model passes the item model tester and marks overdue rows",
          "[milestones]") {
    MilestonesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    mc::Compact compact = richCompact();
    compact.milestones[0].outcomeNote =
        "Not funded: the reviewers wanted more preliminary data on the cohort.\nNext: resubmit.";
    compact.milestones[0].mentorConfirmed = true;
    model.setCompact(compact, kToday);
    REQUIRE(model.rowCount() == 5);

    const int overdueRow = rowOfTitle(model, QStringLiteral("Submit the first R01"));
    const int achievedRow = rowOfTitle(model, QStringLiteral("Paper"));
    const int futureRow = rowOfTitle(model, QStringLiteral("Promotion dossier"));
    const int rescheduledRow = rowOfTitle(model, QStringLiteral("Talk"));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };

    // Overdue: planned or rescheduled with a due date before today. Marked
    // in words in the status, not only in colour.
    CHECK(cell(overdueRow, 0, MilestonesModel::OverdueRole).toBool());
    CHECK(cell(rescheduledRow, 0, MilestonesModel::OverdueRole).toBool());
    CHECK_FALSE(cell(achievedRow, 0, MilestonesModel::OverdueRole).toBool());
    CHECK_FALSE(cell(futureRow, 0, MilestonesModel::OverdueRole).toBool());
    CHECK(cell(overdueRow, MilestonesModel::StatusColumn).toString() ==
          QStringLiteral("Overdue: Planned"));
    CHECK(cell(futureRow, MilestonesModel::StatusColumn).toString() == QStringLiteral("Planned"));
    CHECK(cell(overdueRow, MilestonesModel::TitleColumn, Qt::ForegroundRole).isValid());
    CHECK(cell(overdueRow, MilestonesModel::TitleColumn, Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(cell(futureRow, MilestonesModel::TitleColumn, Qt::ForegroundRole).isValid());

    // The other columns.
    auto text = [&](int row, int column) {
        return cell(row, column).toString().toStdString();
    };
    using M = MilestonesModel;
    CHECK(text(overdueRow, M::KindColumn) == "Grant submission");
    CHECK(text(overdueRow, M::ResponsibleColumn) == "Dr. Lena Ortiz");
    CHECK(text(overdueRow, M::GoalColumn) == "Become an independent investigator");
    CHECK(text(overdueRow, M::DueColumn) == "5 Oct 2028");
    CHECK(text(achievedRow, M::DoneColumn) == "1 Feb 2027");
    CHECK(text(overdueRow, M::ConfirmedColumn) == "\u2713");
    CHECK(text(futureRow, M::ConfirmedColumn).empty());
    const QString note = cell(overdueRow, M::OutcomeColumn).toString();
    CHECK((note.startsWith(QStringLiteral("Not funded")) && note.endsWith(QChar(0x2026))));
    CHECK(note.size() <= 60);
    CHECK(cell(overdueRow, M::OutcomeColumn, Qt::ToolTipRole).toString().contains("resubmit"));

    // Dates sort as day numbers, not as text.
    CHECK(cell(achievedRow, MilestonesModel::DueColumn, MilestonesModel::SortRole).toLongLong() <
          cell(overdueRow, MilestonesModel::DueColumn, MilestonesModel::SortRole).toLongLong());

    // The day before the due date nothing is overdue.
    model.setCompact(compact, date(2026, 11, 30));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK_FALSE(cell(row, 0, MilestonesModel::OverdueRole).toBool());
}

TEST_CASE("The milestone filter narrows by goal and person and hides dropped ones",
          "[milestones]") {
    MilestonesModel source;
    MilestoneFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const mc::Compact compact = richCompact();
    source.setCompact(compact, kToday);
    CHECK(filter.rowCount() == 4); // "Old plan" is dropped
    filter.setShowDropped(true);
    CHECK(filter.rowCount() == 5);
    filter.setShowDropped(false);

    filter.setGoalFilter(MilestoneFilterModel::GoalFilter::OneGoal,
                         QString::fromStdString(Ids(compact).goal));
    CHECK(filter.rowCount() == 2);
    filter.setGoalFilter(MilestoneFilterModel::GoalFilter::NoGoal);
    CHECK(filter.rowCount() == 2); // Paper and Talk
    filter.setPersonFilter(QString::fromStdString(Ids(compact).mentor));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, MilestonesModel::TitleColumn).data().toString() ==
          QStringLiteral("Talk"));
    filter.setGoalFilter(MilestoneFilterModel::GoalFilter::AllGoals);
    CHECK(filter.rowCount() == 2); // Talk and Promotion dossier
    filter.setPersonFilter(QString::fromStdString(Ids(compact).coMentor));
    CHECK(filter.rowCount() == 0);
    filter.setShowDropped(true);
    CHECK(filter.rowCount() == 1);
    filter.setPersonFilter(QString());
    CHECK(filter.rowCount() == 5);
}

TEST_CASE("The milestones table sorts by due date by default and by any column", "[milestones]") {
    MilestonesFixture f;
    CHECK(f.page.table()->isSortingEnabled());
    CHECK(f.page.table()->horizontalHeader()->sortIndicatorSection() == MilestonesModel::DueColumn);
    CHECK(f.shown() == "Talk, Paper, Submit the first R01, Promotion dossier");
    f.page.table()->sortByColumn(MilestonesModel::DueColumn, Qt::DescendingOrder);
    CHECK(f.shown().starts_with("Promotion dossier, "));
    f.page.table()->sortByColumn(MilestonesModel::TitleColumn, Qt::AscendingOrder);
    CHECK(f.shown().starts_with("Paper, "));

    // A new milestone lands in its place by date.
    f.page.table()->sortByColumn(MilestonesModel::DueColumn, Qt::AscendingOrder);
    REQUIRE(f.session->saveMilestone(f.compactId, milestone("Course", date(2027, 1, 1),
                                                            f.ids.scholar, "")) == QString());
    CHECK(f.shown().starts_with("Talk, Course, Paper"));
}

TEST_CASE("The page's filters narrow the rows by goal and by person", "[milestones]") {
    MilestonesFixture f;
    QComboBox* goals = f.page.goalFilterCombo();
    QComboBox* people = f.page.personFilterCombo();
    CHECK(goals->count() == 3);  // All goals, No goal, the goal
    CHECK(people->count() == 4); // All people and three people
    CHECK(f.page.table()->model()->rowCount() == 4);
    selectComboData(goals, QString::fromStdString(f.ids.goal));
    CHECK(f.shown() == "Submit the first R01, Promotion dossier");
    selectComboData(people, QString::fromStdString(f.ids.scholar));
    CHECK(f.shown() == "Submit the first R01");
    goals->setCurrentIndex(1); // No goal
    CHECK(f.shown() == "Paper");
    CHECK(field<QLabel>(f.page, "milestoneSummary")->text().contains(QStringLiteral("1 of 5")));

    // Filters survive a refresh.
    f.refresh();
    CHECK(f.shown() == "Paper");
    goals->setCurrentIndex(0);
    people->setCurrentIndex(0);
    f.page.showDroppedCheck()->setChecked(true);
    CHECK(f.page.table()->model()->rowCount() == 5);
}

TEST_CASE("A milestone due after the compact ends shows a warning and is stored", "[milestones]") {
    MilestonesFixture f;
    QString warning;
    f.page.setMilestoneEditor(
        [&warning, &f](QWidget* parent, const mc::Compact& compact, const mc::Milestone& m,
                       const mc::Date& today) -> std::optional<mc::Milestone> {
            MilestoneDialog dialog(compact, m, today, parent);
            QTest::keyClicks(field<QLineEdit>(dialog, "milestoneTitle"),
                             QStringLiteral("R01 resubmission"));
            selectComboData(field<QComboBox>(dialog, "milestoneKind"),
                            static_cast<int>(mc::MilestoneKind::GrantSubmission));
            selectComboData(field<QComboBox>(dialog, "milestoneResponsible"),
                            QString::fromStdString(f.ids.scholar));
            selectComboData(field<QComboBox>(dialog, "milestoneGoal"),
                            QString::fromStdString(f.ids.goal));
            field<QDateEdit>(dialog, "milestoneDue")->setDate(QDate(2030, 3, 1));
            warning = field<QLabel>(dialog, "milestoneDueProblem")->text();
            REQUIRE(ok(dialog)->isEnabled()); // a warning does not stop saving
            dialog.accept();
            REQUIRE(dialog.result() == QDialog::Accepted);
            return dialog.milestone();
        });
    auto* add = field<QPushButton>(f.page, "addMilestoneButton");
    REQUIRE(add->isEnabled());
    add->click();

    CHECK(warning.contains(QStringLiteral("lies after the compact ends on 2029-08-31")));
    CHECK(warning.startsWith(QStringLiteral("Warning:")));
    CHECK(f.refusals.isEmpty());
    const auto stored = f.find("R01 resubmission");
    REQUIRE(stored);
    CHECK(stored->due == date(2030, 3, 1));
    CHECK(stored->goalId == f.ids.goal);
    CHECK(stored->kind == mc::MilestoneKind::GrantSubmission);
    CHECK(f.page.table()->model()->rowCount() == 5);
    f.stack.undo();
    CHECK(!f.find("R01 resubmission"));
}

TEST_CASE("An achieved milestone without a done date is refused", "[milestones]") {
    MilestonesFixture f;
    const mc::Compact before = f.load();
    f.page.selectMilestone(f.idOf("Promotion dossier"));
    QString error;
    f.page.setMilestoneEditor([&error](QWidget* parent, const mc::Compact& compact,
                                       const mc::Milestone& m,
                                       const mc::Date& today) -> std::optional<mc::Milestone> {
        MilestoneDialog dialog(compact, m, today, parent);
        selectComboData(field<QComboBox>(dialog, "milestoneStatus"),
                        static_cast<int>(mc::MilestoneStatus::Achieved));
        error = field<QLabel>(dialog, "milestoneDoneProblem")->text();
        CHECK_FALSE(ok(dialog)->isEnabled());
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        return std::nullopt;
    });
    field<QPushButton>(f.page, "editMilestoneButton")->click();
    CHECK(error.contains(QStringLiteral("done date is missing"), Qt::CaseInsensitive));
    CHECK(error.startsWith(QStringLiteral("Error:")));
    CHECK(f.load() == before);

    // With a done date it is accepted.
    mc::Milestone m = *f.find("Promotion dossier");
    MilestoneDialog dialog(f.load(), m, kToday);
    selectComboData(field<QComboBox>(dialog, "milestoneStatus"),
                    static_cast<int>(mc::MilestoneStatus::Achieved));
    field<QCheckBox>(dialog, "milestoneHasDone")->setChecked(true);
    CHECK(ok(dialog)->isEnabled());
    CHECK(dialog.milestone().done == mc::OptionalDate(kToday));
    CHECK(field<QLabel>(dialog, "milestoneDoneProblem")->text().isEmpty());
    CHECK(field<QDateEdit>(dialog, "milestoneDue")->displayFormat() ==
          mc::ui::fourDigitYearDateFormat(QLocale()));
    CHECK(field<QDateEdit>(dialog, "milestoneDue")->calendarPopup());
}

TEST_CASE("Deleting a milestone can be undone", "[milestones]") {
    MilestonesFixture f;
    const mc::Milestone original = *f.find("Promotion dossier");
    f.page.selectMilestone(original.id);
    REQUIRE(f.page.selectedMilestoneId() == original.id);
    auto* remove = field<QPushButton>(f.page, "deleteMilestoneButton");
    REQUIRE(remove->isEnabled());
    remove->click();
    CHECK(!f.find("Promotion dossier"));
    CHECK(f.page.table()->model()->rowCount() == 3);

    f.stack.undo();
    const auto restored = f.find("Promotion dossier");
    REQUIRE(restored);
    CHECK(restored->id == original.id);
    CHECK(restored->due == original.due);
    CHECK(restored->goalId == original.goalId);
    CHECK(f.page.table()->model()->rowCount() == 4);
    f.stack.redo();
    CHECK(!f.find("Promotion dossier"));
}

TEST_CASE("Mark achieved sets the status and today's date in one undoable step", "[milestones]") {
    MilestonesFixture f;
    f.page.selectMilestone(f.idOf("Submit the first R01"));
    auto* mark = field<QPushButton>(f.page, "markAchievedButton");
    REQUIRE(mark->isEnabled());
    mark->click();
    const auto done = f.find("Submit the first R01");
    REQUIRE(done);
    CHECK(done->status == mc::MilestoneStatus::Achieved);
    CHECK(done->done == mc::OptionalDate(kToday));
    CHECK_FALSE(mark->isEnabled()); // already achieved, still selected

    f.stack.undo();
    CHECK(f.find("Submit the first R01")->status == mc::MilestoneStatus::Planned);
    CHECK_FALSE(f.find("Submit the first R01")->done.has_value());
}

TEST_CASE("The milestones page is keyboard driven and read-only when the file is", "[milestones]") {
    MilestonesFixture f;
    f.page.show();
    f.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.page));
    f.page.table()->setFocus();
    f.page.selectMilestone(f.idOf("Talk"));
    QTest::keyClick(f.page.table(), Qt::Key_Delete);
    CHECK(!f.find("Talk"));
    f.stack.undo();
    REQUIRE(f.find("Talk"));

    int opened = 0;
    f.page.setMilestoneEditor(
        [&opened](QWidget*, const mc::Compact&, const mc::Milestone&, const mc::Date&) {
            ++opened;
            return std::optional<mc::Milestone>();
        });
    QTest::keyClick(f.page.table(), Qt::Key_Insert);
    CHECK(opened == 1);
    f.page.selectMilestone(f.idOf("Talk"));
    QTest::keyClick(f.page.table(), Qt::Key_F2);
    CHECK(opened == 2);
    QTest::keyClick(f.page.table(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.find("Talk")->status == mc::MilestoneStatus::Achieved);

    for (QComboBox* combo : f.page.findChildren<QComboBox*>())
        CHECK_FALSE(combo->accessibleName().isEmpty());
    CHECK_FALSE(f.page.table()->accessibleName().isEmpty());
    CHECK_FALSE(f.page.showDroppedCheck()->accessibleName().isEmpty());

    f.page.showCompact(f.load(), kToday, true);
    CHECK_FALSE(field<QPushButton>(f.page, "addMilestoneButton")->isEnabled());
    CHECK_FALSE(field<QPushButton>(f.page, "markAchievedButton")->isEnabled());
    CHECK(f.page.pageTitle() == QStringLiteral("Milestones"));
}
