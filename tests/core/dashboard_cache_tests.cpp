// What the dashboard keeps between showings (schema 9): the live
// fingerprint of a draft someone has signed and each compact's alignment
// counts. Kept figures must give exactly what deriving them gives, be read
// instead of derived, and be forgotten by any change to what they came
// from, whether the program makes it or another tool does behind its back.

#include "core/dashboard.h"
#include "support/dashboard_cohort.h"
#include "support/plain_sql.h"

#include <catch2/catch.hpp>

using namespace mc;

namespace {

// Plain SQL as another tool would run it (tests/support/plain_sql.h).
void runSql(const std::string& path, const std::string& sql) {
    test::runPlainSql(path, sql);
}

long long keptFingerprints(const test::Cohort& cohort, const Compact& compact) {
    return test::plainSqlNumber(cohort.path,
                                "SELECT count(*) FROM live_fingerprints WHERE compact_id = '" +
                                    compact.id + "'");
}

long long keptAlignmentRows(const test::Cohort& cohort, const Compact& compact) {
    return test::plainSqlNumber(cohort.path,
                                "SELECT count(*) FROM alignment_summaries WHERE compact_id = '" +
                                    compact.id + "'");
}

// What the dashboard and the measures say with nothing kept: the truth
// the kept figures must agree with.
void checkSameAsDerived(test::Cohort& cohort) {
    const auto rows = cohort.ws.dashboard(cohort.today);
    const auto measures = cohort.ws.measureRows(cohort.today);
    runSql(cohort.path, "DELETE FROM live_fingerprints; DELETE FROM alignment_summaries;");
    CHECK(cohort.ws.dashboard(cohort.today) == rows);
    CHECK(cohort.ws.measureRows(cohort.today) == measures);
}

} // namespace

TEST_CASE("Kept dashboard figures give what deriving them gives", "[dashboard][cache]") {
    test::Cohort cohort;
    const auto derivedRows = cohort.ws.dashboard(cohort.today);
    const auto derivedMeasures = cohort.ws.measureRows(cohort.today);

    const auto first = cohort.ws.updateDashboardCache();
    CHECK(first.fingerprints == 1); // B, signed by its scholar only
    CHECK(first.alignments == 4);   // every compact, compared (A) or not
    CHECK(keptFingerprints(cohort, cohort.b) == 1);
    CHECK(keptAlignmentRows(cohort, cohort.a) == 6); // one per domain
    CHECK(keptAlignmentRows(cohort, cohort.c) == 1); // "nothing compared"
    CHECK(cohort.ws.dashboard(cohort.today) == derivedRows);
    CHECK(cohort.ws.measureRows(cohort.today) == derivedMeasures);

    const auto again = cohort.ws.updateDashboardCache();
    CHECK(again.fingerprints == 0);
    CHECK(again.alignments == 0);
}

TEST_CASE("Keeping with nothing left to derive does not wait for another program's write",
          "[dashboard][cache]") {
    test::Cohort cohort;
    cohort.ws.updateDashboardCache();
    {
        // Waiting for this lock would take core's 5 s busy timeout and end
        // in a "busy" error.
        test::WriteLock otherProgram(cohort.path);
        const auto kept = cohort.ws.updateDashboardCache();
        CHECK(kept.fingerprints == 0);
        CHECK(kept.alignments == 0);
    }
    runSql(cohort.path, "DELETE FROM alignment_summaries WHERE compact_id = '" + cohort.c.id + "'");
    CHECK(cohort.ws.updateDashboardCache().alignments == 1);
}

TEST_CASE("The dashboard reads kept figures instead of deriving them", "[dashboard][cache]") {
    test::Cohort cohort;
    cohort.ws.updateDashboardCache();
    const auto before = cohort.ws.dashboard(cohort.today);
    const auto measuresBefore = cohort.ws.measureRows(cohort.today);
    REQUIRE(before[1].missingSignatures.size() == 2); // B's mentors; the scholar signed
    REQUIRE(measuresBefore[0].alignment.at(0).domain == Domain::Research);

    // Altered kept rows (no trigger watches them) show through: proof the
    // dashboard took them rather than deriving.
    runSql(cohort.path, "UPDATE alignment_summaries SET topics = topics + 10 WHERE compact_id = '" +
                            cohort.a.id +
                            "' AND domain = 'research';"
                            "UPDATE live_fingerprints SET fingerprint = 'other text';");
    const auto after = cohort.ws.dashboard(cohort.today);
    CHECK(after[0].topicsCompared == before[0].topicsCompared + 10);
    CHECK(after[1].missingSignatures.size() == 3);
    CHECK(cohort.ws.measureRows(cohort.today)[0].alignment.at(0).topics ==
          measuresBefore[0].alignment.at(0).topics + 10);
}

TEST_CASE("A change made through the program forgets what was kept", "[dashboard][cache]") {
    test::Cohort cohort;
    cohort.ws.updateDashboardCache();

    // A change to B's text voids its scholar's signature.
    Compact b = cohort.ws.loadCompact(cohort.b.id);
    b.title += " (revised)";
    cohort.ws.saveCompactHeader(b);
    CHECK(keptFingerprints(cohort, cohort.b) == 0);
    CHECK(cohort.ws.dashboard(cohort.today)[1].missingSignatures.size() == 3);
    CHECK(cohort.ws.updateDashboardCache().fingerprints == 1);
    CHECK(cohort.ws.dashboard(cohort.today)[1].missingSignatures.size() == 3);

    // A person joining C may change who is compared (A is locked).
    Person chair;
    chair.role = Role::DepartmentChair;
    chair.name = "Prof. Ada Chu";
    chair.position = 3;
    cohort.ws.savePerson(cohort.c.id, chair);
    CHECK(keptAlignmentRows(cohort, cohort.c) == 0);
    CHECK(keptAlignmentRows(cohort, cohort.a) == 6); // others stay kept
    CHECK(cohort.ws.updateDashboardCache().alignments == 1);
    checkSameAsDerived(cohort);
}

TEST_CASE("A change made behind the program's back forgets what was kept", "[dashboard][cache]") {
    struct Change {
        const char* what;
        std::string sql;     // %B is compact B's id, %A compact A's
        bool fingerprintOfB; // B's kept fingerprint must go
        bool alignmentOfA;   // A's kept counts must go
    };
    // A copy of one row under a new id, whatever columns the table has.
    const auto copyRow = [](const std::string& table, const std::string& where,
                            const std::string& also) {
        return "CREATE TEMP TABLE copied AS SELECT * FROM " + table + " WHERE " + where +
               " LIMIT 1; UPDATE copied SET id = 'copied-row'" + also + "; INSERT INTO " + table +
               " SELECT * FROM copied;";
    };
    const Change change = GENERATE_COPY(
        Change{"compact title", "UPDATE compacts SET title = title || '!' WHERE id = '%B'", true,
               false},
        Change{"person email", "UPDATE people SET email = 'x@example.org' WHERE compact_id = '%B'",
               true, false},
        Change{"person added", copyRow("people", "compact_id = '%A'", ", position = 9"), false,
               true},
        Change{"person removed", "DELETE FROM people WHERE compact_id = '%B' AND role <> 'scholar'",
               true, false},
        Change{"expectation text", "UPDATE expectations SET text = 'x' WHERE compact_id = '%B'",
               true, false},
        Change{"expectation added", copyRow("expectations", "compact_id = '%B'", ""), true, false},
        Change{"goal removed", "DELETE FROM goals WHERE compact_id = '%B'", true, false},
        Change{"milestone title", "UPDATE milestones SET title = 'x' WHERE compact_id = '%B'", true,
               false},
        Change{"milestone added", copyRow("milestones", "compact_id = '%B'", ""), true, false},
        Change{"meeting plan", "UPDATE meeting_plans SET channels = 'x' WHERE compact_id = '%B'",
               true, false},
        Change{"meeting plan removed", "DELETE FROM meeting_plans WHERE compact_id = '%B'", true,
               false},
        Change{"answer changed",
               "UPDATE worksheet_answers SET importance = 0, responsibility = 0, text = '' WHERE "
               "worksheet_id IN (SELECT id FROM worksheets WHERE compact_id = '%A')",
               false, true},
        Change{"answer removed",
               "DELETE FROM worksheet_answers WHERE worksheet_id IN (SELECT id FROM worksheets "
               "WHERE compact_id = '%A') AND topic LIKE 'research.%'",
               false, true},
        Change{"answer added",
               copyRow("worksheet_answers",
                       "worksheet_id IN (SELECT id FROM worksheets WHERE compact_id = '%A')",
                       ", topic = 'support.career_advice', domain = 'support', importance = 5"),
               false, true},
        Change{"worksheet back to draft",
               "UPDATE worksheets SET status = 'draft' WHERE compact_id = '%A' AND id = (SELECT "
               "min(id) FROM worksheets WHERE compact_id = '%A')",
               false, true},
        Change{"worksheet removed",
               "DELETE FROM worksheets WHERE compact_id = '%A' AND id = (SELECT min(id) FROM "
               "worksheets WHERE compact_id = '%A')",
               false, true});

    test::Cohort cohort;
    cohort.ws.updateDashboardCache();
    std::string sql = change.sql;
    for (const auto& [mark, id] : {std::pair{"%A", cohort.a.id}, std::pair{"%B", cohort.b.id}})
        for (auto at = sql.find(mark); at != std::string::npos; at = sql.find(mark))
            sql.replace(at, 2, id);
    INFO(change.what << ": " << sql);
    runSql(cohort.path, sql);
    if (change.fingerprintOfB)
        CHECK(keptFingerprints(cohort, cohort.b) == 0);
    if (change.alignmentOfA)
        CHECK(keptAlignmentRows(cohort, cohort.a) == 0);
    checkSameAsDerived(cohort);
}

TEST_CASE("A read-only workspace keeps nothing and derives the same rows", "[dashboard][cache]") {
    test::Cohort cohort;
    const auto rows = cohort.ws.dashboard(cohort.today);
    Workspace reader = Workspace::open(cohort.path, OpenMode::ReadOnly);
    const auto update = reader.updateDashboardCache();
    CHECK(update.fingerprints == 0);
    CHECK(update.alignments == 0);
    CHECK(test::plainSqlNumber(cohort.path, "SELECT count(*) FROM alignment_summaries") == 0);
    CHECK(reader.dashboard(cohort.today) == rows);
}
