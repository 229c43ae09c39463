#include "core/meeting_log.h"

#include "core/ids.h"
#include "core/validation.h"

#include <algorithm>

namespace mc {

namespace {

void error(std::vector<Problem>& problems, std::string field, std::string message) {
    problems.push_back({Severity::Error, std::move(field), std::move(message)});
}

std::string indexed(const std::string& field, const char* list, std::size_t index) {
    return field + "." + list + "[" + std::to_string(index) + "]";
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void checkId(std::vector<Problem>& problems, const std::string& field, const std::string& id) {
    if (!id.empty() && !isUuid(id))
        error(problems, field + ".id", "id \"" + id + "\" is not a UUID");
}

void append(std::vector<Problem>& problems, std::vector<Problem> more) {
    for (Problem& problem : more)
        problems.push_back(std::move(problem));
}

// The person `personId` or the former person `name`; `what` is "attendee"
// or "owner".
void checkSomeone(std::vector<Problem>& problems, const std::string& field, const char* what,
                  const std::string& personId, const std::string& name, const Compact& compact,
                  const std::set<std::string>& formerNames) {
    if (!personId.empty()) {
        if (compact.findPerson(personId) == nullptr)
            error(problems, field,
                  std::string(what) + " \"" + personId +
                      "\" is not one of the people of this compact");
        return;
    }
    if (!name.empty() && !formerNames.contains(name))
        error(problems, field,
              std::string(what) + " \"" + name + "\" is not one of the people of this compact");
}

} // namespace

std::vector<Problem> validateMeeting(const Meeting& meeting, const Compact& compact,
                                     const Date& today, const std::set<std::string>& formerNames,
                                     const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, meeting.id);
    const std::string dateField = field + ".date";
    if (meeting.date.is_special())
        error(problems, dateField, "date is missing: say when the meeting was held");
    else if (meeting.date > today)
        error(problems, dateField,
              "date " + formatIsoDate(meeting.date) + " is after today (" + formatIsoDate(today) +
                  "): log a meeting once it has been held");
    else if (!compact.start.is_special() && meeting.date < compact.start)
        problems.push_back({Severity::Warning, dateField,
                            "date " + formatIsoDate(meeting.date) +
                                " lies before the compact starts on " +
                                formatIsoDate(compact.start)});

    std::set<std::string> seen;
    for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
        const Attendee& attendee = meeting.attendees[i];
        const std::string at = indexed(field, "attendees", i);
        if (attendee.personId.empty() && isBlank(attendee.name)) {
            error(problems, at, "attendee is empty: name a person of the compact");
            continue;
        }
        checkSomeone(problems, at, "attendee", attendee.personId, attendee.name, compact,
                     formerNames);
        const std::string key =
            attendee.personId.empty() ? "name:" + attendee.name : "id:" + attendee.personId;
        if (!seen.insert(key).second) {
            const Person* person = compact.findPerson(attendee.personId);
            error(problems, at,
                  "attendee \"" + (person ? person->name : attendee.name) + "\" is listed twice");
        }
    }
    append(problems, checkTextValue(field + ".topics", "topics", meeting.topics));
    append(problems, checkTextValue(field + ".notes", "notes", meeting.notes));

    std::set<std::string> itemIds;
    for (std::size_t i = 0; i < meeting.actionItems.size(); ++i) {
        const ActionItem& item = meeting.actionItems[i];
        const std::string at = indexed(field, "actionItems", i);
        checkId(problems, at, item.id);
        if (!item.id.empty() && !itemIds.insert(item.id).second)
            error(problems, at + ".id", "id \"" + item.id + "\" is used by another action item");
        if (isBlank(item.text))
            error(problems, at + ".text", "text is empty: say what is to be done");
        else
            append(problems, checkTextValue(at + ".text", "text", item.text));
        checkSomeone(problems, at + ".owner", "owner", item.ownerId, item.ownerName, compact,
                     formerNames);
        if (item.due && item.due->is_special())
            error(problems, at + ".due", "due date is not a date");
        if (!item.milestoneId.empty() &&
            std::none_of(compact.milestones.begin(), compact.milestones.end(),
                         [&](const Milestone& m) { return m.id == item.milestoneId; }))
            error(problems, at + ".milestone",
                  "milestone \"" + item.milestoneId + "\" is not one of this compact's milestones");
    }
    return problems;
}

std::set<std::string> formerNamesOf(const Meeting& meeting) {
    std::set<std::string> names;
    for (const Attendee& attendee : meeting.attendees)
        if (attendee.personId.empty() && !attendee.name.empty())
            names.insert(attendee.name);
    for (const ActionItem& item : meeting.actionItems)
        if (item.ownerId.empty() && !item.ownerName.empty())
            names.insert(item.ownerName);
    return names;
}

std::string attendeesInWords(const Meeting& meeting) {
    std::string out;
    for (const Attendee& attendee : meeting.attendees) {
        if (!out.empty())
            out += ", ";
        out += attendee.name;
        if (attendee.personId.empty())
            out += " (left the compact)";
    }
    return out.empty() ? "nobody recorded" : out;
}

} // namespace mc
