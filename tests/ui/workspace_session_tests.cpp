// The editor's edit layer: every edit stored at once, undone and redone
// through the undo stack, refusals leave nothing behind.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/workspace_session.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace mc;
using boost::gregorian::date;

namespace {

struct SessionFixture {
    test::TempDir dir;
    std::string path = dir.file("session.compact");
    QUndoStack stack;
    std::unique_ptr<ui::WorkspaceSession> session;
    std::string compactId;

    SessionFixture() {
        Workspace ws = Workspace::create(path, "Session");
        compactId = ws.addCompact(test::sampleCompact()).id;
        session = std::make_unique<ui::WorkspaceSession>(std::move(ws), stack);
    }
    ~SessionFixture() { stack.clear(); }

    Compact stored() const { return session->workspace().loadCompact(compactId); }
};

} // namespace

TEST_CASE("A new milestone is stored, undone and redone with the same id", "[session]") {
    SessionFixture f;
    QSignalSpy changed(f.session.get(), &ui::WorkspaceSession::compactChanged);
    Milestone milestone;
    milestone.title = "First-author paper submitted";
    milestone.kind = MilestoneKind::Publication;
    milestone.due = date(2027, 6, 30);
    milestone.responsibleId = f.stored().people[0].id;
    CHECK(f.session->saveMilestone(f.compactId, milestone).isEmpty());
    REQUIRE(f.stored().milestones.size() == 2);
    CHECK(f.stack.count() == 1);
    CHECK(changed.count() == 1);

    std::string newId;
    for (const auto& m : f.stored().milestones)
        if (m.title == "First-author paper submitted")
            newId = m.id;
    REQUIRE_FALSE(newId.empty());

    f.stack.undo();
    CHECK(f.stored().milestones.size() == 1);
    f.stack.redo();
    const Compact after = f.stored();
    REQUIRE(after.milestones.size() == 2);
    CHECK((after.milestones[0].id == newId || after.milestones[1].id == newId));
    CHECK(changed.count() == 3);
}

TEST_CASE("A refused edit stores nothing and leaves no undo step", "[session]") {
    SessionFixture f;
    Milestone milestone = f.stored().milestones[0];
    milestone.title = "";
    const QString refusal = f.session->saveMilestone(f.compactId, milestone);
    CHECK_THAT(refusal.toStdString(), Catch::Contains("title"));
    CHECK(f.stack.count() == 0);
    CHECK(f.stored().milestones[0].title == "Submit the first R01");
}

TEST_CASE("Deleting a clause and undoing brings back the same clause", "[session]") {
    SessionFixture f;
    const Expectation clause = f.stored().expectations[0];
    CHECK(f.session->deleteExpectation(f.compactId, clause.id).isEmpty());
    CHECK(f.stored().expectations.empty());
    f.stack.undo();
    REQUIRE(f.stored().expectations.size() == 1);
    CHECK(f.stored().expectations[0].id == clause.id);
    CHECK(f.stored().expectations[0].text == clause.text);
    CHECK(f.stored().expectations[0].created == clause.created);
}

TEST_CASE("Moving a clause swaps it with its neighbour, and undo puts it back", "[session]") {
    SessionFixture f;
    Expectation second;
    second.domain = Domain::Communication;
    second.topic = "communication.ground_rules";
    second.text = "What we discuss stays between us unless we agree otherwise.";
    REQUIRE(f.session->saveExpectation(f.compactId, second).isEmpty());
    auto texts = [&] {
        std::vector<std::string> out;
        for (const auto& e : f.stored().expectations)
            out.push_back(e.text);
        return out;
    };
    const auto before = texts();
    REQUIRE(before.size() == 2);
    CHECK(before[1] == second.text); // a new clause goes last in its domain
    const std::string firstId = f.stored().expectations[0].id;
    CHECK(f.session->moveExpectation(f.compactId, firstId, +1).isEmpty());
    CHECK(texts() == std::vector<std::string>{before[1], before[0]});
    f.stack.undo();
    CHECK(texts() == before);
}

TEST_CASE("Deleting a goal and undoing links its milestones again", "[session]") {
    SessionFixture f;
    const Compact start = f.stored();
    REQUIRE(start.milestones[0].goalId == start.goals[0].id);
    CHECK(f.session->deleteGoal(f.compactId, start.goals[0].id).isEmpty());
    CHECK(f.stored().milestones[0].goalId.empty());
    f.stack.undo();
    CHECK(f.stored().goals.size() == 1);
    CHECK(f.stored().milestones[0].goalId == start.goals[0].id);
}

TEST_CASE("Deleting a whole compact can be undone", "[session]") {
    SessionFixture f;
    const Compact before = f.stored();
    CHECK(f.session->deleteCompact(f.compactId).isEmpty());
    CHECK(f.session->workspace().listCompacts().empty());
    f.stack.undo();
    CHECK(f.stored() == before);
}

TEST_CASE("Header edits that break a rule are refused with the field named", "[session]") {
    SessionFixture f;
    Compact changed = f.stored();
    changed.end = date(2020, 1, 1);
    const QString refusal = f.session->saveCompactHeader(changed);
    CHECK_THAT(refusal.toStdString(), Catch::Contains("end"));
    CHECK(f.stored().end == date(2029, 8, 31));
    changed = f.stored();
    changed.title = "Compact, revised";
    CHECK(f.session->saveCompactHeader(changed).isEmpty());
    f.stack.undo();
    CHECK(f.stored().title == "Mentoring compact: Dr. Lena Ortiz");
}

TEST_CASE("Another program's commit is noticed as an external change", "[session]") {
    SessionFixture f;
    QSignalSpy external(f.session.get(), &ui::WorkspaceSession::externalChange);
    f.session->checkForExternalChanges();
    CHECK(external.count() == 0); // nothing happened yet
    Milestone own = f.stored().milestones[0];
    own.outcomeNote = "our own edit";
    REQUIRE(f.session->saveMilestone(f.compactId, own).isEmpty());
    f.session->checkForExternalChanges();
    CHECK(external.count() == 0); // our own edits are not external
    {
        Workspace other = Workspace::open(f.path);
        other.addCompact(test::sampleCompact("Dr. Other Program"));
    }
    f.session->checkForExternalChanges();
    CHECK(external.count() == 1);
    CHECK(f.session->workspace().listCompacts().size() == 2);
}

TEST_CASE("An undo that can no longer be applied is reported, not thrown", "[session]") {
    SessionFixture f;
    QSignalSpy failed(f.session.get(), &ui::WorkspaceSession::undoFailed);
    Milestone milestone = f.stored().milestones[0];
    milestone.outcomeNote = "changed";
    REQUIRE(f.session->saveMilestone(f.compactId, milestone).isEmpty());
    {
        // Another program deletes the compact behind our back.
        Workspace other = Workspace::open(f.path);
        other.deleteCompact(f.compactId);
    }
    f.stack.undo();
    CHECK(failed.count() == 1);
}
