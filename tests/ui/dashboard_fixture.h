#pragma once
// A small known workspace for the dashboard's tests (issue 7), with today
// fixed at 2027-12-01:
//
// - Ann Archer (KL2, 2026, in negotiation, 2026-09-01 to 2029-08-31): year 1's
//   review overdue (due 2027-09-01), started with every reflection
//   submitted (scholar 4, mentors 5 and 4; discussed: 3, 4 and 2); four
//   milestones: a paper achieved (due 2027-01-15, done 2027-02-01), a paper
//   missed (due 2027-03-01), a grant submission overdue (due 2027-06-01),
//   a promotion planned in year 2 (due 2028-06-01); two goals, one
//   achieved; last meeting 2027-11-20.
// - Ben Brook (KL2, 2026, draft, starts 2028-01-01): one milestone, nothing
//   late (his award has not started).
// - Cara Cole (KL2, 2024, closed): one milestone.
// - Dev Quinn (R25, 2025, in negotiation, 2025-09-01 to 2028-08-31): twelve
//   milestones, all planned, due weekly from 2028-01-05; last meeting 2027-05-03.

#include "core/dates.h"

#include <string>

namespace mc::test {

inline const Date kDashboardToday(2027, 12, 1);

struct DashboardWorkspace {
    std::string path;
    std::string ann;
    std::string ben;
    std::string cara;
    std::string dev;
};

// Writes the workspace to `path`.
DashboardWorkspace makeDashboardWorkspace(const std::string& path);

} // namespace mc::test
