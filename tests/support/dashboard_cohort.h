#pragma once
// A small, hand-checked cohort for the dashboard and measures tests
// (issue 7). "Today" is 2027-10-15: award year 1 (2026-09-01 to
// 2027-08-31) is over and its review was due 2027-09-01; year 2 has begun.
//
//   A  KL2 2026  Ortiz   signed by all; year 1 reviewed and signed;
//                        worksheets of Ortiz and Reyes submitted
//   B  KL2 2026  Lee     in negotiation, signed by Lee only; no review
//   C  T32 2027  Novak   starts 2027-09-01 (year 1 only)
//   D  KL2 2025  Park    closed (archived) on 2027-06-30
//
// Milestones (status; award year by due date):
//   A  paper 2026-11-01 achieved (y1)       paper 2027-05-01 missed (y1)
//      K99 submission 2027-03-01 achieved (y1)  K99 award 2027-07-01 missed (y1)
//      talk (presentation) 2027-02-01 achieved (y1, "other")
//      paper 2027-01-01 dropped (never counted)
//      promotion 2027-12-01 planned (y2)
//      R01 submission 2028-10-05 planned (y3, not started: not counted)
//   B  paper 2027-01-15 achieved (y1)       grant award 2027-06-01 achieved (y1)
//      paper 2027-10-01 planned (y2; overdue today)
//      R01 submission 2028-10-05 planned (y3, not counted)
//   C  promotion 2027-09-30 achieved (y1)   R01 2028-10-05 (y2, not started)
//   D  paper 2026-03-01 achieved (y1 of 2025-09-01..2028-08-31)
//
// Goals: A has three: "independent investigator" (active), "first R01"
// (achieved) and "a book" (dropped); B, C and D one each (active).
//
// A's year-1 review (held 2027-09-10) lists the goals not dropped, so 2
// with 1 achieved; reflections: Ortiz satisfaction 4, discussion 5; Reyes
// 5 and 4; Baker 4 and 3; so mentors 4.5 and 3.5.
//
// A's worksheets (Ortiz, Reyes), three topics:
//   research.productivity       3/3 vs 3/4  gaps 0,1        aligned
//   research.technical_skills   1/5 vs 5/5  responsibility 4 major
//   communication.meeting_frequency 3/2 vs 4/4  gaps 1,2    minor
// so 3 compared, 2 apart (1 major): research 2 topics 1 apart,
// communication 1 topic 1 apart.
//
// Meetings: A met 2027-10-01 (and 2027-11-20, after today: not counted);
// B last met 2027-08-01 (75 days before today: late against every 14
// days); C and D none (C started 44 days ago: late; D is closed).

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <string>

namespace mc::test {

struct Cohort {
    TempDir dir;
    std::string path = dir.file("cohort.compact");
    Workspace ws = Workspace::create(path, "KL2 program");
    Date today = boost::gregorian::date(2027, 10, 15);
    Compact a, b, c, d;

    Cohort() {
        using boost::gregorian::date;
        a = ws.addCompact(compactA());
        b = ws.addCompact(compactB());
        c = ws.addCompact(compactC());
        d = ws.addCompact(compactD());
        d = ws.closeCompact(d.id, {date(2027, 6, 30), ClosingReason::LeftProgram, "Moved away"},
                            today);
        signAll(a);
        ws.sign(b.id, b.people[0].id, b.people[0].name, date(2027, 9, 1), {}, today);
        reviewYearOne();
        worksheets();
        meetings();
    }

    static Milestone milestone(const Compact& c, MilestoneKind kind, const std::string& title,
                               Date due, MilestoneStatus status = MilestoneStatus::Planned) {
        Milestone m;
        m.responsibleId = c.people[0].id;
        m.kind = kind;
        m.title = title;
        m.due = due;
        m.status = status;
        if (status == MilestoneStatus::Achieved)
            m.done = due - boost::gregorian::days(3);
        return m;
    }

    // Created in the order A, B, C, D (the order of every list), and before
    // every date signed below whatever the clock says.
    static Compact base(const std::string& scholar, int minute) {
        Compact c = sampleCompact(scholar);
        c.created = "2026-08-01T09:0" + std::to_string(minute) + ":00.000Z";
        c.updated = c.created;
        return c;
    }

    static Compact compactA() {
        using boost::gregorian::date;
        using K = MilestoneKind;
        using S = MilestoneStatus;
        Compact c = base("Dr. Lena Ortiz", 0);
        c.status = CompactStatus::InNegotiation;
        Goal r01 = c.goals[0];
        r01.id = newUuid();
        r01.text = "Win a first R01";
        r01.status = GoalStatus::Achieved;
        r01.position = 1;
        Goal book = r01;
        book.id = newUuid();
        book.text = "Write a book";
        book.status = GoalStatus::Dropped;
        book.position = 2;
        c.goals.push_back(r01);
        c.goals.push_back(book);
        Milestone r01Submission = c.milestones[0];
        c.milestones = {
            milestone(c, K::Publication, "First paper", date(2026, 11, 1), S::Achieved),
            milestone(c, K::Publication, "Second paper", date(2027, 5, 1), S::Missed),
            milestone(c, K::GrantSubmission, "K99 submission", date(2027, 3, 1), S::Achieved),
            milestone(c, K::GrantAward, "K99 award", date(2027, 7, 1), S::Missed),
            milestone(c, K::Presentation, "Talk", date(2027, 2, 1), S::Achieved),
            milestone(c, K::Publication, "Review article", date(2027, 1, 1), S::Dropped),
            milestone(c, K::Promotion, "Assistant professor", date(2027, 12, 1)),
            r01Submission};
        return c;
    }

    static Compact compactB() {
        using boost::gregorian::date;
        using K = MilestoneKind;
        using S = MilestoneStatus;
        Compact c = base("Dr. Ann Lee", 1);
        c.status = CompactStatus::InNegotiation;
        Milestone r01Submission = c.milestones[0];
        c.milestones = {
            milestone(c, K::Publication, "Pilot paper", date(2027, 1, 15), S::Achieved),
            milestone(c, K::GrantAward, "Foundation grant", date(2027, 6, 1), S::Achieved),
            milestone(c, K::Publication, "Main paper", date(2027, 10, 1)), r01Submission};
        return c;
    }

    static Compact compactC() {
        using boost::gregorian::date;
        Compact c = base("Dr. Eva Novak", 2);
        c.program = "T32";
        c.cohort = "2027";
        c.start = date(2027, 9, 1);
        c.end = date(2030, 8, 31);
        Milestone r01Submission = c.milestones[0];
        c.milestones = {milestone(c, MilestoneKind::Promotion, "Instructor", date(2027, 9, 30),
                                  MilestoneStatus::Achieved),
                        r01Submission};
        return c;
    }

    static Compact compactD() {
        using boost::gregorian::date;
        Compact c = base("Dr. Jin Park", 3);
        c.cohort = "2025";
        c.status = CompactStatus::InNegotiation; // closed once stored
        c.start = date(2025, 9, 1);
        c.end = date(2028, 8, 31);
        c.milestones = {milestone(c, MilestoneKind::Publication, "Paper", date(2026, 3, 1),
                                  MilestoneStatus::Achieved)};
        return c;
    }

    void signAll(const Compact& compact) {
        for (const Person& p : compact.people)
            ws.sign(compact.id, p.id, p.name, boost::gregorian::date(2026, 9, 5), {}, today);
    }

    void reviewYearOne() {
        using boost::gregorian::date;
        const Date held = date(2027, 9, 10);
        const Review review = ws.startReview(a.id, 1, held, today);
        const int scores[3][2] = {{4, 5}, {5, 4}, {4, 3}};
        for (std::size_t i = 0; i < 3; ++i) {
            Reflection r;
            r.personId = a.people[i].id;
            r.satisfaction = scores[i][0];
            r.discussion = scores[i][1];
            ws.saveReflection(review.id, r);
            ws.submitReflection(review.id, r.personId, held, today);
        }
        for (const Person& p : a.people)
            ws.signReview(review.id, p.id, p.name, held, {}, today);
    }

    void worksheets() {
        const auto sheet = [&](std::size_t person, int r1, int i1, int r2, int i2, int r3, int i3) {
            Worksheet w;
            w.id = newUuid();
            w.compactId = a.id;
            w.personId = a.people[person].id;
            w.status = WorksheetStatus::Submitted;
            w.submitted = "2026-08-20T10:00:00.000Z";
            const auto answer = [](Domain domain, const char* topic, int r, int i, int pos) {
                WorksheetAnswer x;
                x.domain = domain;
                x.topic = topic;
                x.responsibility = r;
                x.importance = i;
                x.text = "Said so";
                x.position = pos;
                return x;
            };
            w.answers = {
                answer(Domain::Research, "research.productivity", r1, i1, 0),
                answer(Domain::Research, "research.technical_skills", r2, i2, 1),
                answer(Domain::Communication, "communication.meeting_frequency", r3, i3, 2)};
            ws.importWorksheet(w);
        };
        sheet(0, 3, 3, 1, 5, 3, 2);
        sheet(1, 3, 4, 5, 5, 4, 4);
    }

    void logMeeting(const Compact& compact, Date on, Date asOf) {
        Meeting m;
        m.compactId = compact.id;
        m.date = on;
        m.attendees = {{compact.people[0].id, ""}, {compact.people[1].id, ""}};
        m.topics = "Progress";
        ws.saveMeeting(compact.id, m, asOf);
    }

    void meetings() {
        using boost::gregorian::date;
        logMeeting(a, date(2027, 10, 1), today);
        logMeeting(a, date(2027, 11, 20), date(2027, 11, 20)); // after "today"
        logMeeting(b, date(2027, 8, 1), today);
    }
};

} // namespace mc::test
