// Reading and writing single rows: the one place that knows how each
// entity maps onto its table.

#include "core/error.h"
#include "core/ids.h"
#include "core/workspace_impl.h"

#include <algorithm>
#include <sqlite3.h>
#include <tuple>

namespace mc {

namespace {

template <typename E> E enumColumn(const sqlite::StatementUse& row, int column, const char* what) {
    const std::string key = row.text(column);
    if (auto value = fromKey<E>(key))
        return *value;
    throw Error(text(MC_TR("core", "The workspace holds an unknown %1 \"%2\": it may have been "
                                   "written by a newer version."),
                     text(what), key));
}

Date dateColumn(const sqlite::StatementUse& row, int column) {
    return parseIsoDate(row.text(column));
}

OptionalDate optionalDateColumn(const sqlite::StatementUse& row, int column) {
    if (row.isNull(column))
        return std::nullopt;
    return parseIsoDate(row.text(column));
}

std::optional<std::string> optionalDateText(const OptionalDate& date) {
    if (!date)
        return std::nullopt;
    return formatIsoDate(*date);
}

} // namespace

void fillStamps(Stamps& stamps, const std::string& now, bool touch) {
    if (stamps.id.empty())
        stamps.id = newUuid();
    if (stamps.created.empty())
        stamps.created = now;
    if (touch || stamps.updated.empty())
        stamps.updated = now;
}

Compact Workspace::Impl::loadHeader(const std::string& compactId) {
    auto row = statement("SELECT id, title, program, cohort, status, template_id, start_date, "
                         "end_date, created, updated, closed_on, close_reason, close_note "
                         "FROM compacts WHERE id = ?");
    row.bind(1, compactId);
    if (!row.step())
        throw Error(
            text(MC_TR("core", "There is no compact with the id %1 in %2."), compactId, path));
    Compact compact;
    compact.id = row.text(0);
    compact.title = row.text(1);
    compact.program = row.text(2);
    compact.cohort = row.text(3);
    compact.status = enumColumn<CompactStatus>(row, 4, MC_TR("core", "compact status"));
    compact.templateId = row.text(5);
    compact.start = dateColumn(row, 6);
    compact.end = dateColumn(row, 7);
    compact.created = row.text(8);
    compact.updated = row.text(9);
    if (const OptionalDate closedOn = optionalDateColumn(row, 10))
        compact.closing = Closing{
            *closedOn,
            row.isNull(11) ? ClosingReason::Other
                           : enumColumn<ClosingReason>(row, 11, MC_TR("core", "closing reason")),
            row.text(12)};
    return compact;
}

std::vector<Person> Workspace::Impl::loadPeople(const std::string& compactId) {
    auto row = statement("SELECT id, role, name, email, department, institution, "
                         "responsibilities, position, created, updated FROM people "
                         "WHERE compact_id = ? ORDER BY position, rowid");
    row.bind(1, compactId);
    std::vector<Person> people;
    while (row.step()) {
        Person& person = people.emplace_back();
        person.id = row.text(0);
        person.role = enumColumn<Role>(row, 1, MC_TR("core", "role"));
        person.name = row.text(2);
        person.email = row.text(3);
        person.department = row.text(4);
        person.institution = row.text(5);
        person.responsibilities = row.text(6);
        person.position = row.integer32(7);
        person.created = row.text(8);
        person.updated = row.text(9);
    }
    return people;
}

std::vector<Expectation> Workspace::Impl::loadExpectations(const std::string& compactId) {
    auto row = statement("SELECT id, domain, topic, text, direction, origin, state, position, "
                         "created, updated FROM expectations WHERE compact_id = ?");
    row.bind(1, compactId);
    std::vector<Expectation> expectations;
    while (row.step()) {
        Expectation& e = expectations.emplace_back();
        e.id = row.text(0);
        e.domain = enumColumn<Domain>(row, 1, MC_TR("core", "domain"));
        e.topic = row.text(2);
        e.text = row.text(3);
        e.direction = enumColumn<Direction>(row, 4, MC_TR("core", "direction"));
        e.origin = enumColumn<Origin>(row, 5, MC_TR("core", "origin"));
        e.state = enumColumn<ExpectationState>(row, 6, MC_TR("core", "expectation state"));
        e.position = row.integer32(7);
        e.created = row.text(8);
        e.updated = row.text(9);
    }
    // Display order: the domains in their fixed order, then the position
    // within the domain; the id settles ties so the order is always the same.
    std::stable_sort(expectations.begin(), expectations.end(), [](const auto& a, const auto& b) {
        return std::tie(a.domain, a.position, a.id) < std::tie(b.domain, b.position, b.id);
    });
    return expectations;
}

std::vector<Goal> Workspace::Impl::loadGoals(const std::string& compactId) {
    auto row = statement("SELECT id, owner_id, horizon, text, target_date, status, position, "
                         "created, updated FROM goals WHERE compact_id = ? "
                         "ORDER BY position, id");
    row.bind(1, compactId);
    std::vector<Goal> goals;
    while (row.step()) {
        Goal& goal = goals.emplace_back();
        goal.id = row.text(0);
        goal.ownerId = row.text(1);
        goal.horizon = enumColumn<Horizon>(row, 2, MC_TR("core", "goal horizon"));
        goal.text = row.text(3);
        goal.targetDate = optionalDateColumn(row, 4);
        goal.status = enumColumn<GoalStatus>(row, 5, MC_TR("core", "goal status"));
        goal.position = row.integer32(6);
        goal.created = row.text(7);
        goal.updated = row.text(8);
    }
    return goals;
}

std::vector<Milestone> Workspace::Impl::loadMilestones(const std::string& compactId) {
    auto row = statement("SELECT id, responsible_id, goal_id, kind, title, due_date, done_date, "
                         "status, outcome_note, mentor_confirmed, created, updated "
                         "FROM milestones WHERE compact_id = ? ORDER BY due_date, title, id");
    row.bind(1, compactId);
    std::vector<Milestone> milestones;
    while (row.step()) {
        Milestone& m = milestones.emplace_back();
        m.id = row.text(0);
        m.responsibleId = row.text(1);
        m.goalId = row.text(2);
        m.kind = enumColumn<MilestoneKind>(row, 3, MC_TR("core", "milestone kind"));
        m.title = row.text(4);
        m.due = dateColumn(row, 5);
        m.done = optionalDateColumn(row, 6);
        m.status = enumColumn<MilestoneStatus>(row, 7, MC_TR("core", "milestone status"));
        m.outcomeNote = row.text(8);
        m.mentorConfirmed = row.integer(9) != 0;
        m.created = row.text(10);
        m.updated = row.text(11);
    }
    return milestones;
}

MeetingPlan Workspace::Impl::loadMeetingPlan(const std::string& compactId) {
    auto row = statement("SELECT cadence, weekday, week_of_month, interval_days, "
                         "duration_minutes, channels, standing_topics, scholar_preparation, "
                         "updated FROM meeting_plans WHERE compact_id = ?");
    row.bind(1, compactId);
    MeetingPlan plan;
    if (row.step()) {
        plan.recurrence.cadence = enumColumn<Cadence>(row, 0, MC_TR("core", "meeting cadence"));
        plan.recurrence.weekday = row.integer32(1);
        plan.recurrence.weekOfMonth = row.integer32(2);
        plan.recurrence.intervalDays = row.integer32(3);
        plan.durationMinutes = row.integer32(4);
        plan.channels = row.text(5);
        plan.standingTopics = row.text(6);
        plan.scholarPreparation = row.text(7);
        plan.updated = row.text(8);
    }
    return plan;
}

// The SQL of each row: a plain INSERT, and for edits the same with an
// upsert tail. Each upsert of a part only updates a row of the same
// compact: an id that belongs to another compact changes nothing, and
// requireWritten turns that into an error.
namespace {

const std::string kCompactInsert =
    "INSERT INTO compacts (id, title, program, cohort, status, template_id, start_date, "
    "end_date, created, updated, closed_on, close_reason, close_note) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
const std::string kCompactUpsert =
    kCompactInsert + " ON CONFLICT(id) DO UPDATE SET title = ?2, program = ?3, cohort = ?4, "
                     "status = ?5, template_id = ?6, start_date = ?7, end_date = ?8, "
                     "updated = ?10, closed_on = ?11, close_reason = ?12, close_note = ?13";
const std::string kPersonInsert =
    "INSERT INTO people (id, compact_id, role, name, email, department, institution, "
    "responsibilities, position, created, updated) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
const std::string kPersonUpsert =
    kPersonInsert + " ON CONFLICT(id) DO UPDATE SET role = ?3, name = ?4, email = ?5, "
                    "department = ?6, institution = ?7, responsibilities = ?8, position = ?9, "
                    "updated = ?11 WHERE compact_id = ?2";
const std::string kExpectationInsert =
    "INSERT INTO expectations (id, compact_id, domain, topic, text, direction, origin, "
    "state, position, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
const std::string kExpectationUpsert =
    kExpectationInsert + " ON CONFLICT(id) DO UPDATE SET domain = ?3, topic = ?4, text = ?5, "
                         "direction = ?6, origin = ?7, state = ?8, position = ?9, "
                         "updated = ?11 WHERE compact_id = ?2";
const std::string kGoalInsert =
    "INSERT INTO goals (id, compact_id, owner_id, horizon, text, target_date, status, "
    "position, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
const std::string kGoalUpsert =
    kGoalInsert + " ON CONFLICT(id) DO UPDATE SET owner_id = ?3, horizon = ?4, text = ?5, "
                  "target_date = ?6, status = ?7, position = ?8, updated = ?10 "
                  "WHERE compact_id = ?2";
const std::string kMilestoneInsert =
    "INSERT INTO milestones (id, compact_id, responsible_id, goal_id, kind, title, due_date, "
    "done_date, status, outcome_note, mentor_confirmed, created, updated) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
const std::string kMilestoneUpsert =
    kMilestoneInsert + " ON CONFLICT(id) DO UPDATE SET responsible_id = ?3, goal_id = ?4, "
                       "kind = ?5, title = ?6, due_date = ?7, done_date = ?8, status = ?9, "
                       "outcome_note = ?10, mentor_confirmed = ?11, updated = ?13 "
                       "WHERE compact_id = ?2";
const std::string kMeetingPlanInsert =
    "INSERT INTO meeting_plans (compact_id, cadence, weekday, week_of_month, interval_days, "
    "duration_minutes, channels, standing_topics, scholar_preparation, updated) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
const std::string kMeetingPlanUpsert =
    kMeetingPlanInsert + " ON CONFLICT(compact_id) DO UPDATE SET cadence = ?2, weekday = ?3, "
                         "week_of_month = ?4, interval_days = ?5, duration_minutes = ?6, "
                         "channels = ?7, standing_topics = ?8, scholar_preparation = ?9, "
                         "updated = ?10";

const std::string& sqlFor(WriteMode mode, const std::string& insert, const std::string& upsert) {
    return mode == WriteMode::InsertNew ? insert : upsert;
}

Text belongsElsewhere(const Text& what, const std::string& id, const Text& owner) {
    return text(MC_TR("core", "The %1 %2 belongs to %3."), what, id, owner);
}

// Runs a bound row write. `owner` names who holds the id when it is taken:
// a plain INSERT then fails on the primary key, an upsert changes nothing.
void runWrite(sqlite::Database& db, sqlite::StatementUse& row, WriteMode mode, const Text& what,
              const std::string& id, const Text& owner) {
    try {
        row.run();
    } catch (const Error&) {
        // Still the failed statement's code: the lease resets it only later.
        if (mode == WriteMode::InsertNew &&
            sqlite3_extended_errcode(db.handle()) == SQLITE_CONSTRAINT_PRIMARYKEY)
            throw Error(belongsElsewhere(what, id, owner));
        throw;
    }
    if (mode == WriteMode::Upsert && !owner.empty() && db.changes() == 0)
        throw Error(belongsElsewhere(what, id, owner));
}

Text otherCompact() {
    return text(MC_TR("core", "another compact"));
}

} // namespace

void Workspace::Impl::writeCompactRow(const Compact& c, WriteMode mode) {
    auto row = statement(sqlFor(mode, kCompactInsert, kCompactUpsert));
    row.bind(1, c.id).bind(2, c.title).bind(3, c.program).bind(4, c.cohort);
    row.bind(5, toKey(c.status)).bind(6, c.templateId);
    row.bind(7, formatIsoDate(c.start)).bind(8, formatIsoDate(c.end));
    row.bind(9, c.created).bind(10, c.updated);
    if (c.closing) {
        row.bind(11, formatIsoDate(c.closing->on)).bind(12, toKey(c.closing->reason));
        row.bind(13, c.closing->note);
    } else {
        row.bindNull(11).bindNull(12).bind(13, "");
    }
    // An upsert of the compact row always changes it: nothing to check then.
    runWrite(db, row, mode, text(MC_TR("core", "compact")), c.id,
             mode == WriteMode::InsertNew
                 ? text(MC_TR("core", "a compact already in this workspace"))
                 : Text{});
}

void Workspace::Impl::writePerson(const std::string& compactId, const Person& p, WriteMode mode) {
    auto row = statement(sqlFor(mode, kPersonInsert, kPersonUpsert));
    row.bind(1, p.id).bind(2, compactId).bind(3, toKey(p.role)).bind(4, p.name);
    row.bind(5, p.email).bind(6, p.department).bind(7, p.institution);
    row.bind(8, p.responsibilities).bind(9, p.position).bind(10, p.created).bind(11, p.updated);
    runWrite(db, row, mode, text(MC_TR("core", "person")), p.id, otherCompact());
}

void Workspace::Impl::writeExpectation(const std::string& compactId, const Expectation& e,
                                       WriteMode mode) {
    auto row = statement(sqlFor(mode, kExpectationInsert, kExpectationUpsert));
    row.bind(1, e.id).bind(2, compactId).bind(3, toKey(e.domain)).bind(4, e.topic);
    row.bind(5, e.text).bind(6, toKey(e.direction)).bind(7, toKey(e.origin));
    row.bind(8, toKey(e.state)).bind(9, e.position).bind(10, e.created).bind(11, e.updated);
    runWrite(db, row, mode, text(MC_TR("core", "expectation")), e.id, otherCompact());
}

void Workspace::Impl::writeGoal(const std::string& compactId, const Goal& g, WriteMode mode) {
    auto row = statement(sqlFor(mode, kGoalInsert, kGoalUpsert));
    row.bind(1, g.id).bind(2, compactId).bind(3, g.ownerId).bind(4, toKey(g.horizon));
    row.bind(5, g.text).bind(6, optionalDateText(g.targetDate)).bind(7, toKey(g.status));
    row.bind(8, g.position).bind(9, g.created).bind(10, g.updated);
    runWrite(db, row, mode, text(MC_TR("core", "goal")), g.id, otherCompact());
}

void Workspace::Impl::writeMilestone(const std::string& compactId, const Milestone& m,
                                     WriteMode mode) {
    auto row = statement(sqlFor(mode, kMilestoneInsert, kMilestoneUpsert));
    row.bind(1, m.id).bind(2, compactId).bind(3, m.responsibleId);
    if (m.goalId.empty())
        row.bindNull(4);
    else
        row.bind(4, m.goalId);
    row.bind(5, toKey(m.kind)).bind(6, m.title).bind(7, formatIsoDate(m.due));
    row.bind(8, optionalDateText(m.done)).bind(9, toKey(m.status)).bind(10, m.outcomeNote);
    row.bind(11, m.mentorConfirmed).bind(12, m.created).bind(13, m.updated);
    runWrite(db, row, mode, text(MC_TR("core", "milestone")), m.id, otherCompact());
}

void Workspace::Impl::writeMeetingPlan(const std::string& compactId, const MeetingPlan& plan,
                                       WriteMode mode) {
    auto row = statement(sqlFor(mode, kMeetingPlanInsert, kMeetingPlanUpsert));
    const Recurrence& r = plan.recurrence;
    row.bind(1, compactId).bind(2, toKey(r.cadence)).bind(3, r.weekday).bind(4, r.weekOfMonth);
    row.bind(5, r.intervalDays).bind(6, plan.durationMinutes).bind(7, plan.channels);
    row.bind(8, plan.standingTopics).bind(9, plan.scholarPreparation).bind(10, plan.updated);
    runWrite(db, row, mode, text(MC_TR("core", "meeting plan of the compact")), compactId,
             mode == WriteMode::InsertNew ? text(MC_TR("core", "a compact that has one already"))
                                          : Text{});
}

} // namespace mc
