// The readable text of a compact for `mentoring-compact show`.

#include "app/text_report.h"

#include "core/enums.h"
#include "core/meeting_adherence.h"
#include "core/topics.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace mc::cli {

namespace {

// Appends `text` after `prefix`; further lines of a multi-line text are
// indented by `indent` spaces so they line up under the first.
void appendBlock(std::string& out, std::string_view prefix, std::size_t indent,
                 std::string_view text) {
    out += prefix;
    std::size_t begin = 0;
    while (true) {
        const std::size_t end = text.find('\n', begin);
        std::string_view line =
            text.substr(begin, end == std::string_view::npos ? end : end - begin);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (begin != 0)
            out.append(indent, ' ');
        out += line;
        out += '\n';
        if (end == std::string_view::npos)
            break;
        begin = end + 1;
    }
}

void appendField(std::string& out, std::string_view label, std::string_view value) {
    if (value.empty())
        return;
    std::string prefix(label);
    prefix += ": ";
    if (prefix.size() < 12)
        prefix.resize(12, ' ');
    appendBlock(out, prefix, prefix.size(), value);
}

void appendHeading(std::string& out, std::string_view heading) {
    out += '\n';
    out += heading;
    out += '\n';
}

std::string personName(const Compact& compact, const std::string& personId) {
    if (personId.empty())
        return "nobody named";
    const Person* person = compact.findPerson(personId);
    return person ? person->name : "unknown person " + personId;
}

void appendPeople(std::string& out, const Compact& compact) {
    appendHeading(out, "People");
    if (compact.people.empty())
        out += "  (none)\n";
    for (const auto& person : compact.people) {
        std::string line = "  " + std::string(toLabel(person.role)) + ": " + person.name;
        if (!person.email.empty())
            line += " <" + person.email + ">";
        out += line;
        out += '\n';
        if (!person.department.empty())
            appendBlock(out, "    Department: ", 16, person.department);
        if (!person.institution.empty())
            appendBlock(out, "    Institution: ", 17, person.institution);
        if (!person.responsibilities.empty())
            appendBlock(out, "    Responsibilities: ", 22, person.responsibilities);
    }
}

void appendExpectations(std::string& out, const Compact& compact) {
    appendHeading(out, "Expectations");
    if (compact.expectations.empty()) {
        out += "  (none)\n";
        return;
    }
    for (const auto& entry : enumEntries<Domain>()) {
        std::vector<const Expectation*> inDomain;
        for (const auto& expectation : compact.expectations)
            if (expectation.domain == entry.value)
                inDomain.push_back(&expectation);
        if (inDomain.empty())
            continue;
        std::stable_sort(
            inDomain.begin(), inDomain.end(),
            [](const Expectation* a, const Expectation* b) { return a->position < b->position; });
        out += "  ";
        out += entry.label;
        out += '\n';
        for (const Expectation* expectation : inDomain) {
            appendBlock(out, "    - ", 6, expectation->text);
            std::string detail = "      " + std::string(toLabel(expectation->direction)) + ", " +
                                 std::string(toLabel(expectation->state));
            if (const Topic* topic = findTopic(expectation->topic))
                detail += "; topic: " + std::string(topic->title);
            else if (!expectation->topic.empty())
                detail += "; topic: " + expectation->topic;
            out += detail;
            out += '\n';
        }
    }
}

void appendGoals(std::string& out, const Compact& compact) {
    appendHeading(out, "Goals");
    if (compact.goals.empty())
        out += "  (none)\n";
    for (const auto& goal : compact.goals) {
        appendBlock(out, "  - ", 4, goal.text);
        std::string detail = "    " + std::string(toLabel(goal.horizon)) + ", " +
                             std::string(toLabel(goal.status)) +
                             "; owner: " + personName(compact, goal.ownerId);
        if (goal.targetDate)
            detail += "; target " + formatIsoDate(*goal.targetDate);
        out += detail;
        out += '\n';
    }
}

void appendMilestones(std::string& out, const Compact& compact) {
    appendHeading(out, "Milestones");
    if (compact.milestones.empty())
        out += "  (none)\n";
    for (const auto& milestone : compact.milestones) {
        const std::string prefix = "  - " + formatIsoDate(milestone.due) + "  " +
                                   std::string(toLabel(milestone.status)) + "  " +
                                   std::string(toLabel(milestone.kind)) + ": ";
        appendBlock(out, prefix, prefix.size(), milestone.title);
        std::string detail = "    Responsible: " + personName(compact, milestone.responsibleId);
        if (milestone.done)
            detail += "; done " + formatIsoDate(*milestone.done);
        if (milestone.mentorConfirmed)
            detail += "; confirmed by the mentor";
        out += detail;
        out += '\n';
        if (!milestone.goalId.empty()) {
            for (const auto& goal : compact.goals)
                if (goal.id == milestone.goalId)
                    appendBlock(out, "    Goal: ", 10, goal.text);
        }
        if (!milestone.outcomeNote.empty())
            appendBlock(out, "    Outcome: ", 13, milestone.outcomeNote);
    }
}

void appendMeetingPlan(std::string& out, const MeetingPlan& plan) {
    appendHeading(out, "Meeting plan");
    out += "  " + describeMeetingPlan(plan) + '\n';
    if (!plan.channels.empty())
        appendBlock(out, "  Channels: ", 12, plan.channels);
    if (!plan.standingTopics.empty())
        appendBlock(out, "  Standing topics: ", 19, plan.standingTopics);
    if (!plan.scholarPreparation.empty())
        appendBlock(out, "  Scholar prepares: ", 20, plan.scholarPreparation);
}

} // namespace

std::string describeMeetingPlan(const MeetingPlan& plan) {
    // The rhythm in core's words (the same as the adherence sentence), with
    // a capital to start the line.
    std::string text = recurrenceInWords(plan.recurrence);
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    text += ", " + std::to_string(plan.durationMinutes) + " minutes";
    return text;
}

std::string formatCompactText(const Compact& compact) {
    std::string out;
    appendBlock(out, "", 0,
                compact.title.empty() ? std::string("(untitled compact)") : compact.title);
    appendField(out, "Id", compact.id);
    appendField(out, "Program", compact.program);
    appendField(out, "Cohort", compact.cohort);
    appendField(out, "Period", formatIsoDate(compact.start) + " to " + formatIsoDate(compact.end));
    appendField(out, "Status", toLabel(compact.status));
    appendField(out, "Template", compact.templateId);
    appendPeople(out, compact);
    appendExpectations(out, compact);
    appendGoals(out, compact);
    appendMilestones(out, compact);
    appendMeetingPlan(out, compact.meetingPlan);
    return out;
}

} // namespace mc::cli
