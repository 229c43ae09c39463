// The redline: changes between two compacts, matched by id.

#include "core/compact_diff.h"
#include "core/ids.h"
#include "support/sample_compact.h"

#include <catch2/catch.hpp>

using namespace mc;

namespace {

Compact withIds() {
    Compact c = test::sampleCompact();
    c.id = newUuid();
    for (auto& e : c.expectations)
        e.id = newUuid();
    for (auto& m : c.milestones)
        m.id = newUuid();
    return c;
}

} // namespace

TEST_CASE("Equal compacts have no changes", "[versions]") {
    const Compact c = withIds();
    CHECK(diffCompacts(c, c).empty());
    // Progress and stamps are not part of what was agreed.
    Compact progressed = c;
    progressed.status = CompactStatus::Signed;
    progressed.milestones[0].status = MilestoneStatus::Achieved;
    progressed.milestones[0].outcomeNote = "Funded";
    progressed.goals[0].status = GoalStatus::Achieved;
    progressed.updated = "2027-01-01T00:00:00.000Z";
    CHECK(diffCompacts(c, progressed).empty());
}

TEST_CASE("The diff lists added, removed and changed clauses", "[versions]") {
    const Compact before = withIds();
    Compact after = before;
    after.expectations[0].text = "We meet every Monday.";
    Expectation added;
    added.id = newUuid();
    added.domain = Domain::Research;
    added.topic = "research.productivity";
    added.text = "Two first-author papers a year.";
    after.expectations.push_back(added);
    auto changes = diffCompacts(before, after);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0] == Change{ChangeKind::Changed, ChangePart::Expectation,
                               before.expectations[0].id, "text",
                               "We meet every second Thursday for an hour.",
                               "We meet every Monday.", "We meet every Monday."});
    CHECK(changes[1].kind == ChangeKind::Added);
    CHECK(changes[1].id == added.id);
    CHECK(describeChange(changes[1]) == "clause \"Two first-author papers a year.\": added");

    after.expectations.erase(after.expectations.begin());
    changes = diffCompacts(before, after);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].kind == ChangeKind::Removed);
    CHECK(changes[0].before == "We meet every second Thursday for an hour.");
}

TEST_CASE("The diff lists goals, milestones and dates", "[versions]") {
    const Compact before = withIds();
    Compact after = before;
    after.end = Date(2030, 8, 31);
    after.goals[0].targetDate = Date(2031, 1, 1);
    after.milestones[0].due = Date(2029, 2, 1);
    after.milestones[0].responsibleId = after.people[1].id;
    after.meetingPlan.durationMinutes = 45;
    Goal goal;
    goal.id = newUuid();
    goal.ownerId = after.people[0].id;
    goal.text = "Lead a multi-site study";
    goal.position = 1;
    after.goals.push_back(goal);

    const auto changes = diffCompacts(before, after);
    REQUIRE(changes.size() == 6);
    CHECK(describeChange(changes[0]) ==
          "compact \"Mentoring compact: Dr. Lena Ortiz\": end date changed from \"2029-08-31\" "
          "to \"2030-08-31\"");
    CHECK(describeChange(changes[1]) == "goal \"Become an independent investigator\": target "
                                        "date changed from (empty) to \"2031-01-01\"");
    CHECK(changes[2].kind == ChangeKind::Added);
    CHECK(changes[2].part == ChangePart::Goal);
    // References are compared by id and shown by name.
    CHECK(describeChange(changes[3]) == "milestone \"Submit the first R01\": responsible person "
                                        "changed from \"Dr. Lena Ortiz\" to \"Prof. Sam Reyes\"");
    CHECK(changes[4].field == "due");
    CHECK(describeChange(changes[5]) ==
          "meeting plan: length in minutes changed from \"60\" to \"45\"");
}

TEST_CASE("A reorder of people is one change of order", "[versions]") {
    const Compact before = withIds();
    Compact after = before;
    std::swap(after.people[1].position, after.people[2].position);
    const auto changes = diffCompacts(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].field == "order");
    CHECK(changes[0].after == "Dr. Lena Ortiz; Dr. Kim Baker; Prof. Sam Reyes");
    CHECK(describeChange(changes[0]) == "the order of the people changed");
}
