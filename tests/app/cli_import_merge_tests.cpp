// `import FILE OTHER` as a merge (issue 7) and `conflicts`: a pair's
// workspace merged into the program's, a conflict shown with both values,
// --conflicts, --dry-run, and settling a flagged conflict.

#include "cli_run.h"
#include "core/merge.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using boost::gregorian::date;
using mc::test::runCli;
using mc::test::TempDir;

namespace {

// The program's workspace got the pair's compact by an import; then both
// moved the R01 submission, differently.
struct Conflicted {
    TempDir dir;
    std::string pair = dir.file("ortiz.compact");
    std::string program = dir.file("program.compact");
    std::string compactId;

    Conflicted() {
        {
            mc::Workspace ws = mc::Workspace::create(pair, "Ortiz and Reyes");
            compactId = ws.addCompact(mc::test::sampleCompact()).id;
        }
        REQUIRE(runCli({"import", program, pair}).out == "imported 1 compact\n");
        move(pair, date(2029, 1, 15));
        move(program, date(2028, 12, 1));
    }
    void move(const std::string& file, const mc::Date& due) const {
        mc::Workspace ws = mc::Workspace::open(file);
        mc::Milestone m = ws.loadCompact(compactId).milestones.at(0);
        m.due = due;
        ws.saveMilestone(compactId, m);
    }
    mc::Date due() const {
        return mc::Workspace::open(program, mc::OpenMode::ReadOnly)
            .loadCompact(compactId)
            .milestones.at(0)
            .due;
    }
};

} // namespace

TEST_CASE("import of a workspace prints each conflict with both values and flags it",
          "[cli][merge]") {
    Conflicted f;
    const auto result = runCli({"import", f.program, f.pair});
    CHECK(result.code() == 0);
    CHECK(result.out.find("merged ortiz.compact: 0 compacts added, 0 updated, 1 conflict\n") == 0);
    CHECK(result.out.find("milestone \"Submit the first R01\": due\n"
                          "  ours:   2028-12-01\n"
                          "  theirs: 2029-01-15\n"
                          "  kept ours and flagged\n") != std::string::npos);
    CHECK(f.due() == date(2028, 12, 1));

    const auto listed = runCli({"conflicts", f.program});
    CHECK(listed.code() == 0);
    CHECK(listed.out.find("milestone \"Submit the first R01\": due  (from ortiz.compact") !=
          std::string::npos);
    const std::string id = listed.out.substr(0, listed.out.find(' '));

    const auto settled = runCli({"conflicts", f.program, "--resolve", id, "--take", "theirs"});
    CHECK(settled.code() == 0);
    CHECK(settled.out == "conflict " + id + " settled: took theirs\n");
    CHECK(f.due() == date(2029, 1, 15));
    CHECK(runCli({"conflicts", f.program}).out == "no conflicts to settle\n");
}

TEST_CASE("import --conflicts take-theirs, keep-ours and --dry-run", "[cli][merge]") {
    Conflicted f;
    SECTION("--dry-run changes nothing") {
        const auto result = runCli({"import", f.program, f.pair, "--dry-run"});
        CHECK(result.code() == 0);
        CHECK(result.out.find("would merge ortiz.compact:") == 0);
        CHECK(f.due() == date(2028, 12, 1));
        CHECK(runCli({"conflicts", f.program}).out == "no conflicts to settle\n");
    }
    SECTION("take-theirs") {
        const auto result = runCli({"import", f.program, f.pair, "--conflicts", "take-theirs"});
        CHECK(result.code() == 0);
        CHECK(result.out.find("  took theirs\n") != std::string::npos);
        CHECK(f.due() == date(2029, 1, 15));
    }
    SECTION("keep-ours") {
        const auto result = runCli({"import", f.program, f.pair, "--conflicts", "keep-ours"});
        CHECK(result.code() == 0);
        CHECK(f.due() == date(2028, 12, 1));
        CHECK(runCli({"conflicts", f.program}).out == "no conflicts to settle\n");
    }
    SECTION("an unknown choice is wrong usage") {
        const auto result = runCli({"import", f.program, f.pair, "--conflicts", "newest"});
        CHECK(result.code() == 2);
        CHECK(f.due() == date(2028, 12, 1));
    }
}

TEST_CASE("import of a file that is neither a workspace nor JSON changes nothing", "[cli][merge]") {
    Conflicted f;
    const std::string notes = f.dir.file("notes.txt");
    mc::test::writeFile(notes, "not a workspace");
    const auto result = runCli({"import", f.program, notes});
    CHECK(result.code() == 1);
    CHECK(result.err.find(notes) != std::string::npos);
    CHECK(f.due() == date(2028, 12, 1));
}
