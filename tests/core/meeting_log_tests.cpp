// The meeting log in the store (issue 6): meetings with attendees and
// action items, their rules, people leaving the compact, promotion to a
// milestone, the lock, and migration of a version-4 file.

#include "core/demo.h"
#include "core/error.h"
#include "core/fingerprint.h"
#include "core/meeting_adherence.h"
#include "core/meeting_log.h"
#include "core/schema.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"
#include "support/donor_rows.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <sqlite3.h>

using namespace mc;
using boost::gregorian::date;

namespace {

struct Log {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("log.compact"), "Log");
    Compact compact = ws.addCompact(test::sampleCompact());
    Date today = date(2026, 12, 5);

    const Person& person(std::size_t i) const { return compact.people.at(i); }

    // A meeting on `day` with the scholar and the primary mentor, and one
    // action item for the scholar.
    Meeting meetingOn(const Date& day) const {
        Meeting m;
        m.date = day;
        m.attendees = {{person(0).id, ""}, {person(1).id, ""}};
        m.topics = "Aims page";
        m.notes = "Reviewed the second draft.";
        ActionItem item;
        item.text = "Send the revised aims page";
        item.ownerId = person(0).id;
        item.due = day + boost::gregorian::days(14);
        m.actionItems = {item};
        return m;
    }

    std::vector<std::string> fieldsOf(const std::function<void()>& edit) const {
        try {
            edit();
        } catch (const ValidationError& e) {
            std::vector<std::string> fields;
            for (const Problem& p : e.problems())
                fields.push_back(p.field);
            return fields;
        }
        FAIL("the edit was not refused");
        return {};
    }
};

} // namespace

TEST_CASE("A meeting is stored with its attendees and action items and read back", "[meetings]") {
    Log f;
    const Meeting stored = f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    CHECK(isUuid(stored.id));
    CHECK(stored.compactId == f.compact.id);
    REQUIRE(stored.attendees.size() == 2);
    CHECK(stored.attendees[0].name == "Dr. Lena Ortiz");
    CHECK(stored.attendees[1].name == "Prof. Sam Reyes");
    REQUIRE(stored.actionItems.size() == 1);
    CHECK(stored.actionItems[0].ownerName == "Dr. Lena Ortiz");
    CHECK(isUuid(stored.actionItems[0].id));

    const auto meetings = f.ws.meetings(f.compact.id);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0] == stored);
    CHECK(attendeesInWords(meetings[0]) == "Dr. Lena Ortiz, Prof. Sam Reyes");
}

TEST_CASE("The log lists meetings newest first", "[meetings]") {
    Log f;
    for (const Date& day : {date(2026, 10, 1), date(2026, 11, 20), date(2026, 9, 3)})
        f.ws.saveMeeting(f.compact.id, f.meetingOn(day), f.today);
    const auto meetings = f.ws.meetings(f.compact.id);
    REQUIRE(meetings.size() == 3);
    CHECK(meetings[0].date == date(2026, 11, 20));
    CHECK(meetings[1].date == date(2026, 10, 1));
    CHECK(meetings[2].date == date(2026, 9, 3));
    CHECK_THROWS_WITH(f.ws.meetings("00000000-0000-4000-8000-000000000000"),
                      Catch::Contains("There is no compact"));
}

TEST_CASE("A meeting is updated in place and deleted with its parts", "[meetings]") {
    Log f;
    Meeting m = f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    const std::string itemUpdated = m.actionItems[0].updated;
    m.notes = "Reviewed the third draft.";
    m.attendees.push_back({f.person(2).id, ""});
    ActionItem second;
    second.text = "Book the statistics consult";
    m.actionItems.push_back(second);
    const Meeting again = f.ws.saveMeeting(f.compact.id, m, f.today);
    CHECK(again.id == m.id);
    CHECK(again.created == m.created);
    CHECK(again.actionItems[0].updated == itemUpdated); // unchanged item keeps its stamp
    const auto meetings = f.ws.meetings(f.compact.id);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].notes == "Reviewed the third draft.");
    CHECK(meetings[0].attendees.size() == 3);
    REQUIRE(meetings[0].actionItems.size() == 2);
    CHECK(meetings[0].actionItems[1].ownerId.empty());
    CHECK(meetings[0].actionItems[1].ownerName.empty());

    f.ws.deleteMeeting(f.compact.id, m.id);
    CHECK(f.ws.meetings(f.compact.id).empty());
    CHECK_THROWS_WITH(f.ws.deleteMeeting(f.compact.id, m.id), Catch::Contains("no meeting"));
}

TEST_CASE("A meeting with problems is refused whole with every field named", "[meetings]") {
    Log f;
    Compact other = f.ws.addCompact(test::sampleCompact("Dr. Other Scholar"));
    Meeting m = f.meetingOn(date(2026, 12, 6)); // after today
    m.attendees.push_back({other.people[0].id, ""});
    m.attendees.push_back({f.person(0).id, ""}); // twice
    m.actionItems[0].text = "  ";
    m.actionItems[0].ownerId = other.people[1].id;
    ActionItem noted;
    noted.text = "ok";
    noted.milestoneId = other.milestones[0].id;
    m.actionItems.push_back(noted);
    m.notes = std::string("bad\x01", 4);
    const auto fields = f.fieldsOf([&] { f.ws.saveMeeting(f.compact.id, m, f.today); });
    CHECK(fields == std::vector<std::string>{
                        "meeting.date", "meeting.attendees[2]", "meeting.attendees[3]",
                        "meeting.notes", "meeting.actionItems[0].text",
                        "meeting.actionItems[0].owner", "meeting.actionItems[1].milestone"});
    CHECK(f.ws.meetings(f.compact.id).empty());
}

TEST_CASE("The messages of a refused meeting say what is wrong", "[meetings]") {
    Log f;
    Meeting m = f.meetingOn(date(2027, 1, 10));
    const auto problems = validateMeeting(m, f.compact, f.today);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message ==
          "date 2027-01-10 is after today (2026-12-05): log a meeting once it has been held");
    Meeting early = f.meetingOn(date(2026, 8, 1));
    const auto warned = validateMeeting(early, f.compact, f.today);
    REQUIRE(warned.size() == 1);
    CHECK(warned[0].severity == Severity::Warning);
    CHECK(warned[0].message == "date 2026-08-01 lies before the compact starts on 2026-09-01");
    // A warning does not stop the meeting from being logged.
    CHECK_NOTHROW(f.ws.saveMeeting(f.compact.id, early, f.today));
    Meeting undated;
    CHECK(validateMeeting(undated, f.compact, f.today).at(0).message ==
          "date is missing: say when the meeting was held");
}

TEST_CASE("A person who leaves the compact stays named in the log", "[meetings]") {
    Log f;
    Meeting m = f.meetingOn(date(2026, 11, 20));
    m.attendees.push_back({f.person(2).id, ""});
    m.actionItems[0].ownerId = f.person(2).id;
    m = f.ws.saveMeeting(f.compact.id, m, f.today);
    f.ws.deletePerson(f.compact.id, f.person(2).id);

    Meeting after = f.ws.meetings(f.compact.id).at(0);
    REQUIRE(after.attendees.size() == 3);
    CHECK(after.attendees[2].personId.empty());
    CHECK(after.attendees[2].name == "Dr. Kim Baker");
    CHECK(attendeesInWords(after) ==
          "Dr. Lena Ortiz, Prof. Sam Reyes, Dr. Kim Baker (left the compact)");
    CHECK(after.actionItems[0].ownerId.empty());
    CHECK(after.actionItems[0].ownerName == "Dr. Kim Baker");

    // Saving the meeting again keeps the former attendee; a made-up one is refused.
    after.topics = "Follow-up";
    CHECK_NOTHROW(f.ws.saveMeeting(f.compact.id, after, f.today));
    CHECK(f.ws.meetings(f.compact.id).at(0).attendees.at(2).name == "Dr. Kim Baker");
    after.attendees.push_back({"", "Someone Else"});
    CHECK(f.fieldsOf([&] { f.ws.saveMeeting(f.compact.id, after, f.today); }) ==
          std::vector<std::string>{"meeting.attendees[3]"});
}

TEST_CASE("A renamed person is named as they are called now", "[meetings]") {
    Log f;
    f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    Person renamed = f.person(1);
    renamed.name = "Prof. Sam Reyes-Ortega";
    f.ws.savePerson(f.compact.id, renamed);
    CHECK(f.ws.meetings(f.compact.id).at(0).attendees.at(1).name == "Prof. Sam Reyes-Ortega");
}

TEST_CASE("An action item is marked done and not done again", "[meetings]") {
    Log f;
    const Meeting m = f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    const std::string id = m.actionItems[0].id;
    CHECK(f.ws.setActionItemDone(f.compact.id, id, true).done);
    CHECK(f.ws.meetings(f.compact.id).at(0).actionItems.at(0).done);
    CHECK_FALSE(f.ws.setActionItemDone(f.compact.id, id, false).done);
    CHECK_FALSE(f.ws.meetings(f.compact.id).at(0).actionItems.at(0).done);
    CHECK_THROWS_WITH(f.ws.setActionItemDone(f.compact.id, f.compact.id, true),
                      Catch::Contains("no action item"));
}

TEST_CASE("An action item becomes a milestone that it then names", "[meetings]") {
    Log f;
    const Meeting m = f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    const ActionItem& item = m.actionItems[0];
    const Milestone milestone = f.ws.promoteActionItem(f.compact.id, item.id);
    CHECK(milestone.title == item.text);
    CHECK(milestone.responsibleId == item.ownerId);
    CHECK(milestone.due == *item.due);
    CHECK(milestone.status == MilestoneStatus::Planned);

    const Compact after = f.ws.loadCompact(f.compact.id);
    REQUIRE(after.milestones.size() == 2);
    CHECK(std::any_of(after.milestones.begin(), after.milestones.end(),
                      [&](const Milestone& s) { return s == milestone; }));
    CHECK(f.ws.meetings(f.compact.id).at(0).actionItems.at(0).milestoneId == milestone.id);
    CHECK_THROWS_WITH(f.ws.promoteActionItem(f.compact.id, item.id),
                      Catch::Contains("it is one already"));

    // Deleting the milestone leaves the action item, unlinked.
    f.ws.deleteMilestone(f.compact.id, milestone.id);
    CHECK(f.ws.meetings(f.compact.id).at(0).actionItems.at(0).milestoneId.empty());
}

TEST_CASE("An action item without owner or due date does not become a milestone", "[meetings]") {
    Log f;
    Meeting m = f.meetingOn(date(2026, 11, 20));
    m.actionItems[0].ownerId.clear();
    ActionItem undated;
    undated.text = "Think about the K99";
    undated.ownerId = f.person(0).id;
    m.actionItems.push_back(undated);
    m = f.ws.saveMeeting(f.compact.id, m, f.today);
    CHECK_THROWS_WITH(f.ws.promoteActionItem(f.compact.id, m.actionItems[0].id),
                      Catch::Contains("it has no owner"));
    CHECK_THROWS_WITH(f.ws.promoteActionItem(f.compact.id, m.actionItems[1].id),
                      Catch::Contains("it has no due date"));
    CHECK(f.ws.loadCompact(f.compact.id).milestones.size() == 1);
}

TEST_CASE("A locked compact keeps its log editable but refuses a promotion", "[meetings]") {
    Log f;
    const Meeting m = f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    const std::string before = fingerprint(f.ws.loadCompact(f.compact.id));
    const Date signedOn = todayLocal();
    for (const Person& p : f.compact.people)
        f.ws.sign(f.compact.id, p.id, p.name, signedOn, {}, signedOn);
    REQUIRE(f.ws.currentVersion(f.compact.id).second);

    Meeting next = f.meetingOn(date(2026, 12, 4));
    CHECK_NOTHROW(f.ws.saveMeeting(f.compact.id, next, f.today));
    CHECK_NOTHROW(f.ws.setActionItemDone(f.compact.id, m.actionItems[0].id, true));
    CHECK_THROWS_WITH(f.ws.promoteActionItem(f.compact.id, m.actionItems[0].id),
                      Catch::Contains("cannot become a milestone: this compact is signed "
                                      "(version 1); start an amendment to change it"));
    CHECK_NOTHROW(f.ws.deleteMeeting(f.compact.id, m.id));
    // The log is not part of what was signed.
    CHECK(fingerprint(f.ws.loadCompact(f.compact.id)) == before);
    CHECK(f.ws.verify().problems.empty());
}

TEST_CASE("Deleting a compact takes its meeting log along", "[meetings]") {
    Log f;
    f.ws.saveMeeting(f.compact.id, f.meetingOn(date(2026, 11, 20)), f.today);
    f.ws.deleteCompact(f.compact.id);
    sqlite::Database db(f.ws.path(), SQLITE_OPEN_READONLY, f.ws.path());
    CHECK(db.queryInteger("SELECT count(*) FROM meetings") == 0);
    CHECK(db.queryInteger("SELECT count(*) FROM meeting_attendees") == 0);
    CHECK(db.queryInteger("SELECT count(*) FROM action_items") == 0);
}

TEST_CASE("A version 4 file migrates to an empty meeting log", "[meetings][files]") {
    test::TempDir dir;
    const std::string donor = dir.file("donor.compact");
    const std::string path = dir.file("v4.compact");
    {
        Workspace current = Workspace::create(donor, "Donor");
        current.addCompact(test::sampleCompact());
    }
    {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
        db.exec("PRAGMA journal_mode = WAL");
        createSchema(db, 4);
        db.exec("ATTACH DATABASE '" + donor + "' AS donor");
        for (const char* table : {"workspace", "compacts", "people", "expectations", "goals",
                                  "milestones", "meeting_plans", "compact_versions"})
            db.exec(test::copyFromDonorSql(table));
        db.exec("DETACH DATABASE donor");
    }
    Workspace ws = Workspace::open(path);
    CHECK(ws.openReport().fromVersion == 4);
    CHECK(ws.info().schemaVersion == Workspace::kSchemaVersion);
    CHECK(ws.openReport().backupPath == path + ".v4.bak");
    const Compact compact = ws.loadCompact(ws.listCompacts().at(0).id);
    CHECK(ws.meetings(compact.id).empty());
    Meeting m;
    m.date = date(2026, 10, 1);
    m.attendees = {{compact.people[0].id, ""}};
    CHECK(ws.saveMeeting(compact.id, m, date(2026, 12, 5)).attendees.at(0).name ==
          compact.people[0].name);
}

TEST_CASE("The demo's team compact has a meeting log kept only in part", "[meetings][demo]") {
    test::TempDir dir;
    const Date today = date(2026, 12, 5);
    createDemoWorkspace(dir.file("demo.compact"), today);
    const Workspace ws = Workspace::open(dir.file("demo.compact"), OpenMode::ReadOnly);
    const CompactListEntry team = ws.listCompacts().at(0);
    REQUIRE(team.program == "Clinical and Translational Science KL2");
    const auto meetings = ws.meetings(team.id);
    REQUIRE(meetings.size() == 10);
    CHECK(std::is_sorted(meetings.begin(), meetings.end(),
                         [](const Meeting& a, const Meeting& b) { return a.date > b.date; }));
    const MeetingAdherence a = meetingAdherence(ws.loadCompact(team.id), meetings, today);
    CHECK(a.held == 10);
    CHECK(a.expected == 13);
    CHECK(a.daysSinceLast > 14);
    CHECK(adherenceInWords(a).starts_with("agreed: every two weeks on Thursdays; held 10 of 13 "
                                          "in the last six months; last meeting "));
    // The log was written after the compact was signed and locked.
    CHECK(ws.currentVersion(team.id).second);
    CHECK(ws.check().empty());
}
