// The editable overview page: header fields saved through the session with
// the rules shown beside them, the people table and the person dialog.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/date_fields.h"
#include "ui/overview_page.h"
#include "ui/people_model.h"
#include "ui/person_dialog.h"
#include "ui/theme_colors.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::ui::OverviewPage;
using mc::ui::PeopleModel;
using mc::ui::PersonDialog;

namespace {

const mc::Date kToday(2027, 3, 15);

// A workspace with the sample compact, a session over it and the page,
// refreshed after every change the way the compact view refreshes it.
struct PageFixture {
    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    QStringList refusals;
    OverviewPage page;
    std::string id;

    explicit PageFixture(bool readOnly = false) {
        mc::Workspace workspace = mc::Workspace::create(dir.file("t.compact"), "T");
        id = workspace.addCompact(mc::test::sampleCompact()).id;
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(workspace), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        QObject::connect(session.get(), &mc::ui::WorkspaceSession::compactChanged, &page,
                         [this, readOnly] { show(readOnly); });
        show(readOnly);
    }
    void show(bool readOnly = false) { page.showCompact(stored(), kToday, readOnly); }
    mc::Compact stored() const { return session->workspace().loadCompact(id); }
    // The id of the first person with `role`.
    std::string idOf(mc::Role role) const {
        for (const mc::Person& person : stored().people)
            if (person.role == role)
                return person.id;
        return {};
    }
};

QStringList labelTexts(const QWidget& widget, const QString& objectName = QString()) {
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>(objectName))
        texts << label->text();
    return texts;
}

// Where Tab goes from `widget`: the next widget in the focus chain that
// takes Tab focus and is not a part of `widget` itself.
const QWidget* nextTabStop(const QWidget* widget) {
    const QWidget* next = widget->nextInFocusChain();
    while (next != widget && (!(next->focusPolicy() & Qt::TabFocus) || widget->isAncestorOf(next)))
        next = next->nextInFocusChain();
    return next;
}

// Fills the person dialog as a user would and presses OK.
OverviewPage::PersonEditor fillDialog(QString name, mc::Role role, QString duties) {
    return [=](QWidget*, const mc::Person& person, bool) -> std::optional<mc::Person> {
        PersonDialog dialog;
        dialog.setPerson(person);
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(static_cast<int>(role)));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), name);
        dialog.responsibilitiesEdit()->setPlainText(duties);
        dialog.accept();
        if (dialog.result() != QDialog::Accepted)
            return std::nullopt;
        return dialog.person();
    };
}

} // namespace

TEST_CASE("Overview page stores an edited title and undo puts it back", "[overview]") {
    PageFixture f;
    REQUIRE(f.page.titleEdit()->isEnabled());
    f.page.titleEdit()->selectAll();
    QTest::keyClicks(f.page.titleEdit(), QStringLiteral("KL2 compact of Lena Ortiz"));
    QTest::keyClick(f.page.titleEdit(), Qt::Key_Return);

    CHECK(f.refusals.isEmpty());
    CHECK(f.stored().title == "KL2 compact of Lena Ortiz");
    CHECK(f.stack.count() == 1);
    CHECK(labelTexts(f.page, QStringLiteral("overviewTitle")) ==
          QStringList{QStringLiteral("KL2 compact of Lena Ortiz")});

    f.stack.undo();
    CHECK(f.stored().title == "Mentoring compact: Dr. Lena Ortiz");
    CHECK(f.page.titleEdit()->text() == QStringLiteral("Mentoring compact: Dr. Lena Ortiz"));
}

TEST_CASE("Overview page stores the status picked and the program typed", "[overview]") {
    PageFixture f;
    QComboBox* status = f.page.statusBox();
    const int signedRow = status->findData(static_cast<int>(mc::CompactStatus::Signed));
    REQUIRE(signedRow >= 0);
    status->setCurrentIndex(signedRow);
    emit status->activated(signedRow);
    CHECK(f.stored().status == mc::CompactStatus::Signed);

    f.page.programEdit()->clear();
    QTest::keyClicks(f.page.programEdit(), QStringLiteral("K23"));
    QTest::keyClick(f.page.programEdit(), Qt::Key_Return);
    CHECK(f.stored().program == "K23");
    CHECK(f.stack.count() == 2);
}

TEST_CASE("An empty title is refused beside the field and not stored", "[overview]") {
    PageFixture f;
    f.page.titleEdit()->clear();
    QTest::keyClick(f.page.titleEdit(), Qt::Key_Return);
    CHECK(f.page.fieldMessage("title").startsWith(QStringLiteral("Title is empty")));
    CHECK(f.stored().title == "Mentoring compact: Dr. Lena Ortiz");
    CHECK(f.stack.count() == 0);
    CHECK(f.refusals.isEmpty()); // said beside the field, not in a message box
}

TEST_CASE("An end date before the start shows the rule beside the field and is not stored",
          "[overview]") {
    PageFixture f;
    QDateEdit* end = f.page.endEdit();
    CHECK(end->displayFormat() == mc::ui::fourDigitYearDateFormat(QLocale()));
    CHECK(end->calendarPopup());
    end->setDate(QDate(2026, 8, 1));
    QTest::keyClick(end, Qt::Key_Return);

    const QString message = f.page.fieldMessage("end");
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("must be after the start date 2026-09-01")));
    const auto* label = f.page.findChild<QLabel*>(QStringLiteral("message_end"));
    REQUIRE(label != nullptr);
    CHECK(label->parentWidget() == end->parentWidget()); // beside the field
    CHECK(label->styleSheet().contains(mc::ui::errorColor(label->palette()).name()));
    CHECK(label->textFormat() == Qt::PlainText);
    CHECK(f.stored().end == mc::Date(2029, 8, 31));
    CHECK(f.stack.count() == 0);
    CHECK(end->date() == QDate(2026, 8, 1)); // what was typed stays to be corrected

    SECTION("and a valid date clears the message and is stored") {
        end->setDate(QDate(2030, 8, 31));
        QTest::keyClick(end, Qt::Key_Return);
        CHECK(f.page.fieldMessage("end").isEmpty());
        CHECK(f.stored().end == mc::Date(2030, 8, 31));
    }
    SECTION("and a start date moved past the end is refused too") {
        f.show();
        f.page.startEdit()->setDate(QDate(2030, 1, 1));
        QTest::keyClick(f.page.startEdit(), Qt::Key_Return);
        CHECK(f.page.fieldMessage("start").contains(QStringLiteral("must be after")));
        CHECK(f.stored().start == mc::Date(2026, 9, 1));
    }
}

TEST_CASE("A very long award period is stored with a warning beside the end date", "[overview]") {
    PageFixture f;
    f.page.endEdit()->setDate(QDate(2040, 8, 31));
    QTest::keyClick(f.page.endEdit(), Qt::Key_Return);
    CHECK(f.stored().end == mc::Date(2040, 8, 31));
    CHECK(f.page.fieldMessage("end").contains(QStringLiteral("longer than 10 years")));
    const auto* label = f.page.findChild<QLabel*>(QStringLiteral("message_end"));
    REQUIRE(label != nullptr);
    CHECK(label->styleSheet().contains(mc::ui::warningColor(label->palette()).name()));
}

TEST_CASE("Overview page shows the award year and the counts", "[overview]") {
    PageFixture f;
    const QStringList texts = labelTexts(f.page);
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("(award year 1 of 3)")).size() == 1);
    CHECK(texts.contains(QStringLiteral("1 (0 achieved, 0 missed, 0 overdue)")));
    CHECK(texts.contains(QStringLiteral("1 (0 agreed)")));
    CHECK(f.page.pageTitle() == QStringLiteral("Overview"));
}

TEST_CASE("A person added through the dialog is stored and undo removes them", "[overview]") {
    PageFixture f;
    f.page.setPersonEditor(fillDialog(QStringLiteral("Dr. Ana Silva"), mc::Role::CareerMentor,
                                      QStringLiteral("Career advice and networking")));
    QTest::mouseClick(f.page.addButton(), Qt::LeftButton);
    CHECK(f.refusals.isEmpty());
    mc::Compact stored = f.stored();
    REQUIRE(stored.people.size() == 4);
    CHECK(stored.people.back().name == "Dr. Ana Silva");
    CHECK(stored.people.back().role == mc::Role::CareerMentor);
    CHECK(stored.people.back().position == 3);
    CHECK(f.page.peopleModel()->rowCount() == 4);
    CHECK(labelTexts(f.page, QStringLiteral("personResponsibilities"))
              .contains(QStringLiteral("Career advice and networking")));

    f.stack.undo();
    CHECK(f.stored().people.size() == 3);
    CHECK(f.page.peopleModel()->rowCount() == 3);
    f.stack.redo();
    CHECK(f.stored().people.size() == 4);
}

TEST_CASE("Editing a person through the dialog changes them in place", "[overview]") {
    PageFixture f;
    const std::string coMentorId = f.idOf(mc::Role::CoMentor);
    f.page.setPersonEditor(fillDialog(QStringLiteral("Dr. Kim Baker-Ito"), mc::Role::CoMentor,
                                      QStringLiteral("Biostatistics")));
    f.page.selectPerson(coMentorId);
    f.page.editSelectedPerson();
    const mc::Compact stored = f.stored();
    const mc::Person* kim = stored.findPerson(coMentorId);
    REQUIRE(kim != nullptr);
    CHECK(kim->name == "Dr. Kim Baker-Ito");
    CHECK(kim->responsibilities == "Biostatistics");
    CHECK(stored.people.size() == 3);
}

TEST_CASE("Removing a person with milestones shows the refusal and keeps them", "[overview]") {
    PageFixture f;
    const std::string scholarId = f.idOf(mc::Role::Scholar);
    const std::string coMentorId = f.idOf(mc::Role::CoMentor);
    f.page.selectPerson(scholarId);
    REQUIRE(f.page.removeButton()->isEnabled());
    QTest::mouseClick(f.page.removeButton(), Qt::LeftButton);
    REQUIRE(f.refusals.size() == 1);
    CHECK(f.refusals.front().contains(QStringLiteral("give them to someone else first")));
    CHECK(f.stored().people.size() == 3);
    CHECK(f.stack.count() == 0);

    SECTION("while a co-mentor with nothing to their name goes, and comes back on undo") {
        f.page.selectPerson(coMentorId);
        f.page.removeSelectedPerson();
        CHECK(f.stored().findPerson(coMentorId) == nullptr);
        f.stack.undo();
        CHECK(f.stored().findPerson(coMentorId) != nullptr);
    }
}

TEST_CASE("Moving a person down is one undoable step", "[overview]") {
    PageFixture f;
    const std::string scholarId = f.idOf(mc::Role::Scholar);
    f.page.selectPerson(scholarId);
    f.page.moveSelectedPerson(1);
    CHECK(f.refusals.isEmpty());
    CHECK(f.stored().people.at(1).id == scholarId);
    CHECK(f.stack.count() == 1);
    f.stack.undo();
    CHECK(f.stored().people.at(0).id == scholarId);
}

TEST_CASE("Markup in names and titles shows literally on the overview page", "[overview]") {
    PageFixture f;
    const std::string coMentorId = f.idOf(mc::Role::CoMentor);
    REQUIRE(f.stored().findPerson(coMentorId) != nullptr);
    mc::Person kim = *f.stored().findPerson(coMentorId);
    kim.name = "<b>Kim</b> & co";
    REQUIRE(f.session->savePerson(f.id, kim).isEmpty());
    const QString literal = QStringLiteral("<b>Kim</b> & co");
    const int row = f.page.peopleModel()->rowOf(coMentorId);
    CHECK(f.page.peopleModel()->index(row, PeopleModel::NameColumn).data() == literal);
    bool found = false;
    for (const QLabel* label : f.page.findChildren<QLabel*>())
        if (label->text() == literal) {
            found = true;
            CHECK(label->textFormat() == Qt::PlainText);
        }
    CHECK(found);
}

TEST_CASE("A read-only workspace disables every input of the overview page", "[overview]") {
    PageFixture f(true);
    const std::string coMentorId = f.idOf(mc::Role::CoMentor);
    for (QWidget* input : std::initializer_list<QWidget*>{f.page.titleEdit(), f.page.programEdit(),
                                                          f.page.cohortEdit(), f.page.statusBox(),
                                                          f.page.startEdit(), f.page.endEdit()})
        CHECK_FALSE(input->isEnabled());
    for (const QPushButton* button : f.page.findChildren<QPushButton*>())
        CHECK_FALSE(button->isEnabled());
    f.page.selectPerson(coMentorId);
    f.page.removeSelectedPerson();
    CHECK(f.stored().people.size() == 3);
}

TEST_CASE("Every input of the overview page has an accessible name", "[overview]") {
    PageFixture f;
    const std::initializer_list<QWidget*> inputs = {
        f.page.titleEdit(), f.page.programEdit(), f.page.cohortEdit(), f.page.statusBox(),
        f.page.startEdit(), f.page.endEdit(),     f.page.peopleView()};
    for (const QWidget* input : inputs)
        CHECK_FALSE(input->accessibleName().isEmpty());
    // The tab order runs down the form and on to the people.
    CHECK(nextTabStop(f.page.titleEdit()) == f.page.programEdit());
    CHECK(nextTabStop(f.page.statusBox()) == f.page.startEdit());
    CHECK(nextTabStop(f.page.endEdit()) == f.page.peopleView());
    CHECK(nextTabStop(f.page.peopleView()) == f.page.addButton());
    // Alt+T reaches the title through its label.
    const QLabel* titleLabel = nullptr;
    for (const QLabel* label : f.page.findChildren<QLabel*>())
        if (label->text() == QStringLiteral("&Title:"))
            titleLabel = label;
    REQUIRE(titleLabel != nullptr);
    REQUIRE(titleLabel->buddy() != nullptr);
    CHECK(titleLabel->buddy()->focusProxy() == f.page.titleEdit());
}

TEST_CASE("The person dialog keeps OK disabled while the rules are broken", "[overview]") {
    PersonDialog dialog;
    CHECK_FALSE(dialog.okButton()->isEnabled()); // no name yet
    CHECK(dialog.messages().contains(QStringLiteral("Name is empty")));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Dr. Ana Silva"));
    CHECK(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.emailEdit(), QStringLiteral("ana.example.org"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.messages().contains(QStringLiteral("@")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.emailEdit()->setText(QStringLiteral("ana@example.org"));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.messages().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.person().email == "ana@example.org");
}

TEST_CASE("The people model passes the item model tester", "[overview]") {
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPeople(mc::test::sampleCompact().people);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == PeopleModel::ColumnCount);
    CHECK(model.index(1, PeopleModel::RoleColumn).data() == QStringLiteral("Primary mentor"));
    CHECK(model.index(1, PeopleModel::ResponsibilitiesColumn).data() ==
          QStringLiteral("Research direction and grant drafts"));
    CHECK(model.index(0, 0).data(PeopleModel::IdRole).toString().toStdString() ==
          model.people().front().id);
    CHECK(model.headerData(PeopleModel::EmailColumn, Qt::Horizontal) == QStringLiteral("E-mail"));
    CHECK(model.rowOf("missing") == -1);
    CHECK(model.personAt(3) == nullptr);
    model.setPeople({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A refresh keeps what the user is typing and Delete removes a person", "[overview]") {
    PageFixture f;
    f.page.show();
    f.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.page));

    f.page.titleEdit()->setFocus();
    f.page.titleEdit()->selectAll();
    QTest::keyClicks(f.page.titleEdit(), QStringLiteral("Half typed"));
    f.show(); // another page's edit refreshes this one
    CHECK(f.page.titleEdit()->text() == QStringLiteral("Half typed"));
    CHECK(f.page.programEdit()->text() == QStringLiteral("KL2"));

    // Leaving the field stores what was typed.
    const std::string coMentorId = f.idOf(mc::Role::CoMentor);
    f.page.selectPerson(coMentorId);
    f.page.peopleView()->setFocus();
    CHECK(f.stored().title == "Half typed");
    QTest::keyClick(f.page.peopleView(), Qt::Key_Delete);
    CHECK(f.stored().findPerson(coMentorId) == nullptr);
    CHECK(f.stack.count() == 2);
}

TEST_CASE("A day picked in the calendar popup is stored", "[overview]") {
    PageFixture f;
    QDateEdit* end = f.page.endEdit();
    REQUIRE(end->calendarWidget() != nullptr);
    end->setDate(QDate(2030, 8, 31)); // what the popup does with the day picked
    emit end->calendarWidget()->clicked(QDate(2030, 8, 31));
    QCoreApplication::processEvents();
    CHECK(f.stored().end == mc::Date(2030, 8, 31));
    CHECK(f.stack.count() == 1);
}
