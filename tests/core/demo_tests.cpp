#include "core/compact_diff.h"
#include "core/demo.h"
#include "core/error.h"
#include "core/topics.h"
#include "core/validation.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using mc::Date;

namespace {

bool isOverdue(const mc::Milestone& milestone, const Date& today) {
    return (milestone.status == mc::MilestoneStatus::Planned ||
            milestone.status == mc::MilestoneStatus::Rescheduled) &&
           milestone.due < today;
}

} // namespace

TEST_CASE("The demo compact follows every domain rule", "[demo]") {
    // Month ends and a leap day, where date arithmetic likes to slip.
    const Date todays[] = {Date(2026, 11, 23), Date(2028, 2, 29), Date(2027, 1, 31),
                           Date(2026, 3, 31), Date(2030, 12, 31)};
    for (const Date& today : todays) {
        const mc::Compact compact = mc::makeDemoCompact(today);
        const auto problems = mc::validateCompact(compact);
        INFO("today " << mc::formatIsoDate(today) << ": " << mc::describe(problems));
        CHECK_FALSE(mc::hasErrors(problems));
        CHECK(compact.start < today);
        CHECK(today < compact.end);
        CHECK(compact.end == mc::anniversary(compact.start, 3));
    }
}

TEST_CASE("The demo compact is a KL2 scholar with a mentoring team", "[demo]") {
    const mc::Compact compact = mc::makeDemoCompact(Date(2026, 11, 23));
    CHECK(compact.program == "Clinical and Translational Science KL2");
    CHECK(compact.cohort == std::to_string(static_cast<int>(compact.start.year())));
    REQUIRE(compact.scholar() != nullptr);
    CHECK(compact.scholar()->name == "Dr. Amara Okafor");
    CHECK(compact.mentors().size() == 2);
    for (const mc::Person* mentor : compact.mentors())
        CHECK_FALSE(mentor->responsibilities.empty());
    CHECK(std::any_of(compact.people.begin(), compact.people.end(),
                      [](const mc::Person& p) { return p.role == mc::Role::DepartmentChair; }));
    CHECK(compact.meetingPlan.recurrence.cadence == mc::Cadence::EveryTwoWeeks);
    CHECK(compact.meetingPlan.recurrence.weekday == 4);
    CHECK(compact.meetingPlan.durationMinutes == 60);
    CHECK(compact.goals.size() >= 4);
}

TEST_CASE("The demo compact covers all six domains with catalogue topics", "[demo]") {
    const mc::Compact compact = mc::makeDemoCompact(Date(2026, 11, 23));
    std::set<mc::Domain> domains;
    for (const auto& expectation : compact.expectations) {
        domains.insert(expectation.domain);
        INFO(expectation.topic);
        const mc::Topic* topic = mc::findTopic(expectation.topic);
        REQUIRE(topic != nullptr);
        CHECK(topic->domain == expectation.domain);
    }
    CHECK(domains.size() == mc::enumEntries<mc::Domain>().size());
}

TEST_CASE("The demo milestones include an achieved, a missed and an overdue one", "[demo]") {
    const Date today(2026, 11, 23);
    const mc::Compact compact = mc::makeDemoCompact(today);
    const auto& milestones = compact.milestones;
    CHECK(std::any_of(milestones.begin(), milestones.end(), [&](const mc::Milestone& m) {
        return m.status == mc::MilestoneStatus::Achieved && m.done && *m.done <= today;
    }));
    CHECK(std::any_of(milestones.begin(), milestones.end(), [](const mc::Milestone& m) {
        return m.status == mc::MilestoneStatus::Missed && m.kind == mc::MilestoneKind::GrantAward &&
               !m.outcomeNote.empty();
    }));
    CHECK(std::count_if(milestones.begin(), milestones.end(),
                        [&](const mc::Milestone& m) { return isOverdue(m, today); }) == 1);
    CHECK(std::any_of(milestones.begin(), milestones.end(),
                      [&](const mc::Milestone& m) { return m.due > today; }));
}

TEST_CASE("createDemoWorkspace writes a workspace that checks clean", "[demo]") {
    mc::test::TempDir dir;
    const std::string path = dir.file("demo.compact");
    mc::createDemoWorkspace(path, Date(2026, 11, 23));

    const mc::Workspace workspace = mc::Workspace::open(path);
    CHECK(workspace.info().name == "Demo workspace");
    const auto entries = workspace.listCompacts();
    REQUIRE(entries.size() == 2);
    const auto problems = workspace.check();
    INFO(mc::describe(problems));
    CHECK_FALSE(mc::hasErrors(problems));
    CHECK(std::any_of(entries.begin(), entries.end(), [](const mc::CompactListEntry& entry) {
        return entry.scholar == "Dr. Amara Okafor";
    }));
}

TEST_CASE("createDemoWorkspace refuses to overwrite a file", "[demo]") {
    mc::test::TempDir dir;
    const std::string path = dir.file("taken.compact");
    mc::test::writeFile(path, "mine");
    CHECK_THROWS_AS(mc::createDemoWorkspace(path, Date(2026, 11, 23)), mc::Error);
    CHECK(mc::test::readFile(path) == "mine");
}

TEST_CASE("The demo team compact is really signed and the postdoc one amended", "[demo]") {
    mc::test::TempDir dir;
    const std::string path = dir.file("demo.compact");
    mc::createDemoWorkspace(path, Date(2026, 11, 23));
    const mc::Workspace workspace = mc::Workspace::open(path);
    const auto verified = workspace.verify();
    INFO(mc::describe(verified.problems));
    CHECK(verified.problems.empty());
    CHECK(verified.signedVersions == 2);

    for (const auto& entry : workspace.listCompacts()) {
        const auto history = workspace.versions(entry.id);
        if (entry.scholar == "Dr. Amara Okafor") {
            CHECK(entry.status == mc::CompactStatus::Signed);
            REQUIRE(history.size() == 1);
            CHECK(history[0].state == mc::VersionState::Signed);
            // The scholar, both mentors and the chair, who was chosen to sign.
            REQUIRE(history[0].signatures.size() == 4);
            CHECK(std::any_of(history[0].signatures.begin(), history[0].signatures.end(),
                              [](const auto& s) {
                                  return s.signature.role == mc::Role::DepartmentChair && s.valid;
                              }));
            CHECK(std::count_if(history[0].signatures.begin(), history[0].signatures.end(),
                                [](const auto& s) { return !s.signature.drawing.empty(); }) == 1);
        } else {
            CHECK(entry.status == mc::CompactStatus::Amended);
            REQUIRE(history.size() == 2);
            CHECK(history[0].state == mc::VersionState::Signed);
            CHECK(history[1].state == mc::VersionState::Draft);
            const auto changes = mc::diffCompacts(workspace.versionContent(entry.id, 1),
                                                  workspace.loadCompact(entry.id));
            REQUIRE(changes.size() == 2);
            CHECK(changes[0].part == mc::ChangePart::Expectation);
            CHECK(changes[0].field == "text");
            CHECK(changes[1].kind == mc::ChangeKind::Added);
            CHECK(changes[1].part == mc::ChangePart::Milestone);
        }
    }
}
