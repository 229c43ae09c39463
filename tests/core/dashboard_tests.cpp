// The dashboard rows of issue 7 on the hand-checked cohort of
// dashboard_cohort.h (missing signatures, the next and overdue reviews,
// milestones, alignment, the last meeting, filters, closed compacts), the
// status findings made from them, and the milestone timeline.

#include "core/dashboard.h"
#include "core/ids.h"
#include "support/dashboard_cohort.h"

#include <catch2/catch.hpp>

using namespace mc;
using boost::gregorian::date;
using Names = std::vector<std::string>;

TEST_CASE("Dashboard rows say where each compact stands today", "[dashboard]") {
    test::Cohort cohort;
    const auto rows = cohort.ws.dashboard(cohort.today);
    REQUIRE(rows.size() == 4);

    const DashboardRow& a = rows[0];
    CHECK(a.compactId == cohort.a.id);
    CHECK(a.scholar == "Dr. Lena Ortiz");
    CHECK(a.mentors == Names{"Prof. Sam Reyes", "Dr. Kim Baker"});
    CHECK(a.locked);
    CHECK(a.version == 1);
    CHECK(a.missingSignatures.empty());
    CHECK(a.overdueReviewYears.empty()); // year 1 reviewed and signed
    CHECK(a.nextReview == date(2028, 9, 1));
    CHECK(a.nextReviewYear == 2);
    CHECK(a.milestonesTotal == 8);
    CHECK(a.milestonesAchieved == 3);
    CHECK(a.milestonesOverdue == 0);
    CHECK(a.topicsCompared == 3);
    CHECK(a.topicsApart == 2);
    CHECK(a.topicsMajor == 1);
    CHECK(a.lastMeeting == date(2027, 10, 1)); // not the one logged for 2027-11-20
    CHECK(a.meetingIntervalDays == 14);
    CHECK_FALSE(a.meetingsLate);

    // B: signed by the scholar only; review of year 1 due 2027-09-01, not
    // done; the paper due 2027-10-01 overdue; last met 75 days ago.
    const DashboardRow& b = rows[1];
    CHECK_FALSE(b.locked);
    CHECK(b.missingSignatures == Names{"Prof. Sam Reyes", "Dr. Kim Baker"});
    CHECK(b.overdueReviewYears == std::vector<int>{1});
    CHECK(b.nextReview == date(2028, 9, 1));
    CHECK(b.milestonesTotal == 4);
    CHECK(b.milestonesAchieved == 2);
    CHECK(b.milestonesOverdue == 1);
    CHECK(b.topicsCompared == 0);
    CHECK(b.lastMeeting == date(2027, 8, 1));
    CHECK(b.meetingsLate);

    // C: nobody signed; no meeting in the 44 days since its start.
    const DashboardRow& c = rows[2];
    CHECK(c.missingSignatures == Names{"Dr. Eva Novak", "Prof. Sam Reyes", "Dr. Kim Baker"});
    CHECK(c.nextReview == date(2028, 9, 1));
    CHECK(c.nextReviewYear == 1);
    CHECK_FALSE(c.lastMeeting);
    CHECK(c.meetingsLate);

    // D is closed: nothing about it is late, though its review years passed.
    const DashboardRow& d = rows[3];
    CHECK(d.status == CompactStatus::Closed);
    CHECK(d.closedOn == date(2027, 6, 30));
    CHECK_FALSE(c.closedOn);
    CHECK(d.overdueReviewYears.empty());
    CHECK_FALSE(d.nextReview);
    CHECK_FALSE(d.meetingsLate);
    CHECK(d.milestonesTotal == 1);
}

TEST_CASE("A signature counts only on the text as it is now", "[dashboard]") {
    test::Cohort cohort;
    // B's scholar signed; a change to what B agrees to voids that signature.
    Compact b = cohort.ws.loadCompact(cohort.b.id);
    b.title = "Mentoring compact: Dr. Ann Lee (revised)";
    cohort.ws.saveCompactHeader(b);
    const auto rows = cohort.ws.dashboard(cohort.today, {"KL2", "2026", true});
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].missingSignatures == Names{"Dr. Ann Lee", "Prof. Sam Reyes", "Dr. Kim Baker"});
    // A chair made a required signer joins the list; the director never does.
    Person chair;
    chair.role = Role::DepartmentChair;
    chair.name = "Prof. Ada Chu";
    chair.position = 3;
    chair = cohort.ws.savePerson(cohort.c.id, chair);
    cohort.ws.setSignerRequired(cohort.c.id, chair.id, true);
    const auto c = cohort.ws.dashboard(cohort.today, {"T32", "", true});
    REQUIRE(c.size() == 1);
    CHECK(c[0].missingSignatures ==
          Names{"Dr. Eva Novak", "Prof. Sam Reyes", "Dr. Kim Baker", "Prof. Ada Chu"});
}

TEST_CASE("Dashboard filters by program and cohort, and can leave closed compacts out",
          "[dashboard]") {
    test::Cohort cohort;
    const auto ids = [](const std::vector<DashboardRow>& rows) {
        Names out;
        for (const DashboardRow& r : rows)
            out.push_back(r.compactId);
        return out;
    };
    CHECK(ids(cohort.ws.dashboard(cohort.today, {"KL2", "", true})) ==
          Names{cohort.a.id, cohort.b.id, cohort.d.id});
    CHECK(ids(cohort.ws.dashboard(cohort.today, {"KL2", "", false})) ==
          Names{cohort.a.id, cohort.b.id});
    CHECK(ids(cohort.ws.dashboard(cohort.today, {"", "2027", true})) == Names{cohort.c.id});
    CHECK(cohort.ws.dashboard(cohort.today, {"R25", "", true}).empty());
    // A filtered query gives the same rows as the whole one, filtered.
    const auto all = cohort.ws.dashboard(cohort.today);
    const auto kl2 = cohort.ws.dashboard(cohort.today, {"KL2", "", true});
    CHECK(kl2[1].missingSignatures == all[1].missingSignatures);
    CHECK(kl2[0].topicsApart == all[0].topicsApart);
    CHECK(CohortFilter{"KL2", "", false}.matches("KL2", "2026", CompactStatus::Signed));
    CHECK_FALSE(CohortFilter{"KL2", "", false}.matches("KL2", "2026", CompactStatus::Closed));
    CHECK_FALSE(CohortFilter{"", "2027", true}.matches("KL2", "2026", CompactStatus::Draft));
}

TEST_CASE("Status findings: one line per thing missing or late, closed compacts left out",
          "[dashboard]") {
    test::Cohort cohort;
    const auto findings = statusFindings(cohort.ws.dashboard(cohort.today), cohort.today);
    REQUIRE(findings.size() == 5);
    using K = StatusFinding::Kind;
    CHECK(findings[0].kind == K::MissingSignatures);
    CHECK(findings[0].compactId == cohort.b.id);
    CHECK(findings[0].compact == "Mentoring compact: Dr. Ann Lee (Dr. Ann Lee)");
    CHECK(findings[0].message == "not signed by Prof. Sam Reyes, Dr. Kim Baker (version 1)");
    CHECK(findings[1].kind == K::OverdueReview);
    CHECK(findings[1].message ==
          "review overdue: award year 1 was due 2027-09-01 (44 days ago), not signed");
    CHECK(findings[2].kind == K::OverdueMilestones);
    CHECK(findings[2].message ==
          "1 milestone overdue (due before 2027-10-15, still planned or rescheduled)");
    CHECK(findings[3].kind == K::MeetingsLate);
    CHECK(findings[3].message ==
          "no meeting since 2027-08-01 (75 days ago; the plan is every 14 days)");
    // C is a draft: its signatures are not missing yet, but its meetings are.
    CHECK(findings[4].compactId == cohort.c.id);
    CHECK(findings[4].message ==
          "no meeting logged since the start on 2027-09-01 (44 days ago; the plan is every 14 "
          "days)");
    // Before year 1's review was due, no review is overdue.
    const Date earlier = date(2027, 8, 20);
    const auto before = statusFindings(cohort.ws.dashboard(earlier), earlier);
    for (const StatusFinding& f : before)
        CHECK(f.kind != K::OverdueReview);
}

TEST_CASE("Milestone timeline: the due dates a signed review moved a milestone from",
          "[dashboard]") {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("timeline.compact"), "Timeline");
    Compact compact = test::sampleCompact();
    compact.created = "2026-08-01T09:00:00.000Z";
    Milestone paper = compact.milestones[0];
    paper.kind = MilestoneKind::Publication;
    paper.title = "First paper";
    paper.due = date(2026, 11, 1);
    compact.milestones.insert(compact.milestones.begin(), paper);
    compact = ws.addCompact(compact);
    const Date today = date(2026, 12, 5);
    Review review = ws.startReview(compact.id, 1, date(2026, 12, 1), today);
    REQUIRE(review.milestones.size() == 1);
    review.milestones[0].outcome = MilestoneOutcome::Rescheduled;
    review.milestones[0].date = date(2027, 2, 1);
    review = ws.saveReview(review, today);
    for (const Person& p : compact.people) {
        Reflection r;
        r.personId = p.id;
        r.satisfaction = 4;
        r.discussion = 4;
        ws.saveReflection(review.id, r);
        ws.submitReflection(review.id, p.id, today, today);
    }
    const auto before = ws.milestoneTimeline(compact.id);
    REQUIRE(before.size() == 2);
    CHECK(before[0].earlierDues.empty()); // the review is not signed yet
    for (const Person& p : compact.people)
        ws.signReview(review.id, p.id, p.name, today, {}, today);

    const auto timeline = ws.milestoneTimeline(compact.id);
    REQUIRE(timeline.size() == 2);
    CHECK(timeline[0].title == "First paper");
    CHECK(timeline[0].due == date(2027, 2, 1));
    CHECK(timeline[0].status == MilestoneStatus::Rescheduled);
    CHECK(timeline[0].earlierDues == std::vector<Date>{date(2026, 11, 1)});
    CHECK(timeline[1].earlierDues.empty());
    CHECK_THROWS_AS(ws.milestoneTimeline("no-such-compact"), Error);
}

TEST_CASE("The dashboard's alignment counts are computeAlignment's", "[dashboard]") {
    // Worksheets that differ in their topics: one lacks a topic the other
    // has, one has an own topic, and a third person's is left a draft.
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("align.compact"), "Alignment");
    const Compact compact = ws.addCompact(test::sampleCompact());
    const auto answer = [](Domain domain, const std::string& topic, int r, int i,
                           const std::string& text) {
        WorksheetAnswer a;
        a.domain = domain;
        a.topic = topic;
        a.responsibility = r;
        a.importance = i;
        a.text = text;
        if (topic.starts_with("custom."))
            a.ownTopicTitle = "Lab safety";
        return a;
    };
    const auto submit = [&](std::size_t person, std::vector<WorksheetAnswer> answers) {
        Worksheet w;
        w.id = newUuid();
        w.compactId = compact.id;
        w.personId = compact.people[person].id;
        w.status = WorksheetStatus::Submitted;
        w.submitted = "2026-09-01T10:00:00.000Z";
        for (std::size_t i = 0; i < answers.size(); ++i)
            answers[i].position = static_cast<int>(i);
        w.answers = std::move(answers);
        ws.importWorksheet(w);
    };
    // The mentor (second in the compact's order) is imported first.
    submit(1, {answer(Domain::Research, "research.productivity", 2, 4, ""),
               answer(Domain::Support, "custom.lab_safety", 0, 5, "Goggles on")});
    submit(0, {answer(Domain::Research, "research.productivity", 4, 4, "Two papers a year"),
               answer(Domain::Research, "research.technical_skills", 3, 0, " "),
               answer(Domain::Communication, "communication.meeting_frequency", 0, 0, "")});
    const AlignmentReport report = ws.alignment(compact.id);
    const auto rows = ws.dashboard(date(2026, 12, 1));
    REQUIRE(rows.size() == 1);
    int topics = 0, apart = 0, major = 0;
    for (const DomainAlignment& d : report.domains) {
        topics += d.topics;
        apart += d.minorGaps + d.majorGaps;
        major += d.majorGaps;
    }
    CHECK(topics == 4);
    CHECK(rows[0].topicsCompared == topics);
    CHECK(rows[0].topicsApart == apart);
    CHECK(rows[0].topicsMajor == major);
    CHECK(apart >= 2); // the gap of 2 and the one-sided lab safety
    const auto measures = ws.measureRows(date(2026, 12, 1));
    REQUIRE(measures.size() == 1);
    CHECK(measures[0].alignment == report.domains);
}
