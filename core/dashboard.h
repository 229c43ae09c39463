#pragma once
// The program director's desk (issue 7): where every compact of a cohort
// stands today (the dashboard), and the process and outcome measures of
// each compact and award year (docs/domain.md "How programs judge whether
// it works") with the cohort's figures and their CSV.
//
// The rows come from the store (Workspace::dashboard, measureRows: a few
// set-based queries for the whole workspace); everything else here is pure
// functions over them, so the desktop's charts, the command line and the
// PDF report all count the same way. docs/file-formats.md "Measures CSV"
// says exactly what each figure counts.

#include "core/alignment.h"
#include "core/dates.h"
#include "core/enums.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace mc {

// Which compacts: empty program or cohort means every one.
struct CohortFilter {
    std::string program;
    std::string cohort;
    bool includeClosed = true; // false leaves archived (closed) compacts out

    bool matches(const std::string& compactProgram, const std::string& compactCohort,
                 CompactStatus status) const;
};

// One row of the dashboard: where one compact stands today.
struct DashboardRow {
    std::string compactId;
    std::string title;
    std::string scholar;              // empty when the compact has none yet
    std::vector<std::string> mentors; // in the compact's order of people
    std::string program;
    std::string cohort;
    CompactStatus status = CompactStatus::Draft;
    Date start;
    Date end;
    OptionalDate closedOn; // the day a closed compact ended (Workspace::closeCompact)
    int version = 1;       // the latest version's number
    bool locked = false;   // the latest version is signed by everyone required

    // Required signers who have not signed the latest version as it is now,
    // by name in the compact's order. Empty once locked.
    // For a closed (archived) compact the late fields below stay empty:
    // no next or overdue review, no overdue milestone, meetings not late.
    std::vector<std::string> missingSignatures;
    // The next review not yet signed, due today or later, if one is left.
    OptionalDate nextReview;
    int nextReviewYear = 0; // its award year, 0 when none
    // Award years whose review date has passed without a signed review.
    std::vector<int> overdueReviewYears;

    // Milestones: overdue = planned or rescheduled with a due date before
    // today; achieved = status achieved; total = every milestone.
    int milestonesOverdue = 0;
    int milestonesAchieved = 0;
    int milestonesTotal = 0;

    // Alignment of the submitted worksheets (computeAlignment's levels):
    // topics compared, and of those the ones with a minor or major gap.
    // 0, 0 = not compared yet (fewer than two submitted).
    int topicsCompared = 0;
    int topicsApart = 0;
    int topicsMajor = 0; // of topicsApart, the major gaps

    // Merge conflicts flagged on this compact and not settled yet
    // (Workspace::mergeConflicts; `mentoring-compact conflicts`).
    int conflicts = 0;

    // The latest meeting logged on or before today.
    OptionalDate lastMeeting;
    // Days between meetings the plan agrees (7, 14, 31 for monthly, the
    // custom interval); a compact without a plan has the default plan's.
    int meetingIntervalDays = 0;
    // No meeting for more than twice the plan's interval: counted from the
    // last meeting, or from the start when none is logged. False before
    // the start, after the end, for a closed compact and without a rhythm.
    bool meetingsLate = false;

    bool operator==(const DashboardRow&) const = default;
};

// The milestone kinds the measures count apart; every other kind
// (presentation, training, independence step, other) counts as Other.
enum class MeasureKind { Publication, GrantSubmission, GrantAward, Promotion, Other };
inline constexpr std::size_t kMeasureKinds = 5;
MeasureKind measureKindOf(MilestoneKind kind);
// "publication", "grant_submission", "grant_award", "promotion", "other":
// the stems of the CSV columns.
const char* measureKindKey(MeasureKind kind);

// Milestones of one kind whose due date falls in the award year.
struct KindCounts {
    int due = 0;      // every milestone due in the year, whatever its status, dropped aside
    int achieved = 0; // of those, achieved
    int missed = 0;   // of those, missed (failures count: an unfunded grant)

    bool operator==(const KindCounts&) const = default;
};

// One compact and award year: the measures of that year.
struct MeasureRow {
    std::string compactId;
    std::string title;
    std::string scholar;
    std::string program;
    std::string cohort;
    CompactStatus status = CompactStatus::Draft;
    int awardYear = 1;
    Date yearFrom; // the award year (reviewPeriods)
    Date yearTo;

    std::array<KindCounts, kMeasureKinds> milestones{}; // indexed by MeasureKind
    // Goals as the year's signed review left them (its goal list and
    // statuses, dropped ones left out); otherwise, for the latest award
    // year started, the compact's goals now (dropped ones left out);
    // -1, -1 = not known (an earlier year without a signed review).
    int goalsTotal = -1;
    int goalsAchieved = -1;

    bool reviewSigned = false;
    // From the submitted reflections of this year's review (signed or
    // not), 1..5; 0 = none. Only once every scholar and mentor of the
    // compact has submitted (blind entry: no score shows before the other
    // side has written theirs).
    int satisfactionScholar = 0;
    double satisfactionMentors = 0; // mean over the mentors who submitted; 0 = none
    int discussionScholar = 0;
    double discussionMentors = 0;

    // The compact's alignment by domain (all six, domain order) from its
    // submitted worksheets as they are now; empty when not compared. The
    // same on every year's row of a compact: worksheets are not per year.
    std::vector<DomainAlignment> alignment;

    const KindCounts& kind(MeasureKind k) const { return milestones[static_cast<std::size_t>(k)]; }
    bool operator==(const MeasureRow&) const = default;
};

// A mean and how many values it is over (0 values: no mean).
struct Mean {
    double value = 0;
    int count = 0;
};

// The cohort's figures of one award year (year 1, 2, ...), summed over the
// compacts that have that year.
struct YearFigures {
    int awardYear = 1;
    int compacts = 0;
    std::array<KindCounts, kMeasureKinds> milestones{};
    int goalsTotal = 0; // over the rows whose goals are known
    int goalsAchieved = 0;
    Mean satisfactionScholar;
    Mean satisfactionMentors; // a mean of the rows' mentor means
    Mean discussionScholar;
    Mean discussionMentors;
};

// One domain across the compacts compared: how many, and their topics.
struct DomainFigures {
    Domain domain = Domain::Research;
    int compacts = 0; // compacts with at least one topic compared here
    int topics = 0;
    int aligned = 0;
    int minorGaps = 0;
    int majorGaps = 0;
};

struct CohortFigures {
    int compacts = 0;                                   // distinct compacts in the rows
    std::array<KindCounts, kMeasureKinds> milestones{}; // every year together
    int goalsTotal = 0; // each compact's latest known year (goals carry over)
    int goalsAchieved = 0;
    std::vector<YearFigures> years;     // by award year, ascending
    std::vector<DomainFigures> domains; // all six, domain order; each compact once
};

// The cohort's figures from measure rows (any filter applied before).
CohortFigures cohortFigures(const std::vector<MeasureRow>& rows);

// The measures as CSV, one row per compact and award year: snake_case
// ASCII header, ISO dates, empty for unknown, RFC 4180 quoting, CRLF line
// ends, UTF-8 (docs/file-formats.md "Measures CSV"). `byteOrderMark`
// puts the UTF-8 BOM first, which Excel needs to read accents right on
// double-click; left out by default since REDCap and scripts read the
// mark as part of the first column's name.
std::string measuresCsv(const std::vector<MeasureRow>& rows, bool byteOrderMark = false);
// The header line's column names, in order.
std::vector<std::string> measuresCsvColumns();

// One thing missing or late, for `status` and a scheduled job. Closed
// compacts have none; a draft compact's signatures are not missing yet.
struct StatusFinding {
    enum class Kind {
        MissingSignatures,
        OverdueReview,
        OverdueMilestones,
        MeetingsLate,
        Conflicts
    };
    Kind kind = Kind::MissingSignatures;
    std::string compactId;
    std::string compact; // "Title (Scholar)", how a line names it
    std::string message; // "review overdue: award year 1 was due 2026-09-01 (94 days ago)"
};
// Every finding of the rows, compact by compact in their order.
std::vector<StatusFinding> statusFindings(const std::vector<DashboardRow>& rows, const Date& today);

// A milestone through time, for a timeline chart: where it was first due,
// where it was moved (reviews that rescheduled it), and what became of it.
struct TimelineMilestone {
    std::string milestoneId;
    std::string title;
    MilestoneKind kind = MilestoneKind::Other;
    MilestoneStatus status = MilestoneStatus::Planned;
    Date due;                      // due now
    std::vector<Date> earlierDues; // the due dates it had before, oldest first
    OptionalDate done;             // achieved on
};

} // namespace mc
