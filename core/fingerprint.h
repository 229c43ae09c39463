#pragma once
// The fingerprint of a compact: SHA-256 of a canonical serialisation of
// everything a version agrees to (docs/file-formats.md, "Fingerprint").
// Signatures name it, and printed pages carry its first 12 characters, so a
// paper copy can be traced to exactly what was agreed.

#include "core/model.h"

#include <string>
#include <string_view>

namespace mc {

// The version of the canonical form below; written into it, so a future
// change of what is covered gives different fingerprints, never equal ones
// for different meanings.
inline constexpr int kFingerprintVersion = 1;

// Canonical JSON: sorted keys, no whitespace, UTF-8 as is, arrays in display
// order. Covers the plan (people, expectations, goals, milestones, meeting
// plan, dates, title, program, cohort); leaves out stamps, statuses,
// progress (milestone outcomes), provenance (origin, template) and positions.
std::string canonicalCompact(const Compact& compact);
// Lower-case hex SHA-256 of canonicalCompact(compact).
std::string fingerprint(const Compact& compact);
// The first 12 hex digits: enough to tell versions apart on paper.
std::string shortFingerprint(const Compact& compact);
inline constexpr std::size_t kShortFingerprintLength = 12;

// Lower-case hex SHA-256 of any bytes, through OpenSSL's EVP API.
// Throws mc::Error if libcrypto fails.
std::string sha256Hex(std::string_view bytes);

} // namespace mc
