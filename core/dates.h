#pragma once
// Calendar dates. Core keeps every date as a boost::gregorian::date and
// writes it as ISO 8601 (YYYY-MM-DD) in files and on the command line.

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

using Date = boost::gregorian::date;
using OptionalDate = std::optional<Date>;

// Parses exactly "YYYY-MM-DD". Throws mc::Error with a message that says
// why otherwise: "2026-02-30 is not a date: February 2026 has 28 days",
// "\"next week\" is not a date: write it as YYYY-MM-DD".
Date parseIsoDate(std::string_view text);
// The same, for a value that may be left out: empty text gives no date.
OptionalDate parseOptionalIsoDate(std::string_view text);

std::string formatIsoDate(const Date& date);
std::string formatOptionalIsoDate(const OptionalDate& date);

// Today in the local time zone; the one place core asks the clock for a date.
Date todayLocal();

// The date `years` years after `start`. A start on 29 February falls on
// 28 February in years that have no 29th, so a leap-day compact still has
// its anniversary every year.
Date anniversary(const Date& start, int years);

// The yearly review dates of an award period: one per award year, on each
// anniversary of `start` that falls on or before `end`.
std::vector<Date> reviewDates(const Date& start, const Date& end);

// How meetings recur; the meeting plan stores one of these.
enum class Cadence { Weekly, EveryTwoWeeks, Monthly, Custom };

struct Recurrence {
    Cadence cadence = Cadence::EveryTwoWeeks;
    // Monday = 1 ... Sunday = 7 (ISO 8601), used by weekly, every two weeks
    // and monthly.
    int weekday = 1;
    // For monthly: which occurrence of the weekday in the month, 1 to 4, or
    // -1 for the last one.
    int weekOfMonth = 1;
    // For custom: days between meetings (1 to 366).
    int intervalDays = 14;

    bool operator==(const Recurrence&) const = default;
};

// The meeting dates of a plan from `first` up to and including `last`.
// Weekly and every-two-weeks start at the first matching weekday on or after
// `first`; monthly takes the n-th (or last) weekday of each month; custom
// starts on `first` and steps by intervalDays. Throws mc::Error for a plan
// whose numbers are out of range.
std::vector<Date> meetingDates(const Recurrence& plan, const Date& first, const Date& last);

} // namespace mc
