// The yearly review on the command line: `pdf --review YEAR`, `reviews`,
// and `show --today` counting a year as reviewed once its review is signed.

#include "cli_run.h"
#include "core/fingerprint.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

using boost::gregorian::date;
using mc::test::runCli;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A compact of 2026-09-01 to 2029-08-31 (Dr. Lena Ortiz, Prof. Sam Reyes,
// Dr. Kim Baker) with a paper and a grant due in award year 1; year 1
// reviewed on 2026-12-01: the paper achieved, the grant missed with a
// note. sign() has everyone reflect and sign, which locks the review.
struct ReviewFile {
    mc::test::TempDir dir;
    std::string file = dir.file("review.compact");
    mc::Workspace ws = mc::Workspace::create(file, "Reviews");
    mc::Compact compact = ws.addCompact(withMilestones(mc::test::sampleCompact()));
    mc::Date today = date(2026, 12, 5);
    mc::Review review;

    ReviewFile() {
        review = ws.startReview(compact.id, 1, date(2026, 12, 1), today);
        review.milestones.at(0).outcome = mc::MilestoneOutcome::Achieved;
        review.milestones.at(0).date = date(2026, 10, 28);
        review.milestones.at(1).outcome = mc::MilestoneOutcome::Missed;
        review.milestones.at(1).note = "the grant was not funded";
        review = ws.saveReview(review, today);
    }
    static mc::Compact withMilestones(mc::Compact c) {
        // Created before every date signed below, whatever the clock says.
        c.created = c.updated = "2026-08-01T09:00:00.000Z";
        c.expectations.at(0).state = mc::ExpectationState::Agreed;
        mc::Milestone paper = c.milestones.at(0);
        paper.title = "Submit the first paper";
        paper.due = date(2026, 11, 1);
        mc::Milestone grant = paper;
        grant.title = "Submit the K99";
        grant.due = date(2027, 3, 1);
        c.milestones = {paper, grant};
        return c;
    }
    void sign() {
        for (const mc::Person& person : compact.people) {
            mc::Reflection r;
            r.personId = person.id;
            r.satisfaction = 4;
            r.discussion = 3;
            ws.saveReflection(review.id, r);
            ws.submitReflection(review.id, person.id, today, today);
        }
        for (const mc::Person& person : compact.people)
            ws.signReview(review.id, person.id, person.name, today, {}, today);
        review = ws.review(review.id);
    }
    std::string id() const { return compact.id.substr(0, 8); }
};

} // namespace

TEST_CASE("pdf --review writes a signed review as PDF/A", "[cli][pdf][reviews]") {
    ReviewFile f;
    f.sign();
    const std::string out = f.dir.file("year1.pdf");
    const auto result = runCli({"pdf", f.file, "--compact", f.id(), "--review", "1", "--out", out});
    INFO(result.err);
    REQUIRE(result.code() == 0);
    CHECK(contains(mc::test::readFile(out), "pdfaid:part"));
    CHECK(contains(mc::test::readFile(out), "%PDF-"));
}

TEST_CASE("pdf --review names a year without a review, or outside the award",
          "[cli][pdf][reviews]") {
    ReviewFile f;
    const std::string out = f.dir.file("year.pdf");
    const auto none = runCli({"pdf", f.file, "--compact", f.id(), "--review", "2", "--out", out});
    CHECK(none.code() == 1);
    CHECK(contains(none.err, "--review 2: award year 2 has no review yet"));
    const auto beyond = runCli({"pdf", f.file, "--compact", f.id(), "--review", "9", "--out", out});
    CHECK(beyond.code() == 1);
    CHECK(contains(beyond.err, "--review 9: the award has years 1 to 3, not 9"));
    const auto zero = runCli({"pdf", f.file, "--compact", f.id(), "--review", "0", "--out", out});
    CHECK(zero.code() == 2);
    CHECK(contains(zero.err, "--review"));
    const auto both = runCli(
        {"pdf", f.file, "--compact", f.id(), "--review", "1", "--version", "1", "--out", out});
    CHECK(both.code() == 2);
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("reviews prints each award year's review and the milestone history", "[cli][reviews]") {
    ReviewFile f;
    auto result = runCli({"reviews", f.file, "--compact", f.id()});
    INFO(result.err);
    REQUIRE(result.code() == 0);
    CHECK(contains(result.out, "Award year 1 (2026-09-01 to 2027-08-31, due 2027-09-01): draft, "
                               "held on 2026-12-01\n"));
    CHECK(contains(result.out, "  Submit the first paper: achieved on 2026-10-28\n"));
    CHECK(contains(result.out, "  Submit the K99: missed (due 2027-03-01) \u2014 the grant was "
                               "not funded\n"));
    CHECK(contains(result.out, "Award year 2 (2027-09-01 to 2028-08-31, due 2028-09-01): not "
                               "started\n"));
    CHECK(contains(result.out, "\nMilestone history\n"));
    CHECK(contains(result.out, "    year 1: missed (due 2027-03-01)"));

    f.sign();
    result = runCli({"reviews", f.file, "--compact", f.id()});
    REQUIRE(result.code() == 0);
    CHECK(contains(result.out, "): signed on 2026-12-05 (held on 2026-12-01), fingerprint " +
                                   f.review.fingerprint.substr(0, mc::kShortFingerprintLength)));
    CHECK(runCli({"reviews", f.file}).code() == 2); // --compact is required
}

TEST_CASE("show --today counts a year reviewed once its review is signed", "[cli][reviews]") {
    ReviewFile f;
    auto result = runCli({"show", f.file, "--today", "2027-09-10"});
    REQUIRE(result.code() == 0);
    CHECK(contains(result.out, "review overdue: award year 1"));
    f.sign();
    result = runCli({"show", f.file, "--today", "2027-09-10"});
    REQUIRE(result.code() == 0);
    CHECK_FALSE(contains(result.out, "overdue"));
    CHECK(contains(result.out, "next review: 2028-09-01 (award year 2"));
}

TEST_CASE("review-start starts the review of an award year", "[cli][reviews]") {
    ReviewFile f;
    const std::string other = f.ws.addCompact(mc::test::sampleCompact("Grace Hopper")).id;
    const auto started =
        runCli({"review-start", f.file, "--compact", other, "--year", "1", "--held", "2026-11-02"});
    INFO(started.err);
    REQUIRE(started.code() == 0);
    CHECK(contains(started.out, "Started the review of award year 1 (2026-09-01 to 2027-08-31), "
                                "held on 2026-11-02: "));
    CHECK(contains(started.out, "1 goal, 0 expectations to review.\n")); // none agreed yet
    CHECK(contains(runCli({"reviews", f.file, "--compact", other}).out,
                   "due 2027-09-01): draft, held on 2026-11-02\n"));
    const auto again = runCli({"review-start", f.file, "--compact", f.id(), "--year", "1"});
    CHECK(again.code() == 1);
    CHECK(contains(again.err, "already started"));
    const auto beyond = runCli({"review-start", f.file, "--compact", f.id(), "--year", "4"});
    CHECK(beyond.code() == 1);
    CHECK(contains(beyond.err, "award years 1 to 3, not 4"));
    const auto badDate = runCli(
        {"review-start", f.file, "--compact", f.id(), "--year", "3", "--held", "2026-13-01"});
    CHECK(badDate.code() == 2);
    CHECK(contains(badDate.err, "--held"));
}
