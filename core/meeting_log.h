#pragma once
// The rules of the meeting log (issue 6). No SQL: the store
// (workspace_meetings.cpp) and JSON import ask these before writing.

#include "core/error.h"
#include "core/model.h"

#include <set>
#include <string>
#include <vector>

namespace mc {

// Every problem of `meeting` as part of `compact` (its people and
// milestones), with paths under `field` ("meeting.attendees[1]",
// "meeting.actionItems[0].owner"):
// - the date is a real date and not after `today` (a meeting is logged
//   once it has been held); before the compact starts is only a warning;
// - each attendee is a person of the compact, listed once;
// - each action item has text, its owner is a person of the compact or
//   nobody, its milestone one of the compact's;
// - ids are UUIDs, texts are text.
// An attendee or owner without a person id is someone who has left the
// compact: accepted only when their name is among `formerNames` (the names
// the stored meeting keeps, or those of a file being imported).
std::vector<Problem> validateMeeting(const Meeting& meeting, const Compact& compact,
                                     const Date& today,
                                     const std::set<std::string>& formerNames = {},
                                     const std::string& field = "meeting");

// The names a meeting keeps for people who have left the compact.
std::set<std::string> formerNamesOf(const Meeting& meeting);

// "Ada Lovelace, Charles Babbage", or "nobody recorded" for no attendees;
// someone who has left the compact is marked "(left the compact)".
std::string attendeesInWords(const Meeting& meeting);

} // namespace mc
