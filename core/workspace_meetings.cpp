// The meeting log in the store (issue 6): meetings, their attendees and
// action items, and promoting an action item to a milestone. The log is not
// signed content, so only the promotion asks the compact's lock.

#include "core/error.h"
#include "core/ids.h"
#include "core/meeting_log.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

#include <algorithm>
#include <map>
#include <set>

namespace mc {

namespace {

using Impl = Workspace::Impl;

std::optional<std::string> orNull(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// The meeting `meetingId` wherever it is, or nothing.
std::optional<Meeting> findMeeting(Impl& impl, const std::string& meetingId) {
    std::string compactId;
    {
        auto row = impl.statement("SELECT compact_id FROM meetings WHERE id = ?");
        row.bind(1, meetingId);
        if (!row.step())
            return std::nullopt;
        compactId = row.text(0);
    }
    for (Meeting& meeting : impl.loadMeetings(compactId))
        if (meeting.id == meetingId)
            return std::move(meeting);
    return std::nullopt;
}

// The meeting of `compactId` holding the action item, and the item's index.
std::pair<Meeting, std::size_t> findActionItem(Impl& impl, const std::string& compactId,
                                               const std::string& actionItemId) {
    for (Meeting& meeting : impl.loadMeetings(compactId))
        for (std::size_t i = 0; i < meeting.actionItems.size(); ++i)
            if (meeting.actionItems[i].id == actionItemId)
                return {std::move(meeting), i};
    throw Error(text(MC_TR("core", "There is no action item %1 in this compact."), actionItemId));
}

// Action item ids already used by another meeting.
std::vector<Problem> itemIdsTakenElsewhere(Impl& impl, const Meeting& meeting) {
    std::vector<Problem> problems;
    for (std::size_t i = 0; i < meeting.actionItems.size(); ++i) {
        auto row = impl.statement("SELECT meeting_id FROM action_items WHERE id = ?");
        row.bind(1, meeting.actionItems[i].id);
        if (row.step() && row.text(0) != meeting.id)
            problems.push_back(Problem(
                Severity::Error, "meeting.actionItems[" + std::to_string(i) + "].id",
                text(MC_TR("core", "id \"%1\" is used by an action item of another meeting"),
                     meeting.actionItems[i].id)));
    }
    return problems;
}

// Names from the compact's people; ids and stamps, keeping what the stored
// meeting had for items that did not change.
void prepare(Meeting& meeting, const Compact& compact, const std::optional<Meeting>& stored) {
    for (Attendee& attendee : meeting.attendees)
        if (const Person* person = compact.findPerson(attendee.personId))
            attendee.name = person->name;
    for (ActionItem& item : meeting.actionItems)
        if (const Person* person = compact.findPerson(item.ownerId))
            item.ownerName = person->name;

    const std::string now = utcTimestampNow();
    if (stored)
        meeting.created = stored->created;
    fillStamps(meeting, now, true);
    for (std::size_t i = 0; i < meeting.actionItems.size(); ++i) {
        ActionItem& item = meeting.actionItems[i];
        item.position = static_cast<int>(i);
        const ActionItem* before = nullptr;
        if (stored)
            for (const ActionItem& old : stored->actionItems)
                if (!item.id.empty() && old.id == item.id)
                    before = &old;
        if (before == nullptr) {
            fillStamps(item, now, true);
            continue;
        }
        item.created = before->created;
        item.updated = before->updated;
        if (!(item == *before))
            item.updated = now;
    }
}

} // namespace

std::vector<Meeting> Workspace::Impl::loadMeetings(const std::string& compactId) {
    std::vector<Meeting> meetings;
    std::map<std::string, std::size_t> byId;
    {
        auto row = statement("SELECT id, meeting_date, topics, notes, created, updated "
                             "FROM meetings WHERE compact_id = ? "
                             "ORDER BY meeting_date DESC, created DESC, id");
        row.bind(1, compactId);
        while (row.step()) {
            Meeting& m = meetings.emplace_back();
            m.id = row.text(0);
            m.compactId = compactId;
            m.date = parseIsoDate(row.text(1));
            m.topics = row.text(2);
            m.notes = row.text(3);
            m.created = row.text(4);
            m.updated = row.text(5);
            byId.emplace(m.id, meetings.size() - 1);
        }
    }
    if (meetings.empty())
        return meetings;
    {
        // A person still in the compact is named as they are called now.
        auto row = statement("SELECT a.meeting_id, coalesce(a.person_id, ''), "
                             "coalesce(p.name, a.name) FROM meeting_attendees a "
                             "JOIN meetings m ON m.id = a.meeting_id "
                             "LEFT JOIN people p ON p.id = a.person_id "
                             "WHERE m.compact_id = ? ORDER BY a.meeting_id, a.position");
        row.bind(1, compactId);
        while (row.step())
            meetings[byId.at(row.text(0))].attendees.push_back({row.text(1), row.text(2)});
    }
    auto row = statement("SELECT i.meeting_id, i.id, i.text, coalesce(i.owner_id, ''), "
                         "coalesce(p.name, i.owner_name), i.due_date, i.done, "
                         "coalesce(i.milestone_id, ''), i.position, i.created, i.updated "
                         "FROM action_items i JOIN meetings m ON m.id = i.meeting_id "
                         "LEFT JOIN people p ON p.id = i.owner_id "
                         "WHERE m.compact_id = ? ORDER BY i.meeting_id, i.position, i.id");
    row.bind(1, compactId);
    while (row.step()) {
        ActionItem item;
        item.id = row.text(1);
        item.text = row.text(2);
        item.ownerId = row.text(3);
        item.ownerName = row.text(4);
        if (!row.isNull(5))
            item.due = parseIsoDate(row.text(5));
        item.done = row.integer(6) != 0;
        item.milestoneId = row.text(7);
        item.position = row.integer32(8);
        item.created = row.text(9);
        item.updated = row.text(10);
        meetings[byId.at(row.text(0))].actionItems.push_back(std::move(item));
    }
    return meetings;
}

void Workspace::Impl::writeMeeting(const Meeting& m) {
    {
        auto row = statement("INSERT INTO meetings (id, compact_id, meeting_date, topics, notes, "
                             "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET meeting_date = excluded.meeting_date, "
                             "topics = excluded.topics, notes = excluded.notes, "
                             "updated = excluded.updated");
        row.bind(1, m.id).bind(2, m.compactId).bind(3, formatIsoDate(m.date)).bind(4, m.topics);
        row.bind(5, m.notes).bind(6, m.created).bind(7, m.updated);
        row.run();
    }
    for (const char* sql : {"DELETE FROM meeting_attendees WHERE meeting_id = ?",
                            "DELETE FROM action_items WHERE meeting_id = ?"}) {
        auto row = statement(sql);
        row.bind(1, m.id);
        row.run();
    }
    for (std::size_t i = 0; i < m.attendees.size(); ++i) {
        const Attendee& a = m.attendees[i];
        // The name is kept only for someone who has left the compact; the
        // others are named from their person row when read.
        auto row = statement("INSERT INTO meeting_attendees (meeting_id, person_id, name, "
                             "position) VALUES (?, ?, ?, ?)");
        row.bind(1, m.id).bind(2, orNull(a.personId));
        row.bind(3, a.personId.empty() ? a.name : std::string()).bind(4, static_cast<int>(i));
        row.run();
    }
    for (const ActionItem& item : m.actionItems) {
        auto row = statement("INSERT INTO action_items (id, meeting_id, text, owner_id, "
                             "owner_name, due_date, done, milestone_id, position, created, "
                             "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        row.bind(1, item.id).bind(2, m.id).bind(3, item.text).bind(4, orNull(item.ownerId));
        row.bind(5, item.ownerId.empty() ? item.ownerName : std::string());
        row.bind(6, item.due ? std::optional<std::string>(formatIsoDate(*item.due))
                             : std::optional<std::string>());
        row.bind(7, item.done).bind(8, orNull(item.milestoneId)).bind(9, item.position);
        row.bind(10, item.created).bind(11, item.updated);
        row.run();
    }
}

void Workspace::checkMeetings(const std::vector<Compact>& compacts,
                              const std::vector<Meeting>& meetings) const {
    std::vector<Problem> problems;
    std::map<std::string, std::size_t> compactIndex;
    for (std::size_t i = 0; i < compacts.size(); ++i)
        compactIndex.emplace(compacts[i].id, i);
    std::map<std::string, std::size_t> perCompact; // meetings seen so far of each compact
    std::set<std::string> idsSeen;
    const auto taken = [this](const char* table, const std::string& id) {
        auto row = impl_->statement(std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
        row.bind(1, id);
        return row.step();
    };
    const auto checkNewId = [&](const char* table, const std::string& id,
                                const std::string& field) {
        if (id.empty())
            return;
        if (!idsSeen.insert(id).second || taken(table, id))
            problems.push_back(Problem(
                Severity::Error, field + ".id",
                text(MC_TR("core", "the id \"%1\" is already used in this workspace"), id)));
    };
    const Date noLimit(boost::gregorian::max_date_time);
    for (const Meeting& meeting : meetings) {
        const auto found = compactIndex.find(meeting.compactId);
        if (found == compactIndex.end())
            throw Error(text(MC_TR("core", "A meeting of the compact %1 was given without its "
                                           "compact."),
                             meeting.compactId));
        const std::string path = "compacts[" + std::to_string(found->second) + "].meetings[" +
                                 std::to_string(perCompact[meeting.compactId]++) + "]";
        for (Problem& problem : validateMeeting(meeting, compacts[found->second], noLimit,
                                                formerNamesOf(meeting), path))
            problems.push_back(std::move(problem));
        checkNewId("meetings", meeting.id, path);
        for (std::size_t i = 0; i < meeting.actionItems.size(); ++i)
            checkNewId("action_items", meeting.actionItems[i].id,
                       path + ".actionItems[" + std::to_string(i) + "]");
    }
    refuseErrors(std::move(problems));
}

void Workspace::insertMeetings(std::vector<Meeting> meetings) {
    const std::string now = utcTimestampNow();
    for (Meeting& meeting : meetings) {
        fillStamps(meeting, now, false);
        for (std::size_t i = 0; i < meeting.actionItems.size(); ++i) {
            fillStamps(meeting.actionItems[i], now, false);
            meeting.actionItems[i].position = static_cast<int>(i);
        }
        impl_->writeMeeting(meeting);
    }
}

std::vector<Meeting> Workspace::meetings(const std::string& compactId) const {
    impl_->loadHeader(compactId); // throws the "no such compact" message
    return impl_->loadMeetings(compactId);
}

Meeting Workspace::saveMeeting(const std::string& compactId, Meeting meeting, const Date& today) {
    impl_->requireWritable();
    Compact compact = impl_->loadContext(compactId);
    compact.milestones = impl_->loadMilestones(compactId);
    std::optional<Meeting> stored;
    if (!meeting.id.empty()) {
        stored = findMeeting(*impl_, meeting.id);
        if (stored && stored->compactId != compactId)
            throw Error(
                text(MC_TR("core", "The meeting %1 belongs to another compact."), meeting.id));
    }
    meeting.compactId = compactId;
    prepare(meeting, compact, stored);
    std::vector<Problem> problems = validateMeeting(
        meeting, compact, today, stored ? formerNamesOf(*stored) : std::set<std::string>{});
    for (Problem& problem : itemIdsTakenElsewhere(*impl_, meeting))
        problems.push_back(std::move(problem));
    refuseErrors(std::move(problems));
    sqlite::Transaction transaction(impl_->db);
    impl_->writeMeeting(meeting);
    transaction.commit();
    return meeting;
}

void Workspace::deleteMeeting(const std::string& compactId, const std::string& meetingId) {
    impl_->requireWritable();
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("DELETE FROM meetings WHERE id = ? AND compact_id = ?");
    row.bind(1, meetingId).bind(2, compactId);
    row.run();
    if (impl_->db.changes() == 0)
        throw Error(text(MC_TR("core", "There is no meeting %1 in this compact."), meetingId));
    transaction.commit();
}

ActionItem Workspace::setActionItemDone(const std::string& compactId,
                                        const std::string& actionItemId, bool done) {
    impl_->requireWritable();
    auto [meeting, index] = findActionItem(*impl_, compactId, actionItemId);
    ActionItem& item = meeting.actionItems[index];
    if (item.done == done)
        return item;
    item.done = done;
    item.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("UPDATE action_items SET done = ?, updated = ? WHERE id = ?");
    row.bind(1, done).bind(2, item.updated).bind(3, actionItemId);
    row.run();
    transaction.commit();
    return item;
}

Milestone Workspace::promoteActionItem(const std::string& compactId,
                                       const std::string& actionItemId) {
    impl_->requireWritable();
    const Compact compact = impl_->loadContext(compactId);
    auto [meeting, index] = findActionItem(*impl_, compactId, actionItemId);
    const ActionItem& item = meeting.actionItems[index];
    const auto refused = [&item](Text why) {
        return Error(text(MC_TR("core", "The action item \"%1\" cannot become a milestone: %2"),
                          item.text, std::move(why)));
    };
    if (!item.milestoneId.empty())
        throw refused(text(MC_TR("core", "it is one already (milestone %1)."), item.milestoneId));
    if (item.ownerId.empty())
        throw refused(item.ownerName.empty()
                          ? text(MC_TR("core", "it has no owner; give it one first, since a "
                                               "milestone needs someone responsible."))
                          : text(MC_TR("core", "its owner %1 has left the compact; give it a new "
                                               "owner first."),
                                 item.ownerName));
    if (!item.due)
        throw refused(text(MC_TR("core", "it has no due date; give it one first, since a milestone "
                                         "is due on a date.")));
    try {
        impl_->refuseIfLocked(compactId); // milestones are part of what is signed
    } catch (const Error& e) {
        throw refused(text(MC_TR("core", "%1."), e.text().empty() ? literal(e.what()) : e.text()));
    }

    Milestone milestone;
    milestone.title = item.text;
    milestone.responsibleId = item.ownerId;
    milestone.due = *item.due;
    milestone.kind = MilestoneKind::Other;
    milestone.status = MilestoneStatus::Planned;
    const std::string now = utcTimestampNow();
    fillStamps(milestone, now, true);
    refuseErrors(validateMilestone(milestone, compact));

    sqlite::Transaction transaction(impl_->db);
    impl_->writeMilestone(compactId, milestone, WriteMode::InsertNew);
    auto row =
        impl_->statement("UPDATE action_items SET milestone_id = ?, updated = ? WHERE id = ?");
    row.bind(1, milestone.id).bind(2, now).bind(3, actionItemId);
    row.run();
    transaction.commit();
    return milestone;
}

} // namespace mc
