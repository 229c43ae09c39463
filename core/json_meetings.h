#pragma once
// The meeting log in the JSON interchange format (a compact's "meetings";
// docs/file-formats.md). Internal to json_write.cpp and json_read.cpp;
// not part of core's API.

#include "core/error.h"
#include "core/model.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mc {

// Adds "meetings" (those of `meetings` whose compact it is, newest first as
// given) to a compact's object; nothing when there are none, so a file
// without a log is written as before.
void putMeetingsJson(nlohmann::ordered_json& out, const Compact& compact,
                     const std::vector<Meeting>& meetings);

// Reads a compact's "meetings" at `path` (missing: no log) and checks each
// with validateMeeting, appending problems with their paths
// (compacts[0].meetings[1].actionItems[0].owner). A meeting dated after
// today is accepted: the file was written on another day or desk.
std::vector<Meeting> readMeetingsJson(const nlohmann::json& in, const std::string& path,
                                      const Compact& compact, std::vector<Problem>& problems);

} // namespace mc
