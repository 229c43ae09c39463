#pragma once
// The yearly review (issue 6; docs/domain.md, "The yearly cycle"): once per
// award year the pair look back at the milestones and goals of the year,
// revisit the agreed expectations, say (each on their own, blind) how the
// relationship is going, and sign what they concluded.
//
// This header holds the values and the pure rules; the store's side is the
// reviews section of core/workspace.h (workspace_reviews.cpp).

#include "core/error.h"
#include "core/model.h"
#include "core/review_schedule.h"
#include "core/signing.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

// A milestone of the year and what became of it. `title` and `due` are the
// milestone as it was when reviewed, so the review still reads right after
// the milestone is rescheduled, renamed or deleted.
struct MilestoneReview {
    std::string milestoneId;
    std::string title;
    Date due;
    std::optional<MilestoneOutcome> outcome; // none yet: the review cannot be signed
    OptionalDate date;                       // achieved on, or the new due date
    std::string note;                        // kept and printed, failures too

    bool operator==(const MilestoneReview&) const = default;
};

// Progress on a goal, and its status after the review.
struct GoalReview {
    std::string goalId;
    std::string text; // as reviewed
    GoalStatus status = GoalStatus::Active;
    std::string progress;

    bool operator==(const GoalReview&) const = default;
};

// An agreed expectation revisited: kept, changed (to `newText`) or dropped.
struct ExpectationReview {
    std::string expectationId;
    Domain domain = Domain::Research;
    std::string text; // as reviewed
    ExpectationVerdict verdict = ExpectationVerdict::Kept;
    std::string newText;
    std::string note;

    bool operator==(const ExpectationReview&) const = default;
};

// What one person says of the year, entered alone and hidden from the
// others until the scholar and every mentor have submitted theirs.
// Scales run 1 (poor) to 5 (excellent); 0 is not answered yet.
struct Reflection {
    std::string id;
    std::string personId;
    std::string name; // kept should the person leave the compact
    Role role = Role::Scholar;
    int satisfaction = 0;          // with the relationship
    std::string satisfactionWords; // why, in their words
    int discussion = 0;            // how well the expectations were discussed
    std::string differently;       // what they want the other side to do differently
    std::string mentorBetter;      // mentors only: how they could mentor better
    OptionalDate submittedOn;      // set on submit; then it is locked
    std::string created;
    std::string updated;

    bool submitted() const { return submittedOn.has_value(); }
    bool operator==(const Reflection&) const = default;
};

struct Review : Stamps {
    std::string compactId;
    int awardYear = 1;
    Date periodFrom; // the award year under review (reviewPeriods)
    Date periodTo;
    Date heldOn; // the day of the review meeting
    std::vector<MilestoneReview> milestones;
    std::vector<GoalReview> goals;
    std::vector<ExpectationReview> expectations;
    std::string summary; // what the pair concluded, in their words

    VersionState state = VersionState::Draft;
    std::string fingerprint; // set when signed
    std::string content;     // canonicalReview when signed
    std::string signedAt;
    std::vector<Signature> signatures;

    bool locked() const { return state == VersionState::Signed; }
    bool operator==(const Review&) const = default;
};

// Who reflects on a review (the scholar and every mentor) and how far they
// are, without what they wrote.
struct ReflectionStatus {
    std::string personId;
    std::string name;
    Role role = Role::Scholar;
    bool started = false;
    OptionalDate submittedOn;
};

// A review with every reflection, as the JSON interchange carries it.
struct ReviewRecord {
    Review review;
    std::vector<Reflection> reflections;

    bool operator==(const ReviewRecord&) const = default;
};

// A new review of `period`, held on `heldOn`, filled from the compact:
// every milestone due in the period or earlier and still planned or
// rescheduled (an achieved, missed or dropped one only when its due date
// falls in the period), with its outcome already set when its status says
// it; the goals not dropped; the agreed expectations, kept.
Review draftReview(const Compact& compact, const ReviewPeriod& period, const Date& heldOn);

// Every problem of `review` for `compact`, with paths under "review"
// ("review.milestones[2].date"): a held-on date not before the year starts
// and not after `today`; each milestone, goal and expectation of the
// compact and listed once; an achieved milestone dated, not after today; a
// rescheduled one with a new date after the one it had; a changed
// expectation with its new text; texts without control characters.
std::vector<Problem> validateReview(const Review& review, const Compact& compact,
                                    const Date& today);
// The reasons the review cannot be signed yet (milestones without an
// outcome, reflections not submitted), as sentences; empty when it can.
std::vector<std::string> reviewReadiness(const Review& review,
                                         const std::vector<Reflection>& reflections);

// Every problem of a reflection: scales 0..5 (5-point), and submitted
// only with both scales answered. Paths under `field`.
std::vector<Problem> validateReflection(const Reflection& reflection,
                                        const std::string& field = "reflection");
// Whether one person's reflection is shown to `viewerPersonId`: always their
// own; the others' once everyone in `required` (the scholar and mentors)
// has submitted.
bool reflectionsRevealed(const std::vector<Reflection>& reflections,
                         const std::vector<std::string>& required);

// The coming year as a review records it: the milestones due in the year
// after `period` (not dropped) and the goals still active.
struct ComingYear {
    std::vector<const Milestone*> milestones;
    std::vector<const Goal*> goals;
};
ComingYear comingYear(const Compact& compact, const ReviewPeriod& period);

// The reflections in the compact's order of people (the scholar, then the
// mentors), for showing them; the canonical text keeps an order of its own.
std::vector<Reflection> inPeopleOrder(const Compact& compact, std::vector<Reflection> reflections);

// Canonical JSON of what the signers agree to (docs/file-formats.md,
// "Reviews"): the review, the submitted reflections and the coming year;
// sorted keys as in core/fingerprint.h. Its SHA-256 is the fingerprint.
std::string canonicalReview(const Review& review, const std::vector<Reflection>& reflections,
                            const Compact& compact);

// Whether the stored rows of a signed review still say what its signed
// `content` says: empty when they do, else the first part that differs
// ("milestones", "reflections", "summary"...). The coming year is taken
// from `content`, since the compact has moved on since.
std::string reviewContentDifference(const Review& review,
                                    const std::vector<Reflection>& reflections,
                                    const std::string& content);

// One step in a milestone's history across the reviews: "year 1: moved
// from 2027-03-01 to 2027-06-01 (reviewer lost the draft)".
struct MilestoneHistoryStep {
    int awardYear = 0;
    MilestoneOutcome outcome = MilestoneOutcome::Achieved;
    Date due;          // the due date when reviewed
    OptionalDate date; // achieved on, or moved to
    std::string note;
};
struct MilestoneHistory {
    std::string milestoneId;
    std::string title;
    MilestoneKind kind = MilestoneKind::Other;
    Date due; // now
    MilestoneStatus status = MilestoneStatus::Planned;
    std::vector<MilestoneHistoryStep> steps; // oldest first
};
// Every milestone of the compact with what the reviews (signed or draft,
// in award-year order) said of it, in due-date order; milestones reviewed
// and deleted since keep their history under the reviewed title.
std::vector<MilestoneHistory> milestoneHistory(const Compact& compact,
                                               const std::vector<Review>& reviews);
// "year 1: rescheduled from 2027-03-01 to 2027-06-01 — the data came late"
std::string historyStepInWords(const MilestoneHistoryStep& step);

} // namespace mc
