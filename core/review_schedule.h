#pragma once
// The yearly review schedule of a compact (issue 6): one review per award
// year, the next one and any overdue one. Pure functions over dates; the
// reviews already done come from the caller (the store, or a test).

#include "core/dates.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

// One award year and the review that closes it. Year n runs from the
// (n-1)-th anniversary of the start up to the day before the n-th, or up to
// the end of the award when that comes first; its review is due on the n-th
// anniversary, or on the end day for a last year cut short. So an award of
// 2026-09-01 to 2029-08-31 has three reviews (the third on 2029-08-31, not
// on 2029-09-01 after the award ended), and a start on 29 February has one
// every year (on 28 February when there is no 29th).
struct ReviewPeriod {
    int year = 0; // 1 for the first award year
    Date from;
    Date to;
    Date due;

    bool operator==(const ReviewPeriod&) const = default;
};

// Every award year of the award from `start` to `end` (inclusive), in order.
// An end moved by an amendment is simply the compact's end now. Throws
// mc::Error when `end` is before `start` or either is not a date.
std::vector<ReviewPeriod> reviewPeriods(const Date& start, const Date& end);

struct ReviewStanding {
    std::vector<ReviewPeriod> periods;
    // The first year without a review whose due day is today or later.
    std::optional<ReviewPeriod> next;
    // The first year without a review whose due day has passed.
    std::optional<ReviewPeriod> overdue;
};

// Where the reviews stand on `today`, given the award years that have a
// review done (`doneYears`, each 1 for the first year; others ignored).
ReviewStanding reviewStanding(const Date& start, const Date& end, const Date& today,
                              const std::vector<int>& doneYears);

// The standing in words, one line each, for the command line and the list:
// "next review: 2027-09-01 (award year 1, in 271 days)",
// "review overdue: award year 1 was due 2026-09-01 (94 days ago)".
// Empty strings when there is no next or no overdue review.
std::string nextReviewText(const ReviewStanding& standing, const Date& today);
std::string overdueReviewText(const ReviewStanding& standing, const Date& today);

} // namespace mc
