// `report` and `status` (issue 7) through the command line, on the
// hand-checked cohort of support/dashboard_cohort.h ("today" 2027-10-15).

#include "cli_run.h"
#include "core/dashboard.h"
#include "support/dashboard_cohort.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

using mc::test::runCli;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::size_t lineCount(const std::string& text, const char* end = "\n") {
    std::size_t count = 0;
    for (std::size_t at = text.find(end); at != std::string::npos; at = text.find(end, at + 1))
        ++count;
    return count;
}

const char* const kToday = "2027-10-15";

} // namespace

TEST_CASE("report --format csv writes the measures, filtered", "[cli][report]") {
    mc::test::Cohort cohort;
    const std::string out = cohort.dir.file("measures.csv");
    auto result =
        runCli({"report", cohort.path, "--format", "csv", "--out", out, "--today", kToday});
    INFO(result.err);
    REQUIRE(result.code() == 0);
    CHECK(result.out == "Wrote 8 rows to " + out + ".\n");
    const std::string csv = mc::test::readFile(out);
    CHECK(csv == mc::measuresCsv(cohort.ws.measureRows(cohort.today)));
    CHECK(csv.rfind("compact_id,title,scholar,", 0) == 0);

    result = runCli({"report", cohort.path, "--format", "csv", "--out", out, "--today", kToday,
                     "--program", "KL2", "--no-closed", "--bom"});
    REQUIRE(result.code() == 0);
    const std::string kl2 = mc::test::readFile(out);
    CHECK(kl2.rfind("\xEF\xBB\xBF"
                    "compact_id,",
                    0) == 0);
    CHECK(lineCount(kl2, "\r\n") == 5); // header, A and B two years each
    CHECK_FALSE(contains(kl2, "Dr. Jin Park"));
    CHECK_FALSE(contains(kl2, "Dr. Eva Novak"));

    result = runCli({"report", cohort.path, "--format", "csv", "--out", out, "--today", kToday,
                     "--cohort", "2027"});
    REQUIRE(result.code() == 0);
    CHECK(result.out == "Wrote 1 row to " + out + ".\n");
}

TEST_CASE("report --format pdf writes the cohort report", "[cli][report]") {
    mc::test::Cohort cohort;
    const std::string out = cohort.dir.file("cohort.pdf");
    const auto result = runCli({"report", cohort.path, "--format", "pdf", "--out", out, "--today",
                                kToday, "--paper", "a4"});
    INFO(result.err);
    REQUIRE(result.code() == 0);
    CHECK(result.out == "Wrote the cohort report of 4 compacts to " + out + ".\n");
    CHECK(mc::test::readFile(out).rfind("%PDF-", 0) == 0);
}

TEST_CASE("report refuses wrong usage and a bad file, writing nothing", "[cli][report]") {
    mc::test::Cohort cohort;
    const std::string out = cohort.dir.file("nothing.csv");
    auto result = runCli({"report", cohort.path, "--format", "xlsx", "--out", out});
    CHECK(result.code() == 2);
    CHECK(contains(result.err, "--format: \"xlsx\" is not a report format"));
    result = runCli({"report", cohort.path, "--format", "csv"});
    CHECK(result.code() == 2);
    CHECK(contains(result.err, "--out"));
    result = runCli({"report", cohort.path, "--format", "csv", "--out", out, "--today", "soon"});
    CHECK(result.code() == 2);
    CHECK(contains(result.err, "--today: \"soon\" is not a date"));
    result = runCli({"report", cohort.path, "--format", "pdf", "--out", out, "--bom"});
    CHECK(result.code() == 2);
    CHECK(contains(result.err, "--bom is for --format csv only"));
    result =
        runCli({"report", cohort.dir.file("missing.compact"), "--format", "csv", "--out", out});
    CHECK(result.code() == 1);
    CHECK(contains(result.err, "missing.compact"));
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("status lists what is missing or late, one line each, exit 1", "[cli][status]") {
    mc::test::Cohort cohort;
    const auto result = runCli({"status", cohort.path, "--today", kToday});
    INFO(result.err);
    CHECK(result.code() == 1);
    const std::string b = cohort.b.id.substr(0, 8) + " ";
    const std::string c = cohort.c.id.substr(0, 8) + " ";
    const std::string lee = "Mentoring compact: Dr. Ann Lee (Dr. Ann Lee): ";
    CHECK(result.out ==
          b + "signatures " + lee + "not signed by Prof. Sam Reyes, Dr. Kim Baker (version 1)\n" +
              b + "review " + lee +
              "review overdue: award year 1 was due 2027-09-01 (44 days ago), not signed\n" + b +
              "milestones " + lee +
              "1 milestone overdue (due before 2027-10-15, still planned or rescheduled)\n" + b +
              "meetings " + lee +
              "no meeting since 2027-08-01 (75 days ago; the plan is every 14 days)\n" + c +
              "meetings Mentoring compact: Dr. Eva Novak (Dr. Eva Novak): no meeting logged "
              "since the start on 2027-09-01 (44 days ago; the plan is every 14 days)\n");
    CHECK(result.err.empty());
}

TEST_CASE("status exits 0 when nothing is late, 2 when it cannot judge", "[cli][status]") {
    mc::test::Cohort cohort;
    // Only the closed compact: archived, so nothing about it is late.
    auto result = runCli({"status", cohort.path, "--today", kToday, "--cohort", "2025"});
    CHECK(result.code() == 0);
    CHECK(result.out.empty());
    // Only the T32 compact, a day after a meeting.
    cohort.logMeeting(cohort.c, boost::gregorian::date(2027, 10, 14), cohort.today);
    result = runCli({"status", cohort.path, "--today", kToday, "--program", "T32"});
    CHECK(result.code() == 0);
    result = runCli({"status", cohort.dir.file("missing.compact")});
    CHECK(result.code() == 2);
    CHECK(contains(result.err, "missing.compact"));
    result = runCli({"status", cohort.path, "--today", "2027-13-01"});
    CHECK(result.code() == 2);
    CHECK(contains(result.err, "--today"));
}

TEST_CASE("status names the merge conflicts flagged and not settled", "[cli][status]") {
    // A pair's compact imported into the program's workspace; then both
    // moved the R01 submission, differently, and the pair's file came in again.
    mc::test::TempDir dir;
    const std::string pair = dir.file("pair.compact");
    const std::string program = dir.file("program.compact");
    std::string id;
    {
        mc::Workspace ws = mc::Workspace::create(pair, "Ortiz and Reyes");
        id = ws.addCompact(mc::test::sampleCompact()).id;
    }
    REQUIRE(runCli({"import", program, pair}).code() == 0);
    const auto move = [&](const std::string& file, const mc::Date& due) {
        mc::Workspace ws = mc::Workspace::open(file);
        mc::Milestone m = ws.loadCompact(id).milestones.at(0);
        m.due = due;
        ws.saveMilestone(id, m);
    };
    move(pair, boost::gregorian::date(2029, 1, 15));
    move(program, boost::gregorian::date(2028, 12, 1));
    auto result = runCli({"status", program, "--today", "2026-09-20"});
    CHECK(result.code() == 0); // a draft, 19 days old: nothing late yet
    REQUIRE(runCli({"import", program, pair}).code() == 0);
    result = runCli({"status", program, "--today", "2026-09-20"});
    CHECK(result.code() == 1);
    CHECK(result.out == id.substr(0, 8) +
                            " conflicts Mentoring compact: Dr. Lena Ortiz (Dr. Lena Ortiz): 1 "
                            "merge conflict flagged, not settled (mentoring-compact conflicts "
                            "FILE --compact " +
                            id.substr(0, 8) + ")\n");
}
