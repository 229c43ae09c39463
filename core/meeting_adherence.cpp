#include "core/meeting_adherence.h"

#include "core/error.h"

#include <algorithm>
#include <array>
#include <set>

namespace mc {

namespace {

namespace bg = boost::gregorian;

constexpr int kWindowMonths = 6;

// The same day `months` months earlier, or the month's last day when it is
// shorter (31 August less six months is 28 or 29 February). Not
// date - bg::months(n): boost keeps a last day of a month on the last day,
// so 30 November would give 31 May.
Date monthsBefore(const Date& date, int months) {
    int year = static_cast<int>(date.year());
    int month = static_cast<int>(date.month()) - months;
    while (month < 1) {
        month += 12;
        --year;
    }
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    const auto day =
        std::min<unsigned short>(date.day(), bg::gregorian_calendar::end_of_month_day(y, m));
    return Date(y, m, day);
}

// Where a plan whose meetings depend on where they start (every two weeks,
// every n days) has its first meeting on or after `from`, counting from
// the compact's start, so the window falls on the pair's own rhythm.
Date anchorOnOrAfter(const Recurrence& plan, const Date& compactStart, const Date& from) {
    int step = 0;
    Date first = compactStart;
    if (plan.cadence == Cadence::EveryTwoWeeks) {
        step = 14;
        first = bg::next_weekday(compactStart, bg::greg_weekday(static_cast<unsigned short>(
                                                   plan.weekday % 7))); // ISO 7 is boost's 0
    } else if (plan.cadence == Cadence::Custom) {
        step = plan.intervalDays;
    } else {
        return from;
    }
    if (first >= from)
        return first;
    const long behind = (from - first).days();
    const long steps = (behind + step - 1) / step;
    return first + bg::days(steps * step);
}

const char* weekdayPlural(int weekday) {
    static constexpr std::array<const char*, 7> kNames = {
        "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"};
    return weekday >= 1 && weekday <= 7 ? kNames[static_cast<std::size_t>(weekday - 1)] : "?";
}

const char* weekdaySingular(int weekday) {
    static constexpr std::array<const char*, 7> kNames = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return weekday >= 1 && weekday <= 7 ? kNames[static_cast<std::size_t>(weekday - 1)] : "?";
}

const char* weekOfMonthWord(int week) {
    switch (week) {
    case 1:
        return "first";
    case 2:
        return "second";
    case 3:
        return "third";
    case 4:
        return "fourth";
    case -1:
        return "last";
    default:
        return "?";
    }
}

} // namespace

MeetingAdherence meetingAdherence(const std::optional<Recurrence>& plan, const Date& compactStart,
                                  const Date& compactEnd, const std::vector<Date>& held,
                                  const Date& today) {
    MeetingAdherence out;
    out.plan = plan;
    out.last = today;
    if (compactEnd < today) {
        out.last = compactEnd;
        out.endsWithCompact = true;
    }
    out.first = monthsBefore(out.last, kWindowMonths) + bg::days(1);
    if (out.first <= compactStart) {
        out.first = compactStart;
        out.startsWithCompact = true;
    }

    std::set<Date> days; // several meetings on one day are one meeting day
    for (const Date& date : held) {
        if (date.is_special() || date > today)
            continue;
        if (date >= out.first && date <= out.last)
            days.insert(date);
        if (!out.lastMeeting || date > *out.lastMeeting)
            out.lastMeeting = date;
    }
    out.held = static_cast<int>(days.size());
    if (out.lastMeeting)
        out.daysSinceLast = static_cast<int>((today - *out.lastMeeting).days());
    if (plan && out.first <= out.last)
        out.expected = static_cast<int>(
            meetingDates(*plan, anchorOnOrAfter(*plan, compactStart, out.first), out.last).size());
    return out;
}

MeetingAdherence meetingAdherence(const Compact& compact, const std::vector<Meeting>& meetings,
                                  const Date& today) {
    std::vector<Date> dates;
    dates.reserve(meetings.size());
    for (const Meeting& meeting : meetings)
        dates.push_back(meeting.date);
    return meetingAdherence(compact.meetingPlan.recurrence, compact.start, compact.end, dates,
                            today);
}

std::string recurrenceInWords(const Recurrence& r) {
    switch (r.cadence) {
    case Cadence::Weekly:
        return std::string("weekly on ") + weekdayPlural(r.weekday);
    case Cadence::EveryTwoWeeks:
        return std::string("every two weeks on ") + weekdayPlural(r.weekday);
    case Cadence::Monthly:
        return std::string("monthly on the ") + weekOfMonthWord(r.weekOfMonth) + " " +
               weekdaySingular(r.weekday);
    case Cadence::Custom:
        return r.intervalDays == 1 ? std::string("every day")
                                   : "every " + std::to_string(r.intervalDays) + " days";
    }
    return "an unknown rhythm";
}

std::string adherenceInWords(const MeetingAdherence& a) {
    std::string out = "agreed: ";
    out += a.plan ? recurrenceInWords(*a.plan) : std::string("no fixed rhythm, meetings as needed");
    out += "; ";
    if (a.last < a.first) {
        out += "the compact starts on " + formatIsoDate(a.first);
    } else {
        out += "held " + std::to_string(a.held);
        // "held 27 of 13" would read as a mistake: more than planned is said so.
        if (a.plan && a.held > a.expected)
            out += " (" + std::to_string(a.expected) + " planned)";
        else if (a.plan)
            out += " of " + std::to_string(a.expected);
        if (a.startsWithCompact && a.endsWithCompact)
            out +=
                " during the compact, " + formatIsoDate(a.first) + " to " + formatIsoDate(a.last);
        else if (a.endsWithCompact)
            out +=
                " in the last six months of the compact, which ended on " + formatIsoDate(a.last);
        else if (a.startsWithCompact)
            out += " since the compact started on " + formatIsoDate(a.first);
        else
            out += " in the last six months";
    }
    out += "; ";
    if (!a.lastMeeting)
        out += "no meeting logged yet";
    else if (a.daysSinceLast == 0)
        out += "last meeting today";
    else if (a.daysSinceLast == 1)
        out += "last meeting yesterday";
    else
        out += "last meeting " + std::to_string(a.daysSinceLast) + " days ago";
    return out;
}

} // namespace mc
