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

void error(std::vector<Problem>& problems, std::string field, std::string message) {
    problems.push_back({Severity::Error, std::move(field), std::move(message)});
}

void warning(std::vector<Problem>& problems, std::string field, std::string message) {
    problems.push_back({Severity::Warning, std::move(field), std::move(message)});
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

std::string lowerFirst(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
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
void checkCharacters(std::vector<Problem>& problems, const std::string& field,
                     const std::string& label, std::string_view text, std::size_t limit,
                     bool allowCarriageReturn) {
    const auto length = utf8Length(text);
    if (!length) {
        error(problems, field,
              label + " is not valid UTF-8 text: type it again or paste it as plain text");
        return;
    }
    const int control = forbiddenControl(text, allowCarriageReturn);
    if (control >= 0)
        error(problems, field,
              label + " contains an invisible control character (code " + std::to_string(control) +
                  "): remove it");
    if (*length > limit)
        error(problems, field,
              label + " is " + std::to_string(*length) + " characters long: the limit is " +
                  std::to_string(limit));
}

// A name or title: one line of text. `whenEmpty` says what to write when a
// required name is left empty.
void checkName(std::vector<Problem>& problems, const std::string& field, const std::string& label,
               std::string_view value, const char* whenEmpty = nullptr) {
    if (whenEmpty && trimmed(value).empty()) {
        error(problems, field, label + " is empty: " + whenEmpty);
        return;
    }
    checkCharacters(problems, field, label, value, kMaxNameLength, false);
}

void checkText(std::vector<Problem>& problems, const std::string& field, const std::string& label,
               std::string_view value, const char* whenEmpty = nullptr) {
    if (whenEmpty && trimmed(value).empty()) {
        error(problems, field, label + " is empty: " + whenEmpty);
        return;
    }
    checkCharacters(problems, field, label, value, kMaxTextLength, true);
}

void checkId(std::vector<Problem>& problems, const std::string& field, const std::string& id) {
    if (!id.empty() && !isUuid(id))
        error(problems, path(field, "id"),
              "id " + quoted(id) +
                  " is not a UUID (like 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b in lower case)");
}

template <typename E>
void checkEnum(std::vector<Problem>& problems, const std::string& field, const std::string& label,
               E value) {
    if (toKey(value).empty())
        error(problems, field,
              label + " has the unknown value " + std::to_string(static_cast<int>(value)) +
                  ": it must be " + allowedKeys<E>());
}

void checkEmail(std::vector<Problem>& problems, const std::string& field,
                const std::string& email) {
    if (email.empty())
        return;
    std::string reason;
    const auto at = email.find('@');
    for (char c : email)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
            reason = "it contains a space or an invisible character";
    if (reason.empty()) {
        if (at == std::string::npos)
            reason = "it has no @";
        else if (email.find('@', at + 1) != std::string::npos)
            reason = "it has more than one @";
        else if (at == 0)
            reason = "nothing comes before the @";
        else {
            const std::string domain = email.substr(at + 1);
            const auto dot = domain.find('.');
            if (dot == std::string::npos || dot == 0 || domain.back() == '.')
                reason = "the part after the @ needs a dot inside it, as in example.org";
        }
    }
    if (reason.empty() && email.size() > kMaxNameLength)
        reason = "it is longer than " + std::to_string(kMaxNameLength) + " characters";
    if (!reason.empty())
        error(problems, field,
              "e-mail " + quoted(email) + " does not look like an address (" + reason +
                  "): write it as name@example.org");
}

bool isOrdinary(const Date& date) {
    return !date.is_special();
}

std::string personLabel(const Person& person) {
    const auto name = trimmed(person.name);
    return name.empty() ? std::string("this person") : std::string(name);
}

} // namespace

std::vector<Problem> checkRecurrence(const Recurrence& recurrence, const std::string& field) {
    std::vector<Problem> problems;
    const bool usesWeekday = recurrence.cadence == Cadence::Weekly ||
                             recurrence.cadence == Cadence::EveryTwoWeeks ||
                             recurrence.cadence == Cadence::Monthly;
    if (toKey(recurrence.cadence).empty()) {
        error(problems, path(field, "cadence"),
              "cadence has the unknown value " +
                  std::to_string(static_cast<int>(recurrence.cadence)) + ": it must be " +
                  allowedKeys<Cadence>());
        return problems;
    }
    if (usesWeekday && (recurrence.weekday < 1 || recurrence.weekday > 7))
        error(problems, path(field, "weekday"),
              "weekday must be 1 (Monday) to 7 (Sunday), not " +
                  std::to_string(recurrence.weekday));
    if (recurrence.cadence == Cadence::Monthly &&
        (recurrence.weekOfMonth < 1 || recurrence.weekOfMonth > 4) && recurrence.weekOfMonth != -1)
        error(problems, path(field, "weekOfMonth"),
              "week of the month must be 1 to 4, or -1 for the last one, not " +
                  std::to_string(recurrence.weekOfMonth));
    if (recurrence.cadence == Cadence::Custom &&
        (recurrence.intervalDays < 1 || recurrence.intervalDays > 366))
        error(problems, path(field, "intervalDays"),
              "interval must be 1 to 366 days, not " + std::to_string(recurrence.intervalDays));
    return problems;
}

std::vector<Problem> checkTextValue(const std::string& field, const std::string& label,
                                    std::string_view text) {
    std::vector<Problem> problems;
    checkText(problems, field, label, text);
    return problems;
}

std::vector<Problem> validatePerson(const Person& person, const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, person.id);
    checkEnum(problems, path(field, "role"), "role", person.role);
    checkName(problems, path(field, "name"), "name", person.name, "write the person's full name");
    checkEmail(problems, path(field, "email"), person.email);
    checkName(problems, path(field, "department"), "department", person.department);
    checkName(problems, path(field, "institution"), "institution", person.institution);
    checkText(problems, path(field, "responsibilities"), "responsibilities",
              person.responsibilities);
    return problems;
}

std::vector<Problem> validateExpectation(const Expectation& expectation, const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, expectation.id);
    checkEnum(problems, path(field, "domain"), "domain", expectation.domain);
    checkName(problems, path(field, "topic"), "topic", expectation.topic,
              "pick one of the built-in topics or name one of your own");
    checkText(problems, path(field, "text"), "text", expectation.text,
              "say what is expected, and of whom");
    checkEnum(problems, path(field, "direction"), "direction", expectation.direction);
    checkEnum(problems, path(field, "origin"), "origin", expectation.origin);
    checkEnum(problems, path(field, "state"), "state", expectation.state);
    return problems;
}

std::vector<Problem> validateGoal(const Goal& goal, const Compact& compact,
                                  const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, goal.id);
    const std::string ownerField = path(field, "owner");
    if (goal.ownerId.empty()) {
        error(problems, ownerField,
              "owner is missing: a goal belongs to the scholar or to one of the mentors");
    } else if (const Person* owner = compact.findPerson(goal.ownerId); !owner) {
        error(problems, ownerField,
              "owner " + quoted(goal.ownerId) + " is not one of the people of this compact");
    } else if (owner->role != Role::Scholar && !isMentorRole(owner->role)) {
        error(problems, ownerField,
              "owner " + personLabel(*owner) + " is the " + lowerFirst(toLabel(owner->role)) +
                  ": a goal belongs to the scholar or to one of the mentors");
    }
    checkEnum(problems, path(field, "horizon"), "horizon", goal.horizon);
    checkText(problems, path(field, "text"), "text", goal.text,
              "say what result is wanted, for example a tenure-track position");
    if (goal.targetDate && !isOrdinary(*goal.targetDate))
        error(problems, path(field, "targetDate"), "target date is not a date");
    checkEnum(problems, path(field, "status"), "status", goal.status);
    return problems;
}

std::vector<Problem> validateMilestone(const Milestone& milestone, const Compact& compact,
                                       const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, milestone.id);
    checkEnum(problems, path(field, "kind"), "kind", milestone.kind);
    checkName(problems, path(field, "title"), "title", milestone.title,
              "say what the milestone is, for example \"Submit the first R01 application\"");

    const std::string dueField = path(field, "due");
    if (!isOrdinary(milestone.due)) {
        error(problems, dueField, "due date is missing: give the date it is due");
    } else if (isOrdinary(compact.start) && isOrdinary(compact.end)) {
        if (milestone.due < compact.start)
            warning(problems, dueField,
                    "due date " + formatIsoDate(milestone.due) +
                        " lies before the compact starts on " + formatIsoDate(compact.start));
        else if (milestone.due > compact.end)
            warning(problems, dueField,
                    "due date " + formatIsoDate(milestone.due) +
                        " lies after the compact ends on " + formatIsoDate(compact.end));
    }

    const std::string responsibleField = path(field, "responsible");
    if (milestone.responsibleId.empty())
        error(problems, responsibleField,
              "responsible person is missing: say who sees to this milestone");
    else if (!compact.findPerson(milestone.responsibleId))
        error(problems, responsibleField,
              "responsible person " + quoted(milestone.responsibleId) +
                  " is not one of the people of this compact");

    if (!milestone.goalId.empty()) {
        bool found = false;
        for (const Goal& goal : compact.goals)
            found = found || goal.id == milestone.goalId;
        if (!found)
            error(problems, path(field, "goal"),
                  "goal " + quoted(milestone.goalId) + " is not one of the goals of this compact");
    }

    checkEnum(problems, path(field, "status"), "status", milestone.status);
    const std::string doneField = path(field, "done");
    const bool achieved = milestone.status == MilestoneStatus::Achieved;
    if (milestone.done && !isOrdinary(*milestone.done))
        error(problems, doneField, "done date is not a date");
    else if (milestone.done && !achieved)
        error(problems, doneField,
              "done date " + formatIsoDate(*milestone.done) + " is set, but the milestone is " +
                  lowerFirst(toLabel(milestone.status)) +
                  ": only an achieved milestone has a done date");
    else if (!milestone.done && achieved)
        error(problems, doneField,
              "done date is missing: an achieved milestone needs the date it was reached");
    checkText(problems, path(field, "outcomeNote"), "outcome note", milestone.outcomeNote);
    return problems;
}

std::vector<Problem> validateMeetingPlan(const MeetingPlan& plan, const std::string& field) {
    std::vector<Problem> problems = checkRecurrence(plan.recurrence, path(field, "recurrence"));
    if (plan.durationMinutes < kMinMeetingMinutes || plan.durationMinutes > kMaxMeetingMinutes)
        error(problems, path(field, "durationMinutes"),
              "duration must be " + std::to_string(kMinMeetingMinutes) + " to " +
                  std::to_string(kMaxMeetingMinutes) + " minutes, not " +
                  std::to_string(plan.durationMinutes));
    checkText(problems, path(field, "channels"), "channels", plan.channels);
    checkText(problems, path(field, "standingTopics"), "standing topics", plan.standingTopics);
    checkText(problems, path(field, "scholarPreparation"), "scholar's preparation",
              plan.scholarPreparation);
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
                "the compact is closed but says neither when nor why: close it again with a "
                "date and a reason");
        return;
    }
    if (!compact.closing)
        return;
    if (!closed)
        error(problems, "closing",
              "a closing is recorded but the status is " + std::string(toKey(compact.status)) +
                  ": only a closed compact has one");
    const Closing& closing = *compact.closing;
    if (!isOrdinary(closing.on))
        error(problems, "closing.on", "closing date is missing: give the day the compact ended");
    else if (isOrdinary(compact.start) && closing.on < compact.start)
        error(problems, "closing.on",
              "closing date " + formatIsoDate(closing.on) + " is before the start date " +
                  formatIsoDate(compact.start));
    checkEnum(problems, "closing.reason", "closing reason", closing.reason);
    checkText(problems, "closing.note", "closing note", closing.note);
}

} // namespace

std::vector<Problem> validateCompactHeader(const Compact& compact) {
    std::vector<Problem> problems;
    checkId(problems, "", compact.id);
    checkName(problems, "title", "title", compact.title,
              "give the compact a title, for example the scholar's name and the award");
    checkName(problems, "program", "program", compact.program);
    checkName(problems, "cohort", "cohort", compact.cohort);
    checkName(problems, "templateId", "template", compact.templateId);
    checkEnum(problems, "status", "status", compact.status);

    if (!isOrdinary(compact.start))
        error(problems, "start", "start date is missing: give the day the compact starts");
    if (!isOrdinary(compact.end))
        error(problems, "end", "end date is missing: give the day the compact ends");
    if (isOrdinary(compact.start) && isOrdinary(compact.end)) {
        if (compact.end <= compact.start)
            error(problems, "end",
                  "end date " + formatIsoDate(compact.end) + " must be after the start date " +
                      formatIsoDate(compact.start));
        else if (compact.start.year() + kLongAwardYears <= 9999 &&
                 compact.end > anniversary(compact.start, kLongAwardYears))
            warning(problems, "end",
                    "the award period from " + formatIsoDate(compact.start) + " to " +
                        formatIsoDate(compact.end) + " is longer than " +
                        std::to_string(kLongAwardYears) +
                        " years: awards usually run three to five, so check the end date");
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
                  personLabel(person) +
                      " is a second scholar: a compact is written for exactly one scholar");
        if (person.role == Role::PrimaryMentor && ++primaries > 1)
            error(problems, roleField,
                  personLabel(person) +
                      " is a second primary mentor: name one primary mentor and make the others "
                      "co-mentors");
        anyMentor = anyMentor || isMentorRole(person.role);
    }
    if (scholars == 0)
        error(problems, "people", "the compact has no scholar: add the scholar it is written for");
    if (!anyMentor)
        error(problems, "people",
              "the compact has no mentor: add at least one primary mentor, co-mentor, secondary "
              "mentor or career mentor");
    return problems;
}

std::vector<Problem> validateCompact(const Compact& compact) {
    std::vector<Problem> problems = validateCompactHeader(compact);
    auto append = [&problems](std::vector<Problem> more) {
        problems.insert(problems.end(), std::make_move_iterator(more.begin()),
                        std::make_move_iterator(more.end()));
    };
    // Where each id was first seen, to name the other holder of a duplicate.
    std::map<std::string, std::string> seen;
    auto noteId = [&problems, &seen](const std::string& id, const std::string& field) {
        if (id.empty())
            return;
        const auto [it, inserted] = seen.emplace(id, field.empty() ? "the compact" : field);
        if (!inserted)
            error(problems, path(field, "id"),
                  "id " + quoted(id) + " is already used by " + it->second +
                      ": every item needs an id of its own");
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
