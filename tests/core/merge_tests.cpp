// Merging workspaces (issue 7, "Gathering"): a pair's file and the
// director's workspace changed on different desks; conflicts and each
// choice; the same file twice; bad files leave the target as it was;
// versions and signatures from the other side; the merge base.

#include "core/error.h"
#include "core/json_io.h"
#include "core/merge.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace mc;
using boost::gregorian::date;

namespace {

// The pair's desk and the director's, sharing one compact: the director
// got it by merging the pair's file, so the merge base is known.
struct Desks {
    test::TempDir dir;
    Workspace pair = Workspace::create(dir.file("pair.compact"), "Pair");
    Workspace director = Workspace::create(dir.file("program.compact"), "Program");
    Compact compact = pair.addCompact(test::sampleCompact());

    Desks() { mergeFile(director, pair.path(), {}); }

    MergeReport mergePair(MergeOptions options = {}) {
        return mergeFile(director, pair.path(), std::move(options));
    }
    Milestone milestoneAt(const Workspace& ws) const {
        return ws.loadCompact(compact.id).milestones.at(0);
    }
    void moveMilestone(Workspace& ws, const Date& due) {
        Milestone m = milestoneAt(ws);
        m.due = due;
        ws.saveMilestone(compact.id, m);
    }
    void signAll(Workspace& ws) {
        const Date today = todayLocal();
        for (const Person& p : ws.loadCompact(compact.id).people)
            ws.sign(compact.id, p.id, p.name, today, {}, today);
    }
};

std::string bytesOf(const std::string& path) {
    return test::readFile(path);
}

} // namespace

TEST_CASE("A compact new to the workspace is added whole with its history", "[merge]") {
    Desks d;
    REQUIRE(d.director.hasCompact(d.compact.id));
    CHECK(d.director.loadCompact(d.compact.id) == d.pair.loadCompact(d.compact.id));
    CHECK(d.director.versions(d.compact.id).size() == d.pair.versions(d.compact.id).size());
}

TEST_CASE("Changes made on different desks both land without a conflict", "[merge]") {
    Desks d;
    d.moveMilestone(d.pair, date(2029, 1, 15)); // the pair moves the R01
    Person scholar = d.director.loadCompact(d.compact.id).people.at(0);
    scholar.email = "l.ortiz@program.example.edu"; // the director fixes an address
    d.director.savePerson(d.compact.id, scholar);

    const MergeReport report = d.mergePair();
    CHECK(report.conflicts.empty());
    CHECK(report.compactsUpdated == 1);
    const Compact merged = d.director.loadCompact(d.compact.id);
    CHECK(merged.milestones.at(0).due == date(2029, 1, 15));
    CHECK(merged.people.at(0).email == "l.ortiz@program.example.edu");
}

TEST_CASE("Without a merge base a field changed on both sides is a conflict", "[merge]") {
    test::TempDir dir;
    Workspace pair = Workspace::create(dir.file("pair.compact"), "Pair");
    Workspace director = Workspace::create(dir.file("program.compact"), "Program");
    const Compact compact = pair.addCompact(test::sampleCompact());
    importJson(director, exportJson(pair)); // by the old import: no merge base
    Milestone m = pair.loadCompact(compact.id).milestones.at(0);
    m.due = date(2029, 1, 15);
    pair.saveMilestone(compact.id, m);

    const MergeReport report = mergeFile(director, pair.path(), {});
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].field == "due");
    CHECK(director.loadCompact(compact.id).milestones.at(0).due == date(2028, 10, 5));
}

TEST_CASE("The merge base lets the next merge take their change without a conflict", "[merge]") {
    Desks d;
    d.moveMilestone(d.pair, date(2029, 1, 15));
    CHECK(d.mergePair().conflicts.empty());
    d.moveMilestone(d.pair, date(2029, 2, 1)); // moved again on the pair's desk
    const MergeReport second = d.mergePair();
    CHECK(second.conflicts.empty());
    CHECK(d.milestoneAt(d.director).due == date(2029, 2, 1));
}

TEST_CASE("Both desks moving one due date differently is a conflict with both values", "[merge]") {
    Desks d;
    d.moveMilestone(d.pair, date(2029, 1, 15));
    d.moveMilestone(d.director, date(2028, 12, 1));

    MergeOptions preview;
    preview.dryRun = true;
    const MergeReport seen = d.mergePair(preview);
    REQUIRE(seen.conflicts.size() == 1);
    const MergeConflict& c = seen.conflicts[0];
    CHECK(c.entityKind == "milestone");
    CHECK(c.what == "milestone \"Submit the first R01\": due");
    CHECK(conflictValueInWords(c.ours) == "2028-12-01");
    CHECK(conflictValueInWords(c.theirs) == "2029-01-15");
    CHECK(d.milestoneAt(d.director).due == date(2028, 12, 1)); // a preview writes nothing

    SECTION("keep ours") {
        MergeOptions options;
        options.choices[c.key] = ConflictChoice::KeepOurs;
        d.mergePair(options);
        CHECK(d.milestoneAt(d.director).due == date(2028, 12, 1));
        CHECK(d.director.mergeConflicts().empty());
        // Theirs was seen and set aside: merging again does not ask again.
        CHECK(d.mergePair().conflicts.empty());
    }
    SECTION("take theirs") {
        MergeOptions options;
        options.choices[c.key] = ConflictChoice::TakeTheirs;
        d.mergePair(options);
        CHECK(d.milestoneAt(d.director).due == date(2029, 1, 15));
        CHECK(d.director.mergeConflicts().empty());
    }
    SECTION("flag, then settle later by taking theirs") {
        const MergeReport report = d.mergePair();
        CHECK(report.flagged() == 1);
        CHECK(d.milestoneAt(d.director).due == date(2028, 12, 1));
        const auto stored = d.director.mergeConflicts();
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].sourceName == "pair.compact");
        CHECK(conflictValueInWords(stored[0].theirs) == "2029-01-15");
        CHECK(d.director.mergeConflictCounts().at(d.compact.id) == 1);
        // Flagged once: merging the same file again does not flag it twice.
        const MergeReport again = d.mergePair();
        CHECK(again.conflicts.empty());
        CHECK(d.director.mergeConflicts().size() == 1);

        d.director.resolveMergeConflict(stored[0].id, ConflictChoice::TakeTheirs);
        CHECK(d.milestoneAt(d.director).due == date(2029, 1, 15));
        CHECK(d.director.mergeConflicts().empty());
        CHECK(d.director.mergeConflicts({}, true).at(0).resolution == "theirs");
        CHECK(d.director.mergeConflictCounts().empty());
        CHECK_THROWS_AS(d.director.resolveMergeConflict(stored[0].id, ConflictChoice::KeepOurs),
                        Error);
    }
    SECTION("flag, then settle later by keeping ours") {
        d.mergePair();
        const auto stored = d.director.mergeConflicts();
        REQUIRE(stored.size() == 1);
        d.director.resolveMergeConflict(stored[0].id, ConflictChoice::KeepOurs);
        CHECK(d.milestoneAt(d.director).due == date(2028, 12, 1));
        CHECK(d.director.mergeConflicts().empty());
    }
}

TEST_CASE("Merging the same file twice changes nothing the second time", "[merge]") {
    Desks d;
    d.moveMilestone(d.pair, date(2029, 1, 15));
    Meeting meeting;
    meeting.date = date(2026, 9, 10);
    meeting.topics = "First meeting";
    d.pair.saveMeeting(d.compact.id, meeting, date(2026, 9, 10));
    const MergeReport first = d.mergePair();
    CHECK(first.compactsUpdated == 1);

    const std::string before = exportJson(d.director);
    Workspace watcher = Workspace::open(d.director.path(), OpenMode::ReadOnly);
    const auto version = watcher.dataVersion();
    const MergeReport second = d.mergePair();
    CHECK(second.compactsAdded == 0);
    CHECK(second.compactsUpdated == 0);
    CHECK(second.conflicts.empty());
    CHECK(second.updated.empty());
    CHECK(watcher.dataVersion() == version); // nothing was committed
    CHECK(exportJson(d.director) == before);
}

TEST_CASE("A JSON export merges as the workspace file does", "[merge]") {
    Desks d;
    d.moveMilestone(d.pair, date(2029, 1, 15));
    const std::string json = d.dir.file("pair.json");
    test::writeFile(json, exportJson(d.pair));
    const MergeReport report = mergeFile(d.director, json, {});
    CHECK(report.conflicts.empty());
    CHECK(d.milestoneAt(d.director).due == date(2029, 1, 15));
}

TEST_CASE("A file that cannot be merged is named with its problem and changes nothing", "[merge]") {
    Desks d;
    d.moveMilestone(d.pair, date(2029, 1, 15));
    const std::string before = exportJson(d.director);
    const std::string beforeBytes = bytesOf(d.director.path());
    std::string bad;
    std::string expected;

    SECTION("a newer schema") {
        bad = d.dir.file("newer.compact");
        std::filesystem::copy_file(d.pair.path(), bad);
        std::fstream f(bad, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(60);
        const char version[4] = {0, 0, 0, 99}; // user_version, big-endian
        f.write(version, 4);
        f.close();
        expected = "newer version";
    }
    SECTION("a damaged workspace") {
        bad = d.dir.file("damaged.compact");
        std::string bytes = bytesOf(d.pair.path());
        for (std::size_t i = 4096; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(0xA5);
        test::writeFile(bad, bytes);
        expected = "damaged.compact";
    }
    SECTION("another program's file") {
        bad = d.dir.file("notes.txt");
        test::writeFile(bad, "Meeting notes, not a workspace\n");
        expected = "neither a Mentoring Compact workspace nor a JSON export";
    }
    SECTION("broken JSON") {
        bad = d.dir.file("broken.json");
        test::writeFile(bad, "{\"format\": \"mentoring-compact\", ");
        // Every problem with its place, as parseJson says it: the caller
        // names the file.
        CHECK_THROWS_MATCHES(mergeFile(d.director, bad, {}), ValidationError,
                             Catch::Message("this is not JSON (line 1, column 33): syntax error "
                                            "while parsing object key - unexpected end of input; "
                                            "expected string literal"));
        bad.clear();
    }
    SECTION("JSON that breaks a rule") {
        bad = d.dir.file("bad-date.json");
        std::string json = exportJson(d.pair);
        const auto at = json.find("2029-01-15");
        REQUIRE(at != std::string::npos);
        json.replace(at, 10, "2029-13-15");
        test::writeFile(bad, json);
        try {
            mergeFile(d.director, bad, {});
            FAIL("the merge was not refused");
        } catch (const ValidationError& e) { // the caller names the file
            CHECK_THAT(e.problems().at(0).field, Catch::Contains("milestones[0].due"));
        }
        bad.clear();
    }
    if (!bad.empty())
        try {
            mergeFile(d.director, bad, {});
            FAIL("the merge was not refused");
        } catch (const Error& e) {
            const std::string message = e.what();
            CHECK_THAT(message, Catch::Contains(bad));
            CHECK_THAT(message, Catch::Contains(expected));
        }
    CHECK(exportJson(d.director) == before);
    CHECK(bytesOf(d.director.path()) == beforeBytes);
}

TEST_CASE("Versions and signatures made on the other desk arrive and verify", "[merge]") {
    Desks d;
    d.signAll(d.pair);
    REQUIRE(d.pair.currentVersion(d.compact.id).second);
    const MergeReport report = d.mergePair();
    CHECK(report.conflicts.empty());
    CHECK(d.director.currentVersion(d.compact.id) == std::make_pair(1, true));
    CHECK(d.director.signingHistory(d.compact.id).versions.at(0).signatures.size() == 3);
    const auto verified = d.director.verify();
    CHECK(verified.signedVersions == 1);
    CHECK(verified.problems.empty());

    SECTION("an amendment started there arrives as version 2") {
        d.pair.startAmendment(d.compact.id);
        d.moveMilestone(d.pair, date(2029, 3, 1));
        CHECK(d.mergePair().conflicts.empty());
        CHECK(d.director.currentVersion(d.compact.id) == std::make_pair(2, false));
        CHECK(d.milestoneAt(d.director).due == date(2029, 3, 1));
        CHECK(d.director.verify().problems.empty());
    }
}

TEST_CASE("A merge never changes signed content: a change of it is flagged", "[merge]") {
    Desks d;
    d.signAll(d.director);                      // signed on the director's desk
    d.moveMilestone(d.pair, date(2029, 1, 15)); // the pair, still on the draft
    MergeOptions options;
    options.defaultChoice = ConflictChoice::TakeTheirs;
    const MergeReport report = d.mergePair(options);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].signedContent);
    CHECK(report.conflicts[0].choice == ConflictChoice::Flag);
    CHECK(d.milestoneAt(d.director).due == date(2028, 10, 5));
    CHECK(d.director.verify().problems.empty());
    const auto stored = d.director.mergeConflicts(d.compact.id);
    REQUIRE(stored.size() == 1);
    CHECK_THROWS_WITH(d.director.resolveMergeConflict(stored[0].id, ConflictChoice::TakeTheirs),
                      Catch::Contains("signed content"));
}

TEST_CASE("Progress on a signed compact merges: it is not signed content", "[merge]") {
    Desks d;
    d.signAll(d.director);
    d.signAll(d.pair);
    d.mergePair();
    Milestone m = d.milestoneAt(d.pair);
    m.status = MilestoneStatus::Achieved;
    m.done = date(2026, 10, 1);
    m.outcomeNote = "Funded on first submission";
    d.pair.saveMilestone(d.compact.id, m);
    const MergeReport report = d.mergePair();
    CHECK(report.conflicts.empty());
    CHECK(d.milestoneAt(d.director).status == MilestoneStatus::Achieved);
    CHECK(d.director.verify().problems.empty());
}

TEST_CASE("Signatures given on different desks complete the version and lock it", "[merge]") {
    Desks d;
    const Date today = todayLocal();
    const auto signAs = [&](Workspace& ws, std::size_t i) {
        const Person p = ws.loadCompact(d.compact.id).people.at(i);
        ws.sign(d.compact.id, p.id, p.name, today, {}, today);
    };
    signAs(d.pair, 0);     // the scholar, on the pair's desk
    signAs(d.director, 1); // the mentors, at the program
    signAs(d.director, 2);
    REQUIRE_FALSE(d.director.currentVersion(d.compact.id).second);
    const MergeReport report = d.mergePair();
    CHECK(report.conflicts.empty());
    CHECK(d.director.currentVersion(d.compact.id) == std::make_pair(1, true));
    CHECK(d.director.loadCompact(d.compact.id).status == CompactStatus::Signed);
    const auto verified = d.director.verify();
    CHECK(verified.signedVersions == 1);
    CHECK(verified.problems.empty());
    // Merging the same file again changes nothing.
    CHECK_FALSE(d.mergePair().changedAnything());
}
