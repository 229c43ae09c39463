// The domain rules: each rule is broken once on an otherwise valid compact,
// and the test checks the field path, the severity and that the message
// says what is wrong in words.

#include "core/dates.h"
#include "core/ids.h"
#include "core/validation.h"

#include <algorithm>
#include <catch2/catch.hpp>

using mc::Date;
using mc::Problem;
using mc::Severity;

namespace {

Date d(int year, int month, int day) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

mc::Person person(mc::Role role, std::string name) {
    mc::Person p;
    p.id = mc::newUuid();
    p.role = role;
    p.name = std::move(name);
    return p;
}

// A small compact that breaks no rule: scholar, primary mentor, chair, one
// expectation, one goal and one milestone.
mc::Compact validCompact() {
    mc::Compact c;
    c.id = mc::newUuid();
    c.title = "Ann Lee, KL2 2026";
    c.program = "KL2";
    c.cohort = "2026";
    c.start = d(2026, 9, 1);
    c.end = d(2030, 8, 31);
    c.people = {person(mc::Role::Scholar, "Ann Lee"), person(mc::Role::PrimaryMentor, "Bo Chen"),
                person(mc::Role::DepartmentChair, "Cy Diaz")};
    c.people[0].email = "ann.lee@example.org";
    mc::Expectation e;
    e.id = mc::newUuid();
    e.topic = "research.productivity";
    e.text = "Two first-author papers a year.";
    c.expectations = {e};
    mc::Goal g;
    g.id = mc::newUuid();
    g.ownerId = c.people[0].id;
    g.text = "A tenure-track position.";
    c.goals = {g};
    mc::Milestone m;
    m.id = mc::newUuid();
    m.responsibleId = c.people[0].id;
    m.goalId = g.id;
    m.title = "Submit the first R01";
    m.due = d(2028, 6, 5);
    c.milestones = {m};
    return c;
}

bool has(const std::vector<Problem>& problems, const std::string& field, Severity severity,
         const std::string& words) {
    for (const auto& p : problems)
        if (p.field == field && p.severity == severity &&
            p.message.find(words) != std::string::npos)
            return true;
    return false;
}

bool hasError(const std::vector<Problem>& problems, const std::string& field,
              const std::string& words) {
    return has(problems, field, Severity::Error, words);
}

} // namespace

TEST_CASE("a complete compact breaks no rule", "[validation]") {
    const auto problems = mc::validateCompact(validCompact());
    INFO(mc::describe(problems));
    CHECK(problems.empty());
}

TEST_CASE("a person needs a name", "[validation]") {
    for (const char* name : {"", "   ", "\t\n"}) {
        const auto problems = mc::validatePerson(person(mc::Role::Scholar, name));
        INFO(mc::describe(problems));
        CHECK(hasError(problems, "person.name", "name is empty"));
    }
}

TEST_CASE("a name may hold markup, quotes, emoji and right-to-left text", "[validation]") {
    for (const char* name : {"<b>Ann & \"Bo\"</b>", "Ann 🎓 Lee 👩‍🔬", "فاطمة الزهراء",
                             "O'Brien; DROP TABLE people", "Zoë\tvan der Berg\nPhD"}) {
        const auto problems = mc::validatePerson(person(mc::Role::Scholar, name));
        INFO(name << "\n" << mc::describe(problems));
        CHECK(problems.empty());
    }
}

TEST_CASE("a name is at most 200 characters, counted as characters not bytes", "[validation]") {
    CHECK(mc::validatePerson(person(mc::Role::Scholar, std::string(200, 'a'))).empty());
    const auto tooLong = mc::validatePerson(person(mc::Role::Scholar, std::string(201, 'a')));
    CHECK(hasError(tooLong, "person.name", "201 characters"));
    // 200 Arabic letters are 400 bytes but 200 characters.
    std::string arabic;
    for (int i = 0; i < 200; ++i)
        arabic += "ب";
    CHECK(mc::validatePerson(person(mc::Role::Scholar, arabic)).empty());
}

TEST_CASE("a name with a control character or broken UTF-8 is refused", "[validation]") {
    const auto escape = mc::validatePerson(person(mc::Role::Scholar, "Ann\x1b[31m Lee"));
    CHECK(hasError(escape, "person.name", "control character (code 27)"));
    const auto nul = mc::validatePerson(person(mc::Role::Scholar, std::string("Ann\0Lee", 7)));
    CHECK(hasError(nul, "person.name", "control character (code 0)"));
    const auto latin1 = mc::validatePerson(person(mc::Role::Scholar, "Zo\xEB"));
    CHECK(hasError(latin1, "person.name", "not valid UTF-8"));
    const auto cutOff = mc::validatePerson(person(mc::Role::Scholar, "Ann \xF0\x9F\x8E"));
    CHECK(hasError(cutOff, "person.name", "not valid UTF-8"));
}

TEST_CASE("ids must be lower-case UUIDs when given", "[validation]") {
    auto p = person(mc::Role::Scholar, "Ann");
    p.id = "";
    CHECK(mc::validatePerson(p).empty());
    p.id = "ann-1";
    CHECK(hasError(mc::validatePerson(p), "person.id", "not a UUID"));
    p.id = "3F2B8C1E-5D4A-4E6F-9A7B-1C2D3E4F5A6B";
    CHECK(hasError(mc::validatePerson(p), "person.id", "not a UUID"));
}

TEST_CASE("an e-mail address, when given, must look like one", "[validation]") {
    auto p = person(mc::Role::Scholar, "Ann");
    for (const char* good : {"", "ann@example.org", "ann.lee+kl2@med.example.edu"}) {
        p.email = good;
        INFO(good);
        CHECK(mc::validatePerson(p).empty());
    }
    for (const char* bad :
         {"ann", "ann at example.org", "ann @example.org", "ann@@example.org", "a@b@example.org",
          "@example.org", "ann@localhost", "ann@example.", "ann@.org", " "}) {
        p.email = bad;
        INFO(bad);
        CHECK(hasError(mc::validatePerson(p, "people[1]"), "people[1].email", "e-mail"));
    }
}

TEST_CASE("an expectation needs a topic and a text", "[validation]") {
    mc::Expectation e;
    e.topic = "";
    e.text = " ";
    const auto problems = mc::validateExpectation(e);
    CHECK(hasError(problems, "expectation.topic", "topic is empty"));
    CHECK(hasError(problems, "expectation.text", "text is empty"));
    e.topic = "our own topic: lab meetings";
    e.text = "Line one\r\nline two\twith a tab";
    CHECK(mc::validateExpectation(e).empty());
}

TEST_CASE("a text is at most kMaxTextLength characters", "[validation]") {
    mc::Expectation e;
    e.topic = "research.productivity";
    e.text = std::string(mc::kMaxTextLength, 'x');
    CHECK(mc::validateExpectation(e).empty());
    e.text += 'x';
    CHECK(hasError(mc::validateExpectation(e), "expectation.text", "the limit is 200000"));
}

TEST_CASE("a goal belongs to the scholar or a mentor of the compact", "[validation]") {
    const auto c = validCompact();
    auto g = c.goals[0];
    g.ownerId = c.people[1].id; // the primary mentor
    CHECK(mc::validateGoal(g, c).empty());
    g.ownerId = c.people[2].id; // the chair
    CHECK(hasError(mc::validateGoal(g, c), "goal.owner", "department chair"));
    g.ownerId = mc::newUuid();
    CHECK(hasError(mc::validateGoal(g, c), "goal.owner", "not one of the people"));
    g.ownerId = "";
    CHECK(hasError(mc::validateGoal(g, c), "goal.owner", "owner is missing"));
}

TEST_CASE("a goal needs a text", "[validation]") {
    const auto c = validCompact();
    auto g = c.goals[0];
    g.text = "";
    CHECK(hasError(mc::validateGoal(g, c, "goals[0]"), "goals[0].text", "text is empty"));
}

TEST_CASE("a milestone needs a title, a due date and a responsible person of the compact",
          "[validation]") {
    const auto c = validCompact();
    auto m = c.milestones[0];
    m.title = "  ";
    m.due = Date(boost::gregorian::not_a_date_time);
    m.responsibleId = mc::newUuid();
    const auto problems = mc::validateMilestone(m, c);
    CHECK(hasError(problems, "milestone.title", "title is empty"));
    CHECK(hasError(problems, "milestone.due", "due date is missing"));
    CHECK(hasError(problems, "milestone.responsible", "not one of the people"));
    m.responsibleId = "";
    CHECK(hasError(mc::validateMilestone(m, c), "milestone.responsible", "missing"));
}

TEST_CASE("a milestone's goal must be a goal of the compact", "[validation]") {
    const auto c = validCompact();
    auto m = c.milestones[0];
    m.goalId = "";
    CHECK(mc::validateMilestone(m, c).empty());
    m.goalId = mc::newUuid();
    CHECK(hasError(mc::validateMilestone(m, c), "milestone.goal", "not one of the goals"));
}

TEST_CASE("only an achieved milestone has a done date, and it must have one", "[validation]") {
    const auto c = validCompact();
    auto m = c.milestones[0];
    m.done = d(2028, 6, 1);
    m.status = mc::MilestoneStatus::Planned;
    CHECK(hasError(mc::validateMilestone(m, c), "milestone.done",
                   "done date 2028-06-01 is set, but the milestone is planned"));
    m.status = mc::MilestoneStatus::Achieved;
    CHECK(mc::validateMilestone(m, c).empty());
    m.done.reset();
    CHECK(hasError(mc::validateMilestone(m, c), "milestone.done", "done date is missing"));
    // A missed milestone (an unfunded grant) is a valid record without a done date.
    m.status = mc::MilestoneStatus::Missed;
    m.outcomeNote = "Not funded; resubmit in the next cycle.";
    CHECK(mc::validateMilestone(m, c).empty());
}

TEST_CASE("a milestone due outside the award period is a warning", "[validation]") {
    const auto c = validCompact();
    auto m = c.milestones[0];
    m.due = d(2031, 5, 1);
    const auto after = mc::validateMilestone(m, c, "milestones[0]");
    REQUIRE(after.size() == 1);
    CHECK(after[0] == Problem{Severity::Warning, "milestones[0].due",
                              "due date 2031-05-01 lies after the compact ends on 2030-08-31"});
    CHECK_FALSE(mc::hasErrors(after));
    m.due = d(2026, 8, 31);
    CHECK(has(mc::validateMilestone(m, c), "milestone.due", Severity::Warning,
              "due date 2026-08-31 lies before the compact starts on 2026-09-01"));
    m.due = c.end;
    CHECK(mc::validateMilestone(m, c).empty());
}

TEST_CASE("a meeting plan's recurrence and duration are in range", "[validation]") {
    mc::MeetingPlan plan;
    CHECK(mc::validateMeetingPlan(plan).empty());
    plan.recurrence.cadence = mc::Cadence::Weekly;
    plan.recurrence.weekday = 9;
    const auto problems = mc::validateMeetingPlan(plan);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == Problem{Severity::Error, "meetingPlan.recurrence.weekday",
                                 "weekday must be 1 (Monday) to 7 (Sunday), not 9"});
    plan.recurrence.weekday = 3;
    for (int minutes : {5, 60, 480}) {
        plan.durationMinutes = minutes;
        CHECK(mc::validateMeetingPlan(plan).empty());
    }
    for (int minutes : {0, 4, 481, -30}) {
        plan.durationMinutes = minutes;
        CHECK(hasError(mc::validateMeetingPlan(plan), "meetingPlan.durationMinutes",
                       "not " + std::to_string(minutes)));
    }
}

TEST_CASE("checkRecurrence reports what meetingDates refuses", "[validation]") {
    mc::Recurrence r;
    r.cadence = mc::Cadence::Monthly;
    r.weekday = 2;
    r.weekOfMonth = 5;
    const auto problems = mc::checkRecurrence(r, "plan");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "plan.weekOfMonth");
    CHECK_THROWS_WITH(mc::meetingDates(r, d(2026, 1, 1), d(2026, 12, 31)),
                      "meeting plan " + problems[0].message);
    r.weekOfMonth = -1;
    CHECK(mc::checkRecurrence(r, "plan").empty());
    r.cadence = mc::Cadence::Custom;
    r.intervalDays = 400;
    CHECK(hasError(mc::checkRecurrence(r, "plan"), "plan.intervalDays", "not 400"));
}

TEST_CASE("a compact needs a title and a start before its end", "[validation]") {
    auto c = validCompact();
    c.title = " ";
    c.start = d(2026, 9, 1);
    c.end = d(2026, 1, 1);
    const auto problems = mc::validateCompactHeader(c);
    CHECK(hasError(problems, "title", "title is empty"));
    CHECK(problems.end() !=
          std::find(problems.begin(), problems.end(),
                    Problem{Severity::Error, "end",
                            "end date 2026-01-01 must be after the start date 2026-09-01"}));
    c.end = c.start;
    CHECK(hasError(mc::validateCompactHeader(c), "end", "must be after the start date"));
    c.start = Date(boost::gregorian::not_a_date_time);
    c.end = Date(boost::gregorian::not_a_date_time);
    CHECK(hasError(mc::validateCompactHeader(c), "start", "start date is missing"));
    CHECK(hasError(mc::validateCompactHeader(c), "end", "end date is missing"));
}

TEST_CASE("an award period over ten years is a warning, not an error", "[validation]") {
    auto c = validCompact();
    c.end = d(2036, 9, 1);
    CHECK(mc::validateCompactHeader(c).empty());
    c.end = d(2036, 9, 2);
    const auto problems = mc::validateCompactHeader(c);
    CHECK(has(problems, "end", Severity::Warning, "longer than 10 years"));
    CHECK_FALSE(mc::hasErrors(problems));
}

TEST_CASE("a compact has exactly one scholar", "[validation]") {
    auto c = validCompact();
    c.people.erase(c.people.begin());
    c.goals.clear();
    c.milestones.clear();
    CHECK(hasError(mc::validateCompactHeader(c), "people", "no scholar"));
    c = validCompact();
    c.people.push_back(person(mc::Role::Scholar, "Dee Ek"));
    CHECK(hasError(mc::validateCompactHeader(c), "people[3].role", "Dee Ek is a second scholar"));
}

TEST_CASE("a compact has at least one mentor, and at most one primary mentor", "[validation]") {
    auto c = validCompact();
    c.people[1].role = mc::Role::ProgramDirector;
    CHECK(hasError(mc::validateCompactHeader(c), "people", "no mentor"));
    for (auto role : {mc::Role::CoMentor, mc::Role::SecondaryMentor, mc::Role::CareerMentor}) {
        c.people[1].role = role;
        CHECK(mc::validateCompactHeader(c).empty());
    }
    c.people[1].role = mc::Role::PrimaryMentor;
    c.people.push_back(person(mc::Role::PrimaryMentor, "Eve Fox"));
    CHECK(hasError(mc::validateCompactHeader(c), "people[3].role", "second primary mentor"));
}

TEST_CASE("unknown enum values are reported with the allowed keys", "[validation]") {
    auto c = validCompact();
    c.status = static_cast<mc::CompactStatus>(99);
    CHECK(hasError(mc::validateCompactHeader(c), "status", "one of: draft"));
    auto p = person(static_cast<mc::Role>(42), "Ann");
    CHECK(hasError(mc::validatePerson(p), "person.role", "unknown value 42"));
}

TEST_CASE("validateCompact names each part by its path", "[validation]") {
    auto c = validCompact();
    c.people[1].name = "";
    c.expectations[0].text = "";
    c.goals[0].ownerId = c.people[2].id;
    c.milestones[0].due = d(2031, 5, 1);
    c.meetingPlan.durationMinutes = 1;
    const auto problems = mc::validateCompact(c);
    INFO(mc::describe(problems));
    CHECK(hasError(problems, "people[1].name", "name is empty"));
    CHECK(hasError(problems, "expectations[0].text", "text is empty"));
    CHECK(hasError(problems, "goals[0].owner", "department chair"));
    CHECK(has(problems, "milestones[0].due", Severity::Warning, "lies after the compact ends"));
    CHECK(hasError(problems, "meetingPlan.durationMinutes", "not 1"));
    CHECK(problems.size() == 5);
}

TEST_CASE("validateCompact finds ids used twice", "[validation]") {
    auto c = validCompact();
    c.goals[0].id = c.people[0].id;
    c.milestones[0].goalId = c.goals[0].id;
    const auto problems = mc::validateCompact(c);
    CHECK(hasError(problems, "goals[0].id", "already used by people[0]"));
    c = validCompact();
    c.expectations.push_back(c.expectations[0]);
    CHECK(
        hasError(mc::validateCompact(c), "expectations[1].id", "already used by expectations[0]"));
    // Empty ids are filled in by the store and are never duplicates.
    c = validCompact();
    c.expectations.push_back(c.expectations[0]);
    c.expectations[0].id.clear();
    c.expectations[1].id.clear();
    CHECK(mc::validateCompact(c).empty());
}
