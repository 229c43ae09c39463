// The measures in the store (issue 7): one row per compact and award year,
// read with a few set-based queries for the whole workspace and grouped
// here; and a milestone's moves for the timeline chart. What each figure
// counts: core/dashboard.h and docs/file-formats.md "Measures CSV".

#include "core/dashboard.h"
#include "core/review.h"
#include "core/review_schedule.h"
#include "core/workspace_dashboard_shared.h"

#include <algorithm>

namespace mc {

namespace {

using namespace dashboard_detail;
using Impl = Workspace::Impl;

// Per compact and award year, what the reviews tables say.
struct YearKey {
    std::string compactId;
    int year = 0;
    auto operator<=>(const YearKey&) const = default;
};

struct ReviewFacts {
    bool isSigned = false;
    int goalsTotal = -1; // from a signed review's goal entries
    int goalsAchieved = -1;
    std::vector<Reflection> reflections; // every one, submitted or not
};

struct GoalsNow {
    int total = 0;
    int achieved = 0;
};

std::map<YearKey, ReviewFacts> loadReviewFacts(Impl& impl, const CohortFilter& filter) {
    std::map<YearKey, ReviewFacts> out;
    {
        auto row = impl.statement(std::string("SELECT r.compact_id, r.award_year, r.state FROM "
                                              "reviews r JOIN compacts c ON c.id = r.compact_id "
                                              "WHERE") +
                                  kFilterSql);
        bindFilter(row, filter);
        while (row.step())
            out[{row.text(0), row.integer32(1)}].isSigned = row.text(2) == "signed";
    }
    {
        // Goals as a signed review left them: dropped ones left out of both.
        auto row = impl.statement(
            std::string("SELECT r.compact_id, r.award_year, sum(e.outcome <> 'dropped'), "
                        "sum(e.outcome = 'achieved') FROM review_entries e "
                        "JOIN reviews r ON r.id = e.review_id JOIN compacts c ON c.id = "
                        "r.compact_id WHERE e.kind = 'goal' AND r.state = 'signed' AND") +
            kFilterSql + "GROUP BY r.id");
        bindFilter(row, filter);
        while (row.step()) {
            ReviewFacts& facts = out[{row.text(0), row.integer32(1)}];
            facts.goalsTotal = row.integer32(2);
            facts.goalsAchieved = row.integer32(3);
        }
    }
    auto row = impl.statement(
        std::string("SELECT r.compact_id, r.award_year, f.person_id, f.role, f.satisfaction, "
                    "f.discussion, coalesce(f.submitted_on, '') FROM review_reflections f "
                    "JOIN reviews r ON r.id = f.review_id JOIN compacts c ON c.id = r.compact_id "
                    "WHERE") +
        kFilterSql);
    bindFilter(row, filter);
    while (row.step()) {
        Reflection& r = out[{row.text(0), row.integer32(1)}].reflections.emplace_back();
        r.personId = row.text(2);
        r.role = fromKey<Role>(row.text(3)).value_or(Role::ProgramDirector);
        r.satisfaction = row.integer32(4);
        r.discussion = row.integer32(5);
        r.submittedOn = parseOptionalIsoDate(row.text(6));
    }
    return out;
}

// The scores of a review's reflections, only once every one of the
// scholar and mentors has submitted (blind entry: no score is reported
// before the other side has written theirs).
void fillReflections(MeasureRow& row, const ReviewFacts& facts, const Compact& compact) {
    std::vector<std::string> required;
    for (const Person& p : compact.people)
        if (p.role == Role::Scholar || isMentorRole(p.role))
            required.push_back(p.id);
    if (required.empty() || !reflectionsRevealed(facts.reflections, required))
        return;
    double satisfaction = 0;
    double discussion = 0;
    int satisfactionCount = 0;
    int discussionCount = 0;
    for (const Reflection& r : facts.reflections) {
        if (!r.submitted())
            continue;
        if (r.role == Role::Scholar) {
            row.satisfactionScholar = r.satisfaction;
            row.discussionScholar = r.discussion;
        } else if (isMentorRole(r.role)) {
            if (r.satisfaction > 0) {
                satisfaction += r.satisfaction;
                ++satisfactionCount;
            }
            if (r.discussion > 0) {
                discussion += r.discussion;
                ++discussionCount;
            }
        }
    }
    row.satisfactionMentors = satisfactionCount ? satisfaction / satisfactionCount : 0;
    row.discussionMentors = discussionCount ? discussion / discussionCount : 0;
}

} // namespace

std::vector<MeasureRow> Workspace::measureRows(const Date& today,
                                               const CohortFilter& filter) const {
    Impl& impl = *impl_;
    ReadSnapshot snapshot(impl);
    Basics basics = loadBasics(impl, filter);

    std::vector<MeasureRow> rows;
    std::map<YearKey, std::size_t> rowOf;
    // compact id -> index of the row of its latest award year started
    std::map<std::string, std::size_t, std::less<>> latestRow;
    for (const CompactBasics& b : basics.compacts) {
        const Compact& c = b.compact;
        if (c.end < c.start)
            continue; // a damaged row has no award years to report
        for (const ReviewPeriod& period : reviewPeriods(c.start, c.end)) {
            if (period.from > today)
                break;
            MeasureRow& row = rows.emplace_back();
            row.compactId = c.id;
            row.title = c.title;
            row.scholar = b.scholar;
            row.program = c.program;
            row.cohort = c.cohort;
            row.status = c.status;
            row.awardYear = period.year;
            row.yearFrom = period.from;
            row.yearTo = period.to;
            rowOf.emplace(YearKey{c.id, period.year}, rows.size() - 1);
            latestRow[c.id] = rows.size() - 1;
        }
    }
    const auto rowFor = [&](const std::string& compactId, const Date& due) -> MeasureRow* {
        const auto latest = latestRow.find(compactId);
        if (latest == latestRow.end())
            return nullptr;
        // The compact's rows are consecutive and in year order: walk back
        // from its latest year to the one the date falls in.
        for (std::size_t i = latest->second + 1; i-- > 0 && rows[i].compactId == compactId;)
            if (rows[i].yearFrom <= due && due <= rows[i].yearTo)
                return &rows[i];
        return nullptr;
    };
    {
        auto row = impl.statement(std::string("SELECT m.compact_id, m.kind, m.status, m.due_date "
                                              "FROM milestones m JOIN compacts c ON c.id = "
                                              "m.compact_id WHERE m.status <> 'dropped' AND") +
                                  kFilterSql);
        bindFilter(row, filter);
        while (row.step()) {
            MeasureRow* target = rowFor(row.text(0), parseIsoDate(row.text(3)));
            if (target == nullptr)
                continue; // due outside the award, or in a year not started yet
            const MilestoneKind kind =
                fromKey<MilestoneKind>(row.text(1)).value_or(MilestoneKind::Other);
            KindCounts& counts = target->milestones[static_cast<std::size_t>(measureKindOf(kind))];
            ++counts.due;
            const std::string status = row.text(2);
            counts.achieved += status == "achieved";
            counts.missed += status == "missed";
        }
    }
    std::map<std::string, GoalsNow, std::less<>> goalsNow;
    {
        auto row = impl.statement(
            std::string("SELECT g.compact_id, sum(g.status <> 'dropped'), "
                        "sum(g.status = 'achieved') FROM goals g JOIN compacts c ON c.id = "
                        "g.compact_id WHERE") +
            kFilterSql + "GROUP BY g.compact_id");
        bindFilter(row, filter);
        while (row.step())
            goalsNow[row.text(0)] = {row.integer32(1), row.integer32(2)};
    }
    const auto reviews = loadReviewFacts(impl, filter);
    for (const auto& [key, facts] : reviews) {
        const auto found = rowOf.find(key);
        if (found == rowOf.end())
            continue;
        MeasureRow& row = rows[found->second];
        row.reviewSigned = facts.isSigned;
        row.goalsTotal = facts.goalsTotal;
        row.goalsAchieved = facts.goalsAchieved;
        fillReflections(row, facts, basics.find(key.compactId)->compact);
    }
    // The latest year without a signed review's goals: the goals as they are now.
    for (const auto& [compactId, index] : latestRow) {
        MeasureRow& row = rows[index];
        if (row.goalsTotal >= 0)
            continue;
        const auto now = goalsNow.find(compactId);
        row.goalsTotal = now == goalsNow.end() ? 0 : now->second.total;
        row.goalsAchieved = now == goalsNow.end() ? 0 : now->second.achieved;
    }
    for (auto& [compactId, domains] : alignmentByCompact(impl, filter, basics)) {
        const auto latest = latestRow.find(compactId);
        if (latest == latestRow.end())
            continue;
        for (std::size_t i = latest->second + 1; i-- > 0 && rows[i].compactId == compactId;)
            rows[i].alignment = domains;
    }
    return rows;
}

std::vector<TimelineMilestone> Workspace::milestoneTimeline(const std::string& compactId) const {
    Impl& impl = *impl_;
    ReadSnapshot snapshot(impl);
    impl.loadHeader(compactId); // throws for an unknown compact
    std::vector<TimelineMilestone> out;
    for (const Milestone& m : impl.loadMilestones(compactId))
        out.push_back({m.id, m.title, m.kind, m.status, m.due, {}, m.done});
    // The due dates signed reviews moved milestones from, year by year.
    auto row = impl.statement(
        "SELECT e.subject_id, e.subject_date FROM review_entries e JOIN reviews r ON r.id = "
        "e.review_id WHERE r.compact_id = ? AND r.state = 'signed' AND e.kind = 'milestone' "
        "AND e.outcome = 'rescheduled' AND e.subject_date IS NOT NULL ORDER BY r.award_year");
    row.bind(1, compactId);
    while (row.step()) {
        const std::string id = row.text(0);
        const auto found = std::find_if(out.begin(), out.end(), [&](const TimelineMilestone& t) {
            return t.milestoneId == id;
        });
        if (found != out.end())
            found->earlierDues.push_back(parseIsoDate(row.text(1)));
    }
    return out;
}

} // namespace mc
