#include "core/review_schedule.h"

#include "core/error.h"
#include "core/review_texts.h"

#include <algorithm>

namespace mc {

namespace bg = boost::gregorian;

std::vector<ReviewPeriod> reviewPeriods(const Date& start, const Date& end) {
    if (start.is_special())
        throw Error(text(
            MC_TR("core", "the review schedule needs the start of the award period as a date")));
    if (end.is_special())
        throw Error(
            text(MC_TR("core", "the review schedule needs the end of the award period as a date")));
    if (end < start)
        throw Error(text(MC_TR("core", "the award period ends (%1) before it starts (%2)"),
                         formatIsoDate(end), formatIsoDate(start)));
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

// One whole sentence for each count of days, so a translator has each one
// to translate (core's Text has no plural forms).
Text nextReviewMessage(const ReviewStanding& standing, const Date& today) {
    if (!standing.next)
        return {};
    const ReviewPeriod& next = *standing.next;
    const std::string due = formatIsoDate(next.due);
    const long days = (next.due - today).days();
    if (days == 0)
        return text(MC_TR("core", "next review: %1 (award year %2, today)"), due, next.year);
    if (days == 1)
        return text(MC_TR("core", "next review: %1 (award year %2, in 1 day)"), due, next.year);
    return text(MC_TR("core", "next review: %1 (award year %2, in %3 days)"), due, next.year, days);
}

Text overdueReviewMessage(const ReviewStanding& standing, const Date& today) {
    if (!standing.overdue)
        return {};
    const ReviewPeriod& overdue = *standing.overdue;
    const std::string due = formatIsoDate(overdue.due);
    const long days = (today - overdue.due).days();
    if (days == 1)
        return text(MC_TR("core", "review overdue: award year %1 was due %2 (1 day ago)"),
                    overdue.year, due);
    return text(MC_TR("core", "review overdue: award year %1 was due %2 (%3 days ago)"),
                overdue.year, due, days);
}

std::string nextReviewText(const ReviewStanding& standing, const Date& today) {
    return nextReviewMessage(standing, today).english();
}

std::string overdueReviewText(const ReviewStanding& standing, const Date& today) {
    return overdueReviewMessage(standing, today).english();
}

} // namespace mc
