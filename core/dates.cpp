#include "core/dates.h"

#include "core/error.h"
#include "core/validation.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace mc {

namespace bg = boost::gregorian;

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;
// meetingDates lists at most this many years of dates, so a typo in a year
// cannot make it build a list of hundreds of thousands of dates.
constexpr int kMaxMeetingYears = 20;
Text dateHint() {
    return mc::text(MC_TR("core", "write it as YYYY-MM-DD, for example 2026-09-01"));
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// The text as it is shown in a message: quoted, and cut short when long, so
// a pasted paragraph does not become a paragraph-long error.
std::string quoted(std::string_view text) {
    constexpr std::size_t kShown = 40;
    std::string out = "\"";
    if (text.size() > kShown) {
        out += text.substr(0, kShown);
        out += "...";
    } else {
        out += text;
    }
    out += '"';
    return out;
}

int digitsValue(std::string_view text) {
    int value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    return value;
}

// "2026-2-3" and "2026-02-3": the right parts, too few digits. Returns the
// two-digit spelling of the same date, or empty when the text is not
// shaped like that.
std::string paddedSpelling(std::string_view text) {
    const auto firstDash = text.find('-');
    const auto secondDash = text.find('-', firstDash == std::string_view::npos ? 0 : firstDash + 1);
    if (firstDash != 4 || secondDash == std::string_view::npos)
        return {};
    const auto year = text.substr(0, 4);
    const auto month = text.substr(5, secondDash - 5);
    const auto day = text.substr(secondDash + 1);
    auto allDigits = [](std::string_view part) {
        if (part.empty() || part.size() > 2)
            return false;
        for (char c : part)
            if (!isDigit(c))
                return false;
        return true;
    };
    for (char c : year)
        if (!isDigit(c))
            return {};
    if (!allDigits(month) || !allDigits(day))
        return {};
    std::string out(year);
    out += '-';
    // Appended piece by piece: GCC 12 at -O3 warns falsely (-Wrestrict, GCC
    // bug 105329) about "0" + std::string.
    if (month.size() == 1)
        out += '0';
    out += month;
    out += '-';
    if (day.size() == 1)
        out += '0';
    out += day;
    return out;
}

Text monthName(int month) {
    static constexpr const char* kMonths[] = {
        MC_TR("core", "January"), MC_TR("core", "February"), MC_TR("core", "March"),
        MC_TR("core", "April"),   MC_TR("core", "May"),      MC_TR("core", "June"),
        MC_TR("core", "July"),    MC_TR("core", "August"),   MC_TR("core", "September"),
        MC_TR("core", "October"), MC_TR("core", "November"), MC_TR("core", "December")};
    return text(kMonths[month - 1]);
}

void requireOrdinary(const Date& date, const Text& what) {
    if (date.is_special())
        throw Error(mc::text(MC_TR("core", "%1 is not set to a date"), what));
}

bg::greg_weekday boostWeekday(int isoWeekday) {
    // ISO counts Monday = 1 ... Sunday = 7; boost counts Sunday = 0 ... Saturday = 6.
    return bg::greg_weekday(static_cast<unsigned short>(isoWeekday % 7));
}

} // namespace

Date parseIsoDate(std::string_view text) {
    const std::string shown = quoted(text);
    if (text.empty())
        throw Error(mc::text(MC_TR("core", "no date given: %1"), dateHint()));
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && isDigit(text[0]) &&
                        isDigit(text[1]) && isDigit(text[2]) && isDigit(text[3]) &&
                        isDigit(text[5]) && isDigit(text[6]) && isDigit(text[8]) &&
                        isDigit(text[9]);
    if (!shaped) {
        const std::string padded = paddedSpelling(text);
        if (!padded.empty())
            throw Error(mc::text(MC_TR("core", "%1 is not a date: write month and day with two "
                                               "digits, as in %2"),
                                 shown, padded));
        throw Error(mc::text(MC_TR("core", "%1 is not a date: %2"), shown, dateHint()));
    }
    const int year = digitsValue(text.substr(0, 4));
    const int month = digitsValue(text.substr(5, 2));
    const int day = digitsValue(text.substr(8, 2));
    if (year < kMinYear || year > kMaxYear)
        throw Error(mc::text(MC_TR("core", "%1 is not a date: the year must be between %2 and %3"),
                             shown, kMinYear, kMaxYear));
    if (month < 1 || month > 12)
        throw Error(
            mc::text(MC_TR("core", "%1 is not a date: there is no month %2"), shown, month));
    if (day < 1)
        throw Error(mc::text(MC_TR("core", "%1 is not a date: there is no day 0"), shown));
    const int daysInMonth = bg::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month));
    if (day > daysInMonth)
        throw Error(mc::text(MC_TR("core", "%1 is not a date: %2 %3 has %4 days"), shown,
                             monthName(month), year, daysInMonth));
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

OptionalDate parseOptionalIsoDate(std::string_view text) {
    if (text.empty())
        return std::nullopt;
    return parseIsoDate(text);
}

std::string formatIsoDate(const Date& date) {
    // Special values ("not-a-date-time") keep Boost's spelling.
    if (date.is_special())
        return bg::to_iso_extended_string(date);
    // Digits by hand, not through Boost's stream formatter: every row an
    // import writes formats dates, and this is several times faster. The
    // calendar holds years 1400 to 9999, always four digits.
    const auto ymd = date.year_month_day();
    const auto put = [](char* at, unsigned value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = static_cast<char>('0' + value % 10);
    };
    std::string text(10, '-');
    put(text.data(), static_cast<unsigned>(ymd.year), 4);
    put(text.data() + 5, static_cast<unsigned>(ymd.month), 2);
    put(text.data() + 8, static_cast<unsigned>(ymd.day), 2);
    return text;
}

std::string formatOptionalIsoDate(const OptionalDate& date) {
    return date ? formatIsoDate(*date) : std::string();
}

Date todayLocal() {
    return bg::day_clock::local_day();
}

Date anniversary(const Date& start, int years) {
    requireOrdinary(start, mc::text(MC_TR("core", "the start")));
    const int year = static_cast<int>(start.year()) + years;
    if (year < static_cast<int>(bg::greg_year::min()) ||
        year > static_cast<int>(bg::greg_year::max()))
        throw Error(mc::text(MC_TR("core", "the date %1 years after %2 is outside the calendar"),
                             years, formatIsoDate(start)));
    // Not start + bg::years(n): boost keeps a start on the last day of a
    // month on the last day, so 2023-02-28 would move to 2024-02-29.
    const auto month = static_cast<unsigned short>(start.month());
    const auto lastDay =
        bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year), month);
    const auto day = std::min<unsigned short>(start.day(), lastDay);
    return Date(static_cast<unsigned short>(year), month, day);
}

std::vector<Date> reviewDates(const Date& start, const Date& end) {
    requireOrdinary(start, mc::text(MC_TR("core", "the start of the award period")));
    requireOrdinary(end, mc::text(MC_TR("core", "the end of the award period")));
    std::vector<Date> dates;
    const int lastYear = static_cast<int>(bg::greg_year::max());
    for (int n = 1; static_cast<int>(start.year()) + n <= lastYear; ++n) {
        const Date date = anniversary(start, n);
        if (date > end)
            break;
        dates.push_back(date);
    }
    return dates;
}

std::vector<Date> meetingDates(const Recurrence& plan, const Date& first, const Date& last) {
    Text message;
    for (const Problem& problem : checkRecurrence(plan, "recurrence")) {
        if (problem.severity != Severity::Error)
            continue;
        Text one = mc::text(MC_TR("core", "meeting plan %1"), problem.text);
        message = message.empty() ? one : mc::text(MC_TR("core", "%1; %2"), message, one);
    }
    if (!message.empty())
        throw Error(message);
    requireOrdinary(first, mc::text(MC_TR("core", "the first meeting day")));
    requireOrdinary(last, mc::text(MC_TR("core", "the last meeting day")));

    std::vector<Date> dates;
    if (last < first)
        return dates;
    if (static_cast<int>(first.year()) + kMaxMeetingYears <=
            static_cast<int>(bg::greg_year::max()) &&
        last > anniversary(first, kMaxMeetingYears))
        throw Error(mc::text(MC_TR("core", "meeting dates can be listed for at most %1 years at a "
                                           "time, not from %2 to %3"),
                             kMaxMeetingYears, formatIsoDate(first), formatIsoDate(last)));

    switch (plan.cadence) {
    case Cadence::Weekly:
    case Cadence::EveryTwoWeeks: {
        const bg::days step(plan.cadence == Cadence::Weekly ? 7 : 14);
        for (Date date = bg::next_weekday(first, boostWeekday(plan.weekday)); date <= last;
             date += step)
            dates.push_back(date);
        break;
    }
    case Cadence::Monthly: {
        const auto weekday = boostWeekday(plan.weekday);
        // Counted rather than compared with `last`: stepping past December 9999
        // would leave the calendar.
        const int months = (last.year() - first.year()) * 12 + (last.month() - first.month());
        bg::month_iterator month(Date(first.year(), first.month(), 1));
        for (int i = 0; i <= months; ++i) {
            if (i > 0)
                ++month;
            Date date;
            if (plan.weekOfMonth == -1) {
                date = bg::last_day_of_the_week_in_month(weekday, month->month())
                           .get_date(month->year());
            } else {
                const auto nth =
                    static_cast<bg::nth_day_of_the_week_in_month::week_num>(plan.weekOfMonth);
                date = bg::nth_day_of_the_week_in_month(nth, weekday, month->month())
                           .get_date(month->year());
            }
            if (date >= first && date <= last)
                dates.push_back(date);
        }
        break;
    }
    case Cadence::Custom: {
        const bg::days step(plan.intervalDays);
        for (Date date = first; date <= last; date += step)
            dates.push_back(date);
        break;
    }
    }
    return dates;
}

} // namespace mc
