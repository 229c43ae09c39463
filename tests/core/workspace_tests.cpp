// The store: creating, editing and reading a workspace file.

#include "core/error.h"
#include "core/ids.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace mc;
using boost::gregorian::date;

TEST_CASE("A new workspace is empty and carries its name", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("cohort.compact"), "KL2 cohort 2026");
    const WorkspaceInfo info = ws.info();
    CHECK(info.name == "KL2 cohort 2026");
    CHECK(info.schemaVersion == Workspace::kSchemaVersion);
    CHECK(isUuid(info.id));
    CHECK(ws.listCompacts().empty());
    CHECK_FALSE(ws.isReadOnly());
}

TEST_CASE("Creating a workspace refuses to overwrite a file or use an empty name", "[store]") {
    test::TempDir dir;
    test::writeFile(dir.file("taken.compact"), "mine");
    CHECK_THROWS_WITH(Workspace::create(dir.file("taken.compact"), "x"),
                      Catch::Contains("already exists"));
    CHECK(test::readFile(dir.file("taken.compact")) == "mine");
    CHECK_THROWS_WITH(Workspace::create(dir.file("new.compact"), "  "),
                      Catch::Contains("name is empty"));
    CHECK_FALSE(std::filesystem::exists(dir.file("new.compact")));
}

TEST_CASE("Creating a workspace leaves only the file and removes what a killed create left",
          "[store]") {
    test::TempDir dir;
    // A killed create's temporary: named after a process that has ended.
    const pid_t ended = fork();
    if (ended == 0)
        _exit(0);
    waitpid(ended, nullptr, 0);
    const std::string stray = dir.file(".team.compact.creating-" + std::to_string(ended) + "-1");
    test::writeFile(stray, "half");
    test::writeFile(stray + "-journal", "half");
    // One of a create still running (this process): left alone.
    const std::string running =
        dir.file(".team.compact.creating-" + std::to_string(getpid()) + "-2");
    test::writeFile(running, "busy");

    Workspace::create(dir.file("team.compact"), "Team");
    std::set<std::string> names;
    for (const auto& item : std::filesystem::directory_iterator(dir.path()))
        names.insert(item.path().filename().string());
    CHECK(names == std::set<std::string>{"team.compact",
                                         std::filesystem::path(running).filename().string()});
    CHECK(test::readFile(running) == "busy");
}

TEST_CASE("A compact added is loaded back whole, with ids and stamps filled in", "[store]") {
    test::TempDir dir;
    const std::string path = dir.file("pair.compact");
    Compact stored;
    {
        Workspace ws = Workspace::create(path, "Pair");
        stored = ws.addCompact(test::sampleCompact());
    }
    CHECK(isUuid(stored.id));
    CHECK(isUtcTimestamp(stored.created));
    CHECK(isUuid(stored.milestones.at(0).id));
    Workspace reopened = Workspace::open(path);
    const Compact loaded = reopened.loadCompact(stored.id);
    CHECK(loaded == stored);
    const auto list = reopened.listCompacts();
    REQUIRE(list.size() == 1);
    CHECK(list[0].scholar == "Dr. Lena Ortiz");
    CHECK(list[0].mentors == std::vector<std::string>{"Prof. Sam Reyes", "Dr. Kim Baker"});
}

TEST_CASE("Texts with markup, quotes, emoji and right-to-left script are stored literally",
          "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Texts");
    Compact compact = test::sampleCompact("<b>Ann & \"Bo\"</b> 🎓 مريم");
    compact.expectations[0].text = "'; DROP TABLE compacts; -- שלום\nsecond line";
    const Compact stored = ws.addCompact(compact);
    const Compact loaded = ws.loadCompact(stored.id);
    CHECK(loaded.scholar()->name == "<b>Ann & \"Bo\"</b> 🎓 مريم");
    CHECK(loaded.expectations[0].text == "'; DROP TABLE compacts; -- שלום\nsecond line");
    CHECK(ws.listCompacts().size() == 1);
}

TEST_CASE("An invalid compact is refused whole and nothing is stored", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Rules");
    Compact compact = test::sampleCompact();
    compact.end = date(2025, 1, 1); // before the start
    compact.people[0].name = "";
    try {
        ws.addCompact(compact);
        FAIL("an invalid compact was accepted");
    } catch (const ValidationError& error) {
        CHECK(error.problems().size() >= 2);
        CHECK_THAT(error.what(), Catch::Contains("end"));
        CHECK_THAT(error.what(), Catch::Contains("people[0].name"));
    }
    CHECK(ws.listCompacts().empty());
}

TEST_CASE("Saving a milestone updates it in place and keeps its creation stamp", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    const Compact compact = ws.addCompact(test::sampleCompact());
    Milestone milestone = compact.milestones[0];
    milestone.status = MilestoneStatus::Achieved;
    milestone.done = date(2028, 9, 30);
    milestone.outcomeNote = "Submitted early";
    const Milestone saved = ws.saveMilestone(compact.id, milestone);
    CHECK(saved.created == compact.milestones[0].created);
    CHECK(saved.updated >= compact.milestones[0].updated);
    const Compact loaded = ws.loadCompact(compact.id);
    REQUIRE(loaded.milestones.size() == 1);
    CHECK(loaded.milestones[0] == saved);
}

TEST_CASE("A milestone naming a person of another compact is refused", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    const Compact compact = ws.addCompact(test::sampleCompact());
    Milestone milestone;
    milestone.title = "Present at the annual meeting";
    milestone.due = date(2027, 3, 1);
    milestone.responsibleId = "99999999-9999-4999-8999-999999999999";
    CHECK_THROWS_AS(ws.saveMilestone(compact.id, milestone), ValidationError);
    CHECK(ws.loadCompact(compact.id).milestones.size() == 1);
}

TEST_CASE("A milestone outside the award period is stored, since that is only a warning",
          "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    const Compact compact = ws.addCompact(test::sampleCompact());
    Milestone milestone;
    milestone.title = "Tenure-track position";
    milestone.kind = MilestoneKind::Promotion;
    milestone.due = date(2031, 1, 15);
    milestone.responsibleId = compact.people[0].id;
    ws.saveMilestone(compact.id, milestone);
    CHECK(ws.loadCompact(compact.id).milestones.size() == 2);
}

TEST_CASE("The same part id cannot be saved into another compact", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    const Compact first = ws.addCompact(test::sampleCompact());
    Compact other = test::sampleCompact("Dr. Noor Haddad");
    for (auto& person : other.people)
        person.id.clear();
    other.goals.clear();
    other.milestones.clear();
    const Compact second = ws.addCompact(other);
    Expectation stolen = first.expectations[0];
    CHECK_THROWS_WITH(ws.saveExpectation(second.id, stolen),
                      Catch::Contains("belongs to another compact"));
    CHECK(ws.loadCompact(first.id).expectations[0] == first.expectations[0]);
}

TEST_CASE("Deleting parts and compacts", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    const Compact compact = ws.addCompact(test::sampleCompact());

    SECTION("a person who owns goals or milestones stays") {
        CHECK_THROWS_WITH(ws.deletePerson(compact.id, compact.people[0].id),
                          Catch::Contains("give them to someone else"));
        CHECK(ws.loadCompact(compact.id).people.size() == 3);
    }
    SECTION("the last mentor stays") {
        ws.deletePerson(compact.id, compact.people[2].id);
        CHECK_THROWS_AS(ws.deletePerson(compact.id, compact.people[1].id), ValidationError);
        CHECK(ws.loadCompact(compact.id).people.size() == 2);
    }
    SECTION("a milestone, an expectation and then the whole compact") {
        ws.deleteMilestone(compact.id, compact.milestones[0].id);
        ws.deleteExpectation(compact.id, compact.expectations[0].id);
        const Compact loaded = ws.loadCompact(compact.id);
        CHECK(loaded.milestones.empty());
        CHECK(loaded.expectations.empty());
        CHECK_THROWS_WITH(ws.deleteMilestone(compact.id, compact.milestones[0].id),
                          Catch::Contains("There is no milestone"));
        ws.deleteCompact(compact.id);
        CHECK(ws.listCompacts().empty());
        CHECK_THROWS_WITH(ws.loadCompact(compact.id), Catch::Contains("no compact"));
    }
    SECTION("deleting a goal keeps its milestones, no longer linked") {
        ws.deleteGoal(compact.id, compact.goals[0].id);
        const Compact loaded = ws.loadCompact(compact.id);
        REQUIRE(loaded.milestones.size() == 1);
        CHECK(loaded.milestones[0].goalId.empty());
    }
}

TEST_CASE("A second scholar is refused", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    const Compact compact = ws.addCompact(test::sampleCompact());
    Person another;
    another.role = Role::Scholar;
    another.name = "Dr. Two";
    CHECK_THROWS_AS(ws.savePerson(compact.id, another), ValidationError);
    Person chair;
    chair.role = Role::DepartmentChair;
    chair.name = "Prof. Ida Chair";
    chair.position = 3;
    ws.savePerson(compact.id, chair);
    CHECK(ws.loadCompact(compact.id).people.size() == 4);
}

TEST_CASE("The compact header is saved, and an end before the start is refused", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Edits");
    Compact compact = ws.addCompact(test::sampleCompact());
    compact.title = "KL2 compact, year one";
    compact.status = CompactStatus::InNegotiation;
    ws.saveCompactHeader(compact);
    CHECK(ws.loadCompact(compact.id).title == "KL2 compact, year one");
    compact.end = date(2026, 1, 1);
    CHECK_THROWS_AS(ws.saveCompactHeader(compact), ValidationError);
    CHECK(ws.loadCompact(compact.id).end == date(2029, 8, 31));
}

TEST_CASE("The cohort summary counts milestones due, overdue and achieved", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Cohort");
    Compact compact = test::sampleCompact();
    const std::string scholarId = compact.people[0].id;
    auto add = [&](const char* title, date due, MilestoneStatus status) {
        Milestone m;
        m.title = title;
        m.due = due;
        m.status = status;
        m.responsibleId = scholarId;
        if (status == MilestoneStatus::Achieved)
            m.done = due;
        compact.milestones.push_back(m);
    };
    add("overdue", date(2027, 1, 10), MilestoneStatus::Planned);
    add("overdue, moved", date(2027, 2, 1), MilestoneStatus::Rescheduled);
    add("done", date(2027, 1, 5), MilestoneStatus::Achieved);
    add("soon", date(2027, 4, 1), MilestoneStatus::Planned);
    add("missed", date(2026, 12, 1), MilestoneStatus::Missed);
    ws.addCompact(compact);
    const auto rows = ws.cohortSummary(date(2027, 3, 1));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].scholar == "Dr. Lena Ortiz");
    CHECK(rows[0].milestonesTotal == 6);
    CHECK(rows[0].milestonesAchieved == 1);
    CHECK(rows[0].milestonesOverdue == 2);
    CHECK(rows[0].milestonesDue == 1); // 2027-04-01; the R01 in 2028 is beyond 90 days
}

TEST_CASE("A compact id can be given by a unique prefix", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Ids");
    const Compact compact = ws.addCompact(test::sampleCompact());
    CHECK(ws.resolveCompactId(compact.id.substr(0, 6)) == compact.id);
    CHECK_THROWS_WITH(ws.resolveCompactId("abc"), Catch::Contains("too short"));
    CHECK_THROWS_WITH(ws.resolveCompactId("zzzzzz"), Catch::Contains("no compact"));
}

TEST_CASE("Another connection's commit changes the data version", "[store]") {
    test::TempDir dir;
    const std::string path = dir.file("shared.compact");
    Workspace mine = Workspace::create(path, "Shared");
    Workspace theirs = Workspace::open(path);
    const auto before = mine.dataVersion();
    CHECK(mine.dataVersion() == before);
    theirs.addCompact(test::sampleCompact());
    CHECK(mine.dataVersion() != before);
    CHECK(mine.listCompacts().size() == 1);
}

TEST_CASE("Check finds nothing in a good workspace", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("t.compact"), "Checked");
    ws.addCompact(test::sampleCompact());
    CHECK_FALSE(hasErrors(ws.check()));
}

TEST_CASE("After reading a whole compact, another connection's commit is still seen", "[store]") {
    // A query read only partly (the one meeting-plan row) once kept a read
    // transaction open, pinning this connection to an old snapshot.
    test::TempDir dir;
    const std::string path = dir.file("shared.compact");
    Workspace mine = Workspace::create(path, "Shared");
    const std::string id = mine.addCompact(test::sampleCompact()).id;
    const auto before = mine.dataVersion();
    mine.loadCompact(id);
    mine.info();
    mine.hasCompact(id);
    {
        Workspace theirs = Workspace::open(path);
        theirs.addCompact(test::sampleCompact("Dr. Second"));
    }
    CHECK(mine.dataVersion() != before);
    CHECK(mine.listCompacts().size() == 2);
    Compact compact = mine.loadCompact(id);
    compact.title = "Still writable";
    CHECK_NOTHROW(mine.saveCompactHeader(compact));
}

TEST_CASE("A new workspace can take over an imported workspace's identity", "[store]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("new.compact"), "New");
    WorkspaceInfo identity;
    identity.id = "5b1f0c3e-8f5d-4b7a-9a53-2f1e6c0d9a11";
    identity.name = "KL2 cohort 2026";
    identity.created = "2026-01-15T09:30:00.000Z";
    identity.updated = "2026-11-02T17:05:12.345Z";
    ws.adoptIdentity(identity);
    const WorkspaceInfo info = ws.info();
    CHECK(info.id == identity.id);
    CHECK(info.name == identity.name);
    CHECK(info.created == identity.created);
    CHECK(info.updated == identity.updated);

    WorkspaceInfo broken = identity;
    broken.id = "not-an-id";
    broken.created = "yesterday";
    CHECK_THROWS_WITH(ws.adoptIdentity(broken), Catch::Contains("workspace.created"));

    ws.addCompact(test::sampleCompact());
    WorkspaceInfo other = identity;
    other.id = "6c2a1d4f-9e6e-4c8b-8b64-3a2f7d1e0b22";
    CHECK_THROWS_WITH(ws.adoptIdentity(other), Catch::Contains("already holds compacts"));
    CHECK(ws.info().id == identity.id);
}
