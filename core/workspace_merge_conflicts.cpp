// Flagged merge conflicts in the store (the merge section of
// core/workspace.h): listing them, counting them per compact, settling one.

#include "core/error.h"
#include "core/ids.h"
#include "core/merge_plan.h"
#include "core/workspace_impl.h"

namespace mc {

namespace {

using Impl = Workspace::Impl;

// A JSON entity's id ("" when it has none).
std::string idOf(const MergeJson& entity) {
    const auto it = entity.find("id");
    return it != entity.end() && it->is_string() ? it->get<std::string>() : std::string();
}

constexpr const char* kConflictColumns =
    "SELECT id, compact_id, compact_label, entity_kind, entity_id, what, field, ours, theirs, "
    "source_name, created, signed_content, coalesce(resolution, ''), coalesce(resolved_at, '') "
    "FROM merge_conflicts ";

StoredConflict readConflict(const sqlite::StatementUse& row) {
    StoredConflict c;
    c.id = row.integer(0);
    c.compactId = row.text(1);
    c.compactLabel = row.text(2);
    c.entityKind = row.text(3);
    c.entityId = row.text(4);
    c.what = row.text(5);
    c.field = row.text(6);
    c.ours = row.text(7);
    c.theirs = row.text(8);
    c.sourceName = row.text(9);
    c.created = row.text(10);
    c.signedContent = row.integer(11) != 0;
    c.resolution = row.text(12);
    c.resolvedAt = row.text(13);
    return c;
}

// Where an entity of a conflict sits in a compact's JSON object.
MergeJson* entityIn(MergeJson& compact, const StoredConflict& c) {
    if (c.entityKind == "compact")
        return &compact;
    if (c.entityKind == "meeting plan")
        return compact.contains("meetingPlan") ? &compact["meetingPlan"] : nullptr;
    const std::string list = c.entityKind == "person"        ? "people"
                             : c.entityKind == "expectation" ? "expectations"
                             : c.entityKind == "goal"        ? "goals"
                             : c.entityKind == "milestone"   ? "milestones"
                             : c.entityKind == "meeting"     ? "meetings"
                             : c.entityKind == "review"      ? "reviews"
                                                             : "";
    if (list.empty() || !compact.contains(list))
        return nullptr;
    for (MergeJson& e : compact[list])
        if (idOf(e) == c.entityId)
            return &e;
    return nullptr;
}

} // namespace

std::vector<StoredConflict> Workspace::mergeConflicts(const std::string& compactId,
                                                      bool includeSettled) const {
    std::string sql = std::string(kConflictColumns) + "WHERE (? = '' OR compact_id = ?)";
    if (!includeSettled)
        sql += " AND resolution IS NULL";
    sql += " ORDER BY id";
    auto row = impl_->statement(sql);
    row.bind(1, compactId).bind(2, compactId);
    std::vector<StoredConflict> out;
    while (row.step())
        out.push_back(readConflict(row));
    return out;
}

std::map<std::string, int> Workspace::mergeConflictCounts() const {
    auto row = impl_->statement("SELECT compact_id, count(*) FROM merge_conflicts "
                                "WHERE resolution IS NULL GROUP BY compact_id");
    std::map<std::string, int> out;
    while (row.step())
        out[row.text(0)] = row.integer32(1);
    return out;
}

void Workspace::resolveMergeConflict(std::int64_t conflictId, ConflictChoice choice) {
    impl_->requireWritable();
    if (choice == ConflictChoice::Flag)
        throw Error(mc::text(MC_TR("core", "Settle a conflict by keeping ours or taking theirs.")));
    StoredConflict c;
    {
        auto row = impl_->statement(std::string(kConflictColumns) + "WHERE id = ?");
        row.bind(1, conflictId);
        if (!row.step())
            throw Error(mc::text(MC_TR("core", "There is no merge conflict %1."), conflictId));
        c = readConflict(row);
    }
    if (!c.resolution.empty())
        throw Error(mc::text(MC_TR("core", "The merge conflict %1 was settled already (%2, %3)."),
                             conflictId, c.resolution, c.resolvedAt));
    const bool take = choice == ConflictChoice::TakeTheirs;
    if (take && c.signedContent)
        throw Error(mc::text(MC_TR("core", "The conflict %1 (%2) concerns signed content, which a "
                                           "merge never changes: keep ours, and start an amendment "
                                           "to change the compact."),
                             conflictId, c.what));

    // Their value goes through the JSON form, read back and checked whole.
    Compact changed;
    JsonDocument merged;
    if (take) {
        const std::string text = exportJson(*this, c.compactId);
        MergeJson root = MergeJson::parse(text);
        MergeJson& compact = root["compacts"][0];
        MergeJson* entity = entityIn(compact, c);
        if (entity == nullptr)
            throw Error(
                mc::text(MC_TR("core", "The %1 of the conflict %2 is no longer in the compact: "
                                       "keep ours instead."),
                         c.entityKind, conflictId));
        (*entity)[c.field] = MergeJson::parse(c.theirs);
        if (entity->contains("updated"))
            (*entity)["updated"] = utcTimestampNow();
        compact.erase("alignment");
        merged = parseJson(documentText(info(), {&compact}));
        changed = merged.compacts.front();
        impl_->refuseIfLocked(c.compactId, [&changed](Compact& live) { live = changed; });
        const Date noLimit(boost::gregorian::max_date_time);
        for (const ReviewRecord& r : merged.reviews)
            if (r.review.id == c.entityId) {
                if (r.review.locked())
                    throw Error(mc::text(MC_TR("core", "The review of year %1 is signed: a merge "
                                                       "conflict cannot change it."),
                                         r.review.awardYear));
                refuseErrors(validateReview(r.review, changed, noLimit));
            }
    }
    const std::string now = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    if (take) {
        if (c.entityKind == "meeting") {
            for (const Meeting& m : merged.meetings)
                if (m.id == c.entityId)
                    impl_->writeMeeting(m);
        } else if (c.entityKind == "review") {
            for (const ReviewRecord& r : merged.reviews)
                if (r.review.id == c.entityId)
                    impl_->writeReview(r.review, WriteMode::Upsert);
        } else {
            impl_->writeCompactRow(changed);
            for (const Person& p : changed.people)
                impl_->writePerson(changed.id, p);
            for (const Expectation& e : changed.expectations)
                impl_->writeExpectation(changed.id, e);
            for (const Goal& g : changed.goals)
                impl_->writeGoal(changed.id, g);
            for (const Milestone& m : changed.milestones)
                impl_->writeMilestone(changed.id, m);
            impl_->writeMeetingPlan(changed.id, changed.meetingPlan);
        }
    }
    auto row =
        impl_->statement("UPDATE merge_conflicts SET resolution = ?, resolved_at = ? WHERE id = ?");
    row.bind(1, take ? "theirs" : "ours").bind(2, now).bind(3, conflictId);
    row.run();
    transaction.commit();
}

} // namespace mc
