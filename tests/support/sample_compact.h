#pragma once
// A small, valid compact for tests that need one: a scholar, two mentors,
// one expectation, goal and milestone. Ids are new on every call, so
// several samples fit in one workspace.

#include "core/ids.h"
#include "core/model.h"

namespace mc::test {

inline Compact sampleCompact(const std::string& scholarName = "Dr. Lena Ortiz") {
    using boost::gregorian::date;
    Compact compact;
    compact.title = "Mentoring compact: " + scholarName;
    compact.program = "KL2";
    compact.cohort = "2026";
    compact.start = date(2026, 9, 1);
    compact.end = date(2029, 8, 31);
    Person scholar;
    scholar.id = newUuid();
    scholar.role = Role::Scholar;
    scholar.name = scholarName;
    scholar.email = "lena.ortiz@example.edu";
    Person mentor;
    mentor.id = newUuid();
    mentor.role = Role::PrimaryMentor;
    mentor.name = "Prof. Sam Reyes";
    mentor.responsibilities = "Research direction and grant drafts";
    mentor.position = 1;
    Person coMentor;
    coMentor.id = newUuid();
    coMentor.role = Role::CoMentor;
    coMentor.name = "Dr. Kim Baker";
    coMentor.position = 2;
    compact.people = {scholar, mentor, coMentor};
    Expectation expectation;
    expectation.domain = Domain::Communication;
    expectation.topic = "communication.meeting_frequency";
    expectation.text = "We meet every second Thursday for an hour.";
    expectation.direction = Direction::Mutual;
    compact.expectations = {expectation};
    Goal goal;
    goal.id = newUuid();
    goal.ownerId = scholar.id;
    goal.text = "Become an independent investigator";
    compact.goals = {goal};
    Milestone milestone;
    milestone.responsibleId = scholar.id;
    milestone.goalId = goal.id;
    milestone.kind = MilestoneKind::GrantSubmission;
    milestone.title = "Submit the first R01";
    milestone.due = date(2028, 10, 5);
    compact.milestones = {milestone};
    return compact;
}

} // namespace mc::test
