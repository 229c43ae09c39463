#pragma once
// The readable text of a compact, as `mentoring-compact show` prints it.

#include "core/model.h"

#include <string>

namespace mc::cli {

// Title, program, cohort, period, status, people, expectations by domain,
// goals, milestones and the meeting plan. Ends with a newline.
std::string formatCompactText(const Compact& compact);

// "every two weeks on Monday, 60 minutes" style line for a meeting plan.
std::string describeMeetingPlan(const MeetingPlan& plan);

} // namespace mc::cli
