// Date fields follow the locale (issue 9): the short date format's order and
// separators, always with a four-digit year, and the date read back is the
// date shown. Expected texts come from QLocale, not from formats written here.

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "ui/close_compact_dialog.h"
#include "ui/compact_view.h"
#include "ui/date_fields.h"
#include "ui/goal_dialog.h"
#include "ui/main_window.h"
#include "ui/meeting_dialog.h"
#include "ui/milestone_dialog.h"
#include "ui/new_compact_dialog.h"
#include "ui/sign_dialog.h"
#include "ui/workspace_session.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace {

// Sets the default locale for one test and puts the previous one back.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) : saved_(QLocale()) {
        QLocale::setDefault(locale);
    }
    ~DefaultLocale() { QLocale::setDefault(saved_); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale saved_;
};

const QLocale kUnitedStates(QLocale::English, QLocale::UnitedStates);
const QLocale kSpain(QLocale::Spanish, QLocale::Spain);

// The numbers in a date's text, in the order shown: "31/12/2027" is 31, 12, 2027.
QList<int> numbersIn(const QString& text) {
    QList<int> numbers;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (auto it = digits.globalMatch(text); it.hasNext();)
        numbers << it.next().captured().toInt();
    return numbers;
}

// The numbers of `date` in `locale`'s short format, the year whole.
QList<int> shortNumbers(const QLocale& locale, const QDate& date) {
    QList<int> numbers = numbersIn(locale.toString(date, QLocale::ShortFormat));
    for (int& n : numbers)
        if (n == date.year() % 100 && n != date.day() && n != date.month())
            n = date.year();
    return numbers;
}

mc::Compact firstCompact(mc::Workspace& workspace) {
    return workspace.loadCompact(workspace.listCompacts().front().id);
}

} // namespace

TEST_CASE("A date format gets a four-digit year and keeps its order and quoted text",
          "[date-fields]") {
    using mc::ui::withFourDigitYear;
    CHECK(withFourDigitYear(QStringLiteral("M/d/yy")) == QStringLiteral("M/d/yyyy"));
    CHECK(withFourDigitYear(QStringLiteral("dd.MM.yyyy")) == QStringLiteral("dd.MM.yyyy"));
    CHECK(withFourDigitYear(QStringLiteral("yy. M. d.")) == QStringLiteral("yyyy. M. d."));
    CHECK(withFourDigitYear(QStringLiteral("d 'yy' M yy")) == QStringLiteral("d 'yy' M yyyy"));
    CHECK(withFourDigitYear(QStringLiteral("d 'it''s' yy")) == QStringLiteral("d 'it''s' yyyy"));

    for (const QLocale& locale : {kUnitedStates, kSpain, QLocale(QLocale::German, QLocale::Germany),
                                  QLocale(QLocale::Korean, QLocale::SouthKorea)}) {
        INFO(locale.name().toStdString());
        const QDate date(2027, 12, 31);
        const QString text = locale.toString(date, mc::ui::fourDigitYearDateFormat(locale));
        CHECK(text.contains(QStringLiteral("2027")));
        CHECK(numbersIn(text) == shortNumbers(locale, date));
    }
}

TEST_CASE("A typed date is read in the locale's order or as ISO, never with a two-digit year",
          "[date-fields]") {
    using mc::ui::readDateField;
    const QDate date(2027, 12, 31);
    CHECK(readDateField(mc::ui::dateFieldText(date, kSpain), kSpain) == date);
    CHECK(readDateField(mc::ui::dateFieldText(date, kUnitedStates), kUnitedStates) == date);
    CHECK(readDateField(QStringLiteral(" 2027-12-31 "), kSpain) == date);
    CHECK_FALSE(readDateField(mc::ui::dateFieldText(date, kUnitedStates), kSpain).isValid());
    CHECK_FALSE(readDateField(kSpain.toString(date, QLocale::ShortFormat), kSpain).isValid());
    CHECK_FALSE(readDateField(QStringLiteral("soon"), kSpain).isValid());
}

TEST_CASE("A dialog's date field shows the date in the locale's order with four digits for the "
          "year, and reads it back",
          "[date-fields]") {
    mc::test::TempDir dir;
    const mc::test::TestDesktop desktop{dir};
    mc::Workspace workspace = mc::Workspace::open(desktop.makeDemo().toStdString());
    const mc::Compact compact = firstCompact(workspace);
    mc::Milestone milestone = compact.milestones.front();
    milestone.due = mc::Date(2027, 12, 31);
    const QDate date(2027, 12, 31);

    SECTION("in Spain: day, month, year") {
        DefaultLocale locale(kSpain);
        mc::ui::MilestoneDialog dialog(compact, milestone, mc::test::kUiToday);
        auto* due = dialog.findChild<QDateEdit*>(QStringLiteral("milestoneDue"));
        REQUIRE(due);
        INFO(due->text().toStdString());
        CHECK(numbersIn(due->text()) == QList<int>{31, 12, 2027});
        CHECK(numbersIn(due->text()) == shortNumbers(kSpain, date));
        CHECK(dialog.milestone().due == mc::Date(2027, 12, 31));
    }
    SECTION("in the United States: month, day, year") {
        DefaultLocale locale(kUnitedStates);
        mc::ui::MilestoneDialog dialog(compact, milestone, mc::test::kUiToday);
        auto* due = dialog.findChild<QDateEdit*>(QStringLiteral("milestoneDue"));
        REQUIRE(due);
        INFO(due->text().toStdString());
        CHECK(numbersIn(due->text()) == QList<int>{12, 31, 2027});
        CHECK(numbersIn(due->text()) == shortNumbers(kUnitedStates, date));
        CHECK(dialog.milestone().due == mc::Date(2027, 12, 31));
    }
}

TEST_CASE("Every date field of the pages and dialogs shows the locale's order with a four-digit "
          "year",
          "[date-fields]") {
    DefaultLocale locale(kUnitedStates);
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop{dir};
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(desktop.makeDemo()));
    window->show();
    QTest::qWait(10);
    mc::Workspace& workspace = window->session()->workspace();
    const mc::Compact compact =
        workspace.loadCompact(window->compactView()->compactId().toStdString());
    const mc::Date today = mc::test::kUiToday;

    int fields = 0;
    const auto checkFields = [&fields](QWidget* root, const char* what) {
        for (QDateEdit* edit : root->findChildren<QDateEdit*>()) {
            INFO(what << ": " << edit->objectName().toStdString() << " "
                      << edit->text().toStdString());
            const QDate d = edit->date();
            CHECK(numbersIn(edit->text()) == QList<int>{d.month(), d.day(), d.year()});
            ++fields;
        }
    };
    // The Reviews page is the last tab, and holds the held-on date.
    window->compactView()->setCurrentPage(window->compactView()->tabs()->count() - 1);
    QTest::qWait(10);
    checkFields(window->compactView(), "pages");
    mc::ui::GoalDialog goal(compact, compact.goals.front());
    checkFields(&goal, "goal");
    mc::ui::MilestoneDialog milestone(compact, compact.milestones.front(), today);
    checkFields(&milestone, "milestone");
    mc::ui::MeetingDialog meeting(compact, mc::Meeting{}, today);
    meeting.addActionItem();
    checkFields(&meeting, "meeting");
    const std::string id = compact.id;
    mc::ui::SignDialog sign(*window->session(), id, workspace.signers(id), today);
    checkFields(&sign, "sign");
    mc::ui::NewCompactDialog newCompact(today);
    checkFields(&newCompact, "new compact");
    mc::ui::CloseCompactDialog closing(compact, today);
    checkFields(&closing, "close compact");
    // Overview start and end, review held on; target; due and done; meeting
    // and action item; signature; start; closing day.
    CHECK(fields >= 11);
}
