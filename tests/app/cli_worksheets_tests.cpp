// `worksheet export`, `worksheet import` and `alignment` on real files.

#include "cli_run.h"
#include "core/json_io.h"
#include "core/worksheet.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using mc::test::readFile;
using mc::test::runCli;
using mc::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Fills and submits `person`'s worksheet: one topic, three answers.
void submit(mc::Workspace& ws, const mc::Compact& compact, std::size_t person, int responsibility,
            const std::string& text) {
    const mc::Worksheet sheet = ws.openWorksheet(compact.id, compact.people.at(person).id);
    mc::WorksheetAnswer answer = *sheet.findTopic("research.independence_credit");
    answer.responsibility = responsibility;
    answer.importance = 5;
    answer.text = text;
    ws.saveWorksheetAnswer(sheet.id, answer);
    ws.submitWorksheet(sheet.id);
}

} // namespace

TEST_CASE("worksheet export and import carry a worksheet to another desk, once",
          "[cli][worksheets]") {
    TempDir dir;
    const std::string a = dir.file("a.compact");
    const std::string b = dir.file("b.compact");
    mc::Compact compact;
    {
        mc::Workspace scholarDesk = mc::Workspace::create(a, "Scholar");
        compact = scholarDesk.addCompact(mc::test::sampleCompact());
        mc::Workspace mentorDesk = mc::Workspace::create(b, "Mentor");
        mc::importJson(mentorDesk, mc::exportJson(scholarDesk));
        submit(scholarDesk, compact, 0, 5, "First author on my own project");
        submit(mentorDesk, compact, 1, 1, "By contribution, decided late");
    }
    const std::string sheet = dir.file("ortiz.json");
    auto exported = runCli({"worksheet", "export", a, "--compact", compact.id.substr(0, 8),
                            "--person", "dr. lena ortiz", "--out", sheet});
    REQUIRE(exported.code() == 0);
    CHECK(contains(readFile(sheet), "\"format\": \"mentoring-compact-worksheet\""));

    auto imported = runCli({"worksheet", "import", b, sheet});
    CHECK(imported.code() == 0);
    CHECK(contains(imported.out, "imported the worksheet of Dr. Lena Ortiz"));
    auto again = runCli({"worksheet", "import", b, sheet});
    CHECK(again.code() == 1);
    CHECK(contains(again.err, "already imported on"));

    // The co-mentor has no worksheet; nobody is called Kim.
    auto none =
        runCli({"worksheet", "export", a, "--compact", compact.id, "--person", "Dr. Kim Baker"});
    CHECK(none.code() == 1);
    CHECK(contains(none.err, "has no worksheet"));
    auto nobody = runCli({"worksheet", "export", a, "--compact", compact.id, "--person", "Kim"});
    CHECK(nobody.code() == 1);
    CHECK(contains(nobody.err, "the people are Dr. Lena Ortiz"));

    auto broken = runCli({"worksheet", "import", b, dir.file("missing.json")});
    CHECK(broken.code() == 1);
    auto usage = runCli({"worksheet", "export", a});
    CHECK(usage.code() == 2);
    CHECK(contains(usage.err, "'mentoring-compact worksheet export --help'"));

    // Both have submitted at the mentor's desk: the comparison works.
    auto text = runCli({"alignment", b, "--compact", compact.id});
    REQUIRE(text.code() == 0);
    CHECK(contains(text.out, "Major gap: Credit and authorship"));
    CHECK(contains(text.out, "Dr. Lena Ortiz: Mostly the scholar, importance 5 (essential): "
                             "First author on my own project"));
    auto csv = runCli({"alignment", b, "--compact", compact.id, "--format", "csv"});
    REQUIRE(csv.code() == 0);
    CHECK(csv.out.starts_with("compact_id,domain,topic,level,responsibility_gap,"
                              "importance_gap,raised_by_one_side,answers\r\n"));
    CHECK(contains(csv.out, compact.id + ",research,research.independence_credit,major_gap,4,0,"
                                         "false,"));
    const std::string out = dir.file("alignment.json");
    auto json = runCli({"alignment", b, "--compact", compact.id, "--format", "json", "--out", out});
    REQUIRE(json.code() == 0);
    const auto parsed = nlohmann::json::parse(readFile(out));
    CHECK(parsed["domains"][0]["level"] == "major_gap");
}

TEST_CASE("alignment explains why it cannot compare yet, and refuses unknown formats",
          "[cli][alignment]") {
    TempDir dir;
    const std::string path = dir.file("w.compact");
    mc::Compact compact;
    {
        mc::Workspace ws = mc::Workspace::create(path, "W");
        compact = ws.addCompact(mc::test::sampleCompact());
        submit(ws, compact, 0, 3, "Shared");
    }
    auto one = runCli({"alignment", path, "--compact", compact.id});
    CHECK(one.code() == 1);
    CHECK(contains(one.err, "at least two submitted worksheets; 1 of 3 has been submitted"));
    auto format = runCli({"alignment", path, "--compact", compact.id, "--format", "xml"});
    CHECK(format.code() == 2);
    CHECK(contains(format.err, "allowed values: text, json, csv"));
}
