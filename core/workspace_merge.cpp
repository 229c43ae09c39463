// Merging another workspace or JSON file into this one (core/merge.h, the
// merge section of core/workspace.h): both sides on the JSON interchange
// form, each compact merged by merge_json.cpp, everything read back and
// checked by parseJson and the store's checks, then written in one
// transaction with the merge base and the flagged conflicts.

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/ids.h"
#include "core/meeting_log.h"
#include "core/merge_plan.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

#include <algorithm>
#include <map>
#include <set>

namespace mc {

namespace {

using Impl = Workspace::Impl;

// A JSON entity's id ("" when it has none).
std::string idOf(const MergeJson& entity) {
    const auto it = entity.find("id");
    return it != entity.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::map<std::string, MergeJson> compactsById(const MergeJson& root) {
    std::map<std::string, MergeJson> out;
    if (root.contains("compacts"))
        for (const MergeJson& c : root["compacts"])
            out.emplace(idOf(c), c);
    return out;
}

std::map<std::string, const MergeJson*> byId(const MergeJson& compact, const char* list) {
    std::map<std::string, const MergeJson*> out;
    if (compact.contains(list))
        for (const MergeJson& e : compact[list])
            out.emplace(idOf(e), &e);
    return out;
}

std::optional<std::string> orNull(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// Writes a version (inserted, or updated in place by number: a draft
// here signed in the other file) and the signatures it does not have yet.
void writeVersion(Impl& impl, const std::string& compactId, const CompactVersion& v) {
    auto row = impl.statement(
        "INSERT INTO compact_versions (id, compact_id, number, state, fingerprint, content, "
        "created, updated, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (compact_id, number) DO UPDATE SET state = excluded.state, "
        "fingerprint = excluded.fingerprint, content = excluded.content, "
        "updated = excluded.updated, signed_at = excluded.signed_at");
    row.bind(1, v.id).bind(2, compactId).bind(3, v.number);
    row.bind(4, std::string(versionStateKey(v.state))).bind(5, orNull(v.fingerprint));
    row.bind(6, orNull(v.content)).bind(7, v.created).bind(8, v.updated);
    row.bind(9, orNull(v.signedAt));
    row.run();
    std::string versionId;
    {
        auto id =
            impl.statement("SELECT id FROM compact_versions WHERE compact_id = ? AND number = ?");
        id.bind(1, compactId).bind(2, v.number);
        if (id.step())
            versionId = id.text(0);
    }
    if (v.state == VersionState::Signed) {
        // As when it locks here: a signature of another text does not stay.
        auto stale =
            impl.statement("DELETE FROM signatures WHERE version_id = ? AND fingerprint <> ?");
        stale.bind(1, versionId).bind(2, v.fingerprint);
        stale.run();
    }
    for (const Signature& s : v.signatures) {
        auto has = impl.statement("SELECT 1 FROM signatures WHERE id = ? OR "
                                  "(version_id = ? AND person_id = ?)");
        has.bind(1, s.id).bind(2, versionId).bind(3, s.personId);
        if (!has.step())
            insertSignatureRow(impl, "signatures", "version_id", versionId, s);
    }
}

void writeSigners(Impl& impl, const SigningHistory& history) {
    for (const SignerSetting& setting : history.signers) {
        auto row = impl.statement("INSERT OR IGNORE INTO signers (compact_id, person_id, "
                                  "required) VALUES (?, ?, ?)");
        row.bind(1, history.compactId).bind(2, setting.personId).bind(3, setting.required);
        row.run();
    }
}

void writeCompactParts(Impl& impl, const Compact& compact, WriteMode mode) {
    impl.writeCompactRow(compact, mode);
    for (const Person& p : compact.people)
        impl.writePerson(compact.id, p, mode);
    for (const Expectation& e : compact.expectations)
        impl.writeExpectation(compact.id, e, mode);
    for (const Goal& g : compact.goals)
        impl.writeGoal(compact.id, g, mode);
    for (const Milestone& m : compact.milestones)
        impl.writeMilestone(compact.id, m, mode);
    MeetingPlan plan = compact.meetingPlan;
    if (plan.updated.empty())
        plan.updated = utcTimestampNow();
    impl.writeMeetingPlan(compact.id, plan, mode);
}

// A review taken from the other file: its year's review here (another id)
// and the person's draft reflections give way to it.
void writeMergedReview(Impl& impl, const ReviewRecord& record) {
    const Review& review = record.review;
    {
        auto other = impl.statement(
            "DELETE FROM reviews WHERE compact_id = ? AND award_year = ? AND id <> ?");
        other.bind(1, review.compactId).bind(2, review.awardYear).bind(3, review.id);
        other.run();
    }
    impl.writeReview(review, WriteMode::Upsert);
    for (const Reflection& r : record.reflections) {
        auto draft = impl.statement(
            "DELETE FROM review_reflections WHERE review_id = ? AND person_id = ? AND id <> ?");
        draft.bind(1, review.id).bind(2, r.personId).bind(3, r.id);
        draft.run();
        impl.writeReflection(review.id, r, WriteMode::Upsert);
    }
    for (const Signature& s : review.signatures) {
        auto has = impl.statement("SELECT 1 FROM review_signatures WHERE id = ? OR "
                                  "(review_id = ? AND person_id = ?)");
        has.bind(1, s.id).bind(2, review.id).bind(3, s.personId);
        if (!has.step())
            insertSignatureRow(impl, "review_signatures", "review_id", review.id, s);
    }
}

// Signatures gathered from both desks may complete a draft version: then
// it locks, as the last signature given here would lock it (the snapshot,
// its fingerprint, status signed; signatures of an earlier text go).
// Returns true when it locked.
bool lockWhenComplete(Compact& compact, SigningHistory& history, const std::string& now,
                      std::vector<std::string>& changes) {
    if (history.versions.empty() || history.versions.back().state != VersionState::Draft)
        return false;
    CompactVersion& latest = history.versions.back();
    const std::string text = canonicalCompact(compact);
    const std::string current = sha256Hex(text);
    for (const Person& person : compact.people) {
        bool required = requiredByDefault(person.role);
        for (const SignerSetting& s : history.signers)
            if (s.personId == person.id)
                required = s.required && canBeRequired(person.role);
        if (!required)
            continue;
        const bool signedNow = std::any_of(
            latest.signatures.begin(), latest.signatures.end(), [&](const Signature& sig) {
                return sig.personId == person.id && sig.fingerprint == current;
            });
        if (!signedNow)
            return false;
    }
    latest.state = VersionState::Signed;
    latest.content = text;
    latest.fingerprint = current;
    latest.signedAt = now;
    latest.updated = now;
    std::erase_if(latest.signatures,
                  [&current](const Signature& sig) { return sig.fingerprint != current; });
    compact.status = CompactStatus::Signed;
    compact.updated = now;
    changes.push_back(compactLabel(compact) + ": version " + std::to_string(latest.number) +
                      " signed by everyone required: locked");
    return true;
}

} // namespace

int MergeReport::flagged() const {
    int n = 0;
    for (const MergeConflict& c : conflicts)
        n += c.choice == ConflictChoice::Flag ? 1 : 0;
    return n;
}

MergeReport Workspace::merge(const JsonDocument& incoming, const MergeOptions& options) {
    if (!options.dryRun)
        impl_->requireWritable();
    MergeReport report;
    report.sourceName = options.sourceName;
    const std::string sourceId =
        incoming.workspace.id.empty() ? "file:" + options.sourceName : incoming.workspace.id;

    const MergeJson theirRoot = MergeJson::parse(toJson(incoming));
    std::vector<std::string> ids;
    for (const Compact& c : incoming.compacts)
        ids.push_back(c.id);
    const MergeJson ourRoot = MergeJson::parse(toJson(workspaceDocument(*this, &ids)));
    const auto ours = compactsById(ourRoot);

    MergeBase base;
    {
        auto row =
            impl_->statement("SELECT entity_id, content FROM merge_base WHERE source_id = ?");
        row.bind(1, sourceId);
        while (row.step())
            base.emplace(row.text(0), row.text(1));
    }
    FlaggedConflicts flagged;
    {
        auto row = impl_->statement(
            "SELECT entity_id, field, theirs FROM merge_conflicts WHERE resolution IS NULL");
        while (row.step())
            flagged.insert(flaggedKey(row.text(0), row.text(1), row.text(2)));
    }

    std::vector<CompactMerge> merges;
    std::map<std::string, std::string> baseWrites;
    if (theirRoot.contains("compacts"))
        for (const MergeJson& theirs : theirRoot["compacts"]) {
            const auto here = ours.find(idOf(theirs));
            CompactMerge m = mergeCompactJson(here == ours.end() ? nullptr : &here->second, theirs,
                                              base, flagged, options);
            report.alreadyFlagged += m.alreadyFlagged;
            for (MergeConflict& c : m.conflicts)
                report.conflicts.push_back(c);
            if (m.added) {
                ++report.compactsAdded;
                report.added.insert(report.added.end(), m.changes.begin(), m.changes.end());
            } else if (m.changed) {
                ++report.compactsUpdated;
                report.updated.insert(report.updated.end(), m.changes.begin(), m.changes.end());
            }
            for (auto& [id, fields] : m.base) {
                const auto known = base.find(id);
                if (known == base.end() || known->second != fields)
                    baseWrites.emplace(id, fields);
            }
            if (m.changed)
                merges.push_back(std::move(m));
        }
    const bool anyFlag = report.flagged() > 0;
    if (options.dryRun || (merges.empty() && baseWrites.empty() && !anyFlag))
        return report;

    // Compacts new here are taken as the other file gave them (parseJson or
    // the other store has read them) and checked as an import checks them.
    std::set<std::string> addedIds;
    std::vector<const MergeJson*> changedObjects;
    for (const CompactMerge& m : merges) {
        if (m.added)
            addedIds.insert(m.compactId);
        else
            changedObjects.push_back(&m.merged);
    }
    const auto isAdded = [&addedIds](const std::string& id) {
        return addedIds.count(id) != 0;
    };
    std::vector<Compact> added;
    std::vector<SigningHistory> addedHistories;
    std::vector<Worksheet> newWorksheets;
    std::vector<Meeting> newMeetings;
    std::vector<ReviewRecord> newReviews;
    std::vector<Problem> addedProblems;
    for (const Compact& c : incoming.compacts) {
        if (!isAdded(c.id))
            continue;
        const std::string prefix = "compacts[" + std::to_string(added.size()) + "]";
        for (const Problem& p : validateCompact(c))
            if (p.severity == Severity::Error)
                addedProblems.push_back(p.text.empty()
                                            ? Problem(p.severity, prefix + "." + p.field, p.message)
                                            : Problem(p.severity, prefix + "." + p.field, p.text));
        added.push_back(c);
    }
    for (const SigningHistory& h : incoming.signing)
        if (isAdded(h.compactId)) {
            for (const Compact& c : added)
                if (c.id == h.compactId)
                    for (const Problem& p : verifySigning(c, h))
                        addedProblems.push_back(
                            {p.severity, c.id + ".versions", p.field + ": " + p.message});
            addedHistories.push_back(h);
        }
    refuseErrors(std::move(addedProblems));
    for (const Worksheet& w : incoming.worksheets)
        if (isAdded(w.compactId))
            newWorksheets.push_back(w);
    for (const Meeting& m : incoming.meetings)
        if (isAdded(m.compactId))
            newMeetings.push_back(m);
    for (const ReviewRecord& r : incoming.reviews)
        if (isAdded(r.review.compactId))
            newReviews.push_back(r);
    checkWorksheets(added, newWorksheets);
    checkMeetings(added, newMeetings);
    checkReviews(added, newReviews);

    // Compacts merged with ours: the result read back and checked whole,
    // as a file would be (rules, and each history against its compact).
    JsonDocument merged;
    if (!changedObjects.empty()) {
        try {
            merged = parseJson(documentText(incoming.workspace, changedObjects));
        } catch (const ValidationError& e) {
            throw Error(
                text(MC_TR("core", "%1 cannot be merged: the result would break a rule (%2). "
                                   "Nothing was changed."),
                     options.sourceName, std::string(e.what())));
        }
    }

    const std::string now = utcTimestampNow();
    for (Compact& compact : merged.compacts)
        for (SigningHistory& history : merged.signing)
            if (history.compactId == compact.id)
                lockWhenComplete(compact, history, now, report.updated);
    // What changed in the compacts already here: their parts, versions,
    // meetings, reviews and worksheets that differ from ours.
    std::vector<const Compact*> updated;
    std::vector<Meeting> changedMeetings;
    std::vector<ReviewRecord> changedReviews;
    std::vector<Worksheet> arrivedWorksheets;
    std::vector<Problem> problems;
    const Date noLimit(boost::gregorian::max_date_time);
    for (std::size_t i = 0; i < merged.compacts.size(); ++i) {
        const Compact& compact = merged.compacts[i];
        const MergeJson& mergedJson = *changedObjects[i];
        updated.push_back(&compact);
        const MergeJson& ourJson = ours.at(compact.id);
        const auto ourMeetings = byId(ourJson, "meetings");
        const auto ourReviews = byId(ourJson, "reviews");
        const auto ourSheets = byId(ourJson, "worksheets");
        const auto mergedMeetings = byId(mergedJson, "meetings");
        const auto mergedReviews = byId(mergedJson, "reviews");
        for (const Meeting& m : merged.meetings) {
            if (m.compactId != compact.id)
                continue;
            const auto o = ourMeetings.find(m.id);
            if (o != ourMeetings.end() && *o->second == *mergedMeetings.at(m.id))
                continue;
            for (Problem p : validateMeeting(m, compact, noLimit, {}, "meeting"))
                if (p.severity == Severity::Error)
                    problems.push_back(p);
            changedMeetings.push_back(m);
        }
        for (const ReviewRecord& r : merged.reviews) {
            if (r.review.compactId != compact.id)
                continue;
            const auto o = ourReviews.find(r.review.id);
            if (o != ourReviews.end() && *o->second == *mergedReviews.at(r.review.id))
                continue;
            if (!r.review.locked())
                for (Problem p : validateReview(r.review, compact, noLimit))
                    if (p.severity == Severity::Error)
                        problems.push_back(p);
            changedReviews.push_back(r);
        }
        for (const Worksheet& w : merged.worksheets)
            if (w.compactId == compact.id && ourSheets.count(w.id) == 0)
                arrivedWorksheets.push_back(w);
    }
    if (!problems.empty())
        throw ValidationError(std::move(problems));

    sqlite::Transaction transaction(impl_->db);
    for (const Compact& c : added)
        writeCompactParts(*impl_, c, WriteMode::InsertNew);
    for (const Compact* c : updated)
        writeCompactParts(*impl_, *c, WriteMode::Upsert);
    for (const std::vector<SigningHistory>* histories : {&addedHistories, &merged.signing})
        for (const SigningHistory& history : *histories) {
            writeSigners(*impl_, history);
            for (const CompactVersion& v : history.versions)
                writeVersion(*impl_, history.compactId, v);
        }
    insertWorksheets(newWorksheets);
    insertMeetings(newMeetings);
    insertReviews(newReviews);
    for (const Worksheet& w : arrivedWorksheets) {
        auto draft = impl_->statement(
            "DELETE FROM worksheets WHERE compact_id = ? AND person_id = ? AND id <> ?");
        draft.bind(1, w.compactId).bind(2, w.personId).bind(3, w.id);
        draft.run();
    }
    insertWorksheets(arrivedWorksheets);
    for (const Meeting& m : changedMeetings)
        impl_->writeMeeting(m);
    for (const ReviewRecord& r : changedReviews)
        writeMergedReview(*impl_, r);
    for (const auto& [id, fields] : baseWrites) {
        auto row = impl_->statement(
            "INSERT INTO merge_base (source_id, entity_id, content, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source_id, entity_id) DO UPDATE SET content = excluded.content, "
            "updated = excluded.updated");
        row.bind(1, sourceId).bind(2, id).bind(3, fields).bind(4, now);
        row.run();
    }
    for (const MergeConflict& c : report.conflicts) {
        if (c.choice != ConflictChoice::Flag)
            continue;
        auto row = impl_->statement(
            "INSERT INTO merge_conflicts (compact_id, compact_label, entity_kind, entity_id, "
            "what, field, ours, theirs, signed_content, source_id, source_name, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        row.bind(1, c.compactId).bind(2, c.compactLabel).bind(3, c.entityKind);
        row.bind(4, c.entityId).bind(5, c.what).bind(6, c.field).bind(7, c.ours);
        row.bind(8, c.theirs).bind(9, c.signedContent).bind(10, sourceId);
        row.bind(11, options.sourceName).bind(12, now);
        row.run();
    }
    transaction.commit();
    return report;
}

} // namespace mc
