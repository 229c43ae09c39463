// The Worksheet page and its model, driven without a main window: answers
// go through a WorkspaceSession and are checked in the store and on the
// undo stack; blind entry is checked on everything the page shows.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/worksheet_model.h"
#include "ui/worksheet_page.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::Domain;
using mc::WorksheetAnswer;
using mc::ui::WorksheetModel;
using mc::ui::WorksheetPage;
using mc::ui::WorkspaceSession;

namespace {

const mc::Date kToday(2026, 11, 23);
const std::string kCredit = "research.independence_credit";

struct PageFixture {
    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<WorkspaceSession> session;
    mc::Compact compact;
    std::string scholar, mentor;
    QStringList refusals, questions, informed;
    bool confirmAnswer = true;
    QString savePath, openPath;
    WorksheetPage page;

    PageFixture() {
        mc::Workspace workspace = mc::Workspace::create(dir.file("test.compact"), "T");
        compact = workspace.addCompact(mc::test::sampleCompact());
        scholar = compact.people[0].id;
        mentor = compact.people[1].id;
        session = std::make_unique<WorkspaceSession>(std::move(workspace), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        mc::ui::PageDialogs dialogs;
        dialogs.confirm = [this](QWidget*, const QString& question, const QString&) {
            questions << question;
            return confirmAnswer;
        };
        dialogs.chooseSavePath = [this](QWidget*, const QString&, const QString&, const QString&) {
            return savePath;
        };
        dialogs.chooseOpenPath = [this](QWidget*, const QString&, const QString&) {
            return openPath;
        };
        dialogs.inform = [this](QWidget*, const QString& message) {
            informed << message;
        };
        page.setDialogs(dialogs);
        QObject::connect(session.get(), &WorkspaceSession::compactChanged, &page,
                         [this] { refresh(); });
        refresh();
    }

    void refresh() {
        page.showCompact(session->workspace().loadCompact(compact.id), kToday, false);
    }

    // The person's worksheet as stored (read as that person would).
    mc::Worksheet stored(const std::string& person) const {
        for (const mc::Worksheet& w : session->workspace().worksheetsVisibleTo(compact.id, person))
            if (w.personId == person)
                return w;
        FAIL("no worksheet for " << person);
        return {};
    }
    WorksheetAnswer storedAnswer(const std::string& person, const std::string& topic) const {
        const mc::Worksheet w = stored(person);
        const WorksheetAnswer* answer = w.findTopic(topic);
        REQUIRE(answer != nullptr);
        return *answer;
    }

    // Fills one answer through the session, as the person's own page would.
    void answerDirectly(const std::string& person, const std::string& topic, int responsibility,
                        int importance, const std::string& text) {
        REQUIRE(session->openWorksheet(compact.id, person).isEmpty());
        WorksheetAnswer answer = storedAnswer(person, topic);
        answer.responsibility = responsibility;
        answer.importance = importance;
        answer.text = text;
        REQUIRE(session->saveWorksheetAnswer(compact.id, person, answer).isEmpty());
    }

    QModelIndex cell(const std::string& topic, int column) {
        const std::string id = storedAnswer(page.viewerId(), topic).id;
        const QModelIndex index = page.model()->indexOfAnswer(id, column);
        REQUIRE(index.isValid());
        return index;
    }

    // Opens the cell's editor as F2 does, and returns it.
    template <typename Editor> Editor* openEditor(const std::string& topic, int column) {
        const QModelIndex index = cell(topic, column);
        page.tree()->setCurrentIndex(index);
        QTest::keyClick(page.tree(), Qt::Key_F2);
        auto* editor = qobject_cast<Editor*>(page.tree()->indexWidget(index));
        REQUIRE(editor != nullptr);
        CHECK_FALSE(editor->accessibleName().isEmpty());
        return editor;
    }

    // Enter in an editor commits it (the delegate does it queued).
    static void commit(QWidget* editor) {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void pickInCombo(const std::string& topic, int column, int value) {
        auto* combo = openEditor<QComboBox>(topic, column);
        combo->setCurrentIndex(combo->findData(value));
        commit(combo);
    }
};

// Every text the page shows: labels, combo items, editors, the tree's cells.
QStringList visibleTexts(WorksheetPage& page) {
    QStringList texts;
    for (QLabel* label : page.findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (QLineEdit* edit : page.findChildren<QLineEdit*>())
        texts << edit->text();
    for (QPlainTextEdit* edit : page.findChildren<QPlainTextEdit*>())
        texts << edit->toPlainText();
    QAbstractItemModel* model = page.tree()->model();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row)
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                 int(Qt::AccessibleTextRole), int(WorksheetModel::PromptRole)})
                    texts << index.data(role).toString();
                walk(index);
            }
    };
    walk({});
    return texts;
}

bool anyContains(const QStringList& texts, const QString& needle) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString& text) { return text.contains(needle); });
}

} // namespace

TEST_CASE("Filling a worksheet in place stores each answer and undo puts one back",
          "[worksheet-page]") {
    PageFixture f;
    CHECK(f.page.tree()->isHidden());
    f.page.setViewer(f.scholar);
    CHECK(f.page.statusLabel()->text().contains(QStringLiteral("has not started")));
    QTest::mouseClick(f.page.startButton(), Qt::LeftButton);
    REQUIRE(f.refusals.isEmpty());
    CHECK(f.stack.count() == 0); // an empty draft has nothing to undo
    CHECK(f.page.model()->rowCount() == 6);

    f.pickInCombo(kCredit, WorksheetModel::ResponsibilityColumn, 5);
    f.pickInCombo(kCredit, WorksheetModel::ImportanceColumn, 4);
    auto* words = f.openEditor<QLineEdit>(kCredit, WorksheetModel::TextColumn);
    words->selectAll();
    QTest::keyClicks(words, QStringLiteral("I decide the order of authors on my papers."));
    PageFixture::commit(words);

    REQUIRE(f.refusals.isEmpty());
    WorksheetAnswer answer = f.storedAnswer(f.scholar, kCredit);
    CHECK(answer.responsibility == 5);
    CHECK(answer.importance == 4);
    CHECK(answer.text == "I decide the order of authors on my papers.");
    CHECK(f.stack.count() == 3);
    CHECK(f.page.model()->data(f.cell(kCredit, WorksheetModel::ResponsibilityColumn)).toString() ==
          QStringLiteral("Mostly the scholar"));
    CHECK(f.page.statusLabel()->text().contains(QStringLiteral("Draft: 1 of")));

    f.stack.undo();
    answer = f.storedAnswer(f.scholar, kCredit);
    CHECK(answer.text.empty());
    CHECK(answer.importance == 4);
    CHECK(f.page.model()->data(f.cell(kCredit, WorksheetModel::TextColumn)).toString().isEmpty());
    f.stack.redo();
    CHECK(f.storedAnswer(f.scholar, kCredit).text == "I decide the order of authors on my papers.");
}

TEST_CASE("A draft stays hidden when another person is chosen", "[worksheet-page]") {
    PageFixture f;
    const QString secret = QStringLiteral("SECRET-DRAFT");
    f.answerDirectly(f.scholar, kCredit, 5, 5, "SECRET-DRAFT: my papers, my call.");

    f.page.setViewer(f.scholar);
    CHECK(anyContains(visibleTexts(f.page), secret)); // the author sees their own draft

    f.page.setViewer(f.mentor);
    CHECK_FALSE(anyContains(visibleTexts(f.page), secret));
    CHECK(f.page.othersLabel()->text().contains(
        QStringLiteral("Dr. Lena Ortiz: In progress \u2014 hidden until submitted")));
    CHECK(f.page.othersLabel()->text().contains(QStringLiteral("Dr. Kim Baker: Not started")));

    QTest::mouseClick(f.page.startButton(), Qt::LeftButton);
    const QStringList shown = visibleTexts(f.page);
    CHECK_FALSE(anyContains(shown, secret));
    CHECK(f.page.model()->worksheet().personId == f.mentor);

    f.page.setViewer({});
    CHECK_FALSE(anyContains(visibleTexts(f.page), secret));
    CHECK(f.page.model()->rowCount() == 0);
}

TEST_CASE("Submitting asks first, then locks the worksheet for good", "[worksheet-page]") {
    PageFixture f;
    f.answerDirectly(f.scholar, kCredit, 5, 5, "My papers, my call.");
    f.page.setViewer(f.scholar);
    const int commands = f.stack.count();

    f.confirmAnswer = false;
    QTest::mouseClick(f.page.submitButton(), Qt::LeftButton);
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions[0].contains(QStringLiteral("will see these answers")));
    CHECK(f.questions[0].contains(QStringLiteral("can no longer be changed")));
    CHECK(f.questions[0].contains(QStringLiteral("cannot be undone")));
    CHECK_FALSE(f.stored(f.scholar).isSubmitted());

    f.confirmAnswer = true;
    QTest::mouseClick(f.page.submitButton(), Qt::LeftButton);
    REQUIRE(f.refusals.isEmpty());
    CHECK(f.stored(f.scholar).isSubmitted());
    CHECK(f.stack.count() == commands); // final: nothing to undo
    CHECK(f.page.statusLabel()->text().startsWith(QStringLiteral("Submitted on ")));
    CHECK_FALSE(f.page.submitButton()->isEnabled());
    CHECK_FALSE(f.page.addTopicButton()->isEnabled());
    CHECK(f.page.exportButton()->isEnabled());
    const QModelIndex words = f.cell(kCredit, WorksheetModel::TextColumn);
    CHECK_FALSE(f.page.model()->flags(words).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(f.page.model()->setData(words, QStringLiteral("changed")));

    // The earlier answer's undo meets the lock and says so; nothing changes.
    QStringList failures;
    QObject::connect(f.session.get(), &WorkspaceSession::undoFailed,
                     [&](const QString& message) { failures << message; });
    f.stack.undo();
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].contains(QStringLiteral("locked")));
    CHECK(f.storedAnswer(f.scholar, kCredit).text == "My papers, my call.");

    // The others now see it as submitted.
    f.page.setViewer(f.mentor);
    CHECK(f.page.othersLabel()->text().contains(QStringLiteral("Dr. Lena Ortiz: Submitted on ")));
}

TEST_CASE("An own topic is added, undone and redone", "[worksheet-page]") {
    PageFixture f;
    f.page.setViewer(f.scholar);
    QTest::mouseClick(f.page.startButton(), Qt::LeftButton);
    int asked = 0;
    f.page.setOwnTopicAsker([&](QWidget*) {
        ++asked;
        return std::make_optional(
            std::make_pair(Domain::ProfessionalDevelopment, QStringLiteral("Parental leave")));
    });
    QTest::mouseClick(f.page.addTopicButton(), Qt::LeftButton);
    REQUIRE(asked == 1);
    REQUIRE(f.refusals.isEmpty());
    const WorksheetAnswer added = f.storedAnswer(f.scholar, "custom.parental_leave");
    CHECK(added.ownTopicTitle == "Parental leave");
    CHECK(added.domain == Domain::ProfessionalDevelopment);
    CHECK(f.page.tree()->currentIndex() ==
          f.page.model()->indexOfAnswer(added.id, WorksheetModel::TextColumn));

    f.stack.undo();
    CHECK(f.stored(f.scholar).findTopic("custom.parental_leave") == nullptr);
    f.stack.redo();
    CHECK(f.storedAnswer(f.scholar, "custom.parental_leave").id == added.id);

    // The same title twice is refused with the store's words.
    QTest::mouseClick(f.page.addTopicButton(), Qt::LeftButton);
    REQUIRE(f.refusals.size() == 1);
    CHECK(f.refusals[0].contains(QStringLiteral("already has a topic")));
}

TEST_CASE("A submitted worksheet is exported and imported once into another workspace",
          "[worksheet-page]") {
    PageFixture f;
    f.answerDirectly(f.scholar, kCredit, 5, 5, "My papers, my call.");
    REQUIRE(f.session->submitWorksheet(f.compact.id, f.scholar).isEmpty());
    f.page.setViewer(f.scholar);
    f.savePath = QString::fromStdString(f.dir.file("scholar.json"));
    QTest::mouseClick(f.page.exportButton(), Qt::LeftButton);
    REQUIRE(f.refusals.isEmpty());
    CHECK(mc::test::readFile(f.dir.file("scholar.json")).find("My papers, my call.") !=
          std::string::npos);

    // The mentor's desk: the same compact, without the scholar's worksheet.
    mc::test::TempDir other;
    {
        mc::Workspace there = mc::Workspace::create(other.file("mentor.compact"), "M");
        there.insertCompacts({f.compact});
    }
    QUndoStack stack;
    WorkspaceSession session(mc::Workspace::open(other.file("mentor.compact")), stack);
    WorksheetPage page;
    QStringList refusals;
    page.setSession(&session, [&](QWidget*, const QString& message) { refusals << message; });
    mc::ui::PageDialogs dialogs;
    dialogs.chooseOpenPath = [&](QWidget*, const QString&, const QString&) {
        return QString::fromStdString(f.dir.file("scholar.json"));
    };
    page.setDialogs(dialogs);
    page.showCompact(session.workspace().loadCompact(f.compact.id), kToday, false);
    page.setViewer(f.mentor);

    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    REQUIRE(refusals.isEmpty());
    CHECK(session.workspace().submittedWorksheets(f.compact.id).size() == 1);
    CHECK(page.othersLabel()->text().contains(QStringLiteral("Dr. Lena Ortiz: Submitted on ")));

    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    REQUIRE(refusals.size() == 1);
    CHECK(refusals[0].contains(QStringLiteral("already")));

    // A worksheet of another compact is refused in plain words.
    const mc::Compact another = session.workspace().addCompact(mc::test::sampleCompact("Dr. B"));
    page.showCompact(another, kToday, false);
    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    REQUIRE(refusals.size() == 2);
    CHECK(refusals[1].contains(QStringLiteral("another compact")));
}

TEST_CASE("The worksheet model passes the model tester", "[worksheet-page]") {
    PageFixture f;
    f.answerDirectly(f.scholar, kCredit, 2, 3, "Shared.");
    WorksheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorksheet(f.stored(f.scholar), nullptr, true);
    CHECK(model.rowCount() == 6);
    const QModelIndex research = model.indexOfDomain(Domain::Research);
    REQUIRE(research.isValid());
    CHECK(model.rowCount(research) > 0);
    CHECK(model.data(research).toString().startsWith(QStringLiteral("Research (1 of ")));
    const mc::Worksheet again = f.stored(f.scholar);
    model.setWorksheet(again, nullptr, false); // same topics: updated in place
    CHECK_FALSE(
        model.flags(model.indexOfAnswer(again.answers[0].id, 3)).testFlag(Qt::ItemIsEditable));
    model.clear();
    CHECK(model.rowCount() == 0);
}
