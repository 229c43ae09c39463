#pragma once
// Stable identities. Every entity carries a random UUID (RFC 4122 version 4,
// lower-case text) so that files written on different desks can be merged
// without two things ever sharing an id.

#include <string>
#include <string_view>

namespace mc {

std::string newUuid();
bool isUuid(std::string_view text);

// The current time in UTC as ISO 8601 with milliseconds,
// "2026-11-23T15:24:00.123Z": sortable as text, readable in the file.
std::string utcTimestampNow();
bool isUtcTimestamp(std::string_view text);

} // namespace mc
