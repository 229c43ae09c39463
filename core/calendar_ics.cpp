#include "core/calendar_ics.h"

#include "core/enums.h"
#include "core/error.h"
#include "core/ids.h"
#include "core/review_schedule.h"
#include "core/validation.h"

#include <cstdlib>
#include <libical/ical.h>
#include <memory>
#include <optional>
#include <string_view>

namespace mc {

namespace {

constexpr const char* kUidDomain = "@mentoring-compact";
constexpr const char* kProductId = "-//Mentoring Compact//Mentoring Compact//EN";
constexpr int kSecondsPerDay = 24 * 60 * 60;

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// RFC 5545 TEXT allows no control characters but tab, and libical passes
// them through: line breaks of every kind become "\n" (which libical
// escapes), other controls a space. libical has no function for this.
std::string calendarText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n' || c == '\t' || static_cast<unsigned char>(c) >= 0x20) {
            out += c == 0x7f ? ' ' : c;
        } else {
            out += ' ';
        }
    }
    return out;
}

icaltimetype icalDate(const Date& date) {
    icaltimetype time = icaltime_null_date();
    time.year = static_cast<int>(date.year());
    time.month = static_cast<int>(date.month());
    time.day = static_cast<int>(date.day());
    return time;
}

struct UtcStamp {
    Date date;
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
};

std::optional<UtcStamp> parseStamp(const std::string& stamp) {
    if (!isUtcTimestamp(stamp))
        return std::nullopt;
    try {
        auto number = [&stamp](std::size_t at) {
            return std::stoi(stamp.substr(at, 2));
        };
        UtcStamp parsed{parseIsoDate(stamp.substr(0, 10)), number(11), number(14), number(17)};
        if (parsed.hours > 23 || parsed.minutes > 59 || parsed.seconds > 60)
            return std::nullopt;
        return parsed;
    } catch (const Error&) {
        return std::nullopt;
    }
}

icaltimetype icalUtc(const UtcStamp& stamp) {
    icaltimetype time = icaltime_null_time();
    time.year = static_cast<int>(stamp.date.year());
    time.month = static_cast<int>(stamp.date.month());
    time.day = static_cast<int>(stamp.date.day());
    time.hour = stamp.hours;
    time.minute = stamp.minutes;
    time.second = stamp.seconds;
    time.zone = icaltimezone_get_utc_timezone();
    return time;
}

std::string weekdayCode(int isoWeekday) {
    static constexpr const char* kCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return kCodes[isoWeekday - 1];
}

std::string basicDate(const Date& date) {
    std::string iso = formatIsoDate(date);
    std::erase(iso, '-');
    return iso;
}

// DTSTAMP, LAST-MODIFIED and SEQUENCE: what lets a calendar that imported
// an earlier export see this one as the newer version of the same event.
void addStamps(icalcomponent* event, const icaltimetype& generatedAt, const std::string& updated) {
    icalcomponent_add_property(event, icalproperty_new_dtstamp(generatedAt));
    if (const auto stamp = parseStamp(updated))
        icalcomponent_add_property(event, icalproperty_new_lastmodified(icalUtc(*stamp)));
    icalcomponent_add_property(event, icalproperty_new_sequence(sequenceFromStamp(updated)));
}

// An all-day event on `date` that does not mark the day busy.
ComponentPtr allDayEvent(const std::string& uid, const Date& date) {
    ComponentPtr event(icalcomponent_new_vevent());
    icalcomponent_add_property(event.get(), icalproperty_new_uid(uid.c_str()));
    icalcomponent_add_property(event.get(), icalproperty_new_dtstart(icalDate(date)));
    icalcomponent_add_property(event.get(),
                               icalproperty_new_dtend(icalDate(date + boost::gregorian::days(1))));
    icalcomponent_add_property(event.get(), icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    return event;
}

void addAlarm(icalcomponent* event, int daysBefore, const std::string& description) {
    icalcomponent* alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(
        alarm, icalproperty_new_trigger(icaltriggertype_from_int(-daysBefore * kSecondsPerDay)));
    icalcomponent_add_property(alarm,
                               icalproperty_new_description(calendarText(description).c_str()));
    icalcomponent_add_component(event, alarm);
}

void addSummaryAndDescription(icalcomponent* event, const std::string& summary,
                              const std::string& description, const char* category) {
    icalcomponent_add_property(event, icalproperty_new_summary(calendarText(summary).c_str()));
    icalcomponent_add_property(event,
                               icalproperty_new_description(calendarText(description).c_str()));
    icalcomponent_add_property(event, icalproperty_new_categories(category));
}

std::string whose(const Compact& compact) {
    const Person* scholar = compact.scholar();
    return scholar && !scholar->name.empty() ? scholar->name : compact.title;
}

std::string personName(const Compact& compact, const std::string& personId) {
    const Person* person = compact.findPerson(personId);
    return person ? person->name : std::string();
}

void addMilestone(icalcomponent* calendar, const Compact& compact, const Milestone& milestone,
                  const icaltimetype& generatedAt, const Date& today) {
    // A dropped milestone is no longer anyone's date: left out (see the docs).
    if (milestone.status == MilestoneStatus::Dropped || milestone.due.is_special())
        return;
    const bool open = milestone.status == MilestoneStatus::Planned ||
                      milestone.status == MilestoneStatus::Rescheduled;
    std::string summary = whose(compact) + ": " + milestone.title;
    if (!open)
        summary += " (" + std::string(toLabel(milestone.status)) + ")";

    std::string description = "Milestone of the compact \"" + compact.title + "\"\n";
    for (const Goal& goal : compact.goals)
        if (!milestone.goalId.empty() && goal.id == milestone.goalId)
            description += "Goal: " + goal.text + "\n";
    description += "Kind: " + std::string(toLabel(milestone.kind)) + "\n";
    if (const std::string responsible = personName(compact, milestone.responsibleId);
        !responsible.empty())
        description += "Responsible: " + responsible + "\n";
    description += "Status: " + std::string(toLabel(milestone.status));
    if (milestone.done)
        description += " on " + formatIsoDate(*milestone.done);
    if (!milestone.outcomeNote.empty())
        description += "\nOutcome: " + milestone.outcomeNote;

    ComponentPtr event = allDayEvent(milestoneEventUid(milestone), milestone.due);
    addSummaryAndDescription(event.get(), summary, description, "Milestone");
    addStamps(event.get(), generatedAt, milestone.updated);
    if (open && milestone.due >= today)
        addAlarm(event.get(), kMilestoneAlarmDays,
                 "Due in " + std::to_string(kMilestoneAlarmDays) + " days: " + summary);
    icalcomponent_add_component(calendar, event.release());
}

std::string mentorNames(const Compact& compact) {
    std::string names;
    for (const Person* mentor : compact.mentors()) {
        if (!names.empty())
            names += ", ";
        names += mentor->name;
    }
    return names;
}

void addReviews(icalcomponent* calendar, const Compact& compact, const icaltimetype& generatedAt,
                const Date& today) {
    for (const ReviewPeriod& period : reviewPeriods(compact.start, compact.end)) {
        const std::string summary =
            whose(compact) + ": yearly review, award year " + std::to_string(period.year);
        std::string description = "Yearly review of the compact \"" + compact.title +
                                  "\"\nAward year " + std::to_string(period.year) + ": " +
                                  formatIsoDate(period.from) + " to " + formatIsoDate(period.to);
        if (const std::string mentors = mentorNames(compact); !mentors.empty())
            description += "\nMentors: " + mentors;
        ComponentPtr event = allDayEvent(reviewEventUid(compact, period.year), period.due);
        addSummaryAndDescription(event.get(), summary, description, "Review");
        // The review dates follow the compact's start and end.
        addStamps(event.get(), generatedAt, compact.updated);
        if (period.due >= today)
            addAlarm(event.get(), kReviewAlarmDays,
                     "Review in " + std::to_string(kReviewAlarmDays) + " days: " + summary);
        icalcomponent_add_component(calendar, event.release());
    }
}

// The plan stores no time of day, so the meetings are all-day events: a
// made-up hour would put a wrong time in everyone's calendar. RFC 5545 lets
// an all-day event last whole days only (DURATION:P1D), so the length in
// minutes goes into the description.
void addMeetings(icalcomponent* calendar, const Compact& compact, const icaltimetype& generatedAt) {
    const MeetingPlan& plan = compact.meetingPlan;
    const std::vector<Date> dates = meetingDates(plan.recurrence, compact.start, compact.end);
    if (dates.empty())
        return;
    std::string mentors = mentorNames(compact);
    const std::string summary =
        "Mentoring meeting: " + whose(compact) + (mentors.empty() ? "" : " with " + mentors);
    std::string description = "Meeting plan of the compact \"" + compact.title + "\"\n" +
                              "Length: " + std::to_string(plan.durationMinutes) +
                              " minutes (no time of day is agreed in the plan)";
    if (!plan.channels.empty())
        description += "\nChannels: " + plan.channels;
    if (!plan.standingTopics.empty())
        description += "\nStanding topics: " + plan.standingTopics;
    if (!plan.scholarPreparation.empty())
        description += "\nThe scholar prepares: " + plan.scholarPreparation;

    ComponentPtr event(icalcomponent_new_vevent());
    const std::string uid = meetingsEventUid(compact);
    icalcomponent_add_property(event.get(), icalproperty_new_uid(uid.c_str()));
    // DTSTART is the first meeting: RFC 5545 counts DTSTART as an instance
    // even when the rule would not produce it.
    icalcomponent_add_property(event.get(), icalproperty_new_dtstart(icalDate(dates.front())));
    icalcomponent_add_property(
        event.get(), icalproperty_new_duration(icaldurationtype_from_int(kSecondsPerDay)));
    const std::string rule = meetingRecurrenceRule(plan.recurrence, compact.end);
    const icalrecurrencetype recurrence = icalrecurrencetype_from_string(rule.c_str());
    if (recurrence.freq == ICAL_NO_RECURRENCE)
        throw Error(mc::text(MC_TR("core", "libical refused the meeting rule %1"), rule));
    icalcomponent_add_property(event.get(), icalproperty_new_rrule(recurrence));
    icalcomponent_add_property(event.get(), icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    addSummaryAndDescription(event.get(), summary, description, "Meeting");
    addStamps(event.get(), generatedAt, plan.updated.empty() ? compact.updated : plan.updated);
    icalcomponent_add_component(calendar, event.release());
}

void addCompact(icalcomponent* calendar, const Compact& compact, const icaltimetype& generatedAt,
                const Date& today) {
    try {
        for (const Milestone& milestone : compact.milestones)
            addMilestone(calendar, compact, milestone, generatedAt, today);
        addReviews(calendar, compact, generatedAt, today);
        addMeetings(calendar, compact, generatedAt);
    } catch (const Error& e) {
        throw Error(mc::text(MC_TR("core", "compact \"%1\" (%2): %3"), compact.title, compact.id,
                             e.text().empty() ? literal(e.what()) : e.text()));
    }
}

} // namespace

std::string milestoneEventUid(const Milestone& milestone) {
    return "milestone-" + milestone.id + kUidDomain;
}

std::string reviewEventUid(const Compact& compact, int awardYear) {
    return "review-" + compact.id + "-" + std::to_string(awardYear) + kUidDomain;
}

std::string meetingsEventUid(const Compact& compact) {
    return "meetings-" + compact.id + kUidDomain;
}

int sequenceFromStamp(const std::string& updated) {
    const auto stamp = parseStamp(updated);
    const Date epoch(2000, 1, 1);
    if (!stamp || stamp->date < epoch)
        return 0;
    const long long seconds =
        (stamp->date - epoch).days() * static_cast<long long>(kSecondsPerDay) +
        stamp->hours * 3600LL + stamp->minutes * 60LL + stamp->seconds;
    return seconds > 0x7fffffffLL ? 0x7fffffff : static_cast<int>(seconds);
}

std::string meetingRecurrenceRule(const Recurrence& plan, const Date& last) {
    for (const Problem& problem : checkRecurrence(plan, "recurrence"))
        if (problem.severity == Severity::Error)
            throw Error(mc::text(MC_TR("core", "meeting plan %1"),
                                 problem.text.empty() ? literal(problem.message) : problem.text));
    std::string rule;
    switch (plan.cadence) {
    case Cadence::Weekly:
        rule = "FREQ=WEEKLY;BYDAY=" + weekdayCode(plan.weekday);
        break;
    case Cadence::EveryTwoWeeks:
        rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + weekdayCode(plan.weekday);
        break;
    case Cadence::Monthly:
        rule = "FREQ=MONTHLY;BYDAY=" + std::to_string(plan.weekOfMonth) + weekdayCode(plan.weekday);
        break;
    case Cadence::Custom:
        rule = "FREQ=DAILY;INTERVAL=" + std::to_string(plan.intervalDays);
        break;
    }
    return rule + ";UNTIL=" + basicDate(last);
}

std::string calendarIcs(const std::vector<Compact>& compacts, const CalendarOptions& options) {
    const auto generatedAt = parseStamp(options.generatedAt);
    if (!generatedAt)
        throw Error(mc::text(MC_TR("core", "the calendar's time stamp \"%1\" is not a UTC time "
                                           "like 2026-12-05T12:00:00.000Z"),
                             options.generatedAt));
    const icaltimetype stamp = icalUtc(*generatedAt);

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(kProductId));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const std::string name = calendarText(options.calendarName);
    if (!name.empty()) {
        // NAME (RFC 7986) is escaped like any text; X-WR-CALNAME is what
        // Outlook and Google Calendar read. libical writes an X- value with
        // only backslashes and line breaks escaped, and reads it back whole.
        icalcomponent_add_property(calendar.get(), icalproperty_new_name(name.c_str()));
        icalproperty* calname = icalproperty_new_x(name.c_str());
        icalproperty_set_x_name(calname, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), calname);
    }
    for (const Compact& compact : compacts)
        addCompact(calendar.get(), compact, stamp, options.today);

    char* text = icalcomponent_as_ical_string_r(calendar.get());
    if (text == nullptr)
        throw Error(mc::text(MC_TR("core", "libical could not write the calendar")));
    std::string out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace mc
