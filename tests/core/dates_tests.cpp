// Dates: strict ISO parsing with messages a person understands, leap-day
// anniversaries, review dates and meeting dates. Every expected date below
// was read off a printed calendar, not computed with the code under test.

#include "core/dates.h"
#include "core/error.h"

#include <catch2/catch.hpp>

using mc::Date;

namespace {

Date d(int year, int month, int day) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::string messageOf(std::string_view text) {
    try {
        mc::parseIsoDate(text);
    } catch (const mc::Error& e) {
        return e.what();
    }
    return "(no error)";
}

mc::Recurrence plan(mc::Cadence cadence, int weekday, int weekOfMonth = 1, int intervalDays = 14) {
    mc::Recurrence r;
    r.cadence = cadence;
    r.weekday = weekday;
    r.weekOfMonth = weekOfMonth;
    r.intervalDays = intervalDays;
    return r;
}

} // namespace

TEST_CASE("parseIsoDate reads well-formed dates", "[dates]") {
    CHECK(mc::parseIsoDate("2026-09-01") == d(2026, 9, 1));
    CHECK(mc::parseIsoDate("2024-02-29") == d(2024, 2, 29));
    CHECK(mc::parseIsoDate("2000-02-29") == d(2000, 2, 29));
    CHECK(mc::parseIsoDate("1900-01-01") == d(1900, 1, 1));
    CHECK(mc::parseIsoDate("9999-12-31") == d(9999, 12, 31));
    CHECK(mc::parseIsoDate("2026-12-31") == d(2026, 12, 31));
}

TEST_CASE("parseIsoDate names the length of the month for a day that does not exist", "[dates]") {
    CHECK(messageOf("2026-02-30") == "\"2026-02-30\" is not a date: February 2026 has 28 days");
    CHECK(messageOf("2026-02-29") == "\"2026-02-29\" is not a date: February 2026 has 28 days");
    CHECK(messageOf("2024-02-30") == "\"2024-02-30\" is not a date: February 2024 has 29 days");
    CHECK(messageOf("2026-04-31") == "\"2026-04-31\" is not a date: April 2026 has 30 days");
    // 2100 is divisible by 100 but not by 400: no leap day.
    CHECK(messageOf("2100-02-29") == "\"2100-02-29\" is not a date: February 2100 has 28 days");
    CHECK(messageOf("2026-01-32") == "\"2026-01-32\" is not a date: January 2026 has 31 days");
}

TEST_CASE("parseIsoDate rejects months and days that do not exist", "[dates]") {
    CHECK(messageOf("2026-13-01") == "\"2026-13-01\" is not a date: there is no month 13");
    CHECK(messageOf("2026-00-10") == "\"2026-00-10\" is not a date: there is no month 0");
    CHECK(messageOf("2026-01-00") == "\"2026-01-00\" is not a date: there is no day 0");
}

TEST_CASE("parseIsoDate explains the format for text that is not shaped like a date", "[dates]") {
    CHECK(messageOf("next week") ==
          "\"next week\" is not a date: write it as YYYY-MM-DD, for example 2026-09-01");
    for (const char* text : {"2026/09/01", "20260901", "01-09-2026", " 2026-09-01", "2026-09-01 ",
                             "2026-09-01T10:00", "-2026-09-01", "2026-9-1x", "2026-O9-01"}) {
        INFO(text);
        CHECK_THROWS_WITH(mc::parseIsoDate(text), Catch::Contains("write it as YYYY-MM-DD"));
    }
}

TEST_CASE("parseIsoDate rejects empty text", "[dates]") {
    CHECK_THROWS_AS(mc::parseIsoDate(""), mc::Error);
    CHECK_THROWS_WITH(mc::parseIsoDate(""), Catch::Contains("YYYY-MM-DD"));
}

TEST_CASE("parseIsoDate shows the two-digit spelling of a short month or day", "[dates]") {
    CHECK(messageOf("2026-2-3") ==
          "\"2026-2-3\" is not a date: write month and day with two digits, as in 2026-02-03");
    CHECK_THROWS_WITH(mc::parseIsoDate("2026-09-1"), Catch::Contains("2026-09-01"));
    CHECK_THROWS_WITH(mc::parseIsoDate("2026-9-15"), Catch::Contains("2026-09-15"));
}

TEST_CASE("parseIsoDate accepts only years 1900 to 9999", "[dates]") {
    CHECK(messageOf("1899-12-31") ==
          "\"1899-12-31\" is not a date: the year must be between 1900 and 9999");
    CHECK_THROWS_WITH(mc::parseIsoDate("0000-01-01"), Catch::Contains("between 1900 and 9999"));
    CHECK_THROWS_WITH(mc::parseIsoDate("12026-01-01"), Catch::Contains("YYYY-MM-DD"));
}

TEST_CASE("parseIsoDate shortens a long text in its message", "[dates]") {
    const std::string pasted(5000, 'x');
    const std::string message = messageOf(pasted);
    CHECK(message.size() < 200);
    CHECK_THAT(message, Catch::Contains("...\" is not a date"));
}

TEST_CASE("parseOptionalIsoDate gives no date for empty text", "[dates]") {
    CHECK_FALSE(mc::parseOptionalIsoDate("").has_value());
    CHECK(mc::parseOptionalIsoDate("2026-09-01") == mc::OptionalDate(d(2026, 9, 1)));
    CHECK_THROWS_WITH(mc::parseOptionalIsoDate("2026-02-30"), Catch::Contains("28 days"));
    CHECK_THROWS_AS(mc::parseOptionalIsoDate(" "), mc::Error);
}

TEST_CASE("formatIsoDate writes YYYY-MM-DD and round-trips", "[dates]") {
    CHECK(mc::formatIsoDate(d(2026, 9, 1)) == "2026-09-01");
    CHECK(mc::formatIsoDate(d(1900, 1, 1)) == "1900-01-01");
    CHECK(mc::formatOptionalIsoDate(std::nullopt).empty());
    CHECK(mc::formatOptionalIsoDate(d(2024, 2, 29)) == "2024-02-29");
    for (const char* text : {"2024-02-29", "2026-12-31", "9999-12-31"})
        CHECK(mc::formatIsoDate(mc::parseIsoDate(text)) == text);
}

TEST_CASE("todayLocal gives an ordinary date of this era", "[dates]") {
    const Date today = mc::todayLocal();
    REQUIRE_FALSE(today.is_special());
    CHECK(today.year() >= 2024);
    CHECK(mc::parseIsoDate(mc::formatIsoDate(today)) == today);
}

TEST_CASE("anniversary of a leap-day start falls on 28 February in common years", "[dates]") {
    const Date start = d(2024, 2, 29);
    const Date expected[] = {d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28), d(2028, 2, 29),
                             d(2029, 2, 28), d(2030, 2, 28), d(2031, 2, 28), d(2032, 2, 29)};
    for (int years = 1; years <= 8; ++years) {
        INFO("years: " << years);
        CHECK(mc::anniversary(start, years) == expected[years - 1]);
    }
}

TEST_CASE("anniversary keeps the day of the month", "[dates]") {
    CHECK(mc::anniversary(d(2026, 9, 15), 3) == d(2029, 9, 15));
    CHECK(mc::anniversary(d(2026, 9, 15), 0) == d(2026, 9, 15));
    CHECK(mc::anniversary(d(2026, 9, 15), -1) == d(2025, 9, 15));
    // A start on 28 February stays on the 28th, also in a leap year.
    CHECK(mc::anniversary(d(2023, 2, 28), 1) == d(2024, 2, 28));
    CHECK(mc::anniversary(d(2026, 1, 31), 1) == d(2027, 1, 31));
}

TEST_CASE("anniversary refuses a missing start or a year off the calendar", "[dates]") {
    CHECK_THROWS_AS(mc::anniversary(Date(boost::gregorian::not_a_date_time), 1), mc::Error);
    CHECK_THROWS_AS(mc::anniversary(d(9999, 1, 1), 1), mc::Error);
}

TEST_CASE("reviewDates lists each anniversary up to the end of the award", "[dates]") {
    // A start that is not on the first of a month.
    const Date start = d(2026, 9, 15);
    const std::vector<Date> fiveYears = {d(2027, 9, 15), d(2028, 9, 15), d(2029, 9, 15),
                                         d(2030, 9, 15), d(2031, 9, 15)};
    CHECK(mc::reviewDates(start, d(2031, 9, 15)) == fiveYears);
    // One day short of the fifth anniversary: four reviews.
    const std::vector<Date> fourYears(fiveYears.begin(), fiveYears.end() - 1);
    CHECK(mc::reviewDates(start, d(2031, 9, 14)) == fourYears);
    CHECK(mc::reviewDates(start, d(2027, 9, 14)).empty());
    CHECK(mc::reviewDates(start, d(2025, 1, 1)).empty());
}

TEST_CASE("reviewDates of a leap-day start", "[dates]") {
    const std::vector<Date> expected = {d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28),
                                        d(2028, 2, 29)};
    CHECK(mc::reviewDates(d(2024, 2, 29), d(2028, 6, 30)) == expected);
}

TEST_CASE("reviewDates stops at the end of the calendar", "[dates]") {
    const auto dates = mc::reviewDates(d(9990, 3, 1), d(9999, 12, 31));
    REQUIRE(dates.size() == 9);
    CHECK(dates.back() == d(9999, 3, 1));
    CHECK_THROWS_AS(mc::reviewDates(d(2026, 1, 1), Date(boost::gregorian::not_a_date_time)),
                    mc::Error);
}

TEST_CASE("meetingDates weekly starts at the first matching weekday", "[dates][meetings]") {
    // 2026-09-01 is a Tuesday; Thursdays in September 2026: 3, 10, 17, 24.
    const std::vector<Date> thursdays = {d(2026, 9, 3), d(2026, 9, 10), d(2026, 9, 17),
                                         d(2026, 9, 24)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 4), d(2026, 9, 1), d(2026, 9, 30)) ==
          thursdays);
    // The first and last days count when they match.
    const std::vector<Date> tuesdays = {d(2026, 9, 1), d(2026, 9, 8), d(2026, 9, 15)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 2), d(2026, 9, 1), d(2026, 9, 15)) ==
          tuesdays);
    // Sunday is 7.
    const std::vector<Date> sundays = {d(2026, 9, 6), d(2026, 9, 13), d(2026, 9, 20)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 7), d(2026, 9, 1), d(2026, 9, 20)) == sundays);
}

TEST_CASE("meetingDates every two weeks", "[dates][meetings]") {
    // Fridays, every other week, from Friday 4 September 2026.
    const std::vector<Date> expected = {d(2026, 9, 4), d(2026, 9, 18), d(2026, 10, 2),
                                        d(2026, 10, 16), d(2026, 10, 30)};
    CHECK(mc::meetingDates(plan(mc::Cadence::EveryTwoWeeks, 5), d(2026, 9, 1), d(2026, 10, 31)) ==
          expected);
}

TEST_CASE("meetingDates monthly on the second Tuesday", "[dates][meetings]") {
    const std::vector<Date> expected = {d(2026, 9, 8), d(2026, 10, 13), d(2026, 11, 10),
                                        d(2026, 12, 8)};
    const auto secondTuesday = plan(mc::Cadence::Monthly, 2, 2);
    CHECK(mc::meetingDates(secondTuesday, d(2026, 9, 1), d(2026, 12, 31)) == expected);
    // Months whose meeting falls outside the range are left out.
    const std::vector<Date> onlyOctober = {d(2026, 10, 13)};
    CHECK(mc::meetingDates(secondTuesday, d(2026, 9, 9), d(2026, 11, 9)) == onlyOctober);
}

TEST_CASE("meetingDates monthly on the last Friday", "[dates][meetings]") {
    const std::vector<Date> expected = {d(2026, 9, 25),  d(2026, 10, 30), d(2026, 11, 27),
                                        d(2026, 12, 25), d(2027, 1, 29),  d(2027, 2, 26)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Monthly, 5, -1), d(2026, 9, 1), d(2027, 2, 28)) ==
          expected);
}

TEST_CASE("meetingDates custom steps from the first day", "[dates][meetings]") {
    const std::vector<Date> expected = {d(2026, 9, 1), d(2026, 9, 11), d(2026, 9, 21),
                                        d(2026, 10, 1)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Custom, 1, 1, 10), d(2026, 9, 1), d(2026, 10, 1)) ==
          expected);
    // Custom does not use the weekday, so an unused out-of-range weekday is harmless.
    CHECK(mc::meetingDates(plan(mc::Cadence::Custom, 0, 1, 10), d(2026, 9, 1), d(2026, 10, 1)) ==
          expected);
}

TEST_CASE("meetingDates gives nothing when the last day comes before the first",
          "[dates][meetings]") {
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 1), d(2026, 9, 30), d(2026, 9, 1)).empty());
    // A range without a matching weekday is empty too.
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 1), d(2026, 9, 1), d(2026, 9, 6)).empty());
}

TEST_CASE("meetingDates refuses numbers out of range and names them", "[dates][meetings]") {
    const Date first = d(2026, 9, 1);
    const Date last = d(2026, 12, 31);
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::Weekly, 9), first, last),
                      "meeting plan weekday must be 1 (Monday) to 7 (Sunday), not 9");
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::EveryTwoWeeks, 0), first, last),
                      Catch::Contains("weekday") && Catch::Contains("not 0"));
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::Monthly, 2, 5), first, last),
                      Catch::Contains("week of the month") && Catch::Contains("not 5"));
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::Monthly, 2, 0), first, last),
                      Catch::Contains("not 0"));
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::Monthly, 2, -2), first, last),
                      Catch::Contains("not -2"));
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::Custom, 1, 1, 0), first, last),
                      Catch::Contains("interval") && Catch::Contains("not 0"));
    CHECK_THROWS_WITH(mc::meetingDates(plan(mc::Cadence::Custom, 1, 1, 367), first, last),
                      Catch::Contains("not 367"));
    CHECK_THROWS_WITH(mc::meetingDates(plan(static_cast<mc::Cadence>(42), 1), first, last),
                      Catch::Contains("cadence"));
}

TEST_CASE("meetingDates accepts the edges of each range", "[dates][meetings]") {
    const Date first = d(2026, 9, 1);
    const Date last = d(2027, 8, 31);
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 1), first, last).size() == 52);
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 7), first, last).size() == 52);
    CHECK(mc::meetingDates(plan(mc::Cadence::Monthly, 3, 4), first, last).size() == 12);
    CHECK(mc::meetingDates(plan(mc::Cadence::Custom, 1, 1, 1), first, last).size() == 365);
    CHECK(mc::meetingDates(plan(mc::Cadence::Custom, 1, 1, 366), first, last).size() == 1);
}

TEST_CASE("meetingDates refuses a range of more than twenty years", "[dates][meetings]") {
    const auto weekly = plan(mc::Cadence::Weekly, 1);
    CHECK_THROWS_WITH(mc::meetingDates(weekly, d(2026, 1, 1), d(2099, 1, 1)),
                      Catch::Contains("at most 20 years"));
    CHECK(mc::meetingDates(weekly, d(2026, 1, 1), d(2046, 1, 1)).size() > 1000);
    CHECK_THROWS_AS(
        mc::meetingDates(weekly, Date(boost::gregorian::not_a_date_time), d(2026, 1, 1)),
        mc::Error);
}

TEST_CASE("meetingDates works up to the last day of the calendar", "[dates][meetings]") {
    const std::vector<Date> fridays = {d(9999, 12, 3), d(9999, 12, 10), d(9999, 12, 17),
                                       d(9999, 12, 24), d(9999, 12, 31)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Weekly, 5), d(9999, 12, 1), d(9999, 12, 31)) ==
          fridays);
    const std::vector<Date> lastFridays = {d(9999, 11, 26), d(9999, 12, 31)};
    CHECK(mc::meetingDates(plan(mc::Cadence::Monthly, 5, -1), d(9999, 11, 1), d(9999, 12, 31)) ==
          lastFridays);
}
