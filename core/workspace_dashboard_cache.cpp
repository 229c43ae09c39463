// What the dashboard keeps between showings (schema 9, core/schema.cpp):
// the live fingerprint of each draft someone has signed and each compact's
// alignment counts. Deriving them is most of the dashboard's cost on a
// lived-in workspace (docs/performance.md); the triggers of schema 9
// forget a kept row whenever what it came from changes, so reading a kept
// row is always right, and what is missing is derived again here or,
// without writing, by the dashboard itself.

#include "core/fingerprint.h"
#include "core/workspace_dashboard_shared.h"

#include <algorithm>

namespace mc {

namespace dashboard_detail {

namespace {

// The domain key of the one row that says "fewer than two submitted
// worksheets: nothing to compare", so such a compact is not derived again.
constexpr const char* kNothingCompared = "";

struct KeptAlignment {
    AlignmentByCompact compared;
    CompactIds known; // every compact with kept rows, compared or not
};

KeptAlignment keptAlignment(Workspace::Impl& impl, const CohortFilter& filter) {
    KeptAlignment out;
    auto row = impl.statement(
        std::string("SELECT a.compact_id, a.domain, a.topics, a.aligned, a.minor_gaps, "
                    "a.major_gaps, a.level FROM alignment_summaries a "
                    "JOIN compacts c ON c.id = a.compact_id WHERE") +
        kFilterSql + "ORDER BY a.compact_id, a.domain");
    bindFilter(row, filter);
    while (row.step()) {
        out.known.insert(row.text(0));
        if (row.text(1) == kNothingCompared)
            continue;
        const auto domain = fromKey<Domain>(row.text(1));
        const auto level = fromKey<AlignmentLevel>(row.text(6));
        if (!domain || !level)
            continue; // a newer program's domain or level: left out, as when derived
        out.compared[row.text(0)].push_back({*domain, row.integer32(2), row.integer32(3),
                                             row.integer32(4), row.integer32(5), *level});
    }
    // Kept rows are read by domain key; the derived ones come in the
    // enum's order, which the callers show: put them back in it.
    for (auto& [id, domains] : out.compared)
        std::sort(
            domains.begin(), domains.end(),
            [](const DomainAlignment& a, const DomainAlignment& b) { return a.domain < b.domain; });
    return out;
}

// The compacts whose kept rows were forgotten (or never kept): drafts
// someone signed without a live fingerprint, compacts without alignment rows.
constexpr const char* kFingerprintsMissing =
    "SELECT c.id FROM compacts c JOIN compact_versions v ON v.compact_id = c.id "
    "AND v.state = 'draft' AND v.number = (SELECT max(w.number) FROM compact_versions w "
    "WHERE w.compact_id = c.id) WHERE EXISTS (SELECT 1 FROM signatures s WHERE "
    "s.version_id = v.id) AND NOT EXISTS (SELECT 1 FROM live_fingerprints f WHERE "
    "f.compact_id = c.id)";
constexpr const char* kAlignmentsMissing =
    "SELECT c.id FROM compacts c WHERE NOT EXISTS (SELECT 1 FROM "
    "alignment_summaries a WHERE a.compact_id = c.id)";

// Whether anything is left to derive, asked with a read alone: a showing
// with everything kept then never waits for another program's write.
bool somethingMissing(Workspace::Impl& impl) {
    auto row = impl.statement(std::string("SELECT EXISTS (") + kFingerprintsMissing +
                              ") OR EXISTS (" + kAlignmentsMissing + ")");
    return row.step() && row.integer(0) != 0;
}

// One row per domain; `domains` null for a compact with nothing compared.
void keepAlignment(Workspace::Impl& impl, const std::string& compactId,
                   const std::vector<DomainAlignment>* domains) {
    const std::vector<DomainAlignment> nothing(1);
    for (const DomainAlignment& d : domains != nullptr ? *domains : nothing) {
        auto row = impl.statement("INSERT INTO alignment_summaries (compact_id, domain, topics, "
                                  "aligned, minor_gaps, major_gaps, level) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
        row.bind(1, compactId);
        row.bind(2, domains != nullptr ? std::string(toKey(d.domain)) : kNothingCompared);
        row.bind(3, d.topics).bind(4, d.aligned).bind(5, d.minorGaps).bind(6, d.majorGaps);
        row.bind(7, std::string(toKey(d.level)));
        row.run();
    }
}

} // namespace

AlignmentByCompact alignmentByCompact(Workspace::Impl& impl, const CohortFilter& filter,
                                      Basics& basics) {
    KeptAlignment kept = keptAlignment(impl, filter);
    CompactIds missing;
    for (const CompactBasics& b : basics.compacts)
        if (kept.known.count(b.compact.id) == 0)
            missing.insert(b.compact.id);
    if (!missing.empty())
        for (auto& [id, domains] : deriveAlignmentByCompact(impl, filter, basics, &missing))
            kept.compared[id] = std::move(domains);
    return std::move(kept.compared);
}

} // namespace dashboard_detail

Workspace::DashboardCacheUpdate Workspace::updateDashboardCache() {
    using namespace dashboard_detail;
    DashboardCacheUpdate done;
    if (isReadOnly())
        return done;
    Impl& impl = *impl_;
    if (!somethingMissing(impl))
        return done;
    // Derived inside the write transaction: no other program can change a
    // compact between reading it and keeping what was read.
    sqlite::Transaction transaction(impl.db);
    std::vector<std::string> unsignedFingerprints;
    {
        auto row = impl.statement(kFingerprintsMissing);
        while (row.step())
            unsignedFingerprints.push_back(row.text(0));
    }
    for (const std::string& id : unsignedFingerprints) {
        auto row = impl.statement("INSERT INTO live_fingerprints (compact_id, fingerprint) "
                                  "VALUES (?, ?)");
        row.bind(1, id).bind(2, fingerprint(impl.loadWhole(id)));
        row.run();
        ++done.fingerprints;
    }

    CompactIds missing;
    {
        auto row = impl.statement(kAlignmentsMissing);
        while (row.step())
            missing.insert(row.text(0));
    }
    if (!missing.empty()) {
        CohortFilter everything;
        everything.includeClosed = true;
        Basics basics = loadBasics(impl, everything);
        const AlignmentByCompact derived =
            deriveAlignmentByCompact(impl, everything, basics, &missing);
        for (const std::string& id : missing) {
            const auto found = derived.find(id);
            keepAlignment(impl, id, found == derived.end() ? nullptr : &found->second);
            ++done.alignments;
        }
    }
    transaction.commit();
    return done;
}

} // namespace mc
