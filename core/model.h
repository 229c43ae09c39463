#pragma once
// The domain model: what a mentoring compact holds (see docs/domain.md).
// Plain values with no behaviour beyond defaults; rules live in
// validation.h and storage in workspace.h.
//
// Every entity has a stable UUID `id` and `created`/`updated` timestamps
// (UTC, ISO 8601 with milliseconds). The store fills them in when they are
// empty; import keeps them, so a file's history survives a round trip.

#include "core/dates.h"
#include "core/enums.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

struct Stamps {
    std::string id;
    std::string created;
    std::string updated;

    bool operator==(const Stamps&) const = default;
};

struct WorkspaceInfo {
    std::string id;
    std::string name;
    std::string created;
    std::string updated;
    int schemaVersion = 0;

    bool operator==(const WorkspaceInfo&) const = default;
};

// Someone with a role in one compact. A mentor's `responsibilities` say
// who does what on a mentoring team.
struct Person : Stamps {
    Role role = Role::Scholar;
    std::string name;
    std::string email;
    std::string department;
    std::string institution;
    std::string responsibilities;
    int position = 0; // order within the compact's people

    bool operator==(const Person&) const = default;
};

// What one party considers due from the other, or from both.
struct Expectation : Stamps {
    Domain domain = Domain::Research;
    std::string topic; // a topic key from topics.h, or a topic of the pair's own
    std::string text;
    Direction direction = Direction::Mutual;
    Origin origin = Origin::Negotiated;
    ExpectationState state = ExpectationState::Proposed;
    int position = 0; // order within its domain

    bool operator==(const Expectation&) const = default;
};

// A result someone is trying to achieve.
struct Goal : Stamps {
    std::string ownerId; // a Person id: the scholar or a mentor
    Horizon horizon = Horizon::Career;
    std::string text;
    OptionalDate targetDate;
    GoalStatus status = GoalStatus::Active;
    int position = 0;

    bool operator==(const Goal&) const = default;
};

// An important event on the way to a goal. Failures (an unfunded grant)
// are milestones too: status missed, with an outcome note.
struct Milestone : Stamps {
    std::string responsibleId; // a Person id
    std::string goalId;        // empty when it serves no particular goal
    MilestoneKind kind = MilestoneKind::Other;
    std::string title;
    Date due;
    OptionalDate done;
    MilestoneStatus status = MilestoneStatus::Planned;
    std::string outcomeNote;
    bool mentorConfirmed = false;

    bool operator==(const Milestone&) const = default;
};

struct MeetingPlan {
    Recurrence recurrence;
    int durationMinutes = 60;
    std::string channels;           // "in person, Zoom on Fridays"
    std::string standingTopics;     // what every meeting covers
    std::string scholarPreparation; // what the scholar brings beforehand
    std::string updated;

    bool operator==(const MeetingPlan&) const = default;
};

// How a compact ended (issue 7): the closing phase, when the formal
// relationship ends while the scholar is still supported. A closed compact
// is archived: kept whole, left out of the working lists. Not part of what
// is signed: closing changes nothing that was agreed.
struct Closing {
    Date on;
    ClosingReason reason = ClosingReason::AwardCompleted;
    std::string note;

    bool operator==(const Closing&) const = default;
};

struct Compact : Stamps {
    std::string title;
    std::string program;
    std::string cohort; // entry year or other label, "2026"
    CompactStatus status = CompactStatus::Draft;
    std::string templateId; // the template it came from, empty for blank
    Date start;
    Date end;
    std::vector<Person> people;
    std::vector<Expectation> expectations;
    std::vector<Goal> goals;
    std::vector<Milestone> milestones;
    MeetingPlan meetingPlan;
    std::optional<Closing> closing; // set exactly when the status is closed

    bool operator==(const Compact&) const = default;

    const Person* scholar() const;
    std::vector<const Person*> mentors() const;
    const Person* findPerson(const std::string& personId) const;
};

// Someone at a meeting. `personId` is empty once that person has left the
// compact; `name` still says who it was, so the log never loses an
// attendee (the store fills it in from the person).
struct Attendee {
    std::string personId;
    std::string name;

    bool operator==(const Attendee&) const = default;
};

// One thing to do, agreed at a meeting (issue 6). It may become a
// milestone (Workspace::promoteActionItem), which it then names.
struct ActionItem : Stamps {
    std::string text;
    std::string ownerId;   // a Person id; empty for nobody, or once the owner left the compact
    std::string ownerName; // the owner's name, kept after they leave (filled in by the store)
    OptionalDate due;
    bool done = false;
    std::string milestoneId; // set when it became a milestone
    int position = 0;        // order within the meeting

    bool operator==(const ActionItem&) const = default;
};

// One meeting of the log. The log is not part of the signed compact: it is
// kept, and stays editable, whatever the compact's version says.
struct Meeting : Stamps {
    std::string compactId;
    Date date;
    std::vector<Attendee> attendees; // in the order given
    std::string topics;
    std::string notes;
    std::vector<ActionItem> actionItems;

    bool operator==(const Meeting&) const = default;
};

// One line of the compact list: what a person needs to pick a compact.
struct CompactListEntry {
    std::string id;
    std::string title;
    std::string program;
    std::string cohort;
    CompactStatus status = CompactStatus::Draft;
    std::string scholar;
    std::vector<std::string> mentors;
    Date start;
    Date end;
    // The award years whose yearly review is signed (reviewStanding's
    // doneYears), so a list can say which review is next or overdue.
    std::vector<int> signedReviewYears;
};

// One row of the cohort summary: where each compact stands today.
struct CohortRow {
    std::string compactId;
    std::string scholar;
    std::string program;
    std::string cohort;
    CompactStatus status = CompactStatus::Draft;
    int milestonesTotal = 0;
    int milestonesAchieved = 0;
    int milestonesDue = 0;     // planned or rescheduled, due in the next 90 days
    int milestonesOverdue = 0; // planned or rescheduled, due before today
};

} // namespace mc
