#pragma once
// How well the meetings logged keep to the meeting plan (issue 6), in
// numbers and in plain words: "agreed: every two weeks on Thursdays; held
// 9 of 13 in the last six months; last meeting 23 days ago". No SQL.

#include "core/dates.h"
#include "core/model.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

struct MeetingAdherence {
    // The agreed rhythm; none when meetings are held as needed.
    std::optional<Recurrence> plan;
    // The window counted: the six months up to today, starting no earlier
    // than the compact and ending no later than it. Empty (last < first)
    // when the compact has not started yet.
    Date first;
    Date last;
    bool startsWithCompact = false; // the compact started less than six months ago
    bool endsWithCompact = false;   // the compact ended before today
    int expected = 0;               // meetings the plan called for in the window
    int held = 0;                   // days in the window with a meeting logged
    OptionalDate lastMeeting;       // the latest meeting on or before today
    int daysSinceLast = 0;          // from lastMeeting to today

    bool operator==(const MeetingAdherence&) const = default;
};

// Counts against `plan` (none: no rhythm agreed) the meetings on `held`
// (in any order; several on one day count as one meeting day, and those
// after today or outside the window do not count toward "held").
// Throws mc::Error for a plan whose numbers are out of range.
MeetingAdherence meetingAdherence(const std::optional<Recurrence>& plan, const Date& compactStart,
                                  const Date& compactEnd, const std::vector<Date>& held,
                                  const Date& today);
// The same for a compact's meeting plan and log.
MeetingAdherence meetingAdherence(const Compact& compact, const std::vector<Meeting>& meetings,
                                  const Date& today);

// A recurrence in plain English: "weekly on Mondays", "every two weeks on
// Thursdays", "monthly on the last Friday", "every 10 days". The desktop
// has a translated Qt form (ui/recurrence_text.cpp) that could use this
// later for untranslated text.
std::string recurrenceInWords(const Recurrence& recurrence);

// The whole sentence: "agreed: every two weeks on Thursdays; held 9 of 13
// in the last six months; last meeting 23 days ago".
std::string adherenceInWords(const MeetingAdherence& adherence);

} // namespace mc
