// The dashboard in the store (issue 7): where every compact stands today,
// read with a handful of set-based queries for the whole workspace (never a
// loadCompact per compact), so 1,000 compacts take tens of milliseconds
// (docs/performance.md, "Dashboard and reports").

#include "core/dashboard.h"
#include "core/fingerprint.h"
#include "core/review_schedule.h"
#include "core/signing.h"
#include "core/workspace_dashboard_shared.h"

#include <algorithm>
#include <set>

namespace mc {

namespace dashboard_detail {

using Impl = Workspace::Impl;

ReadSnapshot::ReadSnapshot(Impl& impl) : impl_(impl) {
    impl_.db.exec("BEGIN");
}

ReadSnapshot::~ReadSnapshot() {
    try {
        impl_.db.exec("COMMIT");
    } catch (...) { // nothing was written: ending a read cannot lose anything
    }
}

const char* const kFilterSql = " (?1 = '' OR c.program = ?1) AND (?2 = '' OR c.cohort = ?2) "
                               "AND (?3 OR c.status <> 'closed') ";

void bindFilter(sqlite::StatementUse& row, const CohortFilter& filter) {
    row.bind(1, filter.program).bind(2, filter.cohort).bind(3, filter.includeClosed);
}

CompactBasics* Basics::find(const std::string& compactId) {
    const auto found = index.find(compactId);
    return found == index.end() ? nullptr : &compacts[found->second];
}

Basics loadBasics(Impl& impl, const CohortFilter& filter) {
    Basics out;
    {
        auto row = impl.statement(
            std::string(
                "SELECT c.id, c.title, c.program, c.cohort, "
                "c.status, c.start_date, c.end_date, coalesce(c.closed_on, '') FROM compacts c "
                "WHERE") +
            kFilterSql + "ORDER BY c.created, c.id");
        bindFilter(row, filter);
        while (row.step()) {
            CompactBasics& b = out.compacts.emplace_back();
            b.compact.id = row.text(0);
            b.compact.title = row.text(1);
            b.compact.program = row.text(2);
            b.compact.cohort = row.text(3);
            b.compact.status = fromKey<CompactStatus>(row.text(4)).value_or(CompactStatus::Draft);
            b.compact.start = parseIsoDate(row.text(5));
            b.compact.end = parseIsoDate(row.text(6));
            if (const OptionalDate closedOn = parseOptionalIsoDate(row.text(7)))
                b.compact.closing = Closing{*closedOn, ClosingReason::Other, {}};
            out.index.emplace(b.compact.id, out.compacts.size() - 1);
        }
    }
    auto row = impl.statement(std::string("SELECT p.compact_id, p.id, p.role, p.name, p.position "
                                          "FROM people p JOIN compacts c ON c.id = p.compact_id "
                                          "WHERE") +
                              kFilterSql + "ORDER BY p.compact_id, p.position, p.rowid");
    bindFilter(row, filter);
    while (row.step()) {
        CompactBasics* b = out.find(row.text(0));
        const auto role = fromKey<Role>(row.text(2));
        if (b == nullptr || !role)
            continue;
        Person& person = b->compact.people.emplace_back();
        person.id = row.text(1);
        person.role = *role;
        person.name = row.text(3);
        person.position = row.integer32(4);
        if (*role == Role::Scholar && b->scholar.empty())
            b->scholar = person.name;
        else if (isMentorRole(*role))
            b->mentors.push_back(person.name);
    }
    return out;
}

std::map<std::string, std::vector<DomainAlignment>, std::less<>>
alignmentByCompact(Impl& impl, const CohortFilter& filter, Basics& basics) {
    // compact id -> its submitted worksheets, answers in their order
    std::map<std::string, std::vector<Worksheet>, std::less<>> byCompact;
    {
        auto row = impl.statement(
            std::string("SELECT w.compact_id, w.id, w.person_id, w.submitted, a.id, a.domain, "
                        "a.topic, a.responsibility, a.importance, a.text FROM worksheets w "
                        "JOIN compacts c ON c.id = w.compact_id "
                        "JOIN worksheet_answers a ON a.worksheet_id = w.id "
                        "WHERE w.status = 'submitted' AND") +
            kFilterSql + "ORDER BY w.compact_id, w.id, a.position, a.rowid");
        bindFilter(row, filter);
        while (row.step()) {
            std::vector<Worksheet>& sheets = byCompact[row.text(0)];
            std::string worksheetId = row.text(1);
            if (sheets.empty() || sheets.back().id != worksheetId) {
                Worksheet& w = sheets.emplace_back();
                w.id = std::move(worksheetId);
                w.compactId = row.text(0);
                w.personId = row.text(2);
                w.status = WorksheetStatus::Submitted;
                w.submitted = row.isNull(3) ? std::string() : row.text(3);
            }
            const auto domain = fromKey<Domain>(row.text(5));
            if (!domain)
                continue; // a newer program's domain: left out of the counts
            WorksheetAnswer& a = sheets.back().answers.emplace_back();
            a.id = row.text(4);
            a.domain = *domain;
            a.topic = row.text(6);
            a.responsibility = row.integer32(7);
            a.importance = row.integer32(8);
            a.text = row.text(9); // only whether it is blank matters to the levels
        }
    }
    std::map<std::string, std::vector<DomainAlignment>, std::less<>> out;
    for (auto& [compactId, sheets] : byCompact) {
        const CompactBasics* b = basics.find(compactId);
        if (b == nullptr || sheets.size() < static_cast<std::size_t>(kMinWorksheetsToCompare))
            continue;
        try {
            out.emplace(compactId, computeAlignment(b->compact, sheets).domains);
        } catch (const Error&) {
            // A worksheet of someone no longer in the compact: not compared,
            // as the Alignment page would refuse it too.
        }
    }
    return out;
}

} // namespace dashboard_detail

namespace {

using namespace dashboard_detail;
using Impl = Workspace::Impl;

// Days between meetings the plan agrees; a month counts as 31 days so a
// monthly rhythm is never called late a few days early.
int intervalDays(const Recurrence& r) {
    switch (r.cadence) {
    case Cadence::Weekly:
        return 7;
    case Cadence::EveryTwoWeeks:
        return 14;
    case Cadence::Monthly:
        return 31;
    case Cadence::Custom:
        return r.intervalDays;
    }
    return 0;
}

struct LatestVersion {
    int number = 1;
    bool locked = false;
    std::string fingerprint;                                    // of the signed text, when locked
    std::map<std::string, std::string, std::less<>> signatures; // person id -> fingerprint
};

std::map<std::string, LatestVersion, std::less<>> latestVersions(Impl& impl,
                                                                 const CohortFilter& filter) {
    std::map<std::string, LatestVersion, std::less<>> out;
    const std::string latest = " AND v.number = (SELECT max(w.number) FROM compact_versions w "
                               "WHERE w.compact_id = v.compact_id) ";
    {
        auto row = impl.statement(std::string("SELECT v.compact_id, v.number, v.state, "
                                              "coalesce(v.fingerprint, '') FROM compact_versions "
                                              "v JOIN compacts c ON c.id = v.compact_id WHERE") +
                                  kFilterSql + latest);
        bindFilter(row, filter);
        while (row.step()) {
            LatestVersion& v = out[row.text(0)];
            v.number = row.integer32(1);
            v.locked = row.text(2) == "signed";
            v.fingerprint = row.text(3);
        }
    }
    auto row = impl.statement(
        std::string("SELECT v.compact_id, s.person_id, s.fingerprint FROM signatures s "
                    "JOIN compact_versions v ON v.id = s.version_id "
                    "JOIN compacts c ON c.id = v.compact_id WHERE") +
        kFilterSql + latest);
    bindFilter(row, filter);
    while (row.step())
        out[row.text(0)].signatures.emplace(row.text(1), row.text(2));
    return out;
}

// Required signers who have not signed the text as it is now. Signatures on
// a draft count only when they name the live text's fingerprint, which
// needs the whole compact: loaded only for a draft someone has signed, the
// few compacts part-way through signing.
void fillMissingSignatures(Impl& impl, DashboardRow& row, const Compact& compact,
                           const LatestVersion& version,
                           const std::map<std::string, bool, std::less<>>& settings) {
    if (version.locked)
        return;
    std::string current;
    if (!version.signatures.empty())
        current = fingerprint(impl.loadWhole(compact.id));
    for (const Person& person : compact.people) {
        bool required = requiredByDefault(person.role);
        if (const auto set = settings.find(person.id); set != settings.end())
            required = set->second && canBeRequired(person.role);
        if (!required)
            continue;
        const auto signature = version.signatures.find(person.id);
        if (signature == version.signatures.end() || signature->second != current)
            row.missingSignatures.push_back(person.name);
    }
}

} // namespace

bool CohortFilter::matches(const std::string& compactProgram, const std::string& compactCohort,
                           CompactStatus status) const {
    return (program.empty() || program == compactProgram) &&
           (cohort.empty() || cohort == compactCohort) &&
           (includeClosed || status != CompactStatus::Closed);
}

std::vector<DashboardRow> Workspace::dashboard(const Date& today,
                                               const CohortFilter& filter) const {
    Impl& impl = *impl_;
    ReadSnapshot snapshot(impl);
    Basics basics = loadBasics(impl, filter);
    const auto versions = latestVersions(impl, filter);

    // compact id -> person id -> required, for the choices made explicitly
    std::map<std::string, std::map<std::string, bool, std::less<>>, std::less<>> settings;
    {
        auto row = impl.statement(std::string("SELECT s.compact_id, s.person_id, s.required FROM "
                                              "signers s JOIN compacts c ON c.id = s.compact_id "
                                              "WHERE") +
                                  kFilterSql);
        bindFilter(row, filter);
        while (row.step())
            settings[row.text(0)][row.text(1)] = row.integer(2) != 0;
    }
    std::map<std::string, std::vector<int>, std::less<>> signedYears;
    {
        auto row = impl.statement(std::string("SELECT r.compact_id, r.award_year FROM reviews r "
                                              "JOIN compacts c ON c.id = r.compact_id WHERE "
                                              "r.state = 'signed' AND") +
                                  kFilterSql);
        bindFilter(row, filter);
        while (row.step())
            signedYears[row.text(0)].push_back(row.integer32(1));
    }

    std::vector<DashboardRow> rows;
    rows.reserve(basics.compacts.size());
    const std::map<std::string, bool, std::less<>> noSettings;
    for (const CompactBasics& b : basics.compacts) {
        const Compact& c = b.compact;
        DashboardRow& row = rows.emplace_back();
        row.compactId = c.id;
        row.title = c.title;
        row.scholar = b.scholar;
        row.mentors = b.mentors;
        row.program = c.program;
        row.cohort = c.cohort;
        row.status = c.status;
        row.start = c.start;
        row.end = c.end;
        if (c.closing)
            row.closedOn = c.closing->on;
        LatestVersion version;
        if (const auto found = versions.find(c.id); found != versions.end())
            version = found->second;
        row.version = version.number;
        row.locked = version.locked;
        const auto set = settings.find(c.id);
        fillMissingSignatures(impl, row, c, version,
                              set == settings.end() ? noSettings : set->second);

        if (c.status == CompactStatus::Closed || c.end < c.start)
            continue; // archived: nothing about it is due any more
        const auto done = signedYears.find(c.id);
        const std::vector<int> doneYears =
            done == signedYears.end() ? std::vector<int>{} : done->second;
        const ReviewStanding standing = reviewStanding(c.start, c.end, today, doneYears);
        if (standing.next) {
            row.nextReview = standing.next->due;
            row.nextReviewYear = standing.next->year;
        }
        for (const ReviewPeriod& period : standing.periods)
            if (period.due < today &&
                std::find(doneYears.begin(), doneYears.end(), period.year) == doneYears.end())
                row.overdueReviewYears.push_back(period.year);
    }

    // Milestones counted per compact in one pass of the milestones index.
    {
        auto row = impl.statement(
            std::string("SELECT m.compact_id, count(*), sum(m.status = 'achieved'), "
                        "sum(m.status IN ('planned', 'rescheduled') AND m.due_date < ?4) "
                        "FROM milestones m JOIN compacts c ON c.id = m.compact_id WHERE") +
            kFilterSql + "GROUP BY m.compact_id");
        bindFilter(row, filter);
        row.bind(4, formatIsoDate(today));
        while (row.step())
            if (const auto found = basics.index.find(row.text(0)); found != basics.index.end()) {
                DashboardRow& r = rows[found->second];
                r.milestonesTotal = row.integer32(1);
                r.milestonesAchieved = row.integer32(2);
                r.milestonesOverdue = r.status == CompactStatus::Closed ? 0 : row.integer32(3);
            }
    }
    {
        auto row = impl.statement(std::string("SELECT m.compact_id, max(m.meeting_date) FROM "
                                              "meetings m JOIN compacts c ON c.id = m.compact_id "
                                              "WHERE m.meeting_date <= ?4 AND") +
                                  kFilterSql + "GROUP BY m.compact_id");
        bindFilter(row, filter);
        row.bind(4, formatIsoDate(today));
        while (row.step())
            if (const auto found = basics.index.find(row.text(0)); found != basics.index.end())
                rows[found->second].lastMeeting = parseIsoDate(row.text(1));
    }
    {
        // A compact without a plan row has the default plan, as loadCompact gives.
        for (DashboardRow& r : rows)
            r.meetingIntervalDays = intervalDays(Recurrence{});
        auto row = impl.statement(std::string("SELECT p.compact_id, p.cadence, p.interval_days "
                                              "FROM meeting_plans p JOIN compacts c ON c.id = "
                                              "p.compact_id WHERE") +
                                  kFilterSql);
        bindFilter(row, filter);
        while (row.step())
            if (const auto found = basics.index.find(row.text(0)); found != basics.index.end()) {
                Recurrence r;
                r.cadence = fromKey<Cadence>(row.text(1)).value_or(Cadence::Custom);
                r.intervalDays = row.integer32(2);
                rows[found->second].meetingIntervalDays = intervalDays(r);
            }
    }
    for (DashboardRow& r : rows) {
        if (r.status == CompactStatus::Closed || r.meetingIntervalDays <= 0 || today < r.start ||
            today > r.end)
            continue;
        const Date since = r.lastMeeting && *r.lastMeeting > r.start ? *r.lastMeeting : r.start;
        r.meetingsLate = (today - since).days() > 2 * r.meetingIntervalDays;
    }

    for (const auto& [compactId, domains] : alignmentByCompact(impl, filter, basics)) {
        DashboardRow& r = rows[basics.index.at(compactId)];
        for (const DomainAlignment& d : domains) {
            r.topicsCompared += d.topics;
            r.topicsApart += d.minorGaps + d.majorGaps;
            r.topicsMajor += d.majorGaps;
        }
    }
    return rows;
}

} // namespace mc
