// JSON interchange without a store: writing, reading, and every kind of
// broken file reported with its JSON path.

#include "core/error.h"
#include "core/json_io.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

using mc::JsonDocument;
using mc::Problem;
using mc::Severity;
using mc::ValidationError;

std::string sample(const std::string& name) {
    return mc::test::readFile(std::string(MC_TEST_DATA_DIR) + "/json/" + name);
}

// The problems parseJson reports for `text`; fails the test if it accepts it.
std::vector<Problem> problemsOf(const std::string& text) {
    try {
        mc::parseJson(text);
    } catch (const ValidationError& e) {
        return e.problems();
    }
    FAIL("parseJson accepted a broken document");
    return {};
}

// The one problem reported at `field`; fails the test when there is none.
Problem problemAt(const std::vector<Problem>& problems, const std::string& field) {
    for (const auto& problem : problems)
        if (problem.field == field)
            return problem;
    FAIL("no problem at " << field << " among:\n" << mc::describe(problems));
    return {};
}

bool hasProblemAt(const std::vector<Problem>& problems, const std::string& field) {
    for (const auto& problem : problems)
        if (problem.field == field)
            return true;
    return false;
}

constexpr const char* kScholarId = "11111111-1111-4111-8111-111111111111";
constexpr const char* kMentorId = "22222222-2222-4222-8222-222222222222";

// A small valid compact whose text is full of things that are easy to
// mangle: markup, quotes, emoji, right-to-left scripts, newlines.
JsonDocument awkwardDocument() {
    JsonDocument document;
    document.workspace.id = "33333333-3333-4333-8333-333333333333";
    document.workspace.name = "Ann's <workspace> & \"friends\"";

    mc::Compact compact;
    compact.id = "44444444-4444-4444-8444-444444444444";
    compact.title = "<b>Ann & \"Bo\"</b> \xF0\x9F\x8E\x93 compact";
    compact.program = "KL2 \\ path\\to\tprogram";
    compact.cohort = "2026";
    compact.status = mc::CompactStatus::InNegotiation;
    compact.start = mc::Date(2026, 1, 1);
    compact.end = mc::Date(2030, 12, 31);

    mc::Person scholar;
    scholar.id = kScholarId;
    scholar.created = "2026-01-01T08:00:00.000Z";
    scholar.updated = "2026-01-02T08:00:00.000Z";
    scholar.role = mc::Role::Scholar;
    scholar.name = "<b>Ann & \"Bo\"</b>";
    scholar.responsibilities = "line one\nline two\r\n\"quoted\" and 'single'";
    mc::Person mentor;
    mentor.id = kMentorId;
    mentor.role = mc::Role::PrimaryMentor;
    mentor.name = "\xD8\xB3\xD9\x84\xD9\x85\xD9\x89 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
                  "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x94\xAC";
    mentor.position = 1;
    compact.people = {scholar, mentor};

    mc::Expectation first;
    first.id = "55555555-5555-4555-8555-555555555551";
    first.domain = mc::Domain::Support;
    first.topic = "support.protected_time";
    first.text = "Protected time: 75 %\n\xE2\x80\x94 agreed \xE2\x9C\x85";
    mc::Expectation second = first;
    second.id = "55555555-5555-4555-8555-555555555552";
    second.domain = mc::Domain::Research;
    second.topic = "Respect, in our words \xE2\x9C\x93";
    second.text = "Mutual respect \xF0\x9F\xA4\x9D";
    compact.expectations = {second, first}; // research before support
    compact.expectations[1].position = 0;

    mc::Goal goal;
    goal.id = "66666666-6666-4666-8666-666666666666";
    goal.ownerId = kScholarId;
    goal.text = "Independence \xE2\x80\x9Csoon\xE2\x80\x9D";
    goal.targetDate = mc::Date(2029, 2, 28);
    compact.goals = {goal};

    mc::Milestone milestone;
    milestone.id = "77777777-7777-4777-8777-777777777777";
    milestone.responsibleId = kMentorId;
    milestone.goalId = goal.id;
    milestone.kind = mc::MilestoneKind::GrantSubmission;
    milestone.title = "R01 </script><script>alert(1)</script>";
    milestone.due = mc::Date(2028, 2, 29);
    milestone.done = mc::Date(2028, 2, 20);
    milestone.status = mc::MilestoneStatus::Achieved;
    milestone.outcomeNote = "Score: 22nd percentile \xF0\x9F\x8E\x89";
    milestone.mentorConfirmed = true;
    compact.milestones = {milestone};

    compact.meetingPlan.recurrence.cadence = mc::Cadence::Custom;
    compact.meetingPlan.recurrence.intervalDays = 10;
    compact.meetingPlan.channels = "Zoom \xE2\x80\x93 \"Room 4\"";
    document.compacts = {compact};
    return document;
}

} // namespace

TEST_CASE("A valid sample reads into the model", "[json]") {
    const JsonDocument document = mc::parseJson(sample("valid.json"));
    CHECK(document.workspace.id == "6f1c2a4e-8b3d-4c5e-9f7a-0b1c2d3e4f50");
    CHECK(document.workspace.name == "KL2 cohort 2025");
    CHECK(document.workspace.updated == "2025-09-14T16:40:12.345Z");
    REQUIRE(document.compacts.size() == 2);

    const mc::Compact& compact = document.compacts[0];
    CHECK(compact.title == "Amira Haddad \xE2\x80\x93 KL2 compact");
    CHECK(compact.status == mc::CompactStatus::Signed);
    CHECK(compact.templateId == "kl2-standard");
    CHECK(compact.start == mc::Date(2025, 7, 1));
    CHECK(compact.end == mc::Date(2028, 6, 30));

    REQUIRE(compact.people.size() == 3);
    CHECK(compact.people[1].role == mc::Role::PrimaryMentor);
    CHECK(compact.people[1].name ==
          "Dr. Jonah Levi (\xD7\x99\xD7\x95\xD7\xA0\xD7\x94 \xD7\x9C\xD7\x95\xD7\x99)");
    CHECK(compact.people[2].position == 2);
    CHECK(compact.people[2].created.empty()); // null: the store fills it in
    CHECK(compact.people[2].updated.empty());

    // Positions count within each domain.
    REQUIRE(compact.expectations.size() == 3);
    CHECK(compact.expectations[0].position == 0);
    CHECK(compact.expectations[1].position == 1);
    CHECK(compact.expectations[2].domain == mc::Domain::Communication);
    CHECK(compact.expectations[2].position == 0);
    CHECK(compact.expectations[2].text == "Meet every Tuesday;\nbring an agenda the day before.");
    CHECK(compact.expectations[2].origin == mc::Origin::TemplatePrompt);

    REQUIRE(compact.goals.size() == 2);
    CHECK(compact.goals[0].targetDate == mc::Date(2028, 6, 30));
    CHECK_FALSE(compact.goals[1].targetDate.has_value());
    CHECK(compact.goals[1].horizon == mc::Horizon::ThisYear);
    CHECK(compact.goals[1].position == 1);

    REQUIRE(compact.milestones.size() == 4);
    CHECK(compact.milestones[0].done == mc::Date(2025, 8, 28));
    CHECK(compact.milestones[0].mentorConfirmed);
    CHECK(compact.milestones[0].outcomeNote == "Accepted in \"Journal of Clinical Research\".");
    CHECK(compact.milestones[2].goalId.empty());
    CHECK(compact.milestones[2].kind == mc::MilestoneKind::Promotion);

    CHECK(compact.meetingPlan.recurrence.cadence == mc::Cadence::Weekly);
    CHECK(compact.meetingPlan.recurrence.weekday == 2);
    CHECK(compact.meetingPlan.durationMinutes == 45);
    CHECK(compact.meetingPlan.updated == "2025-06-05T09:00:00.000Z");

    const mc::Compact& second = document.compacts[1];
    CHECK(second.templateId.empty());
    CHECK(second.meetingPlan.recurrence.weekOfMonth == -1);
    CHECK(second.meetingPlan.updated.empty());
    CHECK(second.people[1].responsibilities == "Methods \xF0\x9F\xA7\xAA and software.");
}

TEST_CASE("The valid sample is exactly what toJson writes", "[json]") {
    const std::string text = sample("valid.json");
    CHECK(mc::toJson(mc::parseJson(text)) == text);
}

TEST_CASE("Awkward text survives a round trip byte for byte", "[json]") {
    const JsonDocument document = awkwardDocument();
    const std::string first = mc::toJson(document);
    const JsonDocument read = mc::parseJson(first);
    CHECK(mc::toJson(read) == first);

    REQUIRE(read.compacts.size() == 1);
    const mc::Compact& compact = read.compacts[0];
    CHECK(compact == document.compacts[0]);
    CHECK(read.workspace.name == document.workspace.name);
    CHECK(compact.program == "KL2 \\ path\\to\tprogram");

    // Non-ASCII stays literal UTF-8, and only what JSON needs is escaped.
    CHECK(first.find("\\u") == std::string::npos);
    CHECK(first.find("\xF0\x9F\x8E\x93") != std::string::npos);
    CHECK(first.find(R"("name": "<b>Ann & \"Bo\"</b>")") != std::string::npos);
    CHECK(first.find(R"(line one\nline two\r\n\"quoted\")") != std::string::npos);
    CHECK(first.back() == '\n');
}

TEST_CASE("toJson writes a fixed key order and parts in display order", "[json]") {
    const std::string text = mc::toJson(awkwardDocument());
    CHECK(text.rfind("{\n  \"format\": \"mentoring-compact\",\n  \"formatVersion\": 1,\n"
                     "  \"workspace\": {\n    \"id\": ",
                     0) == 0);
    // Research comes before support whatever order the vector had.
    const auto research = text.find("Mutual respect");
    const auto support = text.find("Protected time");
    REQUIRE(research != std::string::npos);
    REQUIRE(support != std::string::npos);
    CHECK(research < support);
    // Empty stamps and references are null, not "".
    CHECK(text.find(R"("created": null)") != std::string::npos);
    CHECK(text.find(R"("template": null)") != std::string::npos);
    CHECK(text.find(R"("target": "2029-02-28")") != std::string::npos);

    JsonDocument reordered = awkwardDocument();
    std::swap(reordered.compacts[0].people[0], reordered.compacts[0].people[1]);
    CHECK(mc::toJson(reordered) == text); // people follow their positions
}

TEST_CASE("toJson writes text that is not UTF-8 without failing", "[json]") {
    JsonDocument document = awkwardDocument();
    document.compacts[0].people[0].name = "Broken \xFF\xFE name";
    std::string text;
    REQUIRE_NOTHROW(text = mc::toJson(document));
    CHECK(text.find("Broken \xEF\xBF\xBD\xEF\xBF\xBD name") != std::string::npos);
}

TEST_CASE("Unknown keys are ignored and missing stamps stay empty", "[json]") {
    std::string text = mc::toJson(awkwardDocument());
    const std::string marker = "\"format\": \"mentoring-compact\",";
    text.replace(text.find(marker), marker.size(),
                 marker + " \"comment\": {\"from\": \"a later version\"}, \"extra\": [1, 2],");
    const JsonDocument read = mc::parseJson(text);
    REQUIRE(read.compacts.size() == 1);
    CHECK(read.compacts[0].people[1].created.empty());
    CHECK(read.compacts[0].people[0].created == "2026-01-01T08:00:00.000Z");
}

TEST_CASE("Warnings from the rules do not block reading", "[json]") {
    JsonDocument document = awkwardDocument();
    document.compacts[0].milestones[0].due = mc::Date(2031, 6, 1); // after the end
    document.compacts[0].milestones[0].done = mc::Date(2031, 6, 1);
    const JsonDocument read = mc::parseJson(mc::toJson(document));
    REQUIRE(read.compacts.size() == 1);
    CHECK(read.compacts[0].milestones[0].due == mc::Date(2031, 6, 1));
}

TEST_CASE("Text that is not JSON is reported with line and column", "[json]") {
    const std::string text = sample("truncated.json");
    const auto problems = problemsOf(text);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field.empty());
    const std::string lines = std::to_string(std::count(text.begin(), text.end(), '\n') + 1);
    CHECK_THAT(problems[0].message, Catch::Contains("this is not JSON") &&
                                        Catch::Contains("line " + lines + ", column") &&
                                        Catch::Contains("missing closing quote"));

    const auto oneLine = problemsOf("{\"format\": \"mentoring-compact\",\n  \"compacts\": [1,]}");
    REQUIRE(oneLine.size() == 1);
    CHECK_THAT(oneLine[0].message, Catch::StartsWith("this is not JSON (line 2, column 18)"));

    const auto empty = problemsOf(" \n ");
    REQUIRE(empty.size() == 1);
    CHECK_THAT(empty[0].message, Catch::Contains("empty"));
}

TEST_CASE("A document that is not ours is refused at once", "[json]") {
    const auto notOurs = problemsOf(sample("not_our_format.json"));
    REQUIRE(notOurs.size() == 1);
    CHECK(notOurs[0].field == "format");
    CHECK_THAT(notOurs[0].message, Catch::Contains("not a Mentoring Compact JSON file"));

    const auto otherFormat = problemsOf(R"({"format": "kmymoney", "compacts": "nonsense"})");
    REQUIRE(otherFormat.size() == 1);
    CHECK(otherFormat[0].message ==
          R"("kmymoney" is not a Mentoring Compact JSON file: expected "mentoring-compact")");

    const auto array = problemsOf("[1, 2, 3]");
    REQUIRE(array.size() == 1);
    CHECK(array[0].field.empty());
    CHECK_THAT(array[0].message, Catch::StartsWith("expected an object, found an array"));
}

TEST_CASE("A newer format version is refused with a clear message", "[json]") {
    const auto problems = problemsOf(sample("newer_version.json"));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "formatVersion");
    CHECK_THAT(problems[0].message, Catch::Contains("was written by a newer version") &&
                                        Catch::Contains("format version 2"));

    const auto zero = problemsOf(R"({"format": "mentoring-compact", "formatVersion": 0})");
    CHECK_THAT(problemAt(zero, "formatVersion").message, Catch::Contains("the first is 1"));
    const auto text = problemsOf(R"({"format": "mentoring-compact", "formatVersion": "1",
                                     "compacts": []})");
    CHECK(problemAt(text, "formatVersion").message == "expected a whole number, found a string");
}

TEST_CASE("Wrong types are reported at their paths", "[json]") {
    const auto problems = problemsOf(sample("wrong_types.json"));
    CHECK(problemAt(problems, "compacts[0].title").message == "expected a string, found a number");
    CHECK(problemAt(problems, "compacts[0].cohort").message == "expected a string, found a number");
    CHECK(problemAt(problems, "compacts[0].people[1].name").message == "is required but is null");
    CHECK(problemAt(problems, "compacts[0].goals[0].target").message ==
          "expected a date as \"YYYY-MM-DD\", found a number");
    CHECK(problemAt(problems, "compacts[0].milestones[0].mentorConfirmed").message ==
          "expected true or false, found a string");
    CHECK(problemAt(problems, "compacts[0].meetingPlan.weekday").message ==
          "expected a whole number, found a string");
    CHECK(problemAt(problems, "compacts[0].meetingPlan.durationMinutes").message ==
          "expected a whole number, found 45.5");
    CHECK(problemAt(problems, "compacts[1].people").message ==
          "expected an array, found an object");
    // The rules do not repeat what reading already said about a field: no
    // "title is empty", no "the compact has no scholar".
    for (const std::string field : {"compacts[0].title", "compacts[1].people"})
        CHECK(std::count_if(problems.begin(), problems.end(),
                            [&field](const Problem& p) { return p.field == field; }) == 1);
}

TEST_CASE("Impossible dates carry the date parser's explanation", "[json]") {
    const auto month = problemsOf(sample("bad_month.json"));
    REQUIRE(month.size() == 1);
    CHECK(month[0].field == "compacts[0].milestones[3].due");
    CHECK(month[0].message == "\"2026-13-01\" is not a date: there is no month 13");

    const auto day = problemsOf(sample("bad_day.json"));
    REQUIRE(day.size() == 1);
    CHECK(day[0].field == "compacts[0].goals[0].target");
    CHECK(day[0].message == "\"2026-02-30\" is not a date: February 2026 has 28 days");
}

TEST_CASE("Unknown enum keys list the allowed ones", "[json]") {
    const auto problems = problemsOf(sample("unknown_status.json"));
    CHECK(problemAt(problems, "compacts[0].status").message ==
          "unknown status \"finished\": use one of: draft, in_negotiation, signed, amended, "
          "closed");
    CHECK(problemAt(problems, "compacts[0].milestones[1].status").message ==
          "unknown status \"postponed\": use " + mc::allowedKeys<mc::MilestoneStatus>());
    CHECK_THAT(problemAt(problems, "compacts[1].people[1].role").message,
               Catch::StartsWith("unknown role \"mentor\": use one of: scholar, primary_mentor"));
    // The rule "the compact has no mentor" waits until every person can be read.
    CHECK_FALSE(hasProblemAt(problems, "compacts[1].people"));
}

TEST_CASE("Missing required fields are named", "[json]") {
    const auto problems = problemsOf(sample("missing_fields.json"));
    CHECK(problemAt(problems, "compacts[0].title").message == "is required but missing");
    CHECK(problemAt(problems, "compacts[0].people[0].role").message == "is required but missing");
    CHECK(problemAt(problems, "compacts[0].milestones[1].due").message ==
          "is required but missing");
    CHECK(problemAt(problems, "compacts[1].id").message == "is required but missing");
}

TEST_CASE("Ids and timestamps must have their formats", "[json]") {
    const auto problems = problemsOf(sample("bad_ids_and_stamps.json"));
    CHECK_THAT(problemAt(problems, "compacts[0].people[2].id").message,
               Catch::StartsWith("\"zoe\" is not an id: ids are lower-case UUIDs"));
    CHECK_THAT(problemAt(problems, "compacts[0].goals[1].owner").message,
               Catch::StartsWith("\"A1B2C3D4-0002-4AAA-8BBB-000000000002\" is not an id"));
    CHECK_THAT(problemAt(problems, "compacts[0].expectations[0].updated").message,
               Catch::StartsWith("\"yesterday\" is not a timestamp"));
    CHECK_THAT(problemAt(problems, "workspace.created").message,
               Catch::StartsWith("\"2025-06-02 09:15\" is not a timestamp"));
}

TEST_CASE("Duplicate ids in a document are errors", "[json]") {
    const auto problems = problemsOf(sample("duplicate_ids.json"));
    CHECK(problemAt(problems, "compacts[1].id").message ==
          "the id \"a1b2c3d4-0001-4aaa-8bbb-000000000001\" is already used by compacts[0]");
    CHECK_THAT(problemAt(problems, "compacts[1].people[1].id").message,
               Catch::Contains("already used by people[0]"));
}

TEST_CASE("A part naming someone outside the compact breaks a rule", "[json]") {
    const auto problems = problemsOf(sample("unknown_person.json"));
    REQUIRE(mc::hasErrors(problems));
    const Problem problem = problemAt(problems, "compacts[0].milestones[2].responsible");
    CHECK(problem.severity == Severity::Error);
    CHECK_THAT(problem.message, Catch::Contains("ffffffff-0002-4aaa-8bbb-000000000009") &&
                                    Catch::Contains("is not one of the people of this compact"));
}

TEST_CASE("Every problem of a document is collected at once", "[json]") {
    std::string text = sample("valid.json");
    const auto replace = [&text](const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    replace("\"due\": \"2026-04-15\"", "\"due\": \"2026-13-01\"");
    replace("\"status\": \"draft\"", "\"status\": \"pending\"");
    replace("\"owner\": \"a1b2c3d4-0002-4aaa-8bbb-000000000002\"",
            "\"owner\": \"a1b2c3d4-0002-4aaa-8bbb-00000000000f\"");
    const auto problems = problemsOf(text);
    CHECK(hasProblemAt(problems, "compacts[0].milestones[3].due"));
    CHECK(hasProblemAt(problems, "compacts[1].status"));
    CHECK_THAT(problemAt(problems, "compacts[0].goals[1].owner").message,
               Catch::Contains("is not one of the people"));
}

TEST_CASE("Every problem of a broken document stays translatable", "[json]") {
    // Reading problems, the date parser's reasons and the rules' problems
    // all keep the template the desktop translates; its English is the
    // message the command line shows.
    for (const std::string name :
         {"bad_month.json", "bad_day.json", "wrong_types.json", "unknown_status.json",
          "missing_fields.json", "bad_ids_and_stamps.json", "duplicate_ids.json",
          "unknown_person.json"})
        for (const Problem& problem : problemsOf(sample(name))) {
            INFO(name << " " << problem.field << ": " << problem.message);
            CHECK_FALSE(problem.text.empty());
            CHECK(problem.text.english() == problem.message);
        }
    const auto month = problemsOf(sample("bad_month.json"));
    REQUIRE(month.size() == 1);
    CHECK(month[0].text.source == "%1 is not a date: there is no month %2");
    const Problem title = problemAt(problemsOf(sample("wrong_types.json")), "compacts[0].title");
    CHECK(title.text.source == "expected %1, found %2");
    REQUIRE(title.text.args.size() == 2);
    CHECK(title.text.args[0].source == "a string"); // translated in turn
    CHECK(title.text.args[1].source == "a number");
}

TEST_CASE("parseJson throws nothing but ValidationError", "[json]") {
    const std::string valid = sample("valid.json");
    std::vector<std::string> inputs = {
        "",
        "null",
        "42",
        "\"mentoring-compact\"",
        "{",
        "\xFF\xFE{}",
        "{\"format\": \"mentoring-compact\", \"formatVersion\": 1e999}",
        "{\"format\": \"mentoring-compact\", \"formatVersion\": 18446744073709551615}",
        "{\"format\": \"mentoring-compact\", \"formatVersion\": -9223372036854775808}",
        "{\"format\": \"mentoring-compact\", \"formatVersion\": 1, \"compacts\": [null, 7, []]}",
        "{\"format\": \"mentoring-compact\", \"formatVersion\": 1, \"compacts\": [{}]}",
        "{\"format\": \"mentoring-compact\", \"formatVersion\": 1, \"workspace\": 3, "
        "\"compacts\": [{\"meetingPlan\": {\"weekday\": 1e300, \"durationMinutes\": -1e300}}]}",
        std::string(100000, '[') + std::string(100000, ']'),
    };
    // Every prefix of the sample, in steps.
    for (std::size_t cut = 0; cut < valid.size(); cut += 97)
        inputs.push_back(valid.substr(0, cut));
    for (const auto& input : inputs) {
        INFO("input starts with: " << input.substr(0, 80));
        CHECK_THROWS_AS(mc::parseJson(input), ValidationError);
    }
}
