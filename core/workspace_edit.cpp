// Editing a workspace: each public function is one transaction that first
// checks the domain rules, so a refused edit writes nothing.

#include "core/error.h"
#include "core/ids.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

#include <algorithm>

namespace mc {

namespace {

template <typename T> void replaceOrAppend(std::vector<T>& items, const T& item) {
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&](const T& existing) { return existing.id == item.id; });
    if (found != items.end())
        *found = item;
    else
        items.push_back(item);
}

void deleteRow(Workspace::Impl& impl, const std::string& table, const Text& what,
               const std::string& compactId, const std::string& id) {
    auto row = impl.statement("DELETE FROM " + table + " WHERE id = ? AND compact_id = ?");
    row.bind(1, id).bind(2, compactId);
    row.run();
    if (impl.db.changes() == 0)
        throw Error(text(MC_TR("core", "There is no %1 %2 in this compact."), what, id));
}

} // namespace

Compact Workspace::Impl::loadContext(const std::string& compactId) {
    Compact compact = loadHeader(compactId);
    compact.people = loadPeople(compactId);
    compact.goals = loadGoals(compactId);
    return compact;
}

Compact Workspace::addCompact(Compact compact) {
    impl_->requireWritable();
    const std::string now = utcTimestampNow();
    fillStamps(compact, now, false);
    for (auto& person : compact.people)
        fillStamps(person, now, false);
    for (auto& expectation : compact.expectations)
        fillStamps(expectation, now, false);
    for (auto& goal : compact.goals)
        fillStamps(goal, now, false);
    for (auto& milestone : compact.milestones)
        fillStamps(milestone, now, false);
    if (compact.meetingPlan.updated.empty())
        compact.meetingPlan.updated = now;
    insertCompacts({compact});
    return compact;
}

void Workspace::insertCompacts(const std::vector<Compact>& compacts) {
    insertCompacts(compacts, Rules::Check);
}

void Workspace::insertCompacts(const std::vector<Compact>& compacts, Rules rules,
                               const std::vector<Worksheet>& worksheets,
                               const std::vector<Meeting>& meetings,
                               const std::vector<ReviewRecord>& reviews) {
    impl_->requireWritable();
    std::vector<Problem> problems;
    for (std::size_t i = 0; i < compacts.size(); ++i) {
        const std::string prefix = "compacts[" + std::to_string(i) + "]";
        if (rules == Rules::Check)
            for (Problem problem : validateCompact(compacts[i])) {
                problem.field = prefix + (problem.field.empty() ? "" : "." + problem.field);
                problems.push_back(std::move(problem));
            }
        if (compacts[i].id.empty() || hasCompact(compacts[i].id))
            problems.push_back(Problem(
                Severity::Error, prefix + ".id",
                compacts[i].id.empty()
                    ? text(MC_TR("core", "the compact has no id"))
                    : text(MC_TR("core", "a compact with the id %1 is already in this workspace"),
                           compacts[i].id)));
    }
    refuseErrors(std::move(problems));
    checkWorksheets(compacts, worksheets);
    checkMeetings(compacts, meetings);
    checkReviews(compacts, reviews);

    const std::string now = utcTimestampNow();
    // The compacts are new (checked above, and the primary keys refuse a
    // race), so plain INSERTs do instead of the edits' upserts.
    constexpr WriteMode kNew = WriteMode::InsertNew;
    sqlite::Transaction transaction(impl_->db);
    for (Compact compact : compacts) {
        // Parts read from a file keep their stamps; missing ones are filled.
        fillStamps(compact, now, false);
        impl_->writeCompactRow(compact, kNew);
        for (Person& person : compact.people) {
            fillStamps(person, now, false);
            impl_->writePerson(compact.id, person, kNew);
        }
        for (Expectation& expectation : compact.expectations) {
            fillStamps(expectation, now, false);
            impl_->writeExpectation(compact.id, expectation, kNew);
        }
        for (Goal& goal : compact.goals) {
            fillStamps(goal, now, false);
            impl_->writeGoal(compact.id, goal, kNew);
        }
        for (Milestone& milestone : compact.milestones) {
            fillStamps(milestone, now, false);
            impl_->writeMilestone(compact.id, milestone, kNew);
        }
        if (compact.meetingPlan.updated.empty())
            compact.meetingPlan.updated = now;
        impl_->writeMeetingPlan(compact.id, compact.meetingPlan, kNew);
    }
    insertWorksheets(worksheets);
    insertMeetings(meetings);
    insertReviews(reviews);
    transaction.commit();
}

Compact Workspace::saveCompactHeader(const Compact& changed) {
    impl_->requireWritable();
    Compact compact = impl_->loadContext(changed.id);
    impl_->refuseIfLocked(changed.id, [&](Compact& c) {
        c.title = changed.title;
        c.program = changed.program;
        c.cohort = changed.cohort;
        c.start = changed.start;
        c.end = changed.end;
    });
    // Closing asks for the day and the reason, and reopening works out the
    // status from the versions: both have their own functions.
    if (changed.status == CompactStatus::Closed && compact.status != CompactStatus::Closed)
        throw ValidationError({Problem(Severity::Error, "status",
                                       text(MC_TR("core", "to close a compact, give the day it "
                                                          "ended and why: use Close Compact (or "
                                                          "`mentoring-compact close`)")))});
    if (compact.status == CompactStatus::Closed && changed.status != CompactStatus::Closed)
        throw ValidationError({Problem(Severity::Error, "status",
                                       text(MC_TR("core", "this compact is closed: reopen it "
                                                          "(Reopen Compact, or `mentoring-compact "
                                                          "reopen`) to change its status")))});
    if (changed.status != compact.status)
        impl_->refuseIfLocked(changed.id); // signing and amending set it
    compact.title = changed.title;
    compact.program = changed.program;
    compact.cohort = changed.cohort;
    compact.status = changed.status;
    compact.templateId = changed.templateId;
    compact.start = changed.start;
    compact.end = changed.end;
    refuseErrors(validateCompactHeader(compact));
    compact.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    impl_->writeCompactRow(compact);
    transaction.commit();
    return compact;
}

void Workspace::deleteCompact(const std::string& compactId) {
    impl_->requireWritable();
    impl_->refuseIfLocked(compactId); // a signed compact is closed (archived), not deleted
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("DELETE FROM compacts WHERE id = ?");
    row.bind(1, compactId);
    row.run();
    if (impl_->db.changes() == 0)
        throw Error(text(MC_TR("core", "There is no compact with the id %1 in %2."), compactId,
                         impl_->path));
    transaction.commit();
}

Person Workspace::savePerson(const std::string& compactId, Person person) {
    impl_->requireWritable();
    Compact compact = impl_->loadContext(compactId);
    fillStamps(person, utcTimestampNow(), true);
    impl_->refuseIfLocked(compactId, [&](Compact& c) { replaceOrAppend(c.people, person); });
    std::vector<Problem> problems = validatePerson(person);
    // The whole team must still make sense: one scholar, a mentor.
    replaceOrAppend(compact.people, person);
    for (Problem& problem : validateCompactHeader(compact))
        if (problem.field.rfind("people", 0) == 0)
            problems.push_back(std::move(problem));
    refuseErrors(std::move(problems));
    sqlite::Transaction transaction(impl_->db);
    impl_->writePerson(compactId, person);
    transaction.commit();
    return person;
}

void Workspace::deletePerson(const std::string& compactId, const std::string& personId) {
    impl_->requireWritable();
    Compact compact = impl_->loadContext(compactId);
    const Person* person = compact.findPerson(personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "There is no person %1 in this compact."), personId));
    const std::string name = person->name;
    impl_->refuseIfLocked(compactId);
    auto uses = impl_->statement("SELECT (SELECT count(*) FROM goals WHERE owner_id = ?1), "
                                 "(SELECT count(*) FROM milestones WHERE responsible_id = ?1)");
    uses.bind(1, personId);
    uses.step();
    const auto goals = uses.integer(0);
    const auto milestones = uses.integer(1);
    if (goals > 0 || milestones > 0)
        throw Error(text(MC_TR("core", "%1 still owns %2 goal(s) and is responsible for %3 "
                                       "milestone(s): give them to someone else first."),
                         name, goals, milestones));
    std::erase_if(compact.people, [&](const Person& p) { return p.id == personId; });
    std::vector<Problem> problems = validateCompactHeader(compact);
    std::erase_if(problems, [](const Problem& p) { return p.field.rfind("people", 0) != 0; });
    refuseErrors(std::move(problems));
    sqlite::Transaction transaction(impl_->db);
    deleteRow(*impl_, "people", text(MC_TR("core", "person")), compactId, personId);
    transaction.commit();
}

Expectation Workspace::saveExpectation(const std::string& compactId, Expectation expectation) {
    impl_->requireWritable();
    if (!hasCompact(compactId))
        impl_->loadHeader(compactId); // throws the "no such compact" message
    fillStamps(expectation, utcTimestampNow(), true);
    impl_->refuseIfLocked(compactId,
                          [&](Compact& c) { replaceOrAppend(c.expectations, expectation); });
    refuseErrors(validateExpectation(expectation));
    sqlite::Transaction transaction(impl_->db);
    impl_->writeExpectation(compactId, expectation);
    transaction.commit();
    return expectation;
}

void Workspace::deleteExpectation(const std::string& compactId, const std::string& id) {
    impl_->requireWritable();
    impl_->refuseIfLocked(compactId);
    sqlite::Transaction transaction(impl_->db);
    deleteRow(*impl_, "expectations", text(MC_TR("core", "expectation")), compactId, id);
    transaction.commit();
}

Goal Workspace::saveGoal(const std::string& compactId, Goal goal) {
    impl_->requireWritable();
    const Compact compact = impl_->loadContext(compactId);
    fillStamps(goal, utcTimestampNow(), true);
    impl_->refuseIfLocked(compactId, [&](Compact& c) { replaceOrAppend(c.goals, goal); });
    refuseErrors(validateGoal(goal, compact));
    sqlite::Transaction transaction(impl_->db);
    impl_->writeGoal(compactId, goal);
    transaction.commit();
    return goal;
}

void Workspace::deleteGoal(const std::string& compactId, const std::string& goalId) {
    impl_->requireWritable();
    impl_->refuseIfLocked(compactId);
    sqlite::Transaction transaction(impl_->db);
    deleteRow(*impl_, "goals", text(MC_TR("core", "goal")), compactId, goalId);
    transaction.commit();
}

Milestone Workspace::saveMilestone(const std::string& compactId, Milestone milestone) {
    impl_->requireWritable();
    const Compact compact = impl_->loadContext(compactId);
    fillStamps(milestone, utcTimestampNow(), true);
    impl_->refuseIfLocked(compactId, [&](Compact& c) { replaceOrAppend(c.milestones, milestone); });
    refuseErrors(validateMilestone(milestone, compact));
    sqlite::Transaction transaction(impl_->db);
    impl_->writeMilestone(compactId, milestone);
    transaction.commit();
    return milestone;
}

void Workspace::deleteMilestone(const std::string& compactId, const std::string& milestoneId) {
    impl_->requireWritable();
    impl_->refuseIfLocked(compactId);
    sqlite::Transaction transaction(impl_->db);
    deleteRow(*impl_, "milestones", text(MC_TR("core", "milestone")), compactId, milestoneId);
    transaction.commit();
}

MeetingPlan Workspace::saveMeetingPlan(const std::string& compactId, MeetingPlan plan) {
    impl_->requireWritable();
    impl_->loadHeader(compactId);
    impl_->refuseIfLocked(compactId, [&](Compact& c) { c.meetingPlan = plan; });
    refuseErrors(validateMeetingPlan(plan));
    plan.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    impl_->writeMeetingPlan(compactId, plan);
    transaction.commit();
    return plan;
}

void refuseErrors(std::vector<Problem> problems) {
    std::erase_if(problems, [](const Problem& p) { return p.severity != Severity::Error; });
    if (!problems.empty())
        throw ValidationError(std::move(problems));
}

} // namespace mc
