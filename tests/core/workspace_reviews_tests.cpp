// Yearly reviews in the store (issue 6): starting a review from the
// compact, blind reflections, signing and locking, what a signed review
// carries into the compact, and verify on a review changed behind the
// program's back.

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace mc;
using boost::gregorian::date;

namespace {

// A compact of 2026-09-01 to 2029-08-31 with an agreed expectation and,
// in award year 1, a paper (due 2026-11-01) and a grant (due 2027-03-01),
// and in year 2 a talk; reviewed on 2026-12-01 with "today" 2026-12-05.
struct Reviewing {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("review.compact"), "Reviews");
    Compact compact = ws.addCompact(withYearOneMilestones(test::sampleCompact()));
    Date today = date(2026, 12, 5);
    Date heldOn = date(2026, 12, 1);

    static Compact withYearOneMilestones(Compact c) {
        // Created before every date signed below, whatever the clock says.
        c.created = c.updated = "2026-08-01T09:00:00.000Z";
        c.expectations.at(0).state = ExpectationState::Agreed;
        Milestone paper = c.milestones.at(0);
        paper.title = "Submit the first paper";
        paper.kind = MilestoneKind::Publication;
        paper.due = date(2026, 11, 1);
        Milestone grant = paper;
        grant.title = "Submit the K99";
        grant.kind = MilestoneKind::GrantSubmission;
        grant.due = date(2027, 3, 1);
        Milestone talk = paper;
        talk.title = "Talk at the annual meeting";
        talk.kind = MilestoneKind::Presentation;
        talk.due = date(2027, 10, 1);
        c.milestones = {paper, grant, talk, c.milestones.at(0)};
        return c;
    }
    const Person& person(std::size_t i) const { return compact.people.at(i); }
    Review start() { return ws.startReview(compact.id, 1, heldOn, today); }
    void reflect(const Review& review, std::size_t i, int satisfaction, bool submit = true) {
        Reflection r;
        r.personId = person(i).id;
        r.satisfaction = satisfaction;
        r.discussion = 4;
        r.satisfactionWords = person(i).name + " on the year";
        r.differently = "More time for writing";
        if (i > 0)
            r.mentorBetter = "Read drafts within a week";
        ws.saveReflection(review.id, r);
        if (submit)
            ws.submitReflection(review.id, person(i).id, today, today);
    }
    // Outcomes for both milestones of year 1: the paper achieved, the grant
    // as given.
    Review decide(Review review, MilestoneOutcome grant, OptionalDate grantDate = {}) {
        review.milestones.at(0).outcome = MilestoneOutcome::Achieved;
        review.milestones.at(0).date = date(2026, 10, 28);
        review.milestones.at(1).outcome = grant;
        review.milestones.at(1).date = grantDate;
        review.milestones.at(1).note = "The study section met late";
        return ws.saveReview(review, today);
    }
    SignOutcome sign(const Review& review, std::size_t i) {
        return ws.signReview(review.id, person(i).id, person(i).name, today, {}, today);
    }
};

std::vector<std::string> names(const std::vector<Reflection>& reflections) {
    std::vector<std::string> out;
    for (const Reflection& r : reflections)
        out.push_back(r.name + (r.submitted() ? " (submitted)" : ""));
    return out;
}

} // namespace

TEST_CASE("A review starts from the year's milestones, the goals and the agreed expectations",
          "[reviews]") {
    Reviewing r;
    const Review review = r.start();
    REQUIRE(review.milestones.size() == 2); // the talk is in year 2, the R01 in year 3
    CHECK(review.milestones[0].title == "Submit the first paper");
    CHECK(review.milestones[1].title == "Submit the K99");
    CHECK_FALSE(review.milestones[0].outcome);
    CHECK(review.periodFrom == date(2026, 9, 1));
    CHECK(review.periodTo == date(2027, 8, 31));
    REQUIRE(review.goals.size() == 1);
    REQUIRE(review.expectations.size() == 1);
    CHECK(review.expectations[0].verdict == ExpectationVerdict::Kept);
    CHECK(r.ws.reviews(r.compact.id) == std::vector<Review>{review});

    CHECK_THROWS_WITH(r.start(), Catch::Contains("already started"));
    CHECK_THROWS_WITH(r.ws.startReview(r.compact.id, 4, r.heldOn, r.today),
                      Catch::Contains("award years 1 to 3, not 4"));
    CHECK_THROWS_WITH(r.ws.startReview(r.compact.id, 2, date(2026, 12, 9), r.today),
                      Catch::Contains("after today"));
}

TEST_CASE("A review refuses outcomes that cannot be, naming the field", "[reviews]") {
    Reviewing r;
    Review review = r.start();
    review.milestones[0].outcome = MilestoneOutcome::Achieved; // no date
    review.milestones[1].outcome = MilestoneOutcome::Rescheduled;
    review.milestones[1].date = date(2027, 2, 1);                 // earlier than it was due
    review.expectations[0].verdict = ExpectationVerdict::Changed; // no new text
    try {
        r.ws.saveReview(review, r.today);
        FAIL("saved");
    } catch (const ValidationError& e) {
        std::vector<std::string> fields;
        for (const Problem& p : e.problems())
            fields.push_back(p.field);
        CHECK(fields == std::vector<std::string>{"review.milestones[0].date",
                                                 "review.milestones[1].date",
                                                 "review.expectations[0].newText"});
    }
    CHECK(r.ws.review(review.id).milestones[0].outcome == std::nullopt); // nothing stored
}

TEST_CASE("Reflections are blind until the scholar and every mentor have submitted", "[reviews]") {
    Reviewing r;
    const Review review = r.start();
    r.reflect(review, 0, 4);
    const std::string mentor = r.person(1).id;
    CHECK(names(r.ws.reflectionsVisibleTo(review.id, mentor)) ==
          std::vector<std::string>{"Prof. Sam Reyes"}); // an empty one of their own
    r.reflect(review, 1, 5);
    r.reflect(review, 2, 3, false); // the co-mentor has a draft only
    CHECK(names(r.ws.reflectionsVisibleTo(review.id, mentor)) ==
          std::vector<std::string>{"Prof. Sam Reyes (submitted)"});
    CHECK(names(r.ws.reflectionsVisibleTo(review.id, r.person(0).id)) ==
          std::vector<std::string>{"Dr. Lena Ortiz (submitted)"});
    const auto status = r.ws.reflectionStatus(review.id);
    REQUIRE(status.size() == 3);
    CHECK(status[2].started);
    CHECK_FALSE(status[2].submittedOn);

    r.ws.submitReflection(review.id, r.person(2).id, r.today, r.today);
    const auto all = r.ws.reflectionsVisibleTo(review.id, mentor);
    CHECK(names(all) == std::vector<std::string>{"Dr. Lena Ortiz (submitted)",
                                                 "Prof. Sam Reyes (submitted)",
                                                 "Dr. Kim Baker (submitted)"});
    CHECK(all[0].satisfaction == 4);
    CHECK(all[2].satisfaction == 3);

    Reflection again = all[0];
    again.satisfaction = 1;
    CHECK_THROWS_WITH(r.ws.saveReflection(review.id, again), Catch::Contains("it is locked"));
}

TEST_CASE("A reflection checks its scales and who is asked what", "[reviews]") {
    Reviewing r;
    const Review review = r.start();
    Reflection scholar;
    scholar.personId = r.person(0).id;
    scholar.satisfaction = 6;
    scholar.mentorBetter = "Not mine to say";
    try {
        r.ws.saveReflection(review.id, scholar);
        FAIL("saved");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 2);
        CHECK(e.problems()[0].field == "reflection.satisfaction");
        CHECK(e.problems()[1].field == "reflection.mentorBetter");
    }
    scholar.satisfaction = 4;
    scholar.mentorBetter.clear();
    r.ws.saveReflection(review.id, scholar); // discussion not answered yet: fine for a draft
    CHECK_THROWS_WITH(r.ws.submitReflection(review.id, scholar.personId, r.today, r.today),
                      Catch::Contains("how well the expectations were discussed is not answered"));
}

TEST_CASE("Signing a review waits for the outcomes and the reflections, then locks it",
          "[reviews]") {
    Reviewing r;
    Review review = r.start();
    CHECK_THROWS_WITH(r.sign(review, 0), Catch::Contains("Submit the first paper") &&
                                             Catch::Contains("has not submitted"));
    review = r.decide(review, MilestoneOutcome::Missed);
    for (std::size_t i = 0; i < 3; ++i)
        r.reflect(review, i, 4);

    SignOutcome first = r.sign(review, 0);
    CHECK_FALSE(first.locked);
    CHECK(first.stillToSign == std::vector<std::string>{"Prof. Sam Reyes", "Dr. Kim Baker"});

    // A change after a signature: that signature is for an earlier text.
    review = r.ws.review(review.id);
    review.summary = "A good first year; the K99 moves to next cycle.";
    r.ws.saveReview(review, r.today);
    CHECK(r.ws.reviewSignatureStatus(review.id)[0].state == SignatureState::SignedEarlierText);

    r.sign(review, 1);
    r.sign(review, 2);
    CHECK_FALSE(r.ws.review(review.id).locked()); // the scholar's signature is stale
    const SignOutcome last = r.sign(review, 0);
    CHECK(last.locked);
    CHECK(last.amendment == 0); // nothing agreed changed

    const Review locked = r.ws.review(review.id);
    CHECK(locked.locked());
    CHECK(locked.fingerprint == sha256Hex(locked.content));
    CHECK(locked.signatures.size() == 3);
    CHECK_THROWS_WITH(r.ws.saveReview(locked, r.today), Catch::Contains("signed and locked"));
    CHECK_THROWS_WITH(r.ws.deleteReview(locked.id), Catch::Contains("signed and locked"));

    // The outcomes are in the compact now, failures kept with their note.
    const Compact live = r.ws.loadCompact(r.compact.id);
    const auto byTitle = [&](const std::string& title) {
        return *std::find_if(live.milestones.begin(), live.milestones.end(),
                             [&](const Milestone& m) { return m.title == title; });
    };
    CHECK(byTitle("Submit the first paper").status == MilestoneStatus::Achieved);
    CHECK(byTitle("Submit the first paper").done == date(2026, 10, 28));
    CHECK(byTitle("Submit the K99").status == MilestoneStatus::Missed);
    CHECK(byTitle("Submit the K99").outcomeNote == "The study section met late");
    CHECK(r.ws.verify().signedReviews == 1);
    CHECK(r.ws.verify().problems.empty());
}

TEST_CASE("A refused review step says every reason in one sentence, kept translatable",
          "[reviews]") {
    Reviewing r;
    const Review review = r.start();
    try {
        r.sign(review, 0);
        FAIL("a review without outcomes or reflections was signed");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) ==
              "the review of award year 1 cannot be signed yet: say what became of the milestone "
              "\"Submit the first paper\"; say what became of the milestone \"Submit the K99\"; "
              "Dr. Lena Ortiz has not submitted their reflection yet; Prof. Sam Reyes has not "
              "submitted their reflection yet; Dr. Kim Baker has not submitted their reflection "
              "yet.");
        // One template with the year and the reasons as its values, so the
        // desktop translates the sentence and each reason.
        CHECK(e.text().source == "the review of award year %1 cannot be signed yet: %2.");
        REQUIRE(e.text().args.size() == 2);
        CHECK(e.text().args[1].translatable);
    }

    Reflection stranger;
    stranger.personId = "nobody";
    CHECK_THROWS_WITH(r.ws.saveReflection(review.id, stranger),
                      "Only the scholar and the mentors reflect on a review; \"nobody\" is not "
                      "one of the compact's people.");
    Person chair;
    chair.role = Role::DepartmentChair;
    chair.name = "Dr. Ada Chair";
    chair = r.ws.savePerson(r.compact.id, chair);
    Reflection fromChair;
    fromChair.personId = chair.id;
    CHECK_THROWS_WITH(r.ws.saveReflection(review.id, fromChair),
                      "Only the scholar and the mentors reflect on a review; Dr. Ada Chair is the "
                      "Department chair.");
}

TEST_CASE("The last signature of a review starts the amendment it asks for", "[reviews]") {
    Reviewing r;
    for (std::size_t i = 0; i < 3; ++i)
        r.ws.sign(r.compact.id, r.person(i).id, r.person(i).name, r.today, {}, r.today);
    Review review = r.decide(r.start(), MilestoneOutcome::Rescheduled, date(2027, 6, 1));
    review.expectations[0].verdict = ExpectationVerdict::Changed;
    review.expectations[0].newText = "We meet every Thursday for half an hour.";
    review = r.ws.saveReview(review, r.today);
    for (std::size_t i = 0; i < 3; ++i)
        r.reflect(review, i, 5);
    r.sign(review, 0);
    r.sign(review, 1);
    const SignOutcome last = r.sign(review, 2);
    CHECK(last.locked);
    CHECK(last.amendment == 2);
    CHECK_THROWS_WITH(r.sign(review, 0), Catch::Contains("is signed and locked"));
    CHECK(r.ws.currentVersion(r.compact.id) == std::make_pair(2, false));
    const Compact live = r.ws.loadCompact(r.compact.id);
    CHECK(live.status == CompactStatus::Amended);
    CHECK(live.expectations.at(0).text == "We meet every Thursday for half an hour.");
    const auto grant = std::find_if(live.milestones.begin(), live.milestones.end(),
                                    [](const Milestone& m) { return m.title == "Submit the K99"; });
    CHECK(grant->due == date(2027, 6, 1));
    CHECK(grant->status == MilestoneStatus::Rescheduled);
    // The signed version 1 still says what was agreed then.
    CHECK(r.ws.versionContent(r.compact.id, 1).expectations.at(0).text ==
          "We meet every second Thursday for an hour.");
    CHECK(r.ws.verify().problems.empty());

    // The history across years shows the move.
    const auto history = milestoneHistory(live, r.ws.reviews(r.compact.id));
    const auto k99 = std::find_if(history.begin(), history.end(), [](const MilestoneHistory& h) {
        return h.title == "Submit the K99";
    });
    REQUIRE(k99->steps.size() == 1);
    CHECK(historyStepInWords(k99->steps[0]) ==
          "year 1: moved from 2027-03-01 to 2027-06-01 \u2014 The study section met late");
}

TEST_CASE("verify names a signed review changed behind the program's back", "[reviews]") {
    Reviewing r;
    Review review = r.decide(r.start(), MilestoneOutcome::Dropped);
    for (std::size_t i = 0; i < 3; ++i)
        r.reflect(review, i, 2);
    for (std::size_t i = 0; i < 3; ++i)
        r.sign(review, i);
    REQUIRE(r.ws.verify().problems.empty());
    const std::string path = r.dir.file("review.compact");
    const auto tamper = [&](const std::string& sql) {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE, path);
        db.exec(sql);
    };
    SECTION("a milestone's note") {
        tamper("UPDATE review_entries SET note = 'It was funded' WHERE kind = 'milestone'");
        const auto problems = Workspace::open(path).verify().problems;
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "\"Mentoring compact: Dr. Lena Ortiz\" (" +
                                       r.compact.id.substr(0, 8) + "), the review of award year 1");
        CHECK_THAT(problems[0].message, Catch::Contains("its milestones no longer say"));
    }
    SECTION("a satisfaction score") {
        tamper("UPDATE review_reflections SET satisfaction = 5");
        const auto problems = Workspace::open(path).verify().problems;
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0].message, Catch::Contains("its reflections no longer say"));
    }
    SECTION("the signed text itself") {
        tamper("UPDATE reviews SET content = replace(content, 'late', 'early')");
        const auto problems = Workspace::open(path).verify().problems;
        REQUIRE_FALSE(problems.empty());
        CHECK_THAT(problems[0].message, Catch::Contains("no longer matches its fingerprint"));
    }
}

namespace {

// A signed review of year 1, and in a second compact a draft review with
// the scholar's reflection submitted and a mentor's still a draft.
struct Exported {
    std::string json;
    std::string otherCompactId;
};

Exported exportedWithReviews(Reviewing& r) {
    Review review = r.decide(r.start(), MilestoneOutcome::Missed);
    for (std::size_t i = 0; i < 3; ++i)
        r.reflect(review, i, 3);
    for (std::size_t i = 0; i < 3; ++i)
        r.sign(review, i);
    const Compact other = r.ws.addCompact(test::sampleCompact("Dr. Ann Lee"));
    const Review draft = r.ws.startReview(other.id, 1, r.today, r.today);
    Reflection mine;
    mine.personId = other.people.at(0).id;
    mine.satisfaction = 5;
    mine.discussion = 4;
    r.ws.saveReflection(draft.id, mine);
    r.ws.submitReflection(draft.id, mine.personId, r.today, r.today);
    Reflection notYet;
    notYet.personId = other.people.at(1).id;
    notYet.differently = "Not for the scholar's eyes yet";
    r.ws.saveReflection(draft.id, notYet);
    return {exportJson(r.ws), other.id};
}

// The index of the compact `id` in a document's "compacts".
std::string compactPath(const nlohmann::json& document, const std::string& id) {
    for (std::size_t i = 0; i < document["compacts"].size(); ++i)
        if (document["compacts"][i]["id"] == id)
            return "compacts[" + std::to_string(i) + "]";
    return "missing";
}

nlohmann::json& compactIn(nlohmann::json& document, const std::string& id) {
    for (auto& compact : document["compacts"])
        if (compact["id"] == id)
            return compact;
    throw Error("no compact " + id);
}

} // namespace

TEST_CASE("Reviews travel in the JSON export with their reflections and signatures",
          "[reviews][json]") {
    Reviewing r;
    const Exported exported = exportedWithReviews(r);
    Workspace copy = Workspace::create(r.dir.file("copy.compact"), "Copy");
    REQUIRE(importJson(copy, exported.json) == 2);
    CHECK(nlohmann::json::parse(exportJson(copy))["compacts"].dump() ==
          nlohmann::json::parse(exported.json)["compacts"].dump());
    const auto reviews = copy.reviews(r.compact.id);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].locked());
    CHECK(reviews[0] == r.ws.review(reviews[0].id));
    const auto drafts = copy.reviews(exported.otherCompactId);
    REQUIRE(drafts.size() == 1);
    const auto status = copy.reflectionStatus(drafts[0].id);
    CHECK(status[0].submittedOn == r.today);
    CHECK_FALSE(status[1].started); // a draft reflection never leaves its workspace
    CHECK(exported.json.find("Not for the scholar") == std::string::npos);
    CHECK(copy.verify().signedReviews == 1);
    CHECK(copy.verify().problems.empty());
    CHECK_THROWS_WITH(importJson(copy, exported.json),
                      Catch::Contains("already in this workspace"));
}

TEST_CASE("A review changed in the JSON after signing is refused with its path",
          "[reviews][json]") {
    Reviewing r;
    auto document = nlohmann::json::parse(exportedWithReviews(r).json);
    compactIn(document, r.compact.id)["reviews"][0]["reflections"][1]["satisfaction"] = 5;
    Workspace copy = Workspace::create(r.dir.file("copy.compact"), "Copy");
    try {
        importJson(copy, document.dump());
        FAIL("imported");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].field ==
              compactPath(document, r.compact.id) + ".reviews[0].reflections");
    }
    CHECK(copy.listCompacts().empty()); // all or nothing
}

TEST_CASE("A bad review in a file names the field", "[reviews][json]") {
    Reviewing r;
    const Exported exported = exportedWithReviews(r);
    auto document = nlohmann::json::parse(exported.json);
    auto& draft = compactIn(document, exported.otherCompactId)["reviews"][0];
    draft["milestones"] = nlohmann::json::array(
        {{{"milestone", newUuid()}, {"title", "A paper"}, {"outcome", "forgotten"}}});
    draft["reflections"][0]["satisfaction"] = 9;
    const std::string at = compactPath(document, exported.otherCompactId) + ".reviews[0]";
    try {
        parseJson(document.dump());
        FAIL("parsed");
    } catch (const ValidationError& e) {
        REQUIRE_FALSE(e.problems().empty());
        CHECK(e.problems()[0].field == at + ".milestones[0].outcome");
        CHECK(e.problems()[0].message ==
              "unknown value \"forgotten\": use one of: achieved, missed, rescheduled, dropped");
    }
    draft["milestones"] = nlohmann::json::array();
    Workspace copy = Workspace::create(r.dir.file("copy.compact"), "Copy");
    try {
        importJson(copy, document.dump());
        FAIL("imported");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].field == at + ".reflections[0].satisfaction");
        CHECK(e.problems()[0].message == "satisfaction must be 1 (poor) to 5 (excellent), not 9");
    }
}
