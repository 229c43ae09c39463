// `show` text of a full compact, and `check` reporting problems.

#include "app/text_report.h"
#include "cli_run.h"
#include "core/demo.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

void execute(const std::string& file, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("the text of a compact shows every part", "[cli]") {
    const mc::Compact compact = mc::makeDemoCompact(mc::Date(2026, 9, 1));
    const std::string text = mc::cli::formatCompactText(compact);

    CHECK(text.rfind(compact.title + "\n", 0) == 0);
    CHECK(contains(text, "Period:     " + mc::formatIsoDate(compact.start) + " to " +
                             mc::formatIsoDate(compact.end)));
    CHECK(contains(text, "Status:     " + std::string(mc::toLabel(compact.status))));
    for (const auto& person : compact.people)
        CHECK(contains(text, std::string(mc::toLabel(person.role)) + ": " + person.name));
    CHECK(contains(text, "\nExpectations\n"));
    for (const auto& expectation : compact.expectations) {
        const auto firstLine = expectation.text.substr(0, expectation.text.find('\n'));
        CHECK(contains(text, "    - " + firstLine));
        CHECK(contains(text, "  " + std::string(mc::toLabel(expectation.domain)) + "\n"));
    }
    CHECK(contains(text, "\nGoals\n"));
    for (const auto& goal : compact.goals)
        CHECK(contains(text, goal.text.substr(0, goal.text.find('\n'))));
    CHECK(contains(text, "\nMilestones\n"));
    for (const auto& milestone : compact.milestones) {
        CHECK(contains(text, "  - " + mc::formatIsoDate(milestone.due) + "  " +
                                 std::string(mc::toLabel(milestone.status)) + "  " +
                                 std::string(mc::toLabel(milestone.kind)) + ": "));
        const mc::Person* responsible = compact.findPerson(milestone.responsibleId);
        REQUIRE(responsible);
        CHECK(contains(text, "Responsible: " + responsible->name));
    }
    CHECK(contains(text, "\nMeeting plan\n  " + mc::cli::describeMeetingPlan(compact.meetingPlan)));
    CHECK_FALSE(contains(text, "unknown person"));
}

TEST_CASE("multi-line texts stay indented", "[cli]") {
    mc::Compact compact;
    compact.title = "Two\nlines";
    compact.start = mc::Date(2026, 1, 1);
    compact.end = mc::Date(2028, 12, 31);
    mc::Expectation expectation;
    expectation.text = "first\nsecond";
    compact.expectations.push_back(expectation);
    const std::string text = mc::cli::formatCompactText(compact);
    CHECK(text.rfind("Two\nlines\n", 0) == 0);
    CHECK(contains(text, "    - first\n      second\n"));
    CHECK(contains(text, "\nGoals\n  (none)\n"));
}

TEST_CASE("meeting plans read as sentences", "[cli]") {
    mc::MeetingPlan plan;
    plan.recurrence.cadence = mc::Cadence::Weekly;
    plan.recurrence.weekday = 5;
    plan.durationMinutes = 30;
    CHECK(mc::cli::describeMeetingPlan(plan) == "Weekly on Fridays, 30 minutes");
    plan.recurrence.cadence = mc::Cadence::Monthly;
    plan.recurrence.weekOfMonth = -1;
    CHECK(mc::cli::describeMeetingPlan(plan) == "Monthly on the last Friday, 30 minutes");
    plan.recurrence.cadence = mc::Cadence::Custom;
    plan.recurrence.intervalDays = 10;
    CHECK(mc::cli::describeMeetingPlan(plan) == "Every 10 days, 30 minutes");
}

TEST_CASE("show prints the demo compact", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("demo.compact");
    mc::createDemoWorkspace(file, mc::Date(2026, 9, 1));
    const auto result = runCli({"show", file});
    CHECK(result.code() == 0);
    const auto compacts = mc::Workspace::open(file, mc::OpenMode::ReadOnly).loadAllCompacts();
    REQUIRE_FALSE(compacts.empty());
    CHECK(contains(result.out, compacts[0].title));
    CHECK(contains(result.out, "\nMilestones\n"));
    CHECK(runCli({"check", file}).code() == 0);
}

TEST_CASE("check reports warnings and still succeeds", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const auto created = runCli({"new", file, "--scholar", "Ada", "--mentor", "Charles", "--start",
                                 "2026-07-01", "--years", "1"});
    REQUIRE(created.code() == 0);
    const std::string id = created.out.substr(0, 36);
    {
        mc::Workspace workspace = mc::Workspace::open(file);
        const mc::Compact compact = workspace.loadCompact(id);
        mc::Milestone late;
        late.title = "Submit the R01";
        late.kind = mc::MilestoneKind::GrantSubmission;
        late.responsibleId = compact.people[0].id;
        late.due = mc::Date(2030, 1, 15); // after the award period
        workspace.saveMilestone(id, late);
    }
    const auto result = runCli({"check", file});
    CHECK(result.code() == 0);
    CHECK(contains(result.out, "warning: "));
    CHECK(contains(result.out, file + ": 0 errors, 1 warning\n"));
}

TEST_CASE("check reports errors with exit code 1", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    REQUIRE(runCli({"new", file, "--scholar", "Ada", "--mentor", "Charles"}).code() == 0);
    // Break a rule behind the store's back, as another program might.
    execute(file, "UPDATE compacts SET title = ''");
    const auto result = runCli({"check", file});
    CHECK(result.code() == 1);
    CHECK(result.out.rfind("error: ", 0) == 0);
    CHECK(contains(result.out, "1 error"));
}
