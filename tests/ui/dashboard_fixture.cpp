#include "dashboard_fixture.h"

#include "core/workspace.h"
#include "support/sample_compact.h"

namespace mc::test {

namespace {

using boost::gregorian::date;

Milestone milestone(const Compact& compact, MilestoneKind kind, const std::string& title,
                    const Date& due, MilestoneStatus status = MilestoneStatus::Planned) {
    Milestone m;
    m.id = newUuid();
    m.responsibleId = compact.people.at(0).id;
    m.kind = kind;
    m.title = title;
    m.due = due;
    m.status = status;
    return m;
}

void logMeeting(Workspace& ws, const Compact& compact, const Date& on) {
    Meeting meeting;
    meeting.date = on;
    for (const Person& person : compact.people)
        meeting.attendees.push_back({person.id, person.name});
    meeting.topics = "Progress";
    ws.saveMeeting(compact.id, meeting, kDashboardToday);
}

void reflect(Workspace& ws, const std::string& reviewId, const Person& person, int satisfaction,
             int discussion) {
    Reflection reflection;
    reflection.personId = person.id;
    reflection.satisfaction = satisfaction;
    reflection.discussion = discussion;
    ws.saveReflection(reviewId, reflection);
    ws.submitReflection(reviewId, person.id, date(2027, 11, 1), kDashboardToday);
}

} // namespace

DashboardWorkspace makeDashboardWorkspace(const std::string& path) {
    DashboardWorkspace made;
    made.path = path;
    Workspace ws = Workspace::create(path, "Dashboard test");

    Compact ann = sampleCompact("Ann Archer");
    ann.status = CompactStatus::InNegotiation;
    Goal achievedGoal = ann.goals.at(0);
    achievedGoal.id = newUuid();
    achievedGoal.text = "Lead a study";
    achievedGoal.status = GoalStatus::Achieved;
    ann.goals.push_back(achievedGoal);
    Milestone paper = milestone(ann, MilestoneKind::Publication, "First paper", date(2027, 1, 15),
                                MilestoneStatus::Achieved);
    paper.done = date(2027, 2, 1);
    ann.milestones = {
        paper,
        milestone(ann, MilestoneKind::Publication, "Second paper", date(2027, 3, 1),
                  MilestoneStatus::Missed),
        milestone(ann, MilestoneKind::GrantSubmission, "Submit the K99", date(2027, 6, 1)),
        milestone(ann, MilestoneKind::Promotion, "Assistant professor", date(2028, 6, 1)),
    };
    ann = ws.addCompact(ann);
    made.ann = ann.id;
    logMeeting(ws, ann, date(2027, 10, 2));
    logMeeting(ws, ann, date(2027, 11, 20));
    const Review review = ws.startReview(ann.id, 1, date(2027, 11, 1), kDashboardToday);
    reflect(ws, review.id, ann.people.at(0), 4, 3);
    reflect(ws, review.id, ann.people.at(1), 5, 4);
    reflect(ws, review.id, ann.people.at(2), 4, 2);

    Compact ben = sampleCompact("Ben Brook");
    ben.start = date(2028, 1, 1);
    ben.end = date(2030, 12, 31);
    ben.milestones.at(0).due = date(2029, 3, 1);
    made.ben = ws.addCompact(ben).id;

    Compact cara = sampleCompact("Cara Cole");
    cara.cohort = "2024";
    cara.status = CompactStatus::Closed;
    cara.start = date(2024, 9, 1);
    cara.end = date(2027, 8, 31);
    cara.milestones.at(0).due = date(2025, 10, 1);
    made.cara = ws.addCompact(cara).id;

    Compact dev = sampleCompact("Dev Quinn");
    dev.program = "R25";
    dev.cohort = "2025";
    dev.status = CompactStatus::InNegotiation;
    dev.start = date(2025, 9, 1);
    dev.end = date(2028, 8, 31);
    dev.milestones.clear();
    for (int i = 0; i < 12; ++i)
        dev.milestones.push_back(milestone(dev, MilestoneKind::Presentation,
                                           "Talk " + std::to_string(i + 1),
                                           date(2028, 1, 5) + boost::gregorian::days(7 * i)));
    dev = ws.addCompact(dev);
    made.dev = dev.id;
    logMeeting(ws, dev, date(2027, 5, 3));
    return made;
}

} // namespace mc::test
