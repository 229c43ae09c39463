// Adherence to the meeting plan (issue 6): what the plan expected in the
// last six months, what was held, the last meeting, and the sentence.

#include "core/error.h"
#include "core/meeting_adherence.h"

#include <catch2/catch.hpp>

using namespace mc;
using boost::gregorian::date;
using boost::gregorian::days;

namespace {

Recurrence everyTwoWeeksOn(int weekday) {
    Recurrence r;
    r.cadence = Cadence::EveryTwoWeeks;
    r.weekday = weekday;
    return r;
}

// Every `step` days from `first`, `count` of them.
std::vector<Date> every(const Date& first, int step, int count) {
    std::vector<Date> dates;
    for (int i = 0; i < count; ++i)
        dates.push_back(first + days(step * i));
    return dates;
}

const Date kStart(2025, 1, 6); // a Monday
const Date kEnd(2028, 1, 5);
const Date kToday(2026, 12, 5); // a Saturday

} // namespace

TEST_CASE("Every two weeks over the last six months, with meetings missed", "[adherence]") {
    // Thursdays every two weeks from the compact's start: the first is 2025-01-09.
    const Recurrence plan = everyTwoWeeksOn(4);
    // The window is 2026-06-06 to 2026-12-05; the plan's Thursdays in it run
    // from 2026-06-11 to 2026-11-26: 13 of them.
    const std::vector<Date> planned = meetingDates(plan, date(2026, 6, 11), date(2026, 12, 5));
    REQUIRE(planned.size() == 13);
    std::vector<Date> held(planned.begin(), planned.begin() + 9);
    held.push_back(date(2026, 5, 28)); // before the window: not counted as held
    const MeetingAdherence a = meetingAdherence(plan, kStart, kEnd, held, kToday);
    CHECK(a.first == date(2026, 6, 6));
    CHECK(a.last == kToday);
    CHECK(a.expected == 13);
    CHECK(a.held == 9);
    CHECK(a.lastMeeting == planned[8]);
    CHECK(a.daysSinceLast == (kToday - planned[8]).days());
    CHECK(adherenceInWords(a) == "agreed: every two weeks on Thursdays; held 9 of 13 in the "
                                 "last six months; last meeting " +
                                     std::to_string(a.daysSinceLast) + " days ago");
}

TEST_CASE("The fortnight follows the compact's own start, not the window's", "[adherence]") {
    // Fridays every two weeks from 2025-01-10: 2026-06-12 is one of them,
    // 2026-06-05 and 2026-06-19 are not.
    const MeetingAdherence a = meetingAdherence(everyTwoWeeksOn(5), kStart, kEnd, {}, kToday);
    const auto fromWindow = meetingDates(everyTwoWeeksOn(5), date(2026, 6, 12), kToday);
    CHECK(a.expected == static_cast<int>(fromWindow.size()));
    CHECK(a.expected == 13);
}

TEST_CASE("No plan: meetings as needed are counted but expect nothing", "[adherence]") {
    const MeetingAdherence a =
        meetingAdherence(std::nullopt, kStart, kEnd, every(date(2026, 9, 1), 30, 3), kToday);
    CHECK(a.expected == 0);
    CHECK(a.held == 3);
    CHECK(adherenceInWords(a) == "agreed: no fixed rhythm, meetings as needed; held 3 in the "
                                 "last six months; last meeting 35 days ago");
}

TEST_CASE("No meeting logged yet", "[adherence]") {
    Recurrence weekly;
    weekly.cadence = Cadence::Weekly;
    weekly.weekday = 1;
    const MeetingAdherence a = meetingAdherence(weekly, kStart, kEnd, {}, kToday);
    CHECK(a.held == 0);
    CHECK_FALSE(a.lastMeeting);
    CHECK(a.expected == 26); // Mondays 2026-06-08 to 2026-11-30
    CHECK(adherenceInWords(a) == "agreed: weekly on Mondays; held 0 of 26 in the last six "
                                 "months; no meeting logged yet");
}

TEST_CASE("A compact started less than six months ago counts from its start", "[adherence]") {
    const Date start(2026, 9, 1);
    Recurrence monthly;
    monthly.cadence = Cadence::Monthly;
    monthly.weekday = 2;      // Tuesday
    monthly.weekOfMonth = -1; // the last one
    const MeetingAdherence a =
        meetingAdherence(monthly, start, date(2029, 8, 31), {date(2026, 9, 29)}, kToday);
    CHECK(a.first == start);
    CHECK(a.startsWithCompact);
    CHECK(a.expected == 3); // 2026-09-29, 10-27, 11-24
    CHECK(a.held == 1);
    CHECK(adherenceInWords(a) == "agreed: monthly on the last Tuesday; held 1 of 3 since the "
                                 "compact started on 2026-09-01; last meeting 67 days ago");
}

TEST_CASE("A compact that has not started expects nothing yet", "[adherence]") {
    const MeetingAdherence a =
        meetingAdherence(everyTwoWeeksOn(3), date(2027, 1, 4), date(2030, 1, 3), {}, kToday);
    CHECK(a.expected == 0);
    CHECK(a.held == 0);
    CHECK(adherenceInWords(a) == "agreed: every two weeks on Wednesdays; the compact starts on "
                                 "2027-01-04; no meeting logged yet");
}

TEST_CASE("A compact that ended is judged on its last six months", "[adherence]") {
    Recurrence custom;
    custom.cadence = Cadence::Custom;
    custom.intervalDays = 10;
    const Date start(2024, 1, 1);
    const Date end(2026, 6, 30);
    // Every ten days from the start, a meeting after the end does not count
    // as held in the window but is still the last meeting.
    std::vector<Date> held = {date(2026, 6, 20), date(2026, 6, 10), date(2026, 8, 1)};
    const MeetingAdherence a = meetingAdherence(custom, start, end, held, kToday);
    CHECK(a.endsWithCompact);
    CHECK(a.first == date(2025, 12, 31));
    CHECK(a.last == end);
    // Plan dates are 2024-01-01 + 10k days; in 2025-12-31..2026-06-30 the
    // first is 2025-12-31 (k = 73) and the last 2026-06-29 (k = 91): 19.
    CHECK(a.expected == 19);
    CHECK(a.held == 2);
    CHECK(a.lastMeeting == date(2026, 8, 1));
    CHECK(adherenceInWords(a) ==
          "agreed: every 10 days; held 2 of 19 in the last six months of the compact, which "
          "ended on 2026-06-30; last meeting 126 days ago");
}

TEST_CASE("Several meetings on one day count as one, later ones not at all", "[adherence]") {
    const std::vector<Date> held = {date(2026, 11, 19), date(2026, 11, 19), date(2026, 12, 4),
                                    date(2026, 12, 9)}; // after today
    const MeetingAdherence a = meetingAdherence(everyTwoWeeksOn(4), kStart, kEnd, held, kToday);
    CHECK(a.held == 2);
    CHECK(a.lastMeeting == date(2026, 12, 4));
    CHECK(a.daysSinceLast == 1);
    CHECK(adherenceInWords(a).ends_with("; last meeting yesterday"));
    CHECK(adherenceInWords(meetingAdherence(std::nullopt, kStart, kEnd, {kToday}, kToday))
              .ends_with("; last meeting today"));
}

TEST_CASE("The six months back from the end of a month stay in their month", "[adherence]") {
    // 2026-08-31 less six months is 2026-02-28: the window starts a day later.
    const MeetingAdherence a = meetingAdherence(std::nullopt, kStart, kEnd, {}, date(2026, 8, 31));
    CHECK(a.first == date(2026, 3, 1));
    const MeetingAdherence b = meetingAdherence(std::nullopt, kStart, kEnd, {}, date(2026, 11, 30));
    CHECK(b.first == date(2026, 5, 31));
}

TEST_CASE("More meetings than planned are not said as a fraction", "[adherence]") {
    Recurrence monthly;
    monthly.cadence = Cadence::Monthly;
    monthly.weekday = 1;
    // Weekly meetings under a monthly plan: 2026-10-05 to 2026-11-30.
    const MeetingAdherence a =
        meetingAdherence(monthly, kStart, kEnd, every(date(2026, 10, 5), 7, 9), kToday);
    CHECK(a.expected == 5); // first Mondays of July to November (1 June is outside)
    CHECK(a.held == 9);
    CHECK(adherenceInWords(a) == "agreed: monthly on the first Monday; held 9 (5 planned) in the "
                                 "last six months; last meeting 5 days ago");
}

TEST_CASE("Plans in words", "[adherence]") {
    Recurrence r;
    r.cadence = Cadence::Monthly;
    r.weekday = 7;
    r.weekOfMonth = 2;
    CHECK(recurrenceInWords(r) == "monthly on the second Sunday");
    r.cadence = Cadence::Custom;
    r.intervalDays = 1;
    CHECK(recurrenceInWords(r) == "every day");
    r.cadence = Cadence::Weekly;
    r.weekday = 9;
    CHECK_THROWS_WITH(meetingAdherence(r, kStart, kEnd, {}, kToday),
                      Catch::Contains("weekday must be 1 (Monday) to 7 (Sunday), not 9"));
}
