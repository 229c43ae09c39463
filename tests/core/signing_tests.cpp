// Signing and versions in the store: who must sign, locking, what a locked
// compact refuses, amendments, and the refusals of sign().

#include "core/compact_diff.h"
#include "core/error.h"
#include "core/fingerprint.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

using namespace mc;

namespace {

struct Signed {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("sign.compact"), "Signing");
    Compact compact = ws.addCompact(test::sampleCompact());
    Date today = todayLocal();

    const Person& person(std::size_t i) const { return compact.people.at(i); }
    SignOutcome sign(std::size_t i) {
        return ws.sign(compact.id, person(i).id, person(i).name, today, {}, today);
    }
    // The scholar, the primary mentor and the co-mentor: every required one.
    void signAll() {
        for (std::size_t i = 0; i < 3; ++i)
            sign(i);
    }
    Compact live() const { return ws.loadCompact(compact.id); }
};

const char* const kLocked = "this compact is signed (version 1); start an amendment to change it";

} // namespace

TEST_CASE("The scholar and every mentor must sign by default", "[signing]") {
    Signed f;
    Person director;
    director.role = Role::ProgramDirector;
    director.name = "Dr. Pat Lee";
    director.position = 3;
    director = f.ws.savePerson(f.compact.id, director);
    const auto signers = f.ws.signers(f.compact.id);
    REQUIRE(signers.size() == 4);
    CHECK(signers[0].required);
    CHECK(signers[1].required);
    CHECK(signers[2].required);
    CHECK_FALSE(signers[3].required);
    CHECK_THROWS_WITH(f.ws.setSignerRequired(f.compact.id, director.id, true),
                      Catch::Contains("cannot be required"));
    CHECK_THROWS_WITH(f.ws.setSignerRequired(f.compact.id, f.person(0).id, false),
                      Catch::Contains("must always sign"));
    f.ws.setSignerRequired(f.compact.id, f.person(2).id, false);
    CHECK_FALSE(f.ws.signers(f.compact.id)[2].required);
    CHECK(f.ws.signers(f.compact.id)[2].explicitlySet);
}

TEST_CASE("Signing by every required signer locks the version", "[signing]") {
    Signed f;
    CHECK_FALSE(f.sign(0).locked);
    CHECK_FALSE(f.sign(1).locked);
    const SignOutcome last = f.sign(2);
    CHECK(last.locked);
    CHECK(last.version == 1);
    CHECK(last.stillToSign.empty());

    const Compact live = f.live();
    CHECK(live.status == CompactStatus::Signed);
    const auto history = f.ws.versions(f.compact.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].state == VersionState::Signed);
    CHECK(history[0].fingerprint == fingerprint(live));
    CHECK_FALSE(history[0].signedAt.empty());
    REQUIRE(history[0].signatures.size() == 3);
    for (const auto& entry : history[0].signatures)
        CHECK(entry.valid);
    CHECK(f.ws.signingHistory(f.compact.id).versions[0].content == canonicalCompact(live));
    CHECK(canonicalCompact(f.ws.versionContent(f.compact.id, 1)) == canonicalCompact(live));
    CHECK(f.ws.currentVersion(f.compact.id) == std::pair<int, bool>(1, true));
}

TEST_CASE("Partial signing does not lock", "[signing]") {
    Signed f;
    const SignOutcome outcome = f.sign(0);
    CHECK_FALSE(outcome.locked);
    CHECK(outcome.stillToSign == std::vector<std::string>{"Prof. Sam Reyes", "Dr. Kim Baker"});
    CHECK(f.live().status == CompactStatus::Draft);
    CHECK(f.ws.currentVersion(f.compact.id) == std::pair<int, bool>(1, false));
    const auto status = f.ws.signatureStatus(f.compact.id);
    CHECK(status[0].state == SignatureState::Valid);
    CHECK(status[1].state == SignatureState::NotSigned);
    CHECK(status[1].message == "not signed yet");
    // A draft can still be edited.
    Expectation clause = f.live().expectations.at(0);
    clause.text = "We meet every Thursday.";
    CHECK_NOTHROW(f.ws.saveExpectation(f.compact.id, clause));
}

TEST_CASE("An edit after a partial signing invalidates that signature", "[signing]") {
    Signed f;
    f.sign(0);
    Expectation clause = f.live().expectations.at(0);
    clause.text = "We meet every Monday for half an hour.";
    f.ws.saveExpectation(f.compact.id, clause);
    const auto status = f.ws.signatureStatus(f.compact.id);
    CHECK(status[0].state == SignatureState::SignedEarlierText);
    CHECK_THAT(status[0].message,
               Catch::Contains("signed an earlier text") && Catch::Contains("must sign again"));
    f.sign(1);
    CHECK_FALSE(f.sign(2).locked); // the scholar's signature is for the old text
    CHECK(f.sign(0).locked);       // signing again replaces it
    REQUIRE(f.ws.versions(f.compact.id)[0].signatures.size() == 3);
}

TEST_CASE("Every edit of a locked compact is refused and changes nothing", "[signing]") {
    Signed f;
    f.signAll();
    const Compact before = f.live();
    const std::string id = f.compact.id;
    Workspace& ws = f.ws;
    const std::vector<std::pair<const char*, std::function<void()>>> edits = {
        {"header",
         [&] {
             Compact c = before;
             c.title = "Other";
             ws.saveCompactHeader(c);
         }},
        {"status",
         [&] {
             Compact c = before;
             c.status = CompactStatus::Draft;
             ws.saveCompactHeader(c);
         }},
        {"person",
         [&] {
             Person p = before.people[1];
             p.name = "Prof. Sam Rayes";
             ws.savePerson(id, p);
         }},
        {"new person",
         [&] {
             Person p;
             p.role = Role::CareerMentor;
             p.name = "Dr. Ada New";
             ws.savePerson(id, p);
         }},
        {"delete person",
         [&] {
             ws.deletePerson(id, before.people[2].id);
         }},
        {"clause",
         [&] {
             Expectation e = before.expectations[0];
             e.text = "x";
             ws.saveExpectation(id, e);
         }},
        {"clause state",
         [&] {
             Expectation e = before.expectations[0];
             e.state = ExpectationState::Dropped;
             ws.saveExpectation(id, e);
         }},
        {"delete clause",
         [&] {
             ws.deleteExpectation(id, before.expectations[0].id);
         }},
        {"goal",
         [&] {
             Goal g = before.goals[0];
             g.text = "Other";
             ws.saveGoal(id, g);
         }},
        {"delete goal",
         [&] {
             ws.deleteGoal(id, before.goals[0].id);
         }},
        {"milestone due",
         [&] {
             Milestone m = before.milestones[0];
             m.due += boost::gregorian::days(30);
             ws.saveMilestone(id, m);
         }},
        {"delete milestone",
         [&] {
             ws.deleteMilestone(id, before.milestones[0].id);
         }},
        {"meeting plan",
         [&] {
             MeetingPlan p = before.meetingPlan;
             p.durationMinutes = 30;
             ws.saveMeetingPlan(id, p);
         }},
        {"reorder people",
         [&] {
             Person p = before.people[2];
             p.position = -1;
             ws.savePerson(id, p);
         }},
        {"delete compact",
         [&] {
             ws.deleteCompact(id);
         }},
    };
    for (const auto& [name, edit] : edits) {
        INFO(name);
        CHECK_THROWS_WITH(edit(), kLocked);
    }
    const Compact after = f.live();
    CHECK(canonicalCompact(after) == canonicalCompact(before));
    CHECK(after.title == before.title);
    CHECK(after.status == CompactStatus::Signed);
    CHECK(f.ws.verify().problems.empty());
}

TEST_CASE("Progress on a locked compact is recorded without an amendment", "[signing]") {
    Signed f;
    f.signAll();
    Milestone m = f.live().milestones.at(0);
    m.status = MilestoneStatus::Achieved;
    m.done = f.today;
    m.outcomeNote = "Submitted on time";
    m.mentorConfirmed = true;
    CHECK_NOTHROW(f.ws.saveMilestone(f.compact.id, m));
    Goal g = f.live().goals.at(0);
    g.status = GoalStatus::Achieved;
    CHECK_NOTHROW(f.ws.saveGoal(f.compact.id, g));
    CHECK(f.live().milestones.at(0).status == MilestoneStatus::Achieved);
    CHECK(f.ws.currentVersion(f.compact.id).second);
    CHECK(f.ws.verify().problems.empty());
}

TEST_CASE("An amendment allows edits and is signed again", "[versions]") {
    Signed f;
    CHECK_THROWS_WITH(f.ws.startAmendment(f.compact.id), Catch::Contains("not signed yet"));
    f.signAll();
    CHECK(f.ws.startAmendment(f.compact.id) == 2);
    CHECK(f.live().status == CompactStatus::Amended);
    CHECK(f.ws.currentVersion(f.compact.id) == std::pair<int, bool>(2, false));

    Expectation clause = f.live().expectations.at(0);
    clause.text = "We meet every Monday.";
    f.ws.saveExpectation(f.compact.id, clause);
    Milestone milestone = f.live().milestones.at(0);
    milestone.due = Date(2029, 1, 15);
    f.ws.saveMilestone(f.compact.id, milestone);
    Milestone added;
    added.responsibleId = f.person(0).id;
    added.title = "First paper as senior author";
    added.kind = MilestoneKind::Publication;
    added.due = Date(2029, 6, 1);
    f.ws.saveMilestone(f.compact.id, added);

    const auto changes = diffCompacts(f.ws.versionContent(f.compact.id, 1), f.live());
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].part == ChangePart::Expectation);
    CHECK(changes[0].field == "text");
    CHECK(changes[0].after == "We meet every Monday.");
    CHECK(changes[1].field == "due");
    CHECK(changes[1].before == "2028-10-05");
    CHECK(changes[2].kind == ChangeKind::Added);
    CHECK(changes[2].label == "First paper as senior author");

    // Version 1's signatures stay valid for version 1; version 2 needs its own.
    CHECK(f.ws.verify().problems.empty());
    CHECK(f.ws.signatureStatus(f.compact.id)[0].state == SignatureState::NotSigned);
    f.sign(0);
    f.sign(1);
    CHECK(f.sign(2).locked);
    const auto history = f.ws.versions(f.compact.id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].state == VersionState::Signed);
    CHECK(history[0].fingerprint != history[1].fingerprint);
    CHECK(f.live().status == CompactStatus::Signed);
    CHECK(f.ws.verify().signedVersions == 2);
    CHECK_THROWS_WITH(f.ws.versionContent(f.compact.id, 3), Catch::Contains("no version 3"));
}

TEST_CASE("Signing refuses a wrong name, a stranger and a date out of range", "[signing]") {
    Signed f;
    const Person& scholar = f.person(0);
    CHECK_THROWS_WITH(f.ws.sign(f.compact.id, scholar.id, "Lena Ortiz", f.today, {}, f.today),
                      Catch::Contains("\"Lena Ortiz\" is not the name of the Scholar") &&
                          Catch::Contains("\"Dr. Lena Ortiz\""));
    CHECK_THROWS_WITH(f.ws.sign(f.compact.id, "no-such-person", "Someone", f.today, {}, f.today),
                      Catch::Contains("only its people can sign it"));
    const Date tomorrow = f.today + boost::gregorian::days(1);
    CHECK_THROWS_WITH(f.ws.sign(f.compact.id, scholar.id, scholar.name, tomorrow, {}, f.today),
                      Catch::Contains("is in the future"));
    CHECK_THROWS_WITH(
        f.ws.sign(f.compact.id, scholar.id, scholar.name, Date(2001, 1, 1), {}, f.today),
        Catch::Contains("before the compact was created"));
    const Drawing outside = {{{10, 10}, {1200, 10}}};
    CHECK_THROWS_WITH(f.ws.sign(f.compact.id, scholar.id, scholar.name, f.today, outside, f.today),
                      Catch::Contains("outside"));
    CHECK(f.ws.versions(f.compact.id)[0].signatures.empty());
}

TEST_CASE("A signing refusal reads as before and keeps its values apart", "[signing]") {
    Signed f;
    const Person& scholar = f.person(0);
    const Date tomorrow = f.today + boost::gregorian::days(1);
    try {
        f.ws.sign(f.compact.id, scholar.id, scholar.name, tomorrow, {}, f.today);
        FAIL("a signing date in the future was accepted");
    } catch (const Error& error) {
        CHECK(std::string(error.what()) == "The signing date " + formatIsoDate(tomorrow) +
                                               " is in the future: today is " +
                                               formatIsoDate(f.today) + ".");
        CHECK(error.text().source == "The signing date %1 is in the future: today is %2.");
        CHECK(error.text().args ==
              std::vector<Text>{literal(formatIsoDate(tomorrow)), literal(formatIsoDate(f.today))});
    }
    try {
        f.ws.sign(f.compact.id, scholar.id, "Lena Ortiz", f.today, {}, f.today);
        FAIL("a typed name that is not the scholar's was accepted");
    } catch (const Error& error) {
        CHECK(std::string(error.what()) ==
              "The typed name \"Lena Ortiz\" is not the name of the Scholar in this compact, "
              "\"Dr. Lena Ortiz\": type the name as the compact has it (case and spaces do not "
              "matter).");
        REQUIRE(error.text().args.size() == 3);
        // The role is a label the desktop shows in its own words.
        CHECK(error.text().args[1].vocabulary == "role");
        CHECK(error.text().args[1].key == "scholar");
    }
}

TEST_CASE("A typed name matches whatever its case and spacing", "[signing]") {
    Signed f;
    const Drawing drawing = {{{100, 500}, {300, 400}, {500, 600}}, {{700, 500}}};
    const SignOutcome outcome =
        f.ws.sign(f.compact.id, f.person(0).id, "  dr.   LENA ortiz ", f.today, drawing, f.today);
    CHECK(outcome.signature.typedName == "  dr.   LENA ortiz ");
    const auto history = f.ws.versions(f.compact.id);
    REQUIRE(history[0].signatures.size() == 1);
    CHECK(history[0].signatures[0].signature.drawing == drawing);
    CHECK(history[0].signatures[0].name == "Dr. Lena Ortiz");
    CHECK(typedNameMatches("Dr.\tLena  Ortiz", "dr. lena ortiz"));
    CHECK_FALSE(typedNameMatches("", ""));
}

TEST_CASE("The program director may acknowledge a locked compact", "[signing]") {
    Signed f;
    Person director;
    director.role = Role::ProgramDirector;
    director.name = "Dr. Pat Lee";
    director.position = 3;
    director = f.ws.savePerson(f.compact.id, director);
    f.signAll();
    CHECK(f.ws.currentVersion(f.compact.id).second);
    const SignOutcome ack =
        f.ws.sign(f.compact.id, director.id, director.name, f.today, {}, f.today);
    CHECK_FALSE(ack.locked);
    CHECK(f.ws.versions(f.compact.id)[0].signatures.size() == 4);
    CHECK_THROWS_WITH(f.sign(0), Catch::Contains("and it is locked"));
    CHECK(f.ws.verify().problems.empty());
}

TEST_CASE("Making a chair required waits for the chair", "[signing]") {
    Signed f;
    Person chair;
    chair.role = Role::DepartmentChair;
    chair.name = "Prof. Ida Chair";
    chair.position = 3;
    chair = f.ws.savePerson(f.compact.id, chair);
    f.ws.setSignerRequired(f.compact.id, chair.id, true);
    f.signAll();
    CHECK_FALSE(f.ws.currentVersion(f.compact.id).second);
    f.ws.setSignerRequired(f.compact.id, chair.id, false); // the rest have signed
    CHECK(f.ws.currentVersion(f.compact.id).second);
    CHECK_THROWS_WITH(f.ws.setSignerRequired(f.compact.id, chair.id, true), kLocked);
}
