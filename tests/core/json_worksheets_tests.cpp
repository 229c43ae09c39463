// Worksheets and the derived alignment summary in the whole-workspace JSON:
// submitted worksheets only, byte-identical round trips, broken worksheets
// refused with their paths and nothing imported.

#include "core/error.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/worksheet.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace mc;

namespace {

// The document from "compacts" on: the workspace's own id and name differ.
std::string compactsPart(const std::string& json) {
    return json.substr(json.find("\"compacts\""));
}

void answer(Workspace& ws, const Worksheet& sheet, const std::string& topic, int responsibility,
            int importance, const std::string& text) {
    const WorksheetAnswer* row = sheet.findTopic(topic);
    REQUIRE(row != nullptr);
    WorksheetAnswer changed = *row;
    changed.responsibility = responsibility;
    changed.importance = importance;
    changed.text = text;
    ws.saveWorksheetAnswer(sheet.id, changed);
}

// The scholar's worksheet submitted; the first mentor's too when
// `mentorSubmits`; the co-mentor's a draft.
Compact withWorksheets(Workspace& ws, bool mentorSubmits) {
    const Compact compact = ws.addCompact(test::sampleCompact());
    const Worksheet scholar = ws.openWorksheet(compact.id, compact.people[0].id);
    answer(ws, scholar, "research.independence_credit", 5, 5, "I am first author");
    const Worksheet submitted = ws.submitWorksheet(scholar.id);
    const Worksheet mentor = ws.openWorksheet(compact.id, compact.people[1].id);
    answer(ws, mentor, "research.independence_credit", 1, 4, "Order by contribution");
    if (mentorSubmits) {
        const Worksheet sent = ws.submitWorksheet(mentor.id);
        Expectation clause;
        clause.domain = Domain::Research;
        clause.topic = "research.independence_credit";
        clause.text = "Author order is agreed when the paper is planned.";
        ws.agreeClause(compact.id, clause,
                       {submitted.findTopic("research.independence_credit")->id,
                        sent.findTopic("research.independence_credit")->id});
    }
    const Worksheet draft = ws.openWorksheet(compact.id, compact.people[2].id);
    answer(ws, draft, "research.independence_credit", 3, 2, "A secret draft");
    return ws.loadCompact(compact.id);
}

} // namespace

TEST_CASE("Submitted worksheets and agreed clauses survive export and import byte for byte",
          "[json-worksheets]") {
    test::TempDir dir;
    Workspace first = Workspace::create(dir.file("a.compact"), "A");
    const Compact compact = withWorksheets(first, true);
    const std::string exported = exportJson(first);
    const auto root = nlohmann::json::parse(exported);
    const auto& entry = root["compacts"][0];
    REQUIRE(entry.contains("worksheets"));
    CHECK(entry["worksheets"].size() == 2);
    CHECK(entry["worksheets"][0]["person"] == compact.people[0].id);
    CHECK(entry["worksheets"][0]["answers"].size() == 48);
    CHECK(exported.find("A secret draft") == std::string::npos);

    Workspace second = Workspace::create(dir.file("b.compact"), "B");
    CHECK(importJson(second, exported) == 1);
    CHECK(second.submittedWorksheets(compact.id).size() == 2);
    CHECK(second.loadCompact(compact.id).expectations.size() == 2);
    CHECK(compactsPart(exportJson(second)) == compactsPart(exported));
}

TEST_CASE("A draft worksheet is not exported and without worksheets nothing changes",
          "[json-worksheets]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("w.compact"), "W");
    const Compact plain = ws.addCompact(test::sampleCompact("Dr. Plain"));
    const Compact compact = ws.loadCompact(plain.id);
    const Worksheet draft = ws.openWorksheet(compact.id, compact.people[0].id);
    answer(ws, draft, "research.independence_credit", 5, 5, "Not for anyone's eyes");
    const std::string exported = exportJson(ws);
    CHECK(exported.find("\"worksheets\"") == std::string::npos);
    CHECK(exported.find("Not for anyone's eyes") == std::string::npos);
    // Byte-identical to a document built without the store's worksheets.
    JsonDocument document;
    document.workspace = ws.info();
    document.compacts = ws.loadAllCompacts();
    CHECK(toJson(document) == exported);
}

TEST_CASE("The alignment summary appears with two submitted worksheets, not with one",
          "[json-worksheets]") {
    test::TempDir dir;
    Workspace one = Workspace::create(dir.file("one.compact"), "One");
    withWorksheets(one, false);
    const auto single = nlohmann::json::parse(exportJson(one))["compacts"][0];
    CHECK(single["worksheets"].size() == 1);
    CHECK_FALSE(single.contains("alignment"));

    Workspace two = Workspace::create(dir.file("two.compact"), "Two");
    withWorksheets(two, true);
    const auto pair = nlohmann::json::parse(exportJson(two))["compacts"][0];
    REQUIRE(pair.contains("alignment"));
    const auto& alignment = pair["alignment"];
    CHECK(alignment["derived"] == true);
    CHECK(alignment["domains"].size() == 6);
    CHECK(alignment["domains"][0]["domain"] == "research");
    CHECK(alignment["domains"][0]["level"] == "major_gap");
    CHECK(alignment["domains"][0]["majorGaps"] == 1);
    const auto& worst = alignment["topics"][0];
    CHECK(worst["topic"] == "research.independence_credit");
    CHECK(worst["level"] == "major_gap");
    CHECK(worst["responsibilityGap"] == 4);
    CHECK(worst["importanceGap"] == 1);
}

TEST_CASE("A broken worksheet in the JSON is refused with its path and nothing is imported",
          "[json-worksheets]") {
    test::TempDir dir;
    Workspace first = Workspace::create(dir.file("a.compact"), "A");
    withWorksheets(first, true);
    auto root = nlohmann::json::parse(exportJson(first));
    auto& sheets = root["compacts"][0]["worksheets"];
    sheets[1]["answers"][3]["importance"] = 9;
    sheets[0]["person"] = newUuid();

    Workspace second = Workspace::create(dir.file("b.compact"), "B");
    try {
        importJson(second, root.dump());
        FAIL("a broken worksheet was imported");
    } catch (const ValidationError& e) {
        const std::string what = e.what();
        CHECK_THAT(what, Catch::Contains("compacts[0].worksheets[1].answers[3].importance"));
        CHECK_THAT(what, Catch::Contains("compacts[0].worksheets[0].person"));
    }
    CHECK(second.listCompacts().empty());

    // A draft smuggled in is refused too.
    auto draft = nlohmann::json::parse(exportJson(first));
    draft["compacts"][0]["worksheets"][0]["status"] = "draft";
    CHECK_THROWS_WITH(importJson(second, draft.dump()),
                      Catch::Contains("compacts[0].worksheets[0].status"));
    CHECK(second.listCompacts().empty());

    // The alignment object is derived: a changed one is ignored.
    auto derived = nlohmann::json::parse(exportJson(first));
    derived["compacts"][0]["alignment"] = "anything";
    CHECK(importJson(second, derived.dump()) == 1);
    CHECK(compactsPart(exportJson(second)) == compactsPart(exportJson(first)));
}
