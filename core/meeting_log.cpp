#include "core/meeting_log.h"

#include "core/ids.h"
#include "core/validation.h"

#include <algorithm>

namespace mc {

namespace {

void error(std::vector<Problem>& problems, std::string field, Text message) {
    problems.push_back(Problem(Severity::Error, std::move(field), std::move(message)));
}

std::string indexed(const std::string& field, const char* list, std::size_t index) {
    return field + "." + list + "[" + std::to_string(index) + "]";
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void checkId(std::vector<Problem>& problems, const std::string& field, const std::string& id) {
    if (!id.empty() && !isUuid(id))
        error(problems, field + ".id", text(MC_TR("core", "id \"%1\" is not a UUID"), id));
}

void append(std::vector<Problem>& problems, std::vector<Problem> more) {
    for (Problem& problem : more)
        problems.push_back(std::move(problem));
}

// The person `personId` or the former person `name`; `what` is "attendee"
// or "owner".
void checkSomeone(std::vector<Problem>& problems, const std::string& field, const Text& what,
                  const std::string& personId, const std::string& name, const Compact& compact,
                  const std::set<std::string>& formerNames) {
    if (!personId.empty()) {
        if (compact.findPerson(personId) == nullptr)
            error(problems, field,
                  text(MC_TR("core", "%1 \"%2\" is not one of the people of this compact"), what,
                       personId));
        return;
    }
    if (!name.empty() && !formerNames.contains(name))
        error(
            problems, field,
            text(MC_TR("core", "%1 \"%2\" is not one of the people of this compact"), what, name));
}

} // namespace

std::vector<Problem> validateMeeting(const Meeting& meeting, const Compact& compact,
                                     const Date& today, const std::set<std::string>& formerNames,
                                     const std::string& field) {
    std::vector<Problem> problems;
    checkId(problems, field, meeting.id);
    const std::string dateField = field + ".date";
    if (meeting.date.is_special())
        error(problems, dateField,
              text(MC_TR("core", "date is missing: say when the meeting was held")));
    else if (meeting.date > today)
        error(
            problems, dateField,
            text(MC_TR("core", "date %1 is after today (%2): log a meeting once it has been held"),
                 formatIsoDate(meeting.date), formatIsoDate(today)));
    else if (!compact.start.is_special() && meeting.date < compact.start)
        problems.push_back(
            Problem(Severity::Warning, dateField,
                    text(MC_TR("core", "date %1 lies before the compact starts on %2"),
                         formatIsoDate(meeting.date), formatIsoDate(compact.start))));

    std::set<std::string> seen;
    for (std::size_t i = 0; i < meeting.attendees.size(); ++i) {
        const Attendee& attendee = meeting.attendees[i];
        const std::string at = indexed(field, "attendees", i);
        if (attendee.personId.empty() && isBlank(attendee.name)) {
            error(problems, at,
                  text(MC_TR("core", "attendee is empty: name a person of the compact")));
            continue;
        }
        checkSomeone(problems, at, text(MC_TR("core", "attendee")), attendee.personId,
                     attendee.name, compact, formerNames);
        const std::string key =
            attendee.personId.empty() ? "name:" + attendee.name : "id:" + attendee.personId;
        if (!seen.insert(key).second) {
            const Person* person = compact.findPerson(attendee.personId);
            error(problems, at,
                  text(MC_TR("core", "attendee \"%1\" is listed twice"),
                       person ? person->name : attendee.name));
        }
    }
    append(problems,
           checkTextValue(field + ".topics", text(MC_TR("core", "topics")), meeting.topics));
    append(problems, checkTextValue(field + ".notes", text(MC_TR("core", "notes")), meeting.notes));

    std::set<std::string> itemIds;
    for (std::size_t i = 0; i < meeting.actionItems.size(); ++i) {
        const ActionItem& item = meeting.actionItems[i];
        const std::string at = indexed(field, "actionItems", i);
        checkId(problems, at, item.id);
        if (!item.id.empty() && !itemIds.insert(item.id).second)
            error(problems, at + ".id",
                  text(MC_TR("core", "id \"%1\" is used by another action item"), item.id));
        if (isBlank(item.text))
            error(problems, at + ".text",
                  text(MC_TR("core", "%1 is empty: %2"), text(MC_TR("core", "text")),
                       text(MC_TR("core", "say what is to be done"))));
        else
            append(problems, checkTextValue(at + ".text", text(MC_TR("core", "text")), item.text));
        checkSomeone(problems, at + ".owner", text(MC_TR("core", "owner")), item.ownerId,
                     item.ownerName, compact, formerNames);
        if (item.due && item.due->is_special())
            error(problems, at + ".due", text(MC_TR("core", "due date is not a date")));
        if (!item.milestoneId.empty() &&
            std::none_of(compact.milestones.begin(), compact.milestones.end(),
                         [&](const Milestone& m) { return m.id == item.milestoneId; }))
            error(problems, at + ".milestone",
                  text(MC_TR("core", "milestone \"%1\" is not one of this compact's milestones"),
                       item.milestoneId));
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
