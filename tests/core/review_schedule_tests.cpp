// The yearly review schedule: award years, leap-day starts, starts not on the
// 1st, a last year cut short, an end moved by an amendment, and which review
// is next or overdue. Every expected date was read off a calendar.

#include "core/error.h"
#include "core/review_schedule.h"
#include "core/review_texts.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using mc::Date;

namespace {

Date d(int year, int month, int day) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::vector<Date> dues(const std::vector<mc::ReviewPeriod>& periods) {
    std::vector<Date> out;
    for (const auto& period : periods)
        out.push_back(period.due);
    return out;
}

} // namespace

TEST_CASE("A three-year award has three reviews, the last on its end day", "[reviews]") {
    const auto periods = mc::reviewPeriods(d(2026, 9, 1), d(2029, 8, 31));
    REQUIRE(periods.size() == 3);
    CHECK(periods[0].year == 1);
    CHECK(periods[0].from == d(2026, 9, 1));
    CHECK(periods[0].to == d(2027, 8, 31));
    CHECK(periods[0].due == d(2027, 9, 1));
    CHECK(periods[1].from == d(2027, 9, 1));
    CHECK(periods[1].due == d(2028, 9, 1));
    CHECK(periods[2].year == 3);
    CHECK(periods[2].from == d(2028, 9, 1));
    CHECK(periods[2].to == d(2029, 8, 31));
    CHECK(periods[2].due == d(2029, 8, 31));
}

TEST_CASE("An award ending on an anniversary does not get a one-day year", "[reviews]") {
    const auto periods = mc::reviewPeriods(d(2026, 9, 1), d(2028, 9, 1));
    CHECK(dues(periods) == std::vector<Date>{d(2027, 9, 1), d(2028, 9, 1)});
    CHECK(periods[1].to == d(2028, 8, 31));
}

TEST_CASE("A start on 29 February gets a review every year", "[reviews]") {
    const auto periods = mc::reviewPeriods(d(2024, 2, 29), d(2029, 2, 28));
    CHECK(dues(periods) == std::vector<Date>{d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28),
                                             d(2028, 2, 29), d(2029, 2, 28)});
    CHECK(periods[0].to == d(2025, 2, 27));
    CHECK(periods[3].from == d(2027, 2, 28));
    CHECK(periods[3].to == d(2028, 2, 28));
}

TEST_CASE("A period not starting on the 1st keeps its day of the month", "[reviews]") {
    const auto periods = mc::reviewPeriods(d(2025, 3, 17), d(2027, 6, 30));
    CHECK(dues(periods) == std::vector<Date>{d(2026, 3, 17), d(2027, 3, 17), d(2027, 6, 30)});
    CHECK(periods[2].from == d(2027, 3, 17));
    CHECK(periods[2].to == d(2027, 6, 30));
}

TEST_CASE("An award shorter than a year has one review on its end day", "[reviews]") {
    const auto periods = mc::reviewPeriods(d(2026, 1, 12), d(2026, 6, 30));
    REQUIRE(periods.size() == 1);
    CHECK(periods[0].due == d(2026, 6, 30));
}

TEST_CASE("An award ending before it starts is refused with both dates", "[reviews]") {
    CHECK_THROWS_WITH(mc::reviewPeriods(d(2026, 9, 1), d(2026, 8, 31)),
                      "the award period ends (2026-08-31) before it starts (2026-09-01)");
}

TEST_CASE("The next review and an overdue one follow the reviews done", "[reviews]") {
    const Date start = d(2026, 9, 1);
    const Date end = d(2029, 8, 31);
    SECTION("nothing due yet") {
        const auto standing = mc::reviewStanding(start, end, d(2026, 12, 4), {});
        REQUIRE(standing.next);
        CHECK(standing.next->year == 1);
        CHECK_FALSE(standing.overdue);
        // 2026-12-04 to 2027-09-01: 27 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 1 = 271
        CHECK(mc::nextReviewText(standing, d(2026, 12, 4)) ==
              "next review: 2027-09-01 (award year 1, in 271 days)");
        CHECK(mc::overdueReviewText(standing, d(2026, 12, 4)).empty());
    }
    SECTION("due today is next, not overdue") {
        const auto standing = mc::reviewStanding(start, end, d(2027, 9, 1), {});
        CHECK(standing.next->year == 1);
        CHECK_FALSE(standing.overdue);
        CHECK(mc::nextReviewText(standing, d(2027, 9, 1)) ==
              "next review: 2027-09-01 (award year 1, today)");
    }
    SECTION("a missed year is overdue and the next is the year after") {
        const Date today = d(2027, 12, 4);
        const auto standing = mc::reviewStanding(start, end, today, {});
        REQUIRE(standing.overdue);
        CHECK(standing.overdue->year == 1);
        CHECK(standing.next->year == 2);
        // 2027-09-01 to 2027-12-04: 29 + 31 + 30 + 4 = 94
        CHECK(mc::overdueReviewText(standing, today) ==
              "review overdue: award year 1 was due 2027-09-01 (94 days ago)");
    }
    SECTION("a review done early counts for its year") {
        const auto standing = mc::reviewStanding(start, end, d(2027, 12, 4), {1});
        CHECK_FALSE(standing.overdue);
        CHECK(standing.next->year == 2);
    }
    SECTION("after the award with every review done there is nothing left") {
        const auto standing = mc::reviewStanding(start, end, d(2030, 1, 1), {1, 2, 3});
        CHECK_FALSE(standing.next);
        CHECK_FALSE(standing.overdue);
        CHECK(mc::nextReviewText(standing, d(2030, 1, 1)).empty());
    }
    SECTION("one day away or one day late says day, not days") {
        CHECK(mc::nextReviewText(mc::reviewStanding(start, end, d(2027, 8, 31), {}),
                                 d(2027, 8, 31)) ==
              "next review: 2027-09-01 (award year 1, in 1 day)");
        CHECK(mc::overdueReviewText(mc::reviewStanding(start, end, d(2027, 9, 2), {}),
                                    d(2027, 9, 2)) ==
              "review overdue: award year 1 was due 2027-09-01 (1 day ago)");
    }
}

TEST_CASE("The standing in words keeps its values out of the template", "[reviews]") {
    // The desktop translates the template and fills in the values: a date
    // or a count written into the template would leave it untranslated.
    const auto standing = mc::reviewStanding(d(2026, 9, 1), d(2029, 8, 31), d(2027, 12, 4), {});
    const mc::Text next = mc::nextReviewMessage(standing, d(2027, 12, 4));
    CHECK(next.source == "next review: %1 (award year %2, in %3 days)");
    CHECK(next.args ==
          std::vector<mc::Text>{mc::literal("2028-09-01"), mc::literal("2"), mc::literal("272")});
    const mc::Text overdue = mc::overdueReviewMessage(standing, d(2027, 12, 4));
    CHECK(overdue.source == "review overdue: award year %1 was due %2 (%3 days ago)");
    CHECK(overdue.english() == mc::overdueReviewText(standing, d(2027, 12, 4)));
}

TEST_CASE("An end moved by an amendment gives the extra review", "[reviews]") {
    mc::test::TempDir dir;
    auto ws = mc::Workspace::create(dir.file("reviews.compact"), "Reviews");
    mc::Compact compact = ws.addCompact(mc::test::sampleCompact());
    const Date today = mc::todayLocal(); // signing refuses a day before the compact was made
    for (const auto& person : compact.people)
        ws.sign(compact.id, person.id, person.name, today, {}, today);
    REQUIRE(ws.currentVersion(compact.id).second);
    CHECK(mc::reviewPeriods(compact.start, compact.end).size() == 3);

    ws.startAmendment(compact.id);
    compact = ws.loadCompact(compact.id);
    compact.end = d(2030, 2, 28); // a no-cost extension of six months
    ws.saveCompactHeader(compact);
    const mc::Compact amended = ws.loadCompact(compact.id);
    CHECK(dues(mc::reviewPeriods(amended.start, amended.end)) ==
          std::vector<Date>{d(2027, 9, 1), d(2028, 9, 1), d(2029, 9, 1), d(2030, 2, 28)});
}
