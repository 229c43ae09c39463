#include "core/ids.h"
#include "core/topics.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/clause_dialog.h"
#include "ui/expectations_model.h"
#include "ui/expectations_page.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

using mc::Direction;
using mc::Domain;
using mc::Expectation;
using mc::ExpectationState;
using mc::ui::ClauseDialog;
using mc::ui::ExpectationsModel;
using mc::ui::ExpectationsPage;
using mc::ui::WorkspaceSession;

namespace {

const mc::Date kToday(2026, 11, 23);

std::string firstTopicOf(Domain domain) {
    for (const mc::Topic& topic : mc::allTopics())
        if (topic.domain == domain)
            return std::string(topic.key);
    return {};
}

Expectation clause(const std::string& id, Domain domain, const std::string& topic,
                   const std::string& text) {
    Expectation made;
    made.id = id;
    made.domain = domain;
    made.topic = topic;
    made.text = text;
    return made;
}

// A workspace with the sample compact, a session over it and the page, kept
// up to date the way the compact view does it: reload on compactChanged.
struct PageFixture {
    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<WorkspaceSession> session;
    std::string compactId;
    QStringList refusals;
    int editorCalls = 0;
    ExpectationsPage page;

    PageFixture() {
        mc::Workspace workspace = mc::Workspace::create(dir.file("test.compact"), "T");
        compactId = workspace.addCompact(mc::test::sampleCompact()).id;
        session = std::make_unique<WorkspaceSession>(std::move(workspace), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        QObject::connect(session.get(), &WorkspaceSession::compactChanged, &page,
                         [this] { refresh(); });
        refresh();
    }

    void refresh(bool readOnly = false) { page.showCompact(stored(), kToday, readOnly); }
    mc::Compact stored() const { return session->workspace().loadCompact(compactId); }

    // The ids of a domain's clauses in stored order.
    std::vector<std::string> order(Domain domain) const {
        std::vector<std::string> ids;
        for (const Expectation& e : stored().expectations)
            if (e.domain == domain)
                ids.push_back(e.id);
        return ids;
    }

    std::optional<Expectation> find(const std::string& id) const {
        for (const Expectation& e : stored().expectations)
            if (e.id == id)
                return e;
        return std::nullopt;
    }

    // Stores a clause through the session, not the page; returns its id.
    std::string addDirect(Domain domain, const std::string& topic, const std::string& text) {
        const Expectation added = clause(mc::newUuid(), domain, topic, text);
        REQUIRE(session->saveExpectation(compactId, added).isEmpty());
        return added.id;
    }

    // Replaces the dialog with one that is filled by `fill` and accepted at
    // once, as a person would fill and confirm it.
    void fillDialogWith(std::function<void(ClauseDialog&)> fill) {
        page.setClauseEditor(
            [this, fill](QWidget*, const Expectation& start,
                         const std::vector<std::string>& own) -> std::optional<Expectation> {
                ++editorCalls;
                ClauseDialog dialog(start, own);
                fill(dialog);
                dialog.accept();
                if (dialog.result() != QDialog::Accepted)
                    return std::nullopt;
                return dialog.expectation();
            });
    }
};

void typeText(ClauseDialog& dialog, const QString& text) {
    dialog.textEdit()->clear();
    QTest::keyClicks(dialog.textEdit(), text);
}

template <typename E> void choose(QComboBox* combo, E value) {
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

} // namespace

TEST_CASE("A clause added in each domain through the page is stored there", "[expectations]") {
    PageFixture f;
    const auto domains = mc::enumEntries<Domain>();
    REQUIRE(f.page.domainList()->count() == 6);
    for (int row = 0; row < 6; ++row) {
        const Domain domain = domains[static_cast<std::size_t>(row)].value;
        f.page.domainList()->setCurrentRow(row);
        REQUIRE(f.page.currentDomain() == domain);
        const std::string topic = firstTopicOf(domain);
        REQUIRE(f.page.selectTopic(topic));
        const QString text = QStringLiteral("Clause for %1").arg(row);
        f.fillDialogWith([&](ClauseDialog& dialog) {
            CHECK(dialog.topicCombo()->currentData().toString().toStdString() == topic);
            typeText(dialog, text);
            choose(dialog.directionCombo(), Direction::MentorOfScholar);
            choose(dialog.stateCombo(), ExpectationState::Agreed);
        });
        f.page.addClauseAction()->trigger();
        REQUIRE(f.refusals.isEmpty());
        // The new clause is selected after the refresh.
        REQUIRE(f.page.currentClause() != nullptr);
        CHECK(f.page.currentClause()->text == text.toStdString());
    }
    CHECK(f.editorCalls == 6);
    CHECK(f.stack.count() == 6);

    const mc::Compact compact = f.stored();
    for (int row = 0; row < 6; ++row) {
        const Domain domain = domains[static_cast<std::size_t>(row)].value;
        const std::string text = "Clause for " + std::to_string(row);
        const auto found = std::find_if(compact.expectations.begin(), compact.expectations.end(),
                                        [&](const Expectation& e) { return e.text == text; });
        REQUIRE(found != compact.expectations.end());
        CHECK(found->domain == domain);
        CHECK(found->topic == firstTopicOf(domain));
        CHECK(found->direction == Direction::MentorOfScholar);
        CHECK(found->state == ExpectationState::Agreed);
    }
    // The sample compact already had one communication clause.
    CHECK(f.page.domainList()->item(0)->text() == QStringLiteral("Research (1)"));
    CHECK(f.page.domainList()->item(4)->text() == QStringLiteral("Communication (2)"));
}

TEST_CASE("Editing a clause stores it and undo puts the old one back", "[expectations]") {
    PageFixture f;
    const std::string id =
        f.addDirect(Domain::Research, "research.productivity", "Two papers a year.");
    REQUIRE(f.page.selectClause(id));
    REQUIRE(f.page.editClauseAction()->isEnabled());
    f.fillDialogWith([](ClauseDialog& dialog) {
        CHECK(dialog.textEdit()->toPlainText() == QStringLiteral("Two papers a year."));
        typeText(dialog, QStringLiteral("Three papers a year."));
        dialog.topicCombo()->setCurrentIndex(dialog.topicCombo()->count() - 1); // Other topic…
        QTest::keyClicks(dialog.otherTopicEdit(), QStringLiteral("Shared cell lines"));
        choose(dialog.stateCombo(), ExpectationState::Discussed);
    });
    f.page.editClauseAction()->trigger();
    REQUIRE(f.refusals.isEmpty());

    const auto edited = f.find(id);
    REQUIRE(edited.has_value());
    CHECK(edited->text == "Three papers a year.");
    CHECK(edited->topic == "Shared cell lines");
    CHECK(edited->state == ExpectationState::Discussed);
    CHECK(edited->domain == Domain::Research);
    // The topic of the pair's own gets a row of its own; the clause stays selected.
    const QModelIndex ownTopic = f.page.model()->indexOfTopic("Shared cell lines");
    REQUIRE(ownTopic.isValid());
    CHECK(ownTopic.data().toString() == QStringLiteral("Shared cell lines"));
    REQUIRE(f.page.currentClause());
    CHECK(f.page.currentClause()->id == id);

    f.stack.undo();
    const auto restored = f.find(id);
    REQUIRE(restored.has_value());
    CHECK(restored->text == "Two papers a year.");
    CHECK(restored->topic == "research.productivity");
    CHECK_FALSE(f.page.model()->indexOfTopic("Shared cell lines").isValid());
}

TEST_CASE("Deleting a clause is undone with the same id", "[expectations]") {
    PageFixture f;
    const std::string id = f.addDirect(Domain::Support, "support.protected_time", "75% effort.");
    f.page.showDomain(Domain::Support);
    REQUIRE(f.page.selectClause(id));
    f.page.deleteClauseAction()->trigger();
    CHECK_FALSE(f.find(id).has_value());
    CHECK_FALSE(f.page.model()->indexOfClause(id).isValid());
    CHECK(f.page.domainList()->item(3)->text() == QStringLiteral("Support (0)"));

    f.stack.undo();
    const auto restored = f.find(id);
    REQUIRE(restored.has_value());
    CHECK(restored->text == "75% effort.");
    CHECK(restored->domain == Domain::Support);
    CHECK(f.page.model()->indexOfClause(id).isValid());

    f.stack.redo();
    CHECK_FALSE(f.find(id).has_value());
}

TEST_CASE("Moving a clause down changes the order and undo restores it", "[expectations]") {
    PageFixture f;
    const std::string topic = "research.productivity";
    const std::string a = f.addDirect(Domain::Research, topic, "A");
    const std::string b = f.addDirect(Domain::Research, "research.technical_skills", "B");
    const std::string c = f.addDirect(Domain::Research, topic, "C");
    const std::size_t undoBefore = static_cast<std::size_t>(f.stack.count());
    REQUIRE(f.order(Domain::Research) == std::vector<std::string>{a, b, c});

    REQUIRE(f.page.selectClause(a));
    CHECK_FALSE(f.page.moveUpAction()->isEnabled());
    REQUIRE(f.page.moveDownAction()->isEnabled());
    f.page.moveDownAction()->trigger();
    REQUIRE(f.refusals.isEmpty());
    // A passes C, its neighbour in the same topic; B keeps its place before C.
    CHECK(f.order(Domain::Research) == std::vector<std::string>{b, c, a});
    const QModelIndex moved = f.page.model()->indexOfClause(a);
    REQUIRE(moved.isValid());
    CHECK(moved.row() == 1);
    CHECK(f.page.currentClause()->id == a);
    CHECK(f.page.moveUpAction()->isEnabled());
    CHECK_FALSE(f.page.moveDownAction()->isEnabled());
    // All the swaps are one step on the undo stack.
    CHECK(static_cast<std::size_t>(f.stack.count()) == undoBefore + 1);

    f.stack.undo();
    CHECK(f.order(Domain::Research) == std::vector<std::string>{a, b, c});
    CHECK(f.page.model()->indexOfClause(a).row() == 0);

    // Neighbours next to each other: one swap.
    REQUIRE(f.page.selectClause(c));
    f.page.moveUpAction()->trigger();
    CHECK(f.order(Domain::Research) == std::vector<std::string>{c, a, b});
    f.stack.undo();
    CHECK(f.order(Domain::Research) == std::vector<std::string>{a, b, c});
}

TEST_CASE("The expectations model passes the item model tester", "[expectations]") {
    ExpectationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<Expectation> clauses = {
        clause("c0", Domain::Research, "research.productivity", "Two papers a year."),
        clause("c1", Domain::Research, "Lab notebooks", "Notebooks stay in the lab."),
        clause("c2", Domain::Education, "education.coursework", "Not shown under research."),
        clause("c3", Domain::Research, "research.productivity", "An R01 by year three.")};
    clauses[0].direction = Direction::ScholarOfMentor;
    clauses[1].state = ExpectationState::Dropped;
    model.setClauses(Domain::Research, clauses);

    int builtIn = 0;
    for (const mc::Topic& topic : mc::allTopics())
        builtIn += topic.domain == Domain::Research ? 1 : 0;
    REQUIRE(model.rowCount() == builtIn + 1);
    CHECK(model.columnCount() == ExpectationsModel::ColumnCount);

    const QModelIndex productivity = model.indexOfTopic("research.productivity");
    REQUIRE(productivity.isValid());
    CHECK(productivity.data().toString() == QStringLiteral("Productivity"));
    CHECK(productivity.data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(productivity.data(ExpectationsModel::PromptRole).toString().isEmpty());
    REQUIRE(model.rowCount(productivity) == 2);
    const QModelIndex first = model.index(0, 0, productivity);
    CHECK(first.data().toString() == QStringLiteral("Two papers a year."));
    CHECK(first.siblingAtColumn(ExpectationsModel::DirectionColumn).data().toString() ==
          QStringLiteral("Mentor"));
    CHECK(first.siblingAtColumn(ExpectationsModel::DirectionColumn)
              .data(Qt::ToolTipRole)
              .toString() == QStringLiteral("Scholar expects of mentor"));
    CHECK(first.siblingAtColumn(ExpectationsModel::StateColumn).data().toString() ==
          QStringLiteral("Proposed"));
    CHECK(first.data(ExpectationsModel::ClauseIdRole).toString() == QStringLiteral("c0"));
    CHECK(model.parent(first) == productivity);
    CHECK(model.index(1, 0, productivity).data().toString() ==
          QStringLiteral("An R01 by year three."));

    const QModelIndex skills = model.indexOfTopic("research.technical_skills");
    CHECK(model.rowCount(skills) == 0);
    CHECK(skills.siblingAtColumn(ExpectationsModel::DirectionColumn).data().toString() ==
          QStringLiteral("none yet"));

    const QModelIndex own = model.index(model.rowCount() - 1, 0);
    CHECK(own.data().toString() == QStringLiteral("Lab notebooks"));
    REQUIRE(model.rowCount(own) == 1);
    const QModelIndex dropped = model.index(0, ExpectationsModel::StateColumn, own);
    CHECK(dropped.data().toString() == QStringLiteral("Dropped"));
    CHECK(dropped.data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK_FALSE(model.indexOfClause("c2").isValid());

    model.setClauses(Domain::Education, clauses);
    CHECK(model.domain() == Domain::Education);
    CHECK(model.indexOfClause("c2").isValid());
    CHECK_FALSE(model.indexOfClause("c0").isValid());
    model.setClauses(Domain::Education, {});
    CHECK(model.rowCount(model.indexOfTopic("education.coursework")) == 0);
}

TEST_CASE("Clause text with markup is shown literally", "[expectations]") {
    PageFixture f;
    const std::string markup = "<b>Bold</b> & <a href=\"x\">link</a>";
    const std::string id = f.addDirect(Domain::Research, "<i>own topic</i>", markup);
    REQUIRE(f.page.selectClause(id));
    const QModelIndex index = f.page.model()->indexOfClause(id);
    CHECK(index.data().toString().toStdString() == markup);
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    CHECK(toolTip.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp;")));
    CHECK_FALSE(toolTip.contains(QStringLiteral("<b>")));
    const QModelIndex topic = f.page.model()->indexOfTopic("<i>own topic</i>");
    CHECK(topic.data().toString() == QStringLiteral("<i>own topic</i>"));
    CHECK(f.page.promptLabel()->textFormat() == Qt::PlainText);
    CHECK(f.page.promptLabel()->text().startsWith(QStringLiteral("<i>own topic</i>:")));

    ClauseDialog dialog(*f.page.currentClause(), {"<i>own topic</i>"});
    CHECK(dialog.textEdit()->toPlainText().toStdString() == markup);
    CHECK(dialog.topicCombo()->currentText() == QStringLiteral("<i>own topic</i>"));
}

TEST_CASE("The clause dialog keeps OK disabled while a rule is broken", "[expectations]") {
    Expectation start;
    start.domain = Domain::Communication;
    ClauseDialog dialog(start, {});
    CHECK(
        dialog.topicCombo()->currentData().toString().startsWith(QStringLiteral("communication.")));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    auto* textProblem = dialog.findChild<QLabel*>(QStringLiteral("textProblem"));
    REQUIRE(textProblem);
    CHECK(textProblem->text().contains(QStringLiteral("text is empty")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    QTest::keyClicks(dialog.textEdit(), QStringLiteral("We meet weekly."));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(textProblem->text().isEmpty());

    // "Other topic…" needs a name.
    dialog.topicCombo()->setCurrentIndex(dialog.topicCombo()->count() - 1);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    auto* topicProblem = dialog.findChild<QLabel*>(QStringLiteral("topicProblem"));
    REQUIRE(topicProblem);
    CHECK(topicProblem->text().contains(QStringLiteral("topic is empty")));
    QTest::keyClicks(dialog.otherTopicEdit(), QStringLiteral("Travel"));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.expectation().topic == "Travel");
    CHECK(dialog.expectation().domain == Domain::Communication);

    for (QWidget* input : std::initializer_list<QWidget*>{
             dialog.topicCombo(), dialog.otherTopicEdit(), dialog.textEdit(),
             dialog.directionCombo(), dialog.originCombo(), dialog.stateCombo()})
        CHECK_FALSE(input->accessibleName().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("Quick setters change state and direction, one undo step each", "[expectations]") {
    PageFixture f;
    const std::string id =
        f.addDirect(Domain::Education, "education.coursework", "Biostatistics I");
    f.page.showDomain(Domain::Education);
    REQUIRE(f.page.selectClause(id));
    REQUIRE(f.page.stateAction(ExpectationState::Proposed)->isChecked());

    f.page.stateAction(ExpectationState::Dropped)->trigger();
    CHECK(f.find(id)->state == ExpectationState::Dropped);
    const QModelIndex index = f.page.model()->indexOfClause(id);
    CHECK(index.data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK(f.page.stateAction(ExpectationState::Dropped)->isChecked());

    f.page.directionAction(Direction::ScholarOfMentor)->trigger();
    CHECK(f.find(id)->direction == Direction::ScholarOfMentor);

    f.stack.undo();
    CHECK(f.find(id)->direction == Direction::Mutual);
    f.stack.undo();
    CHECK(f.find(id)->state == ExpectationState::Proposed);
    CHECK(f.page.currentClause()->id == id);
}

TEST_CASE("The selection survives a refresh and read-only disables every edit", "[expectations]") {
    PageFixture f;
    const std::string a = f.addDirect(Domain::Research, "research.productivity", "A");
    const std::string b = f.addDirect(Domain::Research, "research.productivity", "B");
    REQUIRE(f.page.selectClause(b));
    f.addDirect(Domain::Research, "research.technical_skills", "C"); // refreshes the page
    REQUIRE(f.page.currentClause());
    CHECK(f.page.currentClause()->id == b);

    f.refresh(true);
    CHECK(f.page.currentClause()->id == b);
    for (QAction* action :
         {f.page.addClauseAction(), f.page.editClauseAction(), f.page.deleteClauseAction(),
          f.page.moveUpAction(), f.page.moveDownAction(),
          f.page.stateAction(ExpectationState::Agreed), f.page.directionAction(Direction::Mutual)})
        CHECK_FALSE(action->isEnabled());
    f.fillDialogWith([](ClauseDialog&) {});
    f.page.addClauseAction()->trigger();
    f.page.deleteClauseAction()->trigger();
    CHECK(f.editorCalls == 0);
    CHECK(f.find(a).has_value());
    CHECK(f.find(b).has_value());
}

TEST_CASE("The clause tree answers the keyboard", "[expectations]") {
    PageFixture f;
    const std::string a = f.addDirect(Domain::Research, "research.productivity", "A");
    const std::string b = f.addDirect(Domain::Research, "research.productivity", "B");
    f.page.show();
    QApplication::setActiveWindow(&f.page);
    REQUIRE(QTest::qWaitForWindowActive(&f.page));
    f.page.clauseTree()->setFocus();
    REQUIRE(f.page.selectClause(a));

    QTest::keyClick(f.page.clauseTree(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(f.order(Domain::Research) == std::vector<std::string>{b, a});
    QTest::keyClick(f.page.clauseTree(), Qt::Key_Delete);
    CHECK_FALSE(f.find(a).has_value());
    CHECK(f.page.currentClause()->id == b); // the neighbour is current now

    f.fillDialogWith([](ClauseDialog& dialog) { typeText(dialog, QStringLiteral("Typed")); });
    QTest::keyClick(f.page.clauseTree(), Qt::Key_Insert);
    CHECK(f.editorCalls == 1);
    CHECK(f.page.currentClause()->text == "Typed");
    CHECK(f.page.currentClause()->topic == "research.productivity");
}
