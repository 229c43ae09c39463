// Worksheets in the store: opening, answering, blind entry, locking,
// worksheet files between two workspaces, broken files, agreed clauses.

#include "core/error.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/templates.h"
#include "core/worksheet.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace mc;

namespace {

std::string dataFile(const std::string& name) {
    return std::string(MC_TEST_DATA_DIR) + "/worksheets/" + name;
}

// Answers `topic` in the worksheet and returns the stored answer.
WorksheetAnswer answer(Workspace& ws, const Worksheet& sheet, const std::string& topic,
                       int responsibility, int importance, const std::string& text = {}) {
    const WorksheetAnswer* row = sheet.findTopic(topic);
    REQUIRE(row != nullptr);
    WorksheetAnswer changed = *row;
    changed.responsibility = responsibility;
    changed.importance = importance;
    changed.text = text;
    return ws.saveWorksheetAnswer(sheet.id, changed);
}

// A scholar and a mentor who have both submitted, with one clear gap.
struct TwoSubmitted {
    Compact compact;
    Worksheet scholar;
    Worksheet mentor;
};

TwoSubmitted twoSubmitted(Workspace& ws) {
    TwoSubmitted out;
    out.compact = ws.addCompact(test::sampleCompact());
    Worksheet scholar = ws.openWorksheet(out.compact.id, out.compact.people[0].id);
    answer(ws, scholar, "research.independence_credit", 5, 5, "I am first author on my project");
    out.scholar = ws.submitWorksheet(scholar.id);
    Worksheet mentor = ws.openWorksheet(out.compact.id, out.compact.people[1].id);
    answer(ws, mentor, "research.independence_credit", 1, 4, "Order by contribution");
    out.mentor = ws.submitWorksheet(mentor.id);
    return out;
}

} // namespace

TEST_CASE("A new worksheet asks every catalogue topic, unanswered", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const Compact compact = ws.addCompact(test::sampleCompact());
    const Worksheet sheet = ws.openWorksheet(compact.id, compact.people[0].id);
    CHECK(sheet.answers.size() == worksheetTopics(nullptr).size());
    CHECK(sheet.answers.size() == 48);
    CHECK(sheet.status == WorksheetStatus::Draft);
    CHECK(sheet.answeredCount() == 0);
    CHECK(sheet.answers[0].responsibility == kNotAnswered);
    // Opening again gives the same worksheet, not a second one.
    CHECK(ws.openWorksheet(compact.id, compact.people[0].id).id == sheet.id);
    // Only the scholar and the mentors fill in worksheets.
    Person chair;
    chair.role = Role::DepartmentChair;
    chair.name = "Dr. Chair";
    chair.position = 3;
    chair = ws.savePerson(compact.id, chair);
    CHECK_THROWS_WITH(ws.openWorksheet(compact.id, chair.id),
                      Catch::Contains("only the scholar and the mentors"));
}

TEST_CASE("A compact from a template asks the template's topics", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    Compact compact = test::sampleCompact();
    compact.templateId = "mentoring-team";
    compact = ws.addCompact(compact);
    const TemplateLoad load = loadAllTemplates();
    const CompactTemplate* team = load.find("mentoring-team");
    REQUIRE(team != nullptr);
    const Worksheet sheet = ws.openWorksheet(compact.id, compact.people[1].id);
    REQUIRE(sheet.answers.size() == team->topics.size());
    CHECK(sheet.answers[0].topic == team->topics[0].topic);
}

TEST_CASE("Answers are saved, checked and own topics added and removed", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const Compact compact = ws.addCompact(test::sampleCompact());
    const Worksheet sheet = ws.openWorksheet(compact.id, compact.people[0].id);
    const WorksheetAnswer saved =
        answer(ws, sheet, "support.protected_time", 2, 5, "75% protected, in writing");
    CHECK(saved.importance == 5);
    try {
        answer(ws, sheet, "support.protected_time", 6, 9);
        FAIL("an answer out of range was stored");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].field == "answer.responsibility");
        CHECK(e.problems()[1].field == "answer.importance");
        CHECK_THAT(e.problems()[1].message, Catch::Contains("1 (hardly) to 5 (essential)"));
    }
    const WorksheetAnswer own = ws.addOwnTopic(sheet.id, Domain::Support, "  Lab keys!  ");
    CHECK(own.topic == "custom.lab_keys");
    CHECK(own.ownTopicTitle == "Lab keys!");
    CHECK_THROWS_WITH(ws.addOwnTopic(sheet.id, Domain::Support, "lab keys"),
                      Catch::Contains("already has a topic"));
    CHECK_THROWS_WITH(ws.addOwnTopic(sheet.id, Domain::Support, "?!"),
                      Catch::Contains("no letters or digits"));
    CHECK_THROWS_WITH(ws.deleteOwnTopic(sheet.id, sheet.answers[0].id),
                      Catch::Contains("not one of your own"));
    const Worksheet reloaded = ws.worksheetsVisibleTo(compact.id, compact.people[0].id).at(0);
    CHECK(reloaded.answers.size() == 49);
    CHECK(reloaded.findTopic("support.protected_time")->text == "75% protected, in writing");
    ws.deleteOwnTopic(sheet.id, own.id);
    CHECK(ws.worksheetsVisibleTo(compact.id, compact.people[0].id).at(0).answers.size() == 48);
}

TEST_CASE("Blind entry: a draft is seen by its author alone until submitted", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const Compact compact = ws.addCompact(test::sampleCompact());
    const std::string scholarId = compact.people[0].id;
    const std::string mentorId = compact.people[1].id;
    const Worksheet draft = ws.openWorksheet(compact.id, scholarId);
    answer(ws, draft, "research.independence_ownership", 5, 5, "My data come with me");

    CHECK(ws.worksheetsVisibleTo(compact.id, mentorId).empty());
    REQUIRE(ws.worksheetsVisibleTo(compact.id, scholarId).size() == 1);
    const auto progress = ws.worksheetProgress(compact.id);
    REQUIRE(progress.size() == 3);
    CHECK(progress[0].worksheetId == draft.id);
    CHECK(progress[0].status == WorksheetStatus::Draft);
    CHECK(progress[1].worksheetId.empty());
    CHECK_THROWS_WITH(ws.alignment(compact.id), Catch::Contains("at least two submitted"));

    const Worksheet submitted = ws.submitWorksheet(draft.id);
    CHECK(submitted.isSubmitted());
    CHECK(isUtcTimestamp(submitted.submitted));
    const auto seen = ws.worksheetsVisibleTo(compact.id, mentorId);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].findTopic("research.independence_ownership")->text == "My data come with me");
    // One submitted of three: still no comparison.
    CHECK_THROWS_WITH(ws.alignment(compact.id), Catch::Contains("1 of 3 has been submitted"));
    // The mentor's own draft is theirs to see, the scholar's is not.
    ws.openWorksheet(compact.id, mentorId);
    CHECK(ws.worksheetsVisibleTo(compact.id, mentorId).size() == 2);
    CHECK(ws.worksheetsVisibleTo(compact.id, scholarId).size() == 1);
}

TEST_CASE("A submitted worksheet is locked, and an empty one cannot be submitted", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const Compact compact = ws.addCompact(test::sampleCompact());
    const Worksheet sheet = ws.openWorksheet(compact.id, compact.people[1].id);
    CHECK_THROWS_WITH(ws.submitWorksheet(sheet.id), Catch::Contains("Nothing is answered"));
    answer(ws, sheet, "education.coursework", 3, 2);
    ws.submitWorksheet(sheet.id);
    CHECK_THROWS_WITH(answer(ws, sheet, "education.coursework", 4, 2),
                      Catch::Contains("submitted on") && Catch::Contains("locked"));
    CHECK_THROWS_WITH(ws.addOwnTopic(sheet.id, Domain::Support, "Parking"),
                      Catch::Contains("locked"));
    CHECK_THROWS_WITH(ws.submitWorksheet(sheet.id), Catch::Contains("locked"));
    const auto stored = ws.submittedWorksheets(compact.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].findTopic("education.coursework")->responsibility == 3);
}

TEST_CASE("Alignment compares the submitted worksheets in the store", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const TwoSubmitted pair = twoSubmitted(ws);
    const AlignmentReport report = ws.alignment(pair.compact.id);
    CHECK(report.people.size() == 2);
    const TopicAlignment* credit = report.findTopic("research.independence_credit");
    REQUIRE(credit);
    CHECK(credit->score.responsibilityGap == 4);
    CHECK(report.topics[report.byLargestGap()[0]].topic == "research.independence_credit");
    CHECK(report.domain(Domain::Research).level == AlignmentLevel::MajorGap);
}

TEST_CASE("An agreed clause is stored with its links in one transaction", "[worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const TwoSubmitted pair = twoSubmitted(ws);
    const std::string fromScholar = pair.scholar.findTopic("research.independence_credit")->id;
    const std::string fromMentor = pair.mentor.findTopic("research.independence_credit")->id;
    Expectation clause;
    clause.domain = Domain::Research;
    clause.topic = "research.independence_credit";
    clause.text = "Author order is agreed when the paper is planned.";
    clause.origin = Origin::Scholar; // overridden: it was negotiated
    const Expectation stored = ws.agreeClause(pair.compact.id, clause, {fromScholar, fromMentor});
    CHECK(stored.origin == Origin::Negotiated);
    CHECK(stored.state == ExpectationState::Agreed);
    CHECK(ws.expectationSources(stored.id) == std::vector<std::string>{fromScholar, fromMentor});
    const Compact loaded = ws.loadCompact(pair.compact.id);
    CHECK(loaded.expectations.size() == 2);

    // Refused: an unknown answer; an empty text. Neither clause nor link is written.
    Expectation refused = clause;
    refused.id = newUuid();
    refused.text = "Something else";
    CHECK_THROWS_WITH(ws.agreeClause(pair.compact.id, refused, {fromScholar, newUuid()}),
                      Catch::Contains("no worksheet answer"));
    refused.text = "";
    CHECK_THROWS_AS(ws.agreeClause(pair.compact.id, refused, {fromScholar}), ValidationError);
    CHECK(ws.loadCompact(pair.compact.id).expectations.size() == 2);
    CHECK(ws.expectationSources(refused.id).empty());

    // Deleting the clause takes its links along.
    ws.deleteExpectation(pair.compact.id, stored.id);
    CHECK(ws.expectationSources(stored.id).empty());
}

TEST_CASE("A worksheet travels from workspace A into a copy B, once", "[worksheets]") {
    test::TempDir dir;
    Workspace a = Workspace::create(dir.file("a.compact"), "Scholar's desk");
    const Compact compact = a.addCompact(test::sampleCompact());
    Workspace b = Workspace::create(dir.file("b.compact"), "Mentor's desk");
    REQUIRE(importJson(b, exportJson(a)) == 1);

    const std::string scholarId = compact.people[0].id;
    const std::string mentorId = compact.people[1].id;
    Worksheet sheet = a.openWorksheet(compact.id, scholarId);
    CHECK_THROWS_WITH(exportWorksheetJson(a, compact.id, scholarId),
                      Catch::Contains("still a draft"));
    answer(a, sheet, "support.protected_time", 2, 5, "75%, \"in writing\"\nplease");
    a.addOwnTopic(sheet.id, Domain::Support, "Lab keys");
    a.submitWorksheet(sheet.id);
    const std::string file = exportWorksheetJson(a, compact.id, scholarId);
    CHECK(file == exportWorksheetJson(a, compact.id, scholarId));

    // B has a draft by the scholar (started there by mistake): replaced.
    b.openWorksheet(compact.id, scholarId);
    const Worksheet imported = importWorksheetJson(b, file, "ortiz.json");
    CHECK(isUtcTimestamp(imported.imported));
    const auto seen = b.worksheetsVisibleTo(compact.id, mentorId);
    REQUIRE(seen.size() == 1);
    Worksheet original = a.submittedWorksheets(compact.id).at(0);
    Worksheet arrived = seen[0];
    arrived.imported.clear();
    CHECK(arrived == original);

    CHECK_THROWS_WITH(importWorksheetJson(b, file, "ortiz.json"),
                      Catch::Contains("ortiz.json") && Catch::Contains("already imported on"));
    CHECK(b.submittedWorksheets(compact.id).size() == 1);

    // Into another compact.
    Workspace c = Workspace::create(dir.file("c.compact"), "Other");
    const Compact other = c.addCompact(test::sampleCompact("Dr. Other"));
    CHECK_THROWS_WITH(
        importWorksheetJson(c, file, "ortiz.json"),
        Catch::Contains("belongs to compact " + compact.id + ", not compact " + other.id));
    CHECK(c.submittedWorksheets(other.id).empty());

    // A person not in the compact, and a draft.
    auto json = nlohmann::json::parse(file);
    json["person"] = newUuid();
    CHECK_THROWS_WITH(importWorksheetJson(a, json.dump(), "x.json"),
                      Catch::Contains("is not in the compact"));
    json = nlohmann::json::parse(file);
    json["worksheet"]["status"] = "draft";
    json["worksheet"]["submitted"] = nullptr;
    CHECK_THROWS_WITH(importWorksheetJson(b, json.dump(), "x.json"),
                      Catch::Contains("only submitted worksheets"));
}

TEST_CASE("Broken worksheet files are refused with the file and the path", "[worksheets]") {
    auto problemsOf = [](const std::string& name) {
        try {
            parseWorksheetJson(test::readFile(dataFile(name)), name);
        } catch (const ValidationError& e) {
            return describe(e.problems());
        }
        return std::string("accepted");
    };
    const std::string bad = problemsOf("bad_values.json");
    CHECK_THAT(bad, Catch::Contains("bad_values.json: worksheet.answers[0].importance: must be "
                                    "0 (not answered) or 1 (hardly) to 5 (essential), not 9"));
    CHECK_THAT(bad, Catch::Contains("worksheet.answers[1].domain: unknown domain \"feelings\""));
    CHECK_THAT(bad, Catch::Contains("worksheet.answers[1].responsibility: expected a whole "
                                    "number, found a string"));
    CHECK_THAT(bad, Catch::Contains("worksheet.answers[2].id: \"not-an-id\" is not an id"));
    CHECK_THAT(bad, Catch::Contains("worksheet.answers[2].responsibility: expected a whole "
                                    "number, found 2.5"));
    CHECK_THAT(bad, Catch::Contains("worksheet.answers[2].text: expected a string"));
    CHECK_THAT(problemsOf("not_json.json"), Catch::Contains("not_json.json: this is not JSON"));
    CHECK_THAT(problemsOf("wrong_format.json"),
               Catch::Contains("wrong_format.json: format: \"mentoring-compact\" is not a "
                               "worksheet file"));
    CHECK_THAT(problemsOf("newer_version.json"), Catch::Contains("newer Mentoring Compact"));
    const std::string missing = problemsOf("missing_parts.json");
    CHECK_THAT(missing, Catch::Contains("missing_parts.json: compact: \"0B8A5C3E\" is not an id"));
    CHECK_THAT(missing, Catch::Contains("person: is required but missing"));
    CHECK_THAT(missing, Catch::Contains("worksheet.status: unknown status \"finished\""));
    CHECK_THAT(missing, Catch::Contains("worksheet.answers: expected an array"));
    CHECK_THROWS_WITH(parseWorksheetJson(" \n", "empty.json"),
                      Catch::Contains("the file is empty"));
}
