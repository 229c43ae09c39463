// Issue 8, tamper evidence: for every field a signed version's fingerprint
// covers (core/fingerprint.cpp, canonicalCompact), and for the stored
// snapshot, fingerprint and signatures themselves, a change made in the
// file with plain SQL, behind the program's back, makes verify() report a
// problem naming the compact and the version, and the field where core's
// redline names it. One generated case per field.

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/ids.h"
#include "core/workspace.h"
#include "support/plain_sql.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace mc;

namespace {

// A compact with two of everything that has an order, every covered field
// filled, signed by every required signer so that version 1 locks.
struct Signed {
    test::TempDir dir;
    std::string path = dir.file("tamper.compact");
    Compact compact;

    Signed() {
        Compact draft = test::sampleCompact();
        draft.people[0].department = "Medicine";
        draft.people[0].institution = "Example University";
        draft.people[0].responsibilities = "Drafts the aims";
        Expectation second = draft.expectations[0];
        second.text = "Drafts reach the mentor a week before a deadline.";
        second.topic = "communication.response_time";
        second.direction = Direction::ScholarOfMentor;
        second.position = 1;
        draft.expectations.push_back(second);
        for (Expectation& e : draft.expectations)
            e.state = ExpectationState::Agreed;
        draft.goals[0].targetDate = boost::gregorian::date(2029, 6, 30);
        Goal second_goal;
        second_goal.id = newUuid();
        second_goal.ownerId = draft.people[1].id;
        second_goal.horizon = Horizon::ThisYear;
        second_goal.text = "Read every draft within a week";
        second_goal.position = 1;
        draft.goals.push_back(second_goal);
        draft.meetingPlan.recurrence.cadence = Cadence::Monthly;
        draft.meetingPlan.recurrence.weekday = 4;
        draft.meetingPlan.recurrence.weekOfMonth = 2;
        draft.meetingPlan.recurrence.intervalDays = 14;
        draft.meetingPlan.durationMinutes = 60;
        draft.meetingPlan.channels = "in person";
        draft.meetingPlan.standingTopics = "papers, grants";
        draft.meetingPlan.scholarPreparation = "a one-page update";

        Workspace ws = Workspace::create(path, "Tamper");
        compact = ws.addCompact(draft);
        const Date today = todayLocal();
        for (const Signer& signer : ws.signers(compact.id))
            if (signer.required)
                ws.sign(compact.id, signer.personId, signer.name, today, {}, today);
        REQUIRE(ws.currentVersion(compact.id) == std::pair{1, true});
        const auto report = ws.verify();
        REQUIRE(report.signedVersions == 1);
        REQUIRE(report.problems.empty());
    }

    // `sql` run as another tool would (tests/support/plain_sql.h); the
    // rows changed.
    int tamper(const std::string& sql) const { return test::runPlainSql(path, sql); }
};

struct Field {
    const char* name;   // what the fingerprint covers
    const char* sql;    // the change made in the file; ?ID? is the compact's id
    const char* expect; // what the problem says beside compact and version
};

std::string withId(std::string sql, const std::string& id) {
    for (std::size_t at; (at = sql.find("?ID?")) != std::string::npos;)
        sql.replace(at, 4, id);
    return sql;
}

// The people are the scholar (position 0), the primary mentor (1) and the
// co-mentor (2); the clauses and goals two each, positions 0 and 1.
const Field kFields[] = {
    // The compact itself.
    {"compact id",
     "UPDATE compacts SET id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE people SET compact_id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE expectations SET compact_id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE goals SET compact_id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE milestones SET compact_id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE meeting_plans SET compact_id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE signers SET compact_id = 'a0000000-0000-4000-8000-000000000001';"
     "UPDATE compact_versions SET compact_id = 'a0000000-0000-4000-8000-000000000001'",
     "a0000000"},
    {"compact title", "UPDATE compacts SET title = 'Compact: Dr. Lena Ortiz'", "title changed"},
    {"compact program", "UPDATE compacts SET program = 'K99'", "program changed"},
    {"compact cohort", "UPDATE compacts SET cohort = '2027'", "cohort changed"},
    {"compact start date", "UPDATE compacts SET start_date = '2026-08-01'", "start date changed"},
    {"compact end date", "UPDATE compacts SET end_date = '2030-08-31'", "end date changed"},
    // Each person field.
    {"person id",
     "UPDATE people SET id = 'b0000000-0000-4000-8000-000000000002' "
     "WHERE position = 2",
     "person \"Dr. Kim Baker\""},
    {"person role", "UPDATE people SET role = 'secondary_mentor' WHERE position = 2",
     "role changed"},
    {"person name", "UPDATE people SET name = 'Dr. Kim Barker' WHERE position = 2", "name changed"},
    {"person email", "UPDATE people SET email = 'lena@example.org' WHERE position = 0",
     "email changed"},
    {"person department", "UPDATE people SET department = 'Surgery' WHERE position = 0",
     "department changed"},
    {"person institution", "UPDATE people SET institution = 'Other College' WHERE position = 0",
     "institution changed"},
    {"person responsibilities",
     "UPDATE people SET responsibilities = 'Grant drafts only' WHERE position = 1",
     "responsibilities changed"},
    {"order of the people",
     "UPDATE people SET position = CASE position WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE 0 END",
     "order of the people"},
    // Each clause field.
    {"clause id",
     "UPDATE expectations SET id = 'c0000000-0000-4000-8000-000000000003' "
     "WHERE position = 1",
     "clause"},
    {"clause domain", "UPDATE expectations SET domain = 'support' WHERE position = 1",
     "domain changed"},
    {"clause topic",
     "UPDATE expectations SET topic = 'communication.availability' WHERE position = 1",
     "topic changed"},
    {"clause text",
     "UPDATE expectations SET text = 'Drafts reach the mentor a day before a deadline.' "
     "WHERE position = 1",
     "text changed"},
    {"clause direction", "UPDATE expectations SET direction = 'mutual' WHERE position = 1",
     "direction changed"},
    {"clause state", "UPDATE expectations SET state = 'dropped' WHERE position = 1",
     "state changed"},
    {"order of the clauses",
     "UPDATE expectations SET position = CASE position WHEN 0 THEN 1 ELSE 0 END",
     "order of the clauses"},
    // Each goal field.
    {"goal id", "UPDATE goals SET id = 'd0000000-0000-4000-8000-000000000004' WHERE position = 1",
     "goal"},
    {"goal owner",
     "UPDATE goals SET owner_id = (SELECT id FROM people WHERE position = 2) WHERE position = 1",
     "owner changed"},
    {"goal horizon", "UPDATE goals SET horizon = 'career' WHERE position = 1", "horizon changed"},
    {"goal text", "UPDATE goals SET text = 'Become a department chair' WHERE position = 0",
     "text changed"},
    {"goal target date", "UPDATE goals SET target_date = '2030-06-30' WHERE position = 0",
     "target date changed"},
    {"goal target date removed", "UPDATE goals SET target_date = NULL WHERE position = 0",
     "target date changed"},
    {"order of the goals", "UPDATE goals SET position = CASE position WHEN 0 THEN 1 ELSE 0 END",
     "order of the goals"},
    // Each milestone field.
    {"milestone id", "UPDATE milestones SET id = 'e0000000-0000-4000-8000-000000000005'",
     "milestone \"Submit the first R01\""},
    {"milestone title", "UPDATE milestones SET title = 'Submit the first K99'", "title changed"},
    {"milestone kind", "UPDATE milestones SET kind = 'grant_award'", "kind changed"},
    {"milestone responsible person",
     "UPDATE milestones SET responsible_id = (SELECT id FROM people WHERE position = 1)",
     "responsible person changed"},
    {"milestone goal", "UPDATE milestones SET goal_id = NULL", "goal changed"},
    {"milestone due date", "UPDATE milestones SET due_date = '2028-11-05'", "due date changed"},
    // Each field of the meeting plan.
    {"meeting plan cadence", "UPDATE meeting_plans SET cadence = 'weekly'", "cadence changed"},
    {"meeting plan weekday", "UPDATE meeting_plans SET weekday = 2", "weekday changed"},
    {"meeting plan week of the month", "UPDATE meeting_plans SET week_of_month = 3",
     "week of the month changed"},
    {"meeting plan days between meetings", "UPDATE meeting_plans SET interval_days = 21",
     "days between meetings changed"},
    {"meeting plan length", "UPDATE meeting_plans SET duration_minutes = 30",
     "length in minutes changed"},
    {"meeting plan channels", "UPDATE meeting_plans SET channels = 'Zoom'", "channels changed"},
    {"meeting plan standing topics", "UPDATE meeting_plans SET standing_topics = 'papers'",
     "standing topics changed"},
    {"meeting plan scholar's preparation",
     "UPDATE meeting_plans SET scholar_preparation = 'nothing'", "scholar's preparation changed"},
    // Whole rows added or removed.
    {"a person removed", "DELETE FROM people WHERE position = 2", "removed"},
    {"a clause removed", "DELETE FROM expectations WHERE position = 1", "removed"},
    {"a milestone added",
     "INSERT INTO milestones (id, compact_id, responsible_id, kind, title, due_date, status, "
     "created, updated) SELECT 'f0000000-0000-4000-8000-000000000006', compact_id, "
     "responsible_id, 'other', 'An extra milestone', '2027-01-01', 'planned', created, updated "
     "FROM milestones",
     "added"},
    // What signing stored.
    {"stored snapshot",
     "UPDATE compact_versions SET content = replace(content, 'R01', 'K99') WHERE number = 1",
     "no longer matches its fingerprint"},
    {"stored snapshot and fingerprint, both forged to the changed text", nullptr, "for the text"},
    {"stored fingerprint",
     "UPDATE compact_versions SET fingerprint = "
     "'0000000000000000000000000000000000000000000000000000000000000000'",
     "no longer matches its fingerprint"},
    {"stored snapshot emptied", "UPDATE compact_versions SET content = ''",
     "signed text or fingerprint is missing"},
    {"a signature's fingerprint",
     "UPDATE signatures SET fingerprint = "
     "'1111111111111111111111111111111111111111111111111111111111111111' "
     "WHERE typed_name = 'Dr. Kim Baker'",
     "signature of Dr. Kim Baker"},
    {"every signature removed", "DELETE FROM signatures", "holds no signature"},
    {"one required signature removed", "DELETE FROM signatures WHERE typed_name = 'Dr. Kim Baker'",
     "Dr. Kim Baker, who must sign, has no signature"},
    {"the signed version marked draft again", "UPDATE compact_versions SET state = 'draft'",
     "marked draft"},
};

} // namespace

TEST_CASE("verify notices every signed field changed in the file", "[reliability]") {
    const std::size_t count = std::size(kFields);
    const auto index = GENERATE_COPY(range(std::size_t{0}, count));
    const Field& field = kFields[index];
    INFO("tampered: " << field.name);
    Signed f;
    const std::string id = f.compact.id;
    if (field.sql) {
        CHECK(f.tamper(withId(field.sql, id)) > 0);
    } else {
        // A forger who rewrites the live compact, the snapshot and the
        // version's fingerprint together: the signatures still name the
        // text that was signed.
        Compact forged = f.compact;
        forged.title = "Forged";
        const std::string content = canonicalCompact(forged);
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(f.path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "UPDATE compact_versions SET content = ?1, fingerprint = ?2",
                                   -1, &stmt, nullptr) == SQLITE_OK);
        sqlite3_bind_text(stmt, 1, content.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, sha256Hex(content).c_str(), -1, SQLITE_TRANSIENT);
        CHECK(sqlite3_step(stmt) == SQLITE_DONE);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        f.tamper("UPDATE compacts SET title = 'Forged'");
    }

    Workspace ws = Workspace::open(f.path);
    Workspace::VerifyReport report;
    REQUIRE_NOTHROW(report = ws.verify());
    const std::string text = describe(report.problems);
    INFO("verify said: " << text);
    REQUIRE(!report.problems.empty());
    const std::string idNamed =
        std::string(field.name) == "compact id" ? "a0000000" : id.substr(0, 8);
    CHECK_THAT(text, Catch::Contains(idNamed) && Catch::Contains("version 1") &&
                         Catch::Contains(field.expect));
}

TEST_CASE("verify notices a signed compact whose versions were removed", "[reliability]") {
    Signed f;
    CHECK(f.tamper("DELETE FROM compact_versions") > 0);
    Workspace ws = Workspace::open(f.path);
    const std::string text = describe(ws.verify().problems);
    CHECK_THAT(text, Catch::Contains(f.compact.id.substr(0, 8)) &&
                         Catch::Contains("holds no signed version"));
}

TEST_CASE("A change outside what is signed does not trouble verify", "[reliability]") {
    // The control for the table above: progress, stamps and provenance are
    // not in a signed version, so changing them must not be reported.
    Signed f;
    CHECK(f.tamper("UPDATE milestones SET status = 'achieved', done_date = '2026-12-01', "
                   "outcome_note = 'Funded', mentor_confirmed = 1") > 0);
    CHECK(f.tamper("UPDATE goals SET status = 'achieved'") > 0);
    CHECK(f.tamper("UPDATE expectations SET origin = 'mentor'") > 0);
    CHECK(f.tamper("UPDATE people SET updated = '2027-01-01T00:00:00.000Z'") > 0);
    Workspace ws = Workspace::open(f.path);
    const auto report = ws.verify();
    CHECK(report.signedVersions == 1);
    CHECK(describe(report.problems).empty());
}
