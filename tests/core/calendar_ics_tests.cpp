// Calendars (issue 6): every export is parsed back with libical and checked
// event by event: UIDs, dates, alarms, the meeting rule against
// meetingDates(), escaping, folding, and what changes when a compact does.

#include "core/calendar_ics.h"
#include "core/error.h"
#include "core/ids.h"
#include "core/review_schedule.h"
#include "support/sample_compact.h"

#include <catch2/catch.hpp>
#include <libical/ical.h>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace {

using boost::gregorian::date;
using boost::gregorian::days;
using mc::Cadence;
using mc::Compact;
using mc::Date;
using mc::Milestone;
using mc::MilestoneStatus;

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

const Date kToday(2026, 12, 5);

mc::CalendarOptions options(const std::string& generatedAt = "2026-12-05T12:00:00.000Z") {
    return {"Lab of Sam Reyes", generatedAt, kToday};
}

// The sample compact with ids, stamps and a weekly meeting plan.
Compact stampedCompact(const std::string& scholar = "Dr. Lena Ortiz") {
    Compact compact = mc::test::sampleCompact(scholar);
    compact.id = mc::newUuid();
    compact.updated = "2026-11-01T09:00:00.000Z";
    for (Milestone& milestone : compact.milestones) {
        milestone.id = mc::newUuid();
        milestone.updated = "2026-11-02T10:00:00.000Z";
    }
    compact.meetingPlan.recurrence = {Cadence::Weekly, 4, 1, 14};
    compact.meetingPlan.durationMinutes = 45;
    compact.meetingPlan.channels = "Zoom";
    compact.meetingPlan.updated = "2026-11-03T11:00:00.000Z";
    return compact;
}

Milestone milestone(const Compact& compact, const std::string& title, Date due,
                    MilestoneStatus status) {
    Milestone added = compact.milestones.front();
    added.id = mc::newUuid();
    added.title = title;
    added.due = due;
    added.status = status;
    return added;
}

// Every X-LIC-ERROR libical attached to `component` or anything inside it.
void collectErrors(icalcomponent* component, std::vector<std::string>& errors) {
    for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors.emplace_back(icalproperty_get_xlicerror(p));
    for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collectErrors(c, errors);
}

// The text parsed back by libical; the test fails on any parse error.
ComponentPtr parse(const std::string& text) {
    ComponentPtr calendar(icalparser_parse_string(text.c_str()));
    REQUIRE(calendar);
    REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    std::vector<std::string> errors;
    collectErrors(calendar.get(), errors);
    CHECK(errors.empty());
    for (const auto& error : errors)
        UNSCOPED_INFO(error);
    return calendar;
}

std::map<std::string, icalcomponent*> eventsByUid(icalcomponent* calendar) {
    std::map<std::string, icalcomponent*> events;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        events[icalcomponent_get_uid(e)] = e;
    return events;
}

int countEvents(icalcomponent* calendar) {
    return icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT);
}

icalcomponent* eventWithUid(icalcomponent* calendar, const std::string& uid) {
    const auto events = eventsByUid(calendar);
    const auto found = events.find(uid);
    INFO("UID " << uid);
    REQUIRE(found != events.end());
    return found->second;
}

Date dateOf(const icaltimetype& time) {
    REQUIRE(time.is_date == 1);
    return Date(static_cast<unsigned short>(time.year), static_cast<unsigned short>(time.month),
                static_cast<unsigned short>(time.day));
}

// The alarm of an event as days before it, or nothing when it has none.
std::optional<int> alarmDaysBefore(icalcomponent* event) {
    icalcomponent* alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT);
    if (!alarm)
        return std::nullopt;
    REQUIRE(icalcomponent_count_components(event, ICAL_VALARM_COMPONENT) == 1);
    icalproperty* action = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY);
    REQUIRE(action);
    CHECK(icalproperty_get_action(action) == ICAL_ACTION_DISPLAY);
    CHECK(icalcomponent_get_first_property(alarm, ICAL_DESCRIPTION_PROPERTY));
    icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    REQUIRE(trigger);
    const int seconds = icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration);
    CHECK(seconds % 86400 == 0);
    return -seconds / 86400;
}

int sequenceOf(icalcomponent* event) {
    icalproperty* sequence = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY);
    REQUIRE(sequence);
    return icalproperty_get_sequence(sequence);
}

std::string categoryOf(icalcomponent* event) {
    icalproperty* category = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY);
    REQUIRE(category);
    return icalproperty_get_categories(category);
}

// The meeting dates the recurring event stands for, expanded by libical.
std::vector<Date> expandMeetings(icalcomponent* event) {
    icalproperty* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    REQUIRE(rule);
    REQUIRE(icalcomponent_count_properties(event, ICAL_RRULE_PROPERTY) == 1);
    icalrecur_iterator* it =
        icalrecur_iterator_new(icalproperty_get_rrule(rule), icalcomponent_get_dtstart(event));
    REQUIRE(it);
    std::vector<Date> dates;
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it))
        dates.push_back(dateOf(t));
    icalrecur_iterator_free(it);
    return dates;
}

} // namespace

TEST_CASE("a calendar names itself and keeps to the RFC 5545 frame", "[ics]") {
    const std::string text = mc::calendarIcs({stampedCompact()}, options());
    const ComponentPtr calendar = parse(text);
    icalproperty* version = icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY);
    REQUIRE(version);
    CHECK(std::string(icalproperty_get_version(version)) == "2.0");
    CHECK(icalcomponent_get_method(calendar.get()) == ICAL_METHOD_PUBLISH);
    icalproperty* prodid = icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY);
    REQUIRE(prodid);
    CHECK(std::string(icalproperty_get_prodid(prodid)).find("Mentoring Compact") !=
          std::string::npos);
    icalproperty* calscale =
        icalcomponent_get_first_property(calendar.get(), ICAL_CALSCALE_PROPERTY);
    REQUIRE(calscale);
    CHECK(std::string(icalproperty_get_calscale(calscale)) == "GREGORIAN");
    icalproperty* calname = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY);
    REQUIRE(calname);
    CHECK(std::string(icalproperty_get_x_name(calname)) == "X-WR-CALNAME");
    CHECK(std::string(icalproperty_get_x(calname)) == "Lab of Sam Reyes");

    // CRLF after every line, no bare LF, no line over 75 octets.
    CHECK(text.size() > 2);
    CHECK(text.substr(text.size() - 2) == "\r\n");
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        const std::string line = text.substr(start, end - start);
        INFO(line);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string::npos);
        start = end + 2;
    }

    // RFC 5546's rules for PUBLISH, as libical checks them: all kept but
    // ORGANIZER, which a published calendar without an organizer leaves out
    // (as Google Calendar's own exports do).
    REQUIRE(icalrestriction_check(calendar.get()) == 0);
    std::vector<std::string> complaints;
    collectErrors(calendar.get(), complaints);
    CHECK_FALSE(complaints.empty());
    for (const auto& complaint : complaints) {
        INFO(complaint);
        CHECK(complaint.find("ORGANIZER") != std::string::npos);
    }
}

TEST_CASE("each milestone with a due date is one all-day event, dropped ones left out", "[ics]") {
    Compact compact = stampedCompact();
    const Milestone planned = compact.milestones.front(); // due 2028-10-05
    compact.milestones.push_back(
        milestone(compact, "Paper accepted", date(2026, 5, 1), MilestoneStatus::Achieved));
    compact.milestones.back().done = date(2026, 4, 28);
    compact.milestones.push_back(
        milestone(compact, "Abandoned idea", date(2027, 5, 1), MilestoneStatus::Dropped));
    compact.milestones.push_back(
        milestone(compact, "Late abstract", date(2026, 11, 1), MilestoneStatus::Missed));
    const ComponentPtr calendar = parse(mc::calendarIcs({compact}, options()));

    // 3 milestones, 3 reviews, 1 meeting plan.
    CHECK(countEvents(calendar.get()) == 7);
    icalcomponent* event =
        eventWithUid(calendar.get(), "milestone-" + planned.id + "@mentoring-compact");
    CHECK(dateOf(icalcomponent_get_dtstart(event)) == date(2028, 10, 5));
    CHECK(dateOf(icalcomponent_get_dtend(event)) == date(2028, 10, 6));
    CHECK(std::string(icalcomponent_get_summary(event)) == "Dr. Lena Ortiz: Submit the first R01");
    const std::string description = icalcomponent_get_description(event);
    CHECK(description.find("Goal: Become an independent investigator") != std::string::npos);
    CHECK(description.find("Responsible: Dr. Lena Ortiz") != std::string::npos);
    CHECK(description.find("Kind: ") != std::string::npos);
    CHECK(categoryOf(event) == "Milestone");
    CHECK(alarmDaysBefore(event) == 7);
    CHECK(sequenceOf(event) == mc::sequenceFromStamp("2026-11-02T10:00:00.000Z"));

    icalcomponent* achieved =
        eventWithUid(calendar.get(), mc::milestoneEventUid(compact.milestones[1]));
    CHECK(std::string(icalcomponent_get_summary(achieved)).find("Paper accepted (") !=
          std::string::npos);
    CHECK(std::string(icalcomponent_get_description(achieved)).find("on 2026-04-28") !=
          std::string::npos);
    CHECK_FALSE(alarmDaysBefore(achieved)); // nothing left to remind of
    CHECK(eventsByUid(calendar.get()).count(mc::milestoneEventUid(compact.milestones[2])) == 0);
    CHECK_FALSE(alarmDaysBefore(
        eventWithUid(calendar.get(), mc::milestoneEventUid(compact.milestones[3]))));
}

TEST_CASE("each yearly review is an all-day event with a two-week alarm", "[ics]") {
    const Compact compact = stampedCompact(); // 2026-09-01 to 2029-08-31
    const ComponentPtr calendar = parse(mc::calendarIcs({compact}, options()));
    const auto periods = mc::reviewPeriods(compact.start, compact.end);
    REQUIRE(periods.size() == 3);
    for (const auto& period : periods) {
        icalcomponent* event =
            eventWithUid(calendar.get(), "review-" + compact.id + "-" +
                                             std::to_string(period.year) + "@mentoring-compact");
        CHECK(dateOf(icalcomponent_get_dtstart(event)) == period.due);
        CHECK(dateOf(icalcomponent_get_dtend(event)) == period.due + days(1));
        CHECK(categoryOf(event) == "Review");
        CHECK(alarmDaysBefore(event) == 14);
        CHECK(std::string(icalcomponent_get_summary(event)) ==
              "Dr. Lena Ortiz: yearly review, award year " + std::to_string(period.year));
    }
    // A last year cut short is reviewed on the end day.
    CHECK(dateOf(icalcomponent_get_dtstart(
              eventWithUid(calendar.get(), mc::reviewEventUid(compact, 3)))) == date(2029, 8, 31));
}

TEST_CASE("the meeting rule gives the same dates as meetingDates for a year", "[ics]") {
    const std::vector<mc::Recurrence> plans = {
        {Cadence::Weekly, 4, 1, 14},  {Cadence::EveryTwoWeeks, 1, 1, 14},
        {Cadence::Monthly, 2, 3, 14}, {Cadence::Monthly, 5, -1, 14},
        {Cadence::Custom, 1, 1, 10},  {Cadence::Weekly, 2, 1, 14}, // starts on a Tuesday
    };
    for (const auto& starting : {date(2026, 9, 1), date(2028, 2, 29)}) {
        for (const auto& plan : plans) {
            Compact compact = stampedCompact();
            compact.start = starting;
            compact.end = mc::anniversary(starting, 1) - days(1);
            compact.meetingPlan.recurrence = plan;
            const ComponentPtr calendar = parse(mc::calendarIcs({compact}, options()));
            icalcomponent* event = eventWithUid(calendar.get(), mc::meetingsEventUid(compact));
            const auto expected = mc::meetingDates(plan, compact.start, compact.end);
            INFO("cadence " << static_cast<int>(plan.cadence) << " from "
                            << mc::formatIsoDate(starting));
            CHECK(expected.size() >= 12);
            CHECK(expandMeetings(event) == expected);
            CHECK(dateOf(icalcomponent_get_dtstart(event)) == expected.front());
            CHECK(icaldurationtype_as_int(icalcomponent_get_duration(event)) == 86400);
            CHECK(categoryOf(event) == "Meeting");
            CHECK_FALSE(alarmDaysBefore(event));
            CHECK(std::string(icalcomponent_get_description(event)).find("45 minutes") !=
                  std::string::npos);
        }
    }
    CHECK(mc::meetingRecurrenceRule({Cadence::Monthly, 5, -1, 14}, date(2029, 8, 31)) ==
          "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20290831");
    CHECK(mc::meetingRecurrenceRule({Cadence::EveryTwoWeeks, 7, 1, 14}, date(2029, 8, 31)) ==
          "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;UNTIL=20290831");
}

TEST_CASE("texts are escaped by libical and read back literally", "[ics]") {
    Compact compact = stampedCompact("<b>Ann & \"Bo\"</b>, one; two");
    compact.milestones.front().title =
        "Line one\r\nLine two, with \\ and a long tail of ünïcödé: ééééééééééééééééééééééééééééé";
    mc::CalendarOptions named = options();
    named.calendarName = "Lab, of; Sam\nReyes";
    const std::string text = mc::calendarIcs({compact}, named);
    const ComponentPtr calendar = parse(text);
    icalcomponent* event =
        eventWithUid(calendar.get(), mc::milestoneEventUid(compact.milestones.front()));
    CHECK(std::string(icalcomponent_get_summary(event)) ==
          "<b>Ann & \"Bo\"</b>, one; two: Line one\nLine two, with \\ and a long tail of "
          "ünïcödé: ééééééééééééééééééééééééééééé");
    CHECK(text.find("SUMMARY:<b>Ann & \"Bo\"</b>\\, one\\; two: Line one\\nLine two\\, with "
                    "\\\\") != std::string::npos);
    icalproperty* calname = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY);
    REQUIRE(calname);
    CHECK(std::string(icalproperty_get_x(calname)) == "Lab, of; Sam\nReyes");
    icalproperty* name = icalcomponent_get_first_property(calendar.get(), ICAL_NAME_PROPERTY);
    REQUIRE(name);
    CHECK(std::string(icalproperty_get_name(name)) == "Lab, of; Sam\nReyes");
    // Folding never splits a UTF-8 character: no continuation line starts
    // inside one.
    for (std::size_t at = text.find("\r\n "); at != std::string::npos;
         at = text.find("\r\n ", at + 1)) {
        const auto next = static_cast<unsigned char>(text[at + 3]);
        CHECK((next & 0xC0) != 0x80);
    }
}

TEST_CASE("a second export keeps the UIDs and an edit raises the SEQUENCE", "[ics]") {
    Compact first = stampedCompact();
    Compact second = stampedCompact("Dr. Omar Haddad");
    const auto uidsOf = [](const std::string& text) {
        const ComponentPtr calendar = parse(text);
        std::set<std::string> uids;
        for (const auto& [uid, event] : eventsByUid(calendar.get()))
            uids.insert(uid);
        CHECK(static_cast<int>(uids.size()) == countEvents(calendar.get())); // none twice
        return uids;
    };
    const auto before = uidsOf(mc::calendarIcs({first, second}, options()));
    CHECK(before.size() == 10); // per compact: 1 milestone, 3 reviews, 1 meeting plan
    CHECK(uidsOf(mc::calendarIcs({first, second}, options("2027-01-10T08:00:00.000Z"))) == before);

    Milestone& edited = first.milestones.front();
    const ComponentPtr old = parse(mc::calendarIcs({first}, options()));
    edited.title = "Submit the first R01, resubmission";
    edited.due = date(2029, 2, 5);
    edited.updated = "2026-12-01T16:30:00.000Z";
    const ComponentPtr now = parse(mc::calendarIcs({first}, options()));
    const std::string uid = mc::milestoneEventUid(edited);
    icalcomponent* oldEvent = eventWithUid(old.get(), uid);
    icalcomponent* newEvent = eventWithUid(now.get(), uid);
    CHECK(sequenceOf(newEvent) > sequenceOf(oldEvent));
    CHECK(dateOf(icalcomponent_get_dtstart(newEvent)) == date(2029, 2, 5));
    icalproperty* modified = icalcomponent_get_first_property(newEvent, ICAL_LASTMODIFIED_PROPERTY);
    REQUIRE(modified);
    const icaltimetype stamp = icalproperty_get_lastmodified(modified);
    CHECK(icaltime_is_utc(stamp));
    CHECK(std::string(icaltime_as_ical_string(stamp)) == "20261201T163000Z");
    icalproperty* dtstamp = icalcomponent_get_first_property(newEvent, ICAL_DTSTAMP_PROPERTY);
    REQUIRE(dtstamp);
    CHECK(std::string(icaltime_as_ical_string(icalproperty_get_dtstamp(dtstamp))) ==
          "20261205T120000Z");
}

TEST_CASE("a compact starting on 29 February has a review every year", "[ics]") {
    Compact compact = stampedCompact();
    compact.start = date(2028, 2, 29);
    compact.end = date(2031, 2, 28);
    compact.meetingPlan.recurrence = {Cadence::Monthly, 2, -1, 14};
    const ComponentPtr calendar = parse(mc::calendarIcs({compact}, options()));
    std::vector<Date> reviews;
    for (int year = 1; year <= 3; ++year)
        reviews.push_back(dateOf(icalcomponent_get_dtstart(
            eventWithUid(calendar.get(), mc::reviewEventUid(compact, year)))));
    CHECK(reviews == std::vector<Date>{date(2029, 2, 28), date(2030, 2, 28), date(2031, 2, 28)});
    CHECK(eventsByUid(calendar.get()).count(mc::reviewEventUid(compact, 4)) == 0);
    const auto meetings =
        expandMeetings(eventWithUid(calendar.get(), mc::meetingsEventUid(compact)));
    CHECK(meetings == mc::meetingDates(compact.meetingPlan.recurrence, compact.start, compact.end));
    CHECK(meetings.front() == date(2028, 2, 29)); // the last Tuesday of February 2028
}

TEST_CASE("a compact with no milestones has its reviews and meetings only", "[ics]") {
    Compact compact = stampedCompact();
    compact.milestones.clear();
    const ComponentPtr calendar = parse(mc::calendarIcs({compact}, options()));
    std::map<std::string, int> categories;
    for (const auto& [uid, event] : eventsByUid(calendar.get()))
        ++categories[categoryOf(event)];
    CHECK(categories == std::map<std::string, int>{{"Meeting", 1}, {"Review", 3}});

    // Past reviews get no alarm: importing must not ring for them.
    compact.start = date(2022, 9, 1);
    compact.end = date(2027, 8, 31);
    const ComponentPtr older = parse(mc::calendarIcs({compact}, options()));
    CHECK_FALSE(alarmDaysBefore(eventWithUid(older.get(), mc::reviewEventUid(compact, 4))));
    CHECK(alarmDaysBefore(eventWithUid(older.get(), mc::reviewEventUid(compact, 5))) == 14);

    // No compacts at all: a valid, empty calendar.
    const ComponentPtr empty = parse(mc::calendarIcs({}, options()));
    CHECK(countEvents(empty.get()) == 0);
}

TEST_CASE("a plan with no meeting inside the award gives no meeting event", "[ics]") {
    Compact compact = stampedCompact();
    compact.start = date(2026, 9, 1); // a Tuesday
    compact.end = date(2026, 9, 2);
    compact.meetingPlan.recurrence = {Cadence::Weekly, 5, 1, 14}; // Fridays
    const ComponentPtr calendar = parse(mc::calendarIcs({compact}, options()));
    CHECK(eventsByUid(calendar.get()).count(mc::meetingsEventUid(compact)) == 0);
}

TEST_CASE("unusable input is refused with the compact or stamp named", "[ics]") {
    Compact compact = stampedCompact();
    compact.meetingPlan.recurrence.weekday = 9;
    CHECK_THROWS_WITH(mc::calendarIcs({compact}, options()), Catch::Contains(compact.id) &&
                                                                 Catch::Contains("weekday") &&
                                                                 Catch::Contains("not 9"));
    compact = stampedCompact();
    compact.end = date(2025, 1, 1);
    CHECK_THROWS_WITH(mc::calendarIcs({compact}, options()),
                      Catch::Contains("Mentoring compact: Dr. Lena Ortiz"));
    CHECK_THROWS_WITH(mc::calendarIcs({stampedCompact()}, options("yesterday")),
                      Catch::Contains("\"yesterday\""));
}

TEST_CASE("SEQUENCE counts seconds from 2000 and grows with the stamp", "[ics]") {
    CHECK(mc::sequenceFromStamp("2000-01-01T00:00:01.000Z") == 1);
    CHECK(mc::sequenceFromStamp("2000-01-02T00:00:00.999Z") == 86400);
    CHECK(mc::sequenceFromStamp("2026-11-02T10:00:00.000Z") <
          mc::sequenceFromStamp("2026-11-02T10:00:01.000Z"));
    CHECK(mc::sequenceFromStamp("") == 0);
    CHECK(mc::sequenceFromStamp("2026-13-02T10:00:00.000Z") == 0);
}
