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
#include <tuple>
#include <unordered_map>

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

namespace {

// One submitted answer as the comparison needs it.
struct AnswerRow {
    int topic = 0;          // index into the topic keys met
    std::size_t person = 0; // index among the compact's compared people, in the compact's order
    Domain domain = Domain::Research;
    int responsibility = kNotAnswered;
    int importance = kNotAnswered;
    bool raised = false;
};

// computeAlignment's domain counts without the rest of its report (topic
// titles, answers' words, heat map), which the dashboard does not show:
// per topic, one answer per compared person (an empty one when their
// worksheet lacks the topic), scored by scoreTopic; its domain as the
// first compared person in the compact's order gives it.
std::vector<DomainAlignment> domainCounts(std::vector<AnswerRow>& rows, std::size_t people) {
    std::vector<DomainAlignment> domains;
    for (const auto& entry : enumEntries<Domain>())
        domains.push_back({entry.value, 0, 0, 0, 0, AlignmentLevel::Aligned});
    std::sort(rows.begin(), rows.end(), [](const AnswerRow& a, const AnswerRow& b) {
        return std::tie(a.topic, a.person) < std::tie(b.topic, b.person);
    });
    std::vector<AlignmentAnswer> answers;
    for (std::size_t from = 0; from < rows.size();) {
        std::size_t to = from;
        answers.assign(people, AlignmentAnswer{});
        for (; to < rows.size() && rows[to].topic == rows[from].topic; ++to) {
            AlignmentAnswer& a = answers[rows[to].person];
            a.responsibility = rows[to].responsibility;
            a.importance = rows[to].importance;
            a.raised = rows[to].raised;
        }
        const TopicScore score = scoreTopic(answers);
        for (DomainAlignment& d : domains)
            if (d.domain == rows[from].domain) { // the first person's, by the sort
                ++d.topics;
                d.aligned += score.level == AlignmentLevel::Aligned;
                d.minorGaps += score.level == AlignmentLevel::MinorGap;
                d.majorGaps += score.level == AlignmentLevel::MajorGap;
                d.level = std::max(d.level, score.level);
            }
        from = to;
    }
    return domains;
}

} // namespace

std::map<std::string, std::vector<DomainAlignment>, std::less<>>
deriveAlignmentByCompact(Impl& impl, const CohortFilter& filter, Basics& basics,
                         const std::set<std::string, std::less<>>* only) {
    struct Pending {
        std::vector<std::string> people; // person ids with a submitted worksheet
        std::vector<AnswerRow> answers;
    };
    struct Sheet {
        std::string compactId;
        std::string personId;
        Pending* pending = nullptr; // null when its compact is not compared
        std::size_t person = 0;     // index in pending->people
    };
    std::map<std::string, Pending, std::less<>> byCompact;
    std::unordered_map<std::string, Sheet> sheets; // by worksheet id
    // The submitted worksheets of the compacts with two or more (a worksheet
    // with no answer at all still counts as a compared person).
    {
        auto row = impl.statement(
            std::string("SELECT w.compact_id, w.person_id, w.id FROM worksheets w "
                        "JOIN compacts c ON c.id = w.compact_id WHERE w.status = 'submitted' "
                        "AND w.compact_id IN (SELECT compact_id FROM worksheets WHERE status = "
                        "'submitted' GROUP BY compact_id HAVING count(*) >= 2) AND") +
            kFilterSql);
        bindFilter(row, filter);
        while (row.step()) {
            if (only != nullptr && only->count(row.text(0)) == 0)
                continue;
            byCompact[row.text(0)].people.push_back(row.text(1));
            sheets[row.text(2)] = {row.text(0), row.text(1)};
        }
    }
    // The compared people in the compact's order, as computeAlignment takes
    // them; a worksheet of someone no longer in the compact makes the
    // comparison refused there, so it is left out here too.
    for (auto it = byCompact.begin(); it != byCompact.end();) {
        const CompactBasics* b = basics.find(it->first);
        std::vector<std::string> ordered;
        if (b != nullptr)
            for (const Person& p : b->compact.people)
                if (std::find(it->second.people.begin(), it->second.people.end(), p.id) !=
                    it->second.people.end())
                    ordered.push_back(p.id);
        if (b == nullptr || ordered.size() != it->second.people.size()) {
            it = byCompact.erase(it);
            continue;
        }
        it->second.people = std::move(ordered);
        ++it;
    }
    for (auto& [id, sheet] : sheets) {
        const auto found = byCompact.find(sheet.compactId);
        if (found == byCompact.end())
            continue;
        const auto& people = found->second.people;
        sheet.pending = &found->second;
        sheet.person = static_cast<std::size_t>(
            std::find(people.begin(), people.end(), sheet.personId) - people.begin());
    }
    {
        // Every answer in the table's order (a sequential read, cheaper than
        // an index lookup per answer), kept when its worksheet is compared.
        // Of each only what the levels use: no words, just whether there are any.
        std::unordered_map<std::string, int> topicIndex;
        auto row = impl.statement("SELECT worksheet_id, domain, topic, responsibility, importance, "
                                  "(importance >= 1 OR trim(text, ' ' || char(9, 10, 13)) <> '') "
                                  "FROM worksheet_answers");
        while (row.step()) {
            const auto sheet = sheets.find(row.text(0));
            if (sheet == sheets.end() || sheet->second.pending == nullptr)
                continue;
            const auto domain = fromKey<Domain>(row.text(1));
            if (!domain)
                continue; // a newer program's domain: left out of the counts
            const auto topic =
                topicIndex.emplace(row.text(2), static_cast<int>(topicIndex.size())).first->second;
            sheet->second.pending->answers.push_back({topic, sheet->second.person, *domain,
                                                      row.integer32(3), row.integer32(4),
                                                      row.integer(5) != 0});
        }
    }
    std::map<std::string, std::vector<DomainAlignment>, std::less<>> out;
    for (auto& [compactId, pending] : byCompact)
        out.emplace(compactId, domainCounts(pending.answers, pending.people.size()));
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
    std::map<std::string, std::string, std::less<>> signatures; // person id -> fingerprint
    std::string liveFingerprint; // kept in live_fingerprints; empty when forgotten
};

std::map<std::string, LatestVersion, std::less<>> latestVersions(Impl& impl,
                                                                 const CohortFilter& filter) {
    std::map<std::string, LatestVersion, std::less<>> out;
    {
        // The latest version of each compact: a seek in (compact_id, number).
        auto row = impl.statement(
            std::string("SELECT c.id, v.number, v.state FROM compacts c JOIN compact_versions v "
                        "ON v.compact_id = c.id AND v.number = (SELECT max(w.number) FROM "
                        "compact_versions w WHERE w.compact_id = c.id) WHERE") +
            kFilterSql);
        bindFilter(row, filter);
        while (row.step()) {
            LatestVersion& v = out[row.text(0)];
            v.number = row.integer32(1);
            v.locked = row.text(2) == "signed";
        }
    }
    // Signatures matter only on a latest version still a draft: a signed
    // (locked) one has them all. With them the live text's fingerprint, when
    // updateDashboardCache kept it and nothing has changed since.
    auto row = impl.statement(
        std::string("SELECT c.id, s.person_id, s.fingerprint, coalesce(f.fingerprint, '') "
                    "FROM compacts c "
                    "JOIN compact_versions v ON v.compact_id = c.id AND v.state = 'draft' AND "
                    "v.number = (SELECT max(w.number) FROM compact_versions w WHERE "
                    "w.compact_id = c.id) JOIN signatures s ON s.version_id = v.id "
                    "LEFT JOIN live_fingerprints f ON f.compact_id = c.id WHERE") +
        kFilterSql);
    bindFilter(row, filter);
    while (row.step()) {
        LatestVersion& v = out[row.text(0)];
        v.signatures.emplace(row.text(1), row.text(2));
        v.liveFingerprint = row.text(3);
    }
    return out;
}

// Required signers who have not signed the text as it is now. Signatures on
// a draft count only when they name the live text's fingerprint: kept, or
// derived from the whole compact (loaded only for a draft someone has
// signed whose kept fingerprint a change has forgotten).
void fillMissingSignatures(Impl& impl, DashboardRow& row, const Compact& compact,
                           const LatestVersion& version,
                           const std::map<std::string, bool, std::less<>>& settings) {
    if (version.locked)
        return;
    std::string current;
    if (!version.signatures.empty())
        current = version.liveFingerprint.empty() ? fingerprint(impl.loadWhole(compact.id))
                                                  : version.liveFingerprint;
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

    // Milestones counted per compact and the last meeting, each a seek in
    // its index (milestones by compact, status and due date; meetings by
    // compact and date) rather than a scan of every row.
    {
        auto row = impl.statement(
            std::string("SELECT c.id, "
                        "(SELECT count(*) FROM milestones m WHERE m.compact_id = c.id), "
                        "(SELECT count(*) FROM milestones m WHERE m.compact_id = c.id AND "
                        "m.status = 'achieved'), "
                        "(SELECT count(*) FROM milestones m WHERE m.compact_id = c.id AND "
                        "m.status IN ('planned', 'rescheduled') AND m.due_date < ?4), "
                        "(SELECT max(g.meeting_date) FROM meetings g WHERE g.compact_id = c.id "
                        "AND g.meeting_date <= ?4) FROM compacts c WHERE") +
            kFilterSql);
        bindFilter(row, filter);
        row.bind(4, formatIsoDate(today));
        while (row.step())
            if (const auto found = basics.index.find(row.text(0)); found != basics.index.end()) {
                DashboardRow& r = rows[found->second];
                r.milestonesTotal = row.integer32(1);
                r.milestonesAchieved = row.integer32(2);
                r.milestonesOverdue = r.status == CompactStatus::Closed ? 0 : row.integer32(3);
                if (!row.isNull(4))
                    r.lastMeeting = parseIsoDate(row.text(4));
            }
    }
    {
        auto row = impl.statement(std::string("SELECT m.compact_id, count(*) FROM merge_conflicts "
                                              "m JOIN compacts c ON c.id = m.compact_id WHERE "
                                              "m.resolution IS NULL AND") +
                                  kFilterSql + "GROUP BY m.compact_id");
        bindFilter(row, filter);
        while (row.step())
            if (const auto found = basics.index.find(row.text(0)); found != basics.index.end())
                rows[found->second].conflicts = row.integer32(1);
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
