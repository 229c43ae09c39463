#include "core/review_schedule.h"

#include "core/error.h"

#include <algorithm>

namespace mc {

namespace bg = boost::gregorian;

namespace {

std::string daysWord(long days) {
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

} // namespace

std::vector<ReviewPeriod> reviewPeriods(const Date& start, const Date& end) {
    if (start.is_special())
        throw Error("the review schedule needs the start of the award period as a date");
    if (end.is_special())
        throw Error("the review schedule needs the end of the award period as a date");
    if (end < start)
        throw Error("the award period ends (" + formatIsoDate(end) + ") before it starts (" +
                    formatIsoDate(start) + ")");
    std::vector<ReviewPeriod> periods;
    // anniversary() and not Boost's year arithmetic: it keeps 29 February
    // starts on 28 February in common years (core/dates.h).
    for (int year = 1;; ++year) {
        const Date from = anniversary(start, year - 1);
        if (from > end || (year > 1 && from == end))
            break; // a last "year" of the end day alone would repeat the review before it
        const Date next = anniversary(start, year);
        ReviewPeriod& period = periods.emplace_back();
        period.year = year;
        period.from = from;
        period.to = std::min(next - bg::days(1), end);
        period.due = std::min(next, end);
    }
    return periods;
}

ReviewStanding reviewStanding(const Date& start, const Date& end, const Date& today,
                              const std::vector<int>& doneYears) {
    ReviewStanding standing;
    standing.periods = reviewPeriods(start, end);
    for (const ReviewPeriod& period : standing.periods) {
        if (std::find(doneYears.begin(), doneYears.end(), period.year) != doneYears.end())
            continue;
        if (period.due < today) {
            if (!standing.overdue)
                standing.overdue = period;
        } else if (!standing.next) {
            standing.next = period;
        }
    }
    return standing;
}

std::string nextReviewText(const ReviewStanding& standing, const Date& today) {
    if (!standing.next)
        return {};
    const ReviewPeriod& next = *standing.next;
    const long days = (next.due - today).days();
    const std::string when = days == 0 ? "today" : "in " + daysWord(days);
    return "next review: " + formatIsoDate(next.due) + " (award year " + std::to_string(next.year) +
           ", " + when + ")";
}

std::string overdueReviewText(const ReviewStanding& standing, const Date& today) {
    if (!standing.overdue)
        return {};
    const ReviewPeriod& overdue = *standing.overdue;
    return "review overdue: award year " + std::to_string(overdue.year) + " was due " +
           formatIsoDate(overdue.due) + " (" + daysWord((today - overdue.due).days()) + " ago)";
}

} // namespace mc
