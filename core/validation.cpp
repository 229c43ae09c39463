#include "core/validation.h"

#include "core/ids.h"

#include <map>

namespace mc {

namespace {

constexpr int kMinMeetingMinutes = 5;
constexpr int kMaxMeetingMinutes = 480;
constexpr int kLongAwardYears = 10;

std::string path(const std::string& field, const std::string& member) {
    return field.empty() ? member : field + "." + member;
}

std::string indexed(const char* list, std::size_t index) {
    return std::string(list) + "[" + std::to_string(index) + "]";
}

void error(std::vector<Problem>& problems, std::string field, Text message) {
    problems.push_back(Problem(Severity::Error, std::move(field), std::move(message)));
}

void warning(std::vector<Problem>& problems, std::string field, Text message) {
    problems.push_back(Problem(Severity::Warning, std::move(field), std::move(message)));
}

// "one of: draft, in_negotiation, ...": the keys stay as files spell them.
template <typename E> Text oneOf() {
    const std::string keys = allowedKeys<E>();
    return text(MC_TR("core", "one of: %1"), keys.substr(std::string("one of: ").size()));
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t kShown = 40;
    return "\"" + std::string(text.substr(0, kShown)) + (text.size() > kShown ? "...\"" : "\"");
}

// Counts the characters (code points) of UTF-8 text; nullopt when the bytes
// are not UTF-8 (a stray Latin-1 byte, a cut-off sequence, an overlong form).
std::optional<std::size_t> utf8Length(std::string_view text) {
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        unsigned int codePoint = 0;
        if (lead < 0x80) {
            codePoint = lead;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
            codePoint = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            codePoint = lead & 0x0Fu;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            codePoint = lead & 0x07u;
        } else {
            return std::nullopt;
        }
        if (i + extra >= text.size())
            return std::nullopt; // cut off before the sequence ends
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0u) != 0x80u)
                return std::nullopt;
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        if ((extra == 2 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) ||
            (extra == 3 && (codePoint < 0x10000 || codePoint > 0x10FFFF)))
            return std::nullopt;
        i += extra + 1;
        ++count;
    }
    return count;
}

// The first control character that is not allowed, or -1. \n and \t are
// allowed everywhere, \r only in long texts (pasted Windows line ends).
int forbiddenControl(std::string_view text, bool allowCarriageReturn) {
    for (char c : text) {
        const auto code = static_cast<unsigned char>(c);
        if (code == '\n' || code == '\t' || (allowCarriageReturn && code == '\r'))
            continue;
        if (code < 0x20 || code == 0x7F)
            return code;
    }
    return -1;
}

// What every text must be: UTF-8, free of control characters, not too long.
void checkCharacters(std::vector<Problem>& problems, const std::string& field, const Text& label,
                     std::string_view value, std::size_t limit, bool allowCarriageReturn) {
    const auto length = utf8Length(value);
    if (!length) {
        error(problems, field,
              text(MC_TR("core", "%1 is not valid UTF-8 text: type it again or paste it as plain "
                                 "text"),
                   label));
        return;
    }
    const int control = forbiddenControl(value, allowCarriageReturn);
    if (control >= 0)
        error(problems, field,
              text(MC_TR("core", "%1 contains an invisible control character (code %2): remove it"),
                   label, control));
    if (*length > limit)
        error(problems, field,
              text(MC_TR("core", "%1 is %2 characters long: the limit is %3"), label, *length,
                   limit));
}

// A name or title: one line of text. `whenEmpty` says what to write when a
// required name is left empty.
void checkName(std::vector<Problem>& problems, const std::string& field, const Text& label,
               std::string_view value, const std::optional<Text>& whenEmpty = std::nullopt) {
    if (whenEmpty && trimmed(value).empty()) {
        error(problems, field, text(MC_TR("core", "%1 is empty: %2"), label, *whenEmpty));
        return;
    }
    checkCharacters(problems, field, label, value, kMaxNameLength, false);
}

void checkText(std::vector<Problem>& problems, const std::string& field, const Text& label,
               std::string_view value, const std::optional<Text>& whenEmpty = std::nullopt) {
    if (whenEmpty && trimmed(value).empty()) {
        error(problems, field, text(MC_TR("core", "%1 is empty: %2"), label, *whenEmpty));
        return;
    }
    checkCharacters(problems, field, label, value, kMaxTextLength, true);
}

void checkId(std::vector<Problem>& problems, const std::string& field, const std::string& id) {
    if (!id.empty() && !isUuid(id))
        error(
            problems, path(field, "id"),
            text(MC_TR("core", "id %1 is not a UUID (like 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b in "
                               "lower case)"),
                 quoted(id)));
}

template <typename E>
void checkEnum(std::vector<Problem>& problems, const std::string& field, const Text& label,
               E value) {
    if (toKey(value).empty())
        error(problems, field,
              text(MC_TR("core", "%1 has the unknown value %2: it must be %3"), label,
                   static_cast<int>(value), oneOf<E>()));
}

void checkEmail(std::vector<Problem>& problems, const std::string& field,
                const std::string& email) {
    if (email.empty())
        return;
    Text reason;
    const auto at = email.find('@');
    for (char c : email)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
            reason = text(MC_TR("core", "it contains a space or an invisible character"));
    if (reason.empty()) {
        if (at == std::string::npos)
            reason = text(MC_TR("core", "it has no @"));
        else if (email.find('@', at + 1) != std::string::npos)
            reason = text(MC_TR("core", "it has more than one @"));
        else if (at == 0)
            reason = text(MC_TR("core", "nothing comes before the @"));
        else {
            const std::string domain = email.substr(at + 1);
            const auto dot = domain.find('.');
            if (dot == std::string::npos || dot == 0 || domain.back() == '.')
                reason = text(MC_TR("core", "the part after the @ needs a dot inside it, as in "
                                            "example.org"));
        }
    }
    if (reason.empty() && email.size() > kMaxNameLength)
        reason = text(MC_TR("core", "it is longer than %1 characters"), kMaxNameLength);
    if (!reason.empty())
        error(problems, field,
              text(MC_TR("core", "e-mail %1 does not look like an address (%2): write it as "
                                 "name@example.org"),
                   quoted(email), reason));
}

bool isOrdinary(const Date& date) {
    return !date.is_special();
}

Text personLabel(const Person& person) {
    const auto name = trimmed(person.name);
    return name.empty() ? text(MC_TR("core", "this person")) : literal(std::string(name));
}

} // namespace

std::vector<Problem> checkRecurrence(const Recurrence& recurrence, const std::string& field) {
    std::vector<Problem> problems;
    const bool usesWeekday = recurrence.cadence == Cadence::Weekly ||
                             recurrence.cadence == Cadence::EveryTwoWeeks ||
                             recurrence.cadence == Cadence::Monthly;
    if (toKey(recurrence.cadence).empty()) {
        error(problems, path(field, "cadence"),
              text(MC_TR("core", "cadence has the unknown value %1: it must be %2"),
                   static_cast<int>(recurrence.cadence), oneOf<Cadence>()));
        return problems;
    }
    if (usesWeekday && (recurrence.weekday < 1 || recurrence.weekday > 7))
        error(problems, path(field, "weekday"),
              text(MC_TR("core", "weekday must be 1 (Monday) to 7 (Sunday), not %1"),
                   recurrence.weekday));
    if (recurrence.cadence == Cadence::Monthly &&
        (recurrence.weekOfMonth < 1 || recurrence.weekOfMonth > 4) && recurrence.weekOfMonth != -1)
        error(
            problems, path(field, "weekOfMonth"),
            text(MC_TR("core", "week of the month must be 1 to 4, or -1 for the last one, not %1"),
                 recurrence.weekOfMonth));
    if (recurrence.cadence == Cadence::Custom &&
        (recurrence.intervalDays < 1 || recurrence.intervalDays > 366))
        error(
            problems, path(field, "intervalDays"),
            text(MC_TR("core", "interval must be 1 to 366 days, not %1"), recurrence.intervalDays));
    return problems;
}

std::vector<Problem> checkTextValue(const std::string& field, const Text& label,
                                    std::string_view value) {
    std::vector<Problem> problems;
    checkText(problems, field, label, value);
    return problems;
}

std::vector<Problem> checkTextValue(const std::string& field, const std::string& label,
                                    std::string_view value) {
    return checkTextValue(field, literal(label), value);
}

std::vector<Problem> validatePerson(const Person& person, const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, person.id);
    checkEnum(problems, path(field, "role"), text(MC_TR("core", "role")), person.role);
    checkName(problems, path(field, "name"), text(MC_TR("core", "name")), person.name,
              text(MC_TR("core", "write the person's full name")));
    checkEmail(problems, path(field, "email"), person.email);
    checkName(problems, path(field, "department"), text(MC_TR("core", "department")),
              person.department);
    checkName(problems, path(field, "institution"), text(MC_TR("core", "institution")),
              person.institution);
    checkText(problems, path(field, "responsibilities"), text(MC_TR("core", "responsibilities")),
              person.responsibilities);
    return problems;
}

std::vector<Problem> validateExpectation(const Expectation& expectation, const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, expectation.id);
    checkEnum(problems, path(field, "domain"), text(MC_TR("core", "domain")), expectation.domain);
    checkName(problems, path(field, "topic"), text(MC_TR("core", "topic")), expectation.topic,
              text(MC_TR("core", "pick one of the built-in topics or name one of your own")));
    checkText(problems, path(field, "text"), text(MC_TR("core", "text")), expectation.text,
              text(MC_TR("core", "say what is expected, and of whom")));
    checkEnum(problems, path(field, "direction"), text(MC_TR("core", "direction")),
              expectation.direction);
    checkEnum(problems, path(field, "origin"), text(MC_TR("core", "origin")), expectation.origin);
    checkEnum(problems, path(field, "state"), text(MC_TR("core", "state")), expectation.state);
    return problems;
}

std::vector<Problem> validateGoal(const Goal& goal, const Compact& compact,
                                  const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, goal.id);
    const std::string ownerField = path(field, "owner");
    if (goal.ownerId.empty()) {
        error(problems, ownerField,
              text(MC_TR("core", "owner is missing: a goal belongs to the scholar or to one of "
                                 "the mentors")));
    } else if (const Person* owner = compact.findPerson(goal.ownerId); !owner) {
        error(problems, ownerField,
              text(MC_TR("core", "owner %1 is not one of the people of this compact"),
                   quoted(goal.ownerId)));
    } else if (owner->role != Role::Scholar && !isMentorRole(owner->role)) {
        error(problems, ownerField,
              text(MC_TR("core", "owner %1 is the %2: a goal belongs to the scholar or to one of "
                                 "the mentors"),
                   personLabel(*owner), labelText(owner->role, true)));
    }
    checkEnum(problems, path(field, "horizon"), text(MC_TR("core", "horizon")), goal.horizon);
    checkText(
        problems, path(field, "text"), text(MC_TR("core", "text")), goal.text,
        text(MC_TR("core", "say what result is wanted, for example a tenure-track position")));
    if (goal.targetDate && !isOrdinary(*goal.targetDate))
        error(problems, path(field, "targetDate"),
              text(MC_TR("core", "target date is not a date")));
    checkEnum(problems, path(field, "status"), text(MC_TR("core", "status")), goal.status);
    return problems;
}

std::vector<Problem> validateMilestone(const Milestone& milestone, const Compact& compact,
                                       const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, milestone.id);
    checkEnum(problems, path(field, "kind"), text(MC_TR("core", "kind")), milestone.kind);
    checkName(problems, path(field, "title"), text(MC_TR("core", "title")), milestone.title,
              text(MC_TR("core", "say what the milestone is, for example \"Submit the first R01 "
                                 "application\"")));

    const std::string dueField = path(field, "due");
    if (!isOrdinary(milestone.due)) {
        error(problems, dueField,
              text(MC_TR("core", "due date is missing: give the date it is due")));
    } else if (isOrdinary(compact.start) && isOrdinary(compact.end)) {
        if (milestone.due < compact.start)
            warning(problems, dueField,
                    text(MC_TR("core", "due date %1 lies before the compact starts on %2"),
                         formatIsoDate(milestone.due), formatIsoDate(compact.start)));
        else if (milestone.due > compact.end)
            warning(problems, dueField,
                    text(MC_TR("core", "due date %1 lies after the compact ends on %2"),
                         formatIsoDate(milestone.due), formatIsoDate(compact.end)));
    }

    const std::string responsibleField = path(field, "responsible");
    if (milestone.responsibleId.empty())
        error(problems, responsibleField,
              text(MC_TR("core", "responsible person is missing: say who sees to this milestone")));
    else if (!compact.findPerson(milestone.responsibleId))
        error(problems, responsibleField,
              text(MC_TR("core", "responsible person %1 is not one of the people of this compact"),
                   quoted(milestone.responsibleId)));

    if (!milestone.goalId.empty()) {
        bool found = false;
        for (const Goal& goal : compact.goals)
            found = found || goal.id == milestone.goalId;
        if (!found)
            error(problems, path(field, "goal"),
                  text(MC_TR("core", "goal %1 is not one of the goals of this compact"),
                       quoted(milestone.goalId)));
    }

    checkEnum(problems, path(field, "status"), text(MC_TR("core", "status")), milestone.status);
    const std::string doneField = path(field, "done");
    const bool achieved = milestone.status == MilestoneStatus::Achieved;
    if (milestone.done && !isOrdinary(*milestone.done))
        error(problems, doneField, text(MC_TR("core", "done date is not a date")));
    else if (milestone.done && !achieved)
        error(problems, doneField,
              text(MC_TR("core", "done date %1 is set, but the milestone is %2: only an achieved "
                                 "milestone has a done date"),
                   formatIsoDate(*milestone.done), labelText(milestone.status, true)));
    else if (!milestone.done && achieved)
        error(problems, doneField,
              text(MC_TR("core", "done date is missing: an achieved milestone needs the date it "
                                 "was reached")));
    checkText(problems, path(field, "outcomeNote"), text(MC_TR("core", "outcome note")),
              milestone.outcomeNote);
    return problems;
}

std::vector<Problem> validateMeetingPlan(const MeetingPlan& plan, const std::string& field) {
    std::vector<Problem> problems = checkRecurrence(plan.recurrence, path(field, "recurrence"));
    if (plan.durationMinutes < kMinMeetingMinutes || plan.durationMinutes > kMaxMeetingMinutes)
        error(problems, path(field, "durationMinutes"),
              text(MC_TR("core", "duration must be %1 to %2 minutes, not %3"), kMinMeetingMinutes,
                   kMaxMeetingMinutes, plan.durationMinutes));
    checkText(problems, path(field, "channels"), text(MC_TR("core", "channels")), plan.channels);
    checkText(problems, path(field, "standingTopics"), text(MC_TR("core", "standing topics")),
              plan.standingTopics);
    checkText(problems, path(field, "scholarPreparation"),
              text(MC_TR("core", "scholar's preparation")), plan.scholarPreparation);
    return problems;
}

namespace {

// A closed compact says when and why it ended; an open one says neither.
// The closing day lies within the award period or after it (a pair may
// close early), never before the start.
void checkClosing(std::vector<Problem>& problems, const Compact& compact) {
    const bool closed = compact.status == CompactStatus::Closed;
    if (closed && !compact.closing) {
        warning(problems, "closing.on",
                text(MC_TR("core", "the compact is closed but says neither when nor why: close it "
                                   "again with a date and a reason")));
        return;
    }
    if (!compact.closing)
        return;
    if (!closed)
        error(problems, "closing",
              text(MC_TR("core", "a closing is recorded but the status is %1: only a closed "
                                 "compact has one"),
                   std::string(toKey(compact.status))));
    const Closing& closing = *compact.closing;
    if (!isOrdinary(closing.on))
        error(problems, "closing.on",
              text(MC_TR("core", "closing date is missing: give the day the compact ended")));
    else if (isOrdinary(compact.start) && closing.on < compact.start)
        error(problems, "closing.on",
              text(MC_TR("core", "closing date %1 is before the start date %2"),
                   formatIsoDate(closing.on), formatIsoDate(compact.start)));
    checkEnum(problems, "closing.reason", text(MC_TR("core", "closing reason")), closing.reason);
    checkText(problems, "closing.note", text(MC_TR("core", "closing note")), closing.note);
}

} // namespace

std::vector<Problem> validateCompactHeader(const Compact& compact) {
    std::vector<Problem> problems;
    checkId(problems, "", compact.id);
    checkName(
        problems, "title", text(MC_TR("core", "title")), compact.title,
        text(MC_TR("core",
                   "give the compact a title, for example the scholar's name and the award")));
    checkName(problems, "program", text(MC_TR("core", "program")), compact.program);
    checkName(problems, "cohort", text(MC_TR("core", "cohort")), compact.cohort);
    checkName(problems, "templateId", text(MC_TR("core", "template")), compact.templateId);
    checkEnum(problems, "status", text(MC_TR("core", "status")), compact.status);

    if (!isOrdinary(compact.start))
        error(problems, "start",
              text(MC_TR("core", "start date is missing: give the day the compact starts")));
    if (!isOrdinary(compact.end))
        error(problems, "end",
              text(MC_TR("core", "end date is missing: give the day the compact ends")));
    if (isOrdinary(compact.start) && isOrdinary(compact.end)) {
        if (compact.end <= compact.start)
            error(problems, "end",
                  text(MC_TR("core", "end date %1 must be after the start date %2"),
                       formatIsoDate(compact.end), formatIsoDate(compact.start)));
        else if (compact.start.year() + kLongAwardYears <= 9999 &&
                 compact.end > anniversary(compact.start, kLongAwardYears))
            warning(problems, "end",
                    text(MC_TR("core", "the award period from %1 to %2 is longer than %3 years: "
                                       "awards usually run three to five, so check the end date"),
                         formatIsoDate(compact.start), formatIsoDate(compact.end),
                         kLongAwardYears));
    }

    checkClosing(problems, compact);

    int scholars = 0;
    int primaries = 0;
    bool anyMentor = false;
    for (std::size_t i = 0; i < compact.people.size(); ++i) {
        const Person& person = compact.people[i];
        const std::string roleField = indexed("people", i) + ".role";
        if (person.role == Role::Scholar && ++scholars > 1)
            error(problems, roleField,
                  text(MC_TR("core", "%1 is a second scholar: a compact is written for exactly "
                                     "one scholar"),
                       personLabel(person)));
        if (person.role == Role::PrimaryMentor && ++primaries > 1)
            error(problems, roleField,
                  text(MC_TR("core", "%1 is a second primary mentor: name one primary mentor and "
                                     "make the others co-mentors"),
                       personLabel(person)));
        anyMentor = anyMentor || isMentorRole(person.role);
    }
    if (scholars == 0)
        error(problems, "people",
              text(MC_TR("core", "the compact has no scholar: add the scholar it is written for")));
    if (!anyMentor)
        error(problems, "people",
              text(MC_TR("core", "the compact has no mentor: add at least one primary mentor, "
                                 "co-mentor, secondary mentor or career mentor")));
    return problems;
}

std::vector<Problem> validateCompact(const Compact& compact) {
    std::vector<Problem> problems = validateCompactHeader(compact);
    auto append = [&problems](std::vector<Problem> more) {
        problems.insert(problems.end(), std::make_move_iterator(more.begin()),
                        std::make_move_iterator(more.end()));
    };
    // Where each id was first seen, to name the other holder of a duplicate.
    std::map<std::string, Text> seen;
    auto noteId = [&problems, &seen](const std::string& id, const std::string& field) {
        if (id.empty())
            return;
        const auto [it, inserted] =
            seen.emplace(id, field.empty() ? text(MC_TR("core", "the compact")) : literal(field));
        if (!inserted)
            error(problems, path(field, "id"),
                  text(MC_TR("core", "id %1 is already used by %2: every item needs an id of its "
                                     "own"),
                       quoted(id), it->second));
    };
    noteId(compact.id, "");

    for (std::size_t i = 0; i < compact.people.size(); ++i) {
        const std::string field = indexed("people", i);
        append(validatePerson(compact.people[i], field));
        noteId(compact.people[i].id, field);
    }
    for (std::size_t i = 0; i < compact.expectations.size(); ++i) {
        const std::string field = indexed("expectations", i);
        append(validateExpectation(compact.expectations[i], field));
        noteId(compact.expectations[i].id, field);
    }
    for (std::size_t i = 0; i < compact.goals.size(); ++i) {
        const std::string field = indexed("goals", i);
        append(validateGoal(compact.goals[i], compact, field));
        noteId(compact.goals[i].id, field);
    }
    for (std::size_t i = 0; i < compact.milestones.size(); ++i) {
        const std::string field = indexed("milestones", i);
        append(validateMilestone(compact.milestones[i], compact, field));
        noteId(compact.milestones[i].id, field);
    }
    append(validateMeetingPlan(compact.meetingPlan, "meetingPlan"));
    return problems;
}

} // namespace mc
