#pragma once
// Calendars (issue 6): milestone due dates, yearly reviews and the meeting
// plan of one or several compacts as one iCalendar object (RFC 5545), built
// and written by libical. A desktop program cannot remind anyone while it is
// closed; the user's calendar can, so events carry alarms. No SQL: the
// caller loads the compacts. docs/file-formats.md, "Calendar (.ics)".

#include "core/model.h"

#include <string>
#include <vector>

namespace mc {

// Alarms go off this many days before the event.
constexpr int kMilestoneAlarmDays = 7;
constexpr int kReviewAlarmDays = 14;

struct CalendarOptions {
    // X-WR-CALNAME and NAME: the workspace's name, or the compact's title.
    std::string calendarName;
    // DTSTAMP of every event: when the file was made, UTC as core writes
    // stamps ("2026-12-05T12:00:00.000Z"; utcTimestampNow()).
    std::string generatedAt;
    // Alarms are only set on events from this day on: a calendar imported
    // today should not fire reminders for reviews held years ago.
    Date today;
};

// The whole calendar as RFC 5545 text: CRLF line ends, lines folded at 75
// octets, every text escaped by libical. Events per compact, in order:
// milestones (dropped ones left out), reviews, then the meeting plan as one
// recurring event. Throws mc::Error naming the compact when its dates or
// meeting plan are unusable, or when generatedAt is not a UTC stamp.
std::string calendarIcs(const std::vector<Compact>& compacts, const CalendarOptions& options);

// The UIDs, stable across exports so that importing again updates events.
std::string milestoneEventUid(const Milestone& milestone);
std::string reviewEventUid(const Compact& compact, int awardYear);
std::string meetingsEventUid(const Compact& compact);

// SEQUENCE from an `updated` stamp: whole seconds since 2000-01-01 UTC, so a
// later edit gives a higher number (fits in 32 bits until 2068). 0 for an
// empty or malformed stamp.
int sequenceFromStamp(const std::string& updated);

// The RRULE text of a meeting plan, UNTIL `last` (an all-day date):
// "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20290831". Throws mc::Error for a
// plan whose numbers are out of range.
std::string meetingRecurrenceRule(const Recurrence& plan, const Date& last);

} // namespace mc
