// The meeting log on the Meetings page (issue 6), driven through the real
// compact view: logging a meeting with an action item, the dialog's date
// rule, undo and redo, making a milestone, and a signed (locked) compact.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/compact_view.h"
#include "ui/meeting_dialog.h"
#include "ui/meeting_log_model.h"
#include "ui/meeting_log_panel.h"
#include "ui/meetings_page.h"
#include "ui/milestones_model.h"
#include "ui/milestones_page.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::ui::MeetingDialog;
using mc::ui::MeetingLogModel;
using mc::ui::MeetingLogPanel;

namespace {

const mc::Date kToday(2026, 11, 23);
constexpr int kMeetingsTab = 4;

QDate qdate(const mc::Date& d) {
    return QDate(d.year(), d.month(), d.day());
}

struct Fixture {
    explicit Fixture(mc::Date day = kToday) : today(day) {
        mc::Workspace ws = mc::Workspace::create(dir.file("log.compact"), "T");
        mc::Compact sample = mc::test::sampleCompact();
        sample.meetingPlan.recurrence.cadence = mc::Cadence::EveryTwoWeeks;
        sample.meetingPlan.recurrence.weekday = 4;
        compact = ws.addCompact(sample);
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(ws), stack);
        view.setSession(
            session.get(), [this](QWidget*, const QString& message) { refusals << message; },
            [this] { return today; });
        view.showCompact(QString::fromStdString(compact.id));
        view.setCurrentPage(kMeetingsTab); // hidden pages refresh only when shown
        page = view.page<mc::ui::MeetingsPage>();
        REQUIRE(page != nullptr);
        log = page->meetingLog();
        REQUIRE(log != nullptr);
    }

    std::vector<mc::Meeting> stored() const { return session->workspace().meetings(compact.id); }

    // Logs a meeting through the dialog on `day`: the scholar and the
    // mentor attended; one action item for the scholar, due in two weeks.
    // Returns whether the dialog was accepted; `dateProblem` gets what
    // stood beside the date.
    QString dateProblem;
    bool okEnabled = false;
    bool logThroughDialog(const mc::Date& day, const QString& topics = QStringLiteral("Aims")) {
        bool acceptedDialog = false;
        log->setDialogRunner([&](MeetingDialog& dialog) {
            dialog.dateEdit()->setDate(qdate(day));
            dialog.attendeeBox(compact.people[0].id)->setChecked(true);
            dialog.attendeeBox(compact.people[1].id)->setChecked(true);
            dialog.topicsEdit()->setText(topics);
            const int item = dialog.addActionItem();
            dialog.actionItemText(item)->setText(QStringLiteral("Send the revised aims page"));
            QComboBox* owner = dialog.actionItemOwner(item);
            owner->setCurrentIndex(owner->findData(QString::fromStdString(compact.people[0].id)));
            dialog.actionItemHasDue(item)->setChecked(true);
            dialog.actionItemDue(item)->setDate(qdate(day + boost::gregorian::days(14)));
            okEnabled = dialog.okButton()->isEnabled();
            dialog.accept();
            dateProblem = dialog.dateProblem()->text();
            acceptedDialog = dialog.result() == QDialog::Accepted;
            return acceptedDialog;
        });
        log->logMeeting();
        return acceptedDialog;
    }

    QString cell(int row, int column) const {
        return log->model()->index(row, column).data().toString();
    }

    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    mc::ui::CompactView view;
    mc::ui::MeetingsPage* page = nullptr;
    MeetingLogPanel* log = nullptr;
    mc::Compact compact;
    mc::Date today;
    QStringList refusals;
};

} // namespace

TEST_CASE("Logging a meeting with an action item lists it and changes the adherence sentence",
          "[meeting-log]") {
    Fixture f;
    const QString before = f.log->adherenceLabel()->text();
    CHECK(before.contains(QStringLiteral("No meeting logged yet")));
    CHECK(before.contains(QStringLiteral("Agreed: every two weeks on")));
    CHECK(f.log->model()->rowCount() == 0);

    REQUIRE(f.logThroughDialog(mc::Date(2026, 11, 19)));
    CHECK(f.refusals.isEmpty());
    const auto meetings = f.stored();
    REQUIRE(meetings.size() == 1);
    REQUIRE(meetings[0].actionItems.size() == 1);
    CHECK(meetings[0].actionItems[0].ownerName == "Dr. Lena Ortiz");
    CHECK(meetings[0].actionItems[0].due == mc::Date(2026, 12, 3));
    CHECK(f.stack.count() == 1);

    REQUIRE(f.log->model()->rowCount() == 1);
    CHECK(f.cell(0, MeetingLogModel::DateColumn) == QStringLiteral("19 Nov 2026"));
    CHECK(f.cell(0, MeetingLogModel::AttendeesColumn) ==
          QStringLiteral("Dr. Lena Ortiz, Prof. Sam Reyes"));
    CHECK(f.cell(0, MeetingLogModel::TopicsColumn) == QStringLiteral("Aims"));
    CHECK(f.cell(0, MeetingLogModel::OpenItemsColumn) == QStringLiteral("1 of 1 open"));
    const QString after = f.log->adherenceLabel()->text();
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral("Last meeting 4 days ago.")));
    CHECK(after.contains(QStringLiteral("Held 1 of ")));

    // The new meeting is selected; its action item can be marked done, and undone.
    CHECK(f.log->selectedMeetingId() == meetings[0].id);
    REQUIRE(f.log->actionItemList()->count() == 1);
    CHECK(f.log->actionItemList()->item(0)->text().contains(QStringLiteral("open")));
    f.log->selectActionItem(meetings[0].actionItems[0].id);
    REQUIRE(f.log->doneButton()->isEnabled());
    f.log->doneButton()->click();
    CHECK(f.stored()[0].actionItems[0].done);
    CHECK(f.cell(0, MeetingLogModel::OpenItemsColumn) == QStringLiteral("all 1 closed"));
    f.stack.undo();
    CHECK_FALSE(f.stored()[0].actionItems[0].done);
    CHECK(f.cell(0, MeetingLogModel::OpenItemsColumn) == QStringLiteral("1 of 1 open"));
}

TEST_CASE("A meeting dated after today is refused beside the date and nothing is stored",
          "[meeting-log]") {
    Fixture f;
    CHECK_FALSE(f.logThroughDialog(kToday + boost::gregorian::days(3)));
    CHECK_FALSE(f.okEnabled);
    CHECK(f.dateProblem.contains(QStringLiteral("after today")));
    CHECK(f.dateProblem.startsWith(QStringLiteral("Error:")));
    CHECK(f.stored().empty());
    CHECK(f.stack.count() == 0);
    CHECK(f.log->model()->rowCount() == 0);

    // An action item without text is refused beside its row the same way.
    QString itemProblem;
    f.log->setDialogRunner([&](MeetingDialog& dialog) {
        dialog.addActionItem();
        dialog.accept();
        itemProblem = dialog.actionItemProblem(0)->text();
        return dialog.result() == QDialog::Accepted;
    });
    f.log->logMeeting();
    CHECK(itemProblem.contains(QStringLiteral("text is empty"), Qt::CaseInsensitive));
    CHECK(f.stored().empty());

    // Core refuses the same through the session, with nothing to undo.
    mc::Meeting future;
    future.date = kToday + boost::gregorian::days(1);
    const QString refusal = f.session->saveMeeting(f.compact.id, future, kToday);
    CHECK(refusal.contains(QStringLiteral("after today")));
    CHECK(f.stored().empty());
    CHECK(f.stack.count() == 0);
}

TEST_CASE("Undo and redo of logging and deleting a meeting keep its ids", "[meeting-log]") {
    Fixture f;
    REQUIRE(f.logThroughDialog(mc::Date(2026, 11, 5), QStringLiteral("First")));
    REQUIRE(f.logThroughDialog(mc::Date(2026, 11, 19), QStringLiteral("Second")));
    REQUIRE(f.log->model()->rowCount() == 2);
    CHECK(f.cell(0, MeetingLogModel::TopicsColumn) == QStringLiteral("Second")); // newest first

    f.stack.undo();
    REQUIRE(f.log->model()->rowCount() == 1);
    CHECK(f.cell(0, MeetingLogModel::TopicsColumn) == QStringLiteral("First"));
    f.stack.redo();
    REQUIRE(f.log->model()->rowCount() == 2);

    const mc::Meeting second = f.stored().at(0);
    f.log->selectMeeting(second.id);
    REQUIRE(f.log->deleteButton()->isEnabled());
    f.log->deleteButton()->click();
    REQUIRE(f.stored().size() == 1);
    CHECK(f.log->model()->rowCount() == 1);
    CHECK(f.stack.count() == 3);

    f.stack.undo();
    const auto restored = f.stored();
    REQUIRE(restored.size() == 2);
    CHECK(restored[0].id == second.id);
    CHECK(restored[0].created == second.created);
    REQUIRE(restored[0].actionItems.size() == 1);
    CHECK(restored[0].actionItems[0].id == second.actionItems[0].id);
    CHECK(restored[0].attendees == second.attendees);
    CHECK(f.log->model()->rowCount() == 2);
    f.stack.redo();
    CHECK(f.stored().size() == 1);
    CHECK(f.log->model()->rowCount() == 1);
    CHECK(f.refusals.isEmpty());
}

TEST_CASE("Editing a meeting keeps its action items and undo puts the previous one back",
          "[meeting-log]") {
    Fixture f;
    REQUIRE(f.logThroughDialog(mc::Date(2026, 11, 19)));
    const mc::Meeting before = f.stored().at(0);
    f.log->selectMeeting(before.id);
    REQUIRE(f.log->editButton()->isEnabled());
    QString firstItemText;
    f.log->setDialogRunner([&](MeetingDialog& dialog) {
        firstItemText = dialog.actionItemText(0)->text();
        dialog.topicsEdit()->setText(QStringLiteral("Changed"));
        dialog.attendeeBox(f.compact.people[1].id)->setChecked(false);
        const int added = dialog.addActionItem();
        dialog.actionItemText(added)->setText(QStringLiteral("Book the statistics core"));
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    f.log->editButton()->click();
    CHECK(firstItemText == QStringLiteral("Send the revised aims page"));
    const mc::Meeting edited = f.stored().at(0);
    CHECK(edited.id == before.id);
    CHECK(edited.topics == "Changed");
    REQUIRE(edited.attendees.size() == 1);
    REQUIRE(edited.actionItems.size() == 2);
    CHECK(edited.actionItems[0].id == before.actionItems[0].id);
    CHECK(edited.actionItems[1].ownerId.empty()); // nobody
    CHECK(f.cell(0, MeetingLogModel::OpenItemsColumn) == QStringLiteral("2 of 2 open"));

    f.stack.undo();
    const mc::Meeting restored = f.stored().at(0);
    CHECK(restored.topics == "Aims");
    CHECK(restored.attendees == before.attendees);
    CHECK(restored.actionItems.size() == 1);
    CHECK(f.cell(0, MeetingLogModel::TopicsColumn) == QStringLiteral("Aims"));
    CHECK(f.refusals.isEmpty());
}

TEST_CASE("A meeting before the compact starts is stored with a warning beside the date",
          "[meeting-log]") {
    Fixture f;
    REQUIRE(f.logThroughDialog(mc::Date(2026, 8, 20))); // the sample starts on 1 September
    CHECK(f.okEnabled);
    CHECK(f.dateProblem.startsWith(QStringLiteral("Warning:")));
    CHECK(f.dateProblem.contains(QStringLiteral("before the compact starts")));
    CHECK(f.stored().size() == 1);
}

TEST_CASE("Making an action item a milestone shows it on the Milestones page until undone",
          "[meeting-log]") {
    Fixture f;
    REQUIRE(f.logThroughDialog(mc::Date(2026, 11, 19)));
    const mc::ActionItem item = f.stored().at(0).actionItems.at(0);
    f.log->selectActionItem(item.id);
    REQUIRE(f.log->milestoneButton()->isEnabled());
    f.log->milestoneButton()->click();
    CHECK(f.refusals.isEmpty());
    const std::string milestoneId = f.stored().at(0).actionItems.at(0).milestoneId;
    REQUIRE_FALSE(milestoneId.empty());
    CHECK(f.log->actionItemList()->item(0)->text().contains(QStringLiteral("a milestone")));
    CHECK(f.cell(0, MeetingLogModel::OpenItemsColumn) == QStringLiteral("all 1 closed"));
    f.log->selectActionItem(item.id);
    CHECK_FALSE(f.log->milestoneButton()->isEnabled()); // a milestone already

    auto* milestones = f.view.page<mc::ui::MilestonesPage>();
    REQUIRE(milestones != nullptr);
    const int row = milestones->model()->rowOf(milestoneId);
    REQUIRE(row >= 0);
    CHECK(milestones->model()->milestoneAt(milestones->model()->index(row, 0))->title ==
          "Send the revised aims page");

    f.stack.undo();
    CHECK(f.stored().at(0).actionItems.at(0).milestoneId.empty());
    // A hidden page is refreshed when it is asked for again.
    CHECK(f.view.page<mc::ui::MilestonesPage>()->model()->rowOf(milestoneId) < 0);
    f.stack.redo(); // the very same milestone, linked again
    CHECK(f.stored().at(0).actionItems.at(0).milestoneId == milestoneId);
    CHECK(f.view.page<mc::ui::MilestonesPage>()->model()->rowOf(milestoneId) >= 0);
    CHECK(f.refusals.isEmpty());
}

TEST_CASE("On a signed compact the log stays editable and making a milestone is refused",
          "[meeting-log]") {
    // Signing is dated no earlier than the compact was stored: today.
    Fixture f(mc::todayLocal());
    for (const mc::Person& person : f.compact.people) {
        const QString refusal =
            f.session->sign(f.compact.id, person.id, person.name, f.today, {}, f.today);
        REQUIRE(refusal.toStdString() == "");
    }
    REQUIRE(f.session->workspace().currentVersion(f.compact.id).second);
    // The plan is signed content: read-only. The log is not.
    CHECK_FALSE(f.page->findChild<QComboBox*>(QStringLiteral("cadence"))->isEnabled());
    CHECK(f.log->logButton()->isEnabled());

    REQUIRE(f.logThroughDialog(f.today - boost::gregorian::days(1)));
    REQUIRE(f.stored().size() == 1);
    CHECK(f.log->model()->rowCount() == 1);
    CHECK(f.refusals.isEmpty());

    const mc::ActionItem item = f.stored().at(0).actionItems.at(0);
    f.log->selectActionItem(item.id);
    REQUIRE(f.log->milestoneButton()->isEnabled());
    const int undoEntries = f.stack.count();
    f.log->milestoneButton()->click();
    REQUIRE(f.refusals.size() == 1);
    CHECK(f.refusals[0].contains(QStringLiteral("cannot become a milestone")));
    CHECK(f.refusals[0].contains(QStringLiteral("start an amendment")));
    CHECK(f.stored().at(0).actionItems.at(0).milestoneId.empty());
    CHECK(f.stack.count() == undoEntries);

    f.log->doneButton()->click();
    CHECK(f.stored().at(0).actionItems.at(0).done);
}

TEST_CASE("The meeting log model passes the model tester", "[meeting-log]") {
    MeetingLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    mc::Meeting older;
    older.id = "m1";
    older.date = mc::Date(2026, 10, 1);
    older.attendees = {{"p1", "Ada"}, {"", "Charles"}};
    older.topics = "Grant <b>draft</b>";
    older.notes = "Notes";
    mc::ActionItem open;
    open.text = "Write";
    mc::ActionItem done;
    done.text = "Read";
    done.done = true;
    older.actionItems = {open, done};
    mc::Meeting newer;
    newer.id = "m2";
    newer.date = mc::Date(2026, 11, 1);
    model.setMeetings({newer, older});
    CHECK(model.rowCount() == 2);
    CHECK(model.columnCount() == MeetingLogModel::ColumnCount);
    CHECK(model.rowOf("m1") == 1);
    CHECK(model.index(1, MeetingLogModel::AttendeesColumn).data().toString() ==
          QStringLiteral("Ada, Charles (left the compact)"));
    CHECK(model.index(1, MeetingLogModel::OpenItemsColumn).data().toString() ==
          QStringLiteral("1 of 2 open"));
    CHECK(model.index(0, MeetingLogModel::AttendeesColumn).data().toString() ==
          QStringLiteral("nobody recorded"));
    CHECK(model.index(0, MeetingLogModel::OpenItemsColumn).data().toString() ==
          QStringLiteral("none"));
    CHECK(model.index(1, 0).data(MeetingLogModel::MeetingIdRole).toString() ==
          QStringLiteral("m1"));
    CHECK(model.index(1, MeetingLogModel::AttendeesColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Charles")));
    // User text in a tooltip is escaped, not taken for markup.
    CHECK(model.index(1, MeetingLogModel::TopicsColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("&lt;b&gt;")));
    model.setMeetings({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The adherence sentence says in words how the log keeps to the plan", "[meeting-log]") {
    mc::MeetingAdherence a;
    a.plan = mc::Recurrence{};
    a.plan->cadence = mc::Cadence::EveryTwoWeeks;
    a.plan->weekday = 4;
    a.first = mc::Date(2026, 6, 5);
    a.last = mc::Date(2026, 12, 5);
    a.expected = 13;
    a.held = 9;
    a.lastMeeting = mc::Date(2026, 11, 12);
    a.daysSinceLast = 23;
    const QString thursday = QLocale().dayName(4);
    CHECK(MeetingLogModel::adherenceText(a) ==
          QStringLiteral("Agreed: every two weeks on %1. Held 9 of 13 in the last six months. "
                         "Last meeting 23 days ago.")
              .arg(thursday));
    a.held = 14;
    CHECK(MeetingLogModel::adherenceText(a).contains(QStringLiteral("Held 14 (13 planned)")));
}
