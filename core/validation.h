#pragma once
// The domain rules. Each function returns every problem it finds; an
// Error-severity problem means the value must not be stored, a Warning
// means it may be stored but a person should see it (a milestone due
// after the award period ends is allowed, but worth a second look).
//
// Field names are paths a person can follow: "end", "people[1].name",
// "milestones[3].due".

#include "core/error.h"
#include "core/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace mc {

// Limits that keep a single text from swallowing a page or the file.
inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxTextLength = 200'000;

// What every stored text must be (UTF-8, no control characters but line
// breaks and tabs, at most kMaxTextLength characters), for rules kept in
// other files (core/meeting_log.cpp). `label` starts each message: mark it
// MC_TR so the desktop translates it; a plain string is shown as written.
std::vector<Problem> checkTextValue(const std::string& field, const Text& label,
                                    std::string_view value);
std::vector<Problem> checkTextValue(const std::string& field, const std::string& label,
                                    std::string_view value);

std::vector<Problem> validatePerson(const Person& person, const std::string& field = "person");
std::vector<Problem> validateExpectation(const Expectation& expectation,
                                         const std::string& field = "expectation");
// The goal's owner must be one of the compact's people.
std::vector<Problem> validateGoal(const Goal& goal, const Compact& compact,
                                  const std::string& field = "goal");
// The responsible person and the goal must belong to the compact; a due
// date outside the compact's period is a warning.
std::vector<Problem> validateMilestone(const Milestone& milestone, const Compact& compact,
                                       const std::string& field = "milestone");
// The numbers of a recurrence that its cadence uses (weekday, week of the
// month, interval), each in range. `field` prefixes the paths
// ("meetingPlan.recurrence" gives "meetingPlan.recurrence.weekday"); the
// messages start with the number's name ("weekday must be 1 (Monday) to
// 7 (Sunday), not 9"). meetingDates() throws with the same messages.
std::vector<Problem> checkRecurrence(const Recurrence& recurrence, const std::string& field);
std::vector<Problem> validateMeetingPlan(const MeetingPlan& plan,
                                         const std::string& field = "meetingPlan");
// Title, dates (end after start), status and who is in it: exactly one
// scholar, at least one mentor. Does not look at the parts.
std::vector<Problem> validateCompactHeader(const Compact& compact);
// Everything: the header, every part, duplicate ids.
std::vector<Problem> validateCompact(const Compact& compact);

} // namespace mc
