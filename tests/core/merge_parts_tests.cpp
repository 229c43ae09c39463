// Merging the parts that grow on their own desks (issue 7): meeting logs,
// yearly reviews with blind reflections, submitted worksheets; and a file
// of an older schema, read without being touched.

#include "core/error.h"
#include "core/merge.h"
#include "core/schema.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"
#include "support/donor_rows.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace mc;
using boost::gregorian::date;

namespace {

const Date kToday = date(2026, 12, 5);

struct Desks {
    test::TempDir dir;
    Workspace pair = Workspace::create(dir.file("pair.compact"), "Pair");
    Workspace director = Workspace::create(dir.file("program.compact"), "Program");
    Compact compact = pair.addCompact(test::sampleCompact());

    Desks() { mergeFile(director, pair.path(), {}); }
    MergeReport mergePair(MergeOptions options = {}) {
        return mergeFile(director, pair.path(), std::move(options));
    }
    const Person& person(std::size_t i) const { return compact.people.at(i); }
    Meeting logMeeting(Workspace& ws, const Date& day, const std::string& topics) {
        Meeting m;
        m.date = day;
        m.topics = topics;
        m.attendees = {{person(0).id, ""}, {person(1).id, ""}};
        return ws.saveMeeting(compact.id, m, kToday);
    }
    void reflect(Workspace& ws, const std::string& reviewId, std::size_t i) {
        Reflection r;
        r.personId = person(i).id;
        r.satisfaction = 4;
        r.discussion = 4;
        r.satisfactionWords = person(i).name + " on the year";
        ws.saveReflection(reviewId, r);
        ws.submitReflection(reviewId, person(i).id, kToday, kToday);
    }
};

} // namespace

TEST_CASE("Meetings logged on both desks all land and one edited on both is a conflict",
          "[merge]") {
    Desks d;
    const Meeting shared = d.logMeeting(d.pair, date(2026, 10, 1), "Aims page");
    d.mergePair();
    d.logMeeting(d.pair, date(2026, 11, 1), "Logged by the pair");
    d.logMeeting(d.director, date(2026, 11, 2), "Logged by the director");
    CHECK(d.mergePair().conflicts.empty());
    CHECK(d.director.meetings(d.compact.id).size() == 3);

    Meeting there = shared;
    there.notes = "Send the aims to the co-mentor";
    d.pair.saveMeeting(d.compact.id, there, kToday);
    Meeting here = shared;
    here.notes = "Aims page approved";
    d.director.saveMeeting(d.compact.id, here, kToday);
    const MergeReport report = d.mergePair();
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].entityKind == "meeting");
    CHECK(report.conflicts[0].field == "notes");
    const auto stored = d.director.mergeConflicts(d.compact.id);
    REQUIRE(stored.size() == 1);
    d.director.resolveMergeConflict(stored[0].id, ConflictChoice::TakeTheirs);
    for (const Meeting& m : d.director.meetings(d.compact.id))
        if (m.id == shared.id)
            CHECK(m.notes == "Send the aims to the co-mentor");
}

TEST_CASE("Reflections submitted on different desks both land, and a review signed there arrives",
          "[merge]") {
    Desks d;
    const Review started = d.pair.startReview(d.compact.id, 1, date(2026, 12, 1), kToday);
    d.mergePair();
    REQUIRE(d.director.reviews(d.compact.id).size() == 1);

    d.reflect(d.pair, started.id, 0);     // the scholar, on the pair's desk
    d.reflect(d.director, started.id, 1); // the primary mentor, at the program
    CHECK(d.mergePair().conflicts.empty());
    const auto status = d.director.reflectionStatus(started.id);
    CHECK(status.at(0).submittedOn.has_value());
    CHECK(status.at(1).submittedOn.has_value());
    CHECK_FALSE(status.at(2).submittedOn.has_value());

    // The pair finishes the review and signs it there.
    mergeFile(d.pair, d.director.path(), {}); // the mentor's reflection goes to the pair
    d.reflect(d.pair, started.id, 2);
    for (std::size_t i = 0; i < 3; ++i)
        d.pair.signReview(started.id, d.person(i).id, d.person(i).name, kToday, {}, kToday);
    REQUIRE(d.pair.review(started.id).locked());
    CHECK(d.mergePair().conflicts.empty());
    CHECK(d.director.review(started.id).locked());
    const auto verified = d.director.verify();
    CHECK(verified.signedReviews == 1);
    CHECK(verified.problems.empty());
}

TEST_CASE("A worksheet submitted on the other desk arrives in place of a draft here", "[merge]") {
    Desks d;
    Worksheet draftHere = d.director.openWorksheet(d.compact.id, d.person(0).id);
    Worksheet there = d.pair.openWorksheet(d.compact.id, d.person(0).id);
    for (WorksheetAnswer a : there.answers) {
        a.responsibility = 3;
        a.importance = 4;
        d.pair.saveWorksheetAnswer(there.id, a);
    }
    d.pair.submitWorksheet(there.id);
    CHECK(d.mergePair().conflicts.empty());
    const auto submitted = d.director.submittedWorksheets(d.compact.id);
    REQUIRE(submitted.size() == 1);
    CHECK(submitted[0].id == there.id);
    CHECK(submitted[0].id != draftHere.id);
}

TEST_CASE("A workspace of an older schema merges and is left as it was", "[merge]") {
    test::TempDir dir;
    const std::string old = dir.file("old.compact");
    std::string compactId;
    {
        Workspace donor = Workspace::create(dir.file("donor.compact"), "Donor");
        compactId = donor.addCompact(test::sampleCompact()).id;
    }
    {
        sqlite::Database db(old, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, old);
        db.exec("PRAGMA journal_mode = WAL");
        createSchema(db, 1);
        db.exec("ATTACH DATABASE '" + dir.file("donor.compact") + "' AS donor");
        for (const char* table : {"workspace", "compacts", "people", "expectations", "goals",
                                  "milestones", "meeting_plans"})
            db.exec(test::copyFromDonorSql(table));
        db.exec("DETACH DATABASE donor");
    }
    const std::string before = test::readFile(old);
    Workspace director = Workspace::create(dir.file("program.compact"), "Program");
    const MergeReport report = mergeFile(director, old, {});
    CHECK(report.compactsAdded == 1);
    CHECK(director.hasCompact(compactId));
    CHECK(test::readFile(old) == before);
    CHECK_FALSE(std::filesystem::exists(old + ".v1.bak"));
}
