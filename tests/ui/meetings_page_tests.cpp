#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/meetings_page.h"
#include "ui/recurrence_text.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStringList>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using mc::ui::MeetingsPage;

namespace {

const mc::Date kToday(2026, 11, 23);

// A workspace with the sample compact, a session over it and a page showing it.
struct Fixture {
    explicit Fixture(mc::MeetingPlan plan = {}, mc::Date day = kToday) : today(day) {
        mc::Workspace ws = mc::Workspace::create(dir.file("meetings.compact"), "T");
        mc::Compact compact = mc::test::sampleCompact();
        compact.meetingPlan = plan;
        compactId = ws.addCompact(compact).id;
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(ws), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        refresh();
    }

    mc::MeetingPlan stored() const {
        return session->workspace().loadCompact(compactId).meetingPlan;
    }
    void refresh(bool readOnly = false) {
        page.showCompact(session->workspace().loadCompact(compactId), today, readOnly);
    }
    template <typename W> W* find(const char* name) const {
        W* widget = page.findChild<W*>(QString::fromLatin1(name));
        REQUIRE(widget != nullptr);
        return widget;
    }

    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    std::string compactId;
    mc::Date today;
    QStringList refusals;
    MeetingsPage page;
};

// Picks the entry whose data is `value`, as a person choosing it would.
void pick(QComboBox* combo, int value) {
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void typeNumber(QSpinBox* spin, int value) {
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Return);
}

mc::MeetingPlan thursdaysEveryTwoWeeks() {
    mc::MeetingPlan plan;
    plan.recurrence.cadence = mc::Cadence::EveryTwoWeeks;
    plan.recurrence.weekday = 4;
    plan.durationMinutes = 60;
    return plan;
}

} // namespace

TEST_CASE("Meetings page stores monthly on the last Friday and lists last Fridays", "[meetings]") {
    Fixture f;
    pick(f.find<QComboBox>("cadence"), static_cast<int>(mc::Cadence::Monthly));
    pick(f.find<QComboBox>("weekday"), 5);
    pick(f.find<QComboBox>("weekOfMonth"), -1);

    const mc::Recurrence stored = f.stored().recurrence;
    CHECK(stored.cadence == mc::Cadence::Monthly);
    CHECK(stored.weekday == 5);
    CHECK(stored.weekOfMonth == -1);
    CHECK(f.stack.count() == 3);
    CHECK(f.refusals.isEmpty());

    const auto& dates = f.page.nextMeetings();
    REQUIRE(dates.size() == static_cast<std::size_t>(MeetingsPage::kNextMeetingCount));
    for (const mc::Date& date : dates) {
        CHECK(date >= kToday);
        CHECK(date.day_of_week() == boost::date_time::Friday);
        CHECK((date + boost::gregorian::days(7)).month() != date.month());
    }
    CHECK(dates.front() == mc::Date(2026, 11, 27));
    CHECK(dates.back() == mc::Date(2027, 4, 30));

    auto* list = f.find<QListWidget>("nextMeetings");
    REQUIRE(list->count() == MeetingsPage::kNextMeetingCount);
    CHECK(list->item(0)->data(Qt::UserRole).toDate() == QDate(2026, 11, 27));
    CHECK(list->item(0)->text() == QLocale().toString(QDate(2026, 11, 27), QLocale::LongFormat));
    CHECK(f.find<QLabel>("meetingSummary")->text() ==
          QStringLiteral("Monthly on the last %1, 60 minutes").arg(QLocale().dayName(5)));
}

TEST_CASE("Meetings page shows only the fields the cadence uses", "[meetings]") {
    Fixture f;
    f.page.show();
    auto* weekday = f.find<QComboBox>("weekday");
    auto* week = f.find<QComboBox>("weekOfMonth");
    auto* interval = f.find<QSpinBox>("intervalDays");
    CHECK(weekday->isVisible());
    CHECK_FALSE(week->isVisible());
    CHECK_FALSE(interval->isVisible());
    pick(f.find<QComboBox>("cadence"), static_cast<int>(mc::Cadence::Monthly));
    CHECK(week->isVisible());
    pick(f.find<QComboBox>("cadence"), static_cast<int>(mc::Cadence::Custom));
    CHECK_FALSE(weekday->isVisible());
    CHECK_FALSE(week->isVisible());
    CHECK(interval->isVisible());
}

TEST_CASE("Meetings page duration change is undoable", "[meetings]") {
    Fixture f(thursdaysEveryTwoWeeks());
    auto* duration = f.find<QSpinBox>("durationMinutes");
    CHECK(duration->value() == 60);
    QTest::keyClick(duration, Qt::Key_Up);
    QTest::keyClick(duration, Qt::Key_Up);
    QTest::keyClick(duration, Qt::Key_Return);
    CHECK(f.stored().durationMinutes == 90);
    CHECK(f.find<QLabel>("meetingSummary")->text().endsWith(QStringLiteral(", 90 minutes")));
    REQUIRE(f.stack.count() == 1);

    f.stack.undo();
    CHECK(f.stored().durationMinutes == 60);
    f.refresh();
    CHECK(duration->value() == 60);
    f.stack.redo();
    CHECK(f.stored().durationMinutes == 90);
}

TEST_CASE("Meetings page saves standing topics when the field loses focus", "[meetings]") {
    Fixture f;
    f.page.show();
    f.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.page));

    auto* topics = f.find<QPlainTextEdit>("standingTopics");
    auto* channels = f.find<QLineEdit>("channels");
    topics->setFocus();
    REQUIRE(topics->hasFocus());
    QTest::keyClicks(topics, QStringLiteral("Progress on aim 1 <b>"));
    CHECK(f.stored().standingTopics.empty());

    // A refresh while typing keeps what is being typed.
    f.refresh();
    CHECK(topics->toPlainText() == QStringLiteral("Progress on aim 1 <b>"));

    channels->setFocus();
    CHECK(f.stored().standingTopics == "Progress on aim 1 <b>");
    CHECK(f.stack.count() == 1);

    QTest::keyClicks(channels, QStringLiteral("in person; Zoom when travelling"));
    QTest::keyClick(channels, Qt::Key_Return);
    CHECK(f.stored().channels == "in person; Zoom when travelling");
    CHECK(f.stored().standingTopics == "Progress on aim 1 <b>");

    // Leaving a field unchanged stores nothing more.
    topics->setFocus();
    channels->setFocus();
    CHECK(f.stack.count() == 2);
    f.stack.undo();
    CHECK(f.stored().channels.empty());
}

TEST_CASE("Meetings page summary says the plan in plain words", "[meetings]") {
    Fixture f(thursdaysEveryTwoWeeks());
    const QString thursday = QLocale().dayName(4);
    CHECK(f.find<QLabel>("meetingSummary")->text() ==
          QStringLiteral("Every two weeks on %1, 60 minutes").arg(thursday));
    CHECK(f.find<QLabel>("meetingSummary")->textFormat() == Qt::PlainText);

    mc::MeetingPlan plan;
    plan.recurrence.cadence = mc::Cadence::Custom;
    plan.recurrence.intervalDays = 1;
    plan.durationMinutes = 30;
    CHECK(mc::ui::RecurrenceText::summary(plan) == QStringLiteral("Every day, 30 minutes"));
    plan.recurrence.intervalDays = 10;
    CHECK(mc::ui::RecurrenceText::summary(plan) == QStringLiteral("Every 10 days, 30 minutes"));
    plan.recurrence = {mc::Cadence::Weekly, 1, 1, 14};
    plan.durationMinutes = 45;
    CHECK(mc::ui::RecurrenceText::summary(plan) ==
          QStringLiteral("Weekly on %1, 45 minutes").arg(QLocale().dayName(1)));
}

TEST_CASE("Meetings page does not store an invalid interval", "[meetings]") {
    Fixture f;
    f.page.show();
    pick(f.find<QComboBox>("cadence"), static_cast<int>(mc::Cadence::Custom));
    REQUIRE(f.stored().recurrence.cadence == mc::Cadence::Custom);
    REQUIRE(f.stored().recurrence.intervalDays == 14);
    const int commands = f.stack.count();

    auto* interval = f.find<QSpinBox>("intervalDays");
    auto* problem = f.find<QLabel>("intervalDaysProblem");
    CHECK_FALSE(problem->isVisible());
    typeNumber(interval, 400);
    CHECK(f.stored().recurrence.intervalDays == 14);
    CHECK(f.stack.count() == commands);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("1 to 366 days")));
    CHECK(interval->accessibleDescription() == problem->text());

    typeNumber(interval, 0);
    CHECK(f.stored().recurrence.intervalDays == 14);
    CHECK(problem->text().contains(QStringLiteral("not 0")));

    typeNumber(interval, 10);
    CHECK(f.stored().recurrence.intervalDays == 10);
    CHECK_FALSE(problem->isVisible());
    CHECK(f.stack.count() == commands + 1);
    CHECK(f.page.nextMeetings().front() == kToday);
    CHECK(f.page.nextMeetings()[1] == kToday + boost::gregorian::days(10));
}

TEST_CASE("Meetings page counts from the start of a compact that has not begun", "[meetings]") {
    Fixture f(thursdaysEveryTwoWeeks(), mc::Date(2026, 1, 10));
    const auto& dates = f.page.nextMeetings();
    REQUIRE(dates.size() == 6U);
    // The sample compact starts on Tuesday 1 September 2026.
    CHECK(dates.front() == mc::Date(2026, 9, 3));
    CHECK(dates[1] == mc::Date(2026, 9, 17));
    CHECK_FALSE(f.find<QLabel>("nextMeetingsNote")->text().isEmpty());

    f.today = mc::Date(2030, 1, 1);
    f.refresh();
    CHECK(f.page.nextMeetings().empty());
    CHECK(f.find<QListWidget>("nextMeetings")->count() == 0);
    CHECK_FALSE(f.find<QLabel>("nextMeetingsNote")->text().isEmpty());
}

TEST_CASE("Meetings page is read-only when the workspace is", "[meetings]") {
    Fixture f(thursdaysEveryTwoWeeks());
    f.refresh(true);
    for (const char* name : {"cadence", "weekday", "weekOfMonth"})
        CHECK_FALSE(f.find<QComboBox>(name)->isEnabled());
    for (const char* name : {"intervalDays", "durationMinutes"})
        CHECK_FALSE(f.find<QSpinBox>(name)->isEnabled());
    CHECK_FALSE(f.find<QLineEdit>("channels")->isEnabled());
    CHECK_FALSE(f.find<QPlainTextEdit>("standingTopics")->isEnabled());
    CHECK_FALSE(f.find<QPlainTextEdit>("scholarPreparation")->isEnabled());
    CHECK(f.page.pageTitle() == QStringLiteral("Meetings"));
}

TEST_CASE("Meetings page inputs have accessible names and labelled buddies", "[meetings]") {
    Fixture f;
    QList<QWidget*> buddies;
    for (const QLabel* label : f.page.findChildren<QLabel*>())
        if (label->buddy() != nullptr) {
            buddies << label->buddy();
            CHECK(label->text().contains(QLatin1Char('&')));
        }
    for (const char* name : {"cadence", "weekday", "weekOfMonth", "intervalDays", "durationMinutes",
                             "channels", "standingTopics", "scholarPreparation", "nextMeetings"}) {
        auto* widget = f.find<QWidget>(name);
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK(buddies.contains(widget));
    }
    CHECK(f.find<QPlainTextEdit>("standingTopics")->tabChangesFocus());
}
