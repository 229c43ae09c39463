#pragma once
// Yearly review messages the desktop shows in the user's language (issue 9),
// as mc::Text. The string functions of core/review.h and
// core/review_schedule.h give the same messages in English, for the command
// line; a separate header so that adding these rebuilds only their callers.

#include "core/review.h"
#include "core/review_schedule.h"
#include "core/text.h"

#include <vector>

namespace mc {

// reviewReadiness, translatable: one reason each; empty when it can be signed.
std::vector<Text> reviewReadinessTexts(const Review& review,
                                       const std::vector<Reflection>& reflections);

// nextReviewText and overdueReviewText, translatable: an empty Text when
// there is no next or no overdue review.
Text nextReviewMessage(const ReviewStanding& standing, const Date& today);
Text overdueReviewMessage(const ReviewStanding& standing, const Date& today);

} // namespace mc
