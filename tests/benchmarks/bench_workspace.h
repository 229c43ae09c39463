#pragma once
// A deterministic, program-scale workspace for compact-bench: the same seed
// gives the same compacts, ids and stamps on every machine and every run.

#include "core/model.h"

#include <cstdint>
#include <vector>

namespace mc::bench {

inline constexpr std::uint32_t kDefaultSeed = 2026;
inline constexpr int kExpectationsPerDomain = 6;
inline constexpr int kGoalsPerCompact = 12;
inline constexpr int kMilestonesPerCompact = 40;

// The fixed "today" of the benchmark: milestones due before it and still
// planned or rescheduled count as overdue.
Date benchToday();

// `count` compacts, each with a scholar and three mentors (primary, co,
// career), six expectations per domain, twelve goals, forty milestones and
// a meeting plan. Every part is in the store's display order (milestones by
// due date, title, id), so a compact loaded back compares equal to the one
// generated. Ids are version 4 UUIDs drawn from the seeded generator.
std::vector<Compact> generateCompacts(int count, std::uint32_t seed = kDefaultSeed);

} // namespace mc::bench
