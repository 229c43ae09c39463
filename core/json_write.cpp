// Writing the JSON interchange format (docs/file-formats.md). The output is
// deterministic: keys in a fixed, readable order, each list in display
// order, so export -> import -> export gives the same bytes.

#include "core/json_io.h"
#include "core/json_meetings.h"
#include "core/json_reviews.h"
#include "core/json_signing.h"
#include "core/json_worksheets.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace mc {

namespace {

using Json = nlohmann::ordered_json;

// Empty text (an unset stamp or reference) is written as null.
Json textOrNull(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json dateOrNull(const Date& date) {
    return date.is_special() ? Json(nullptr) : Json(formatIsoDate(date));
}

Json dateOrNull(const OptionalDate& date) {
    return date ? dateOrNull(*date) : Json(nullptr);
}

template <typename E> Json key(E value) {
    return Json(std::string(toKey(value)));
}

void putStamps(Json& out, const Stamps& stamps) {
    out["id"] = textOrNull(stamps.id);
    out["created"] = textOrNull(stamps.created);
    out["updated"] = textOrNull(stamps.updated);
}

int domainRank(Domain domain) {
    const auto entries = enumEntries<Domain>();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].value == domain)
            return static_cast<int>(i);
    return static_cast<int>(entries.size());
}

Json personJson(const Person& person) {
    Json out = Json::object();
    putStamps(out, person);
    out["role"] = key(person.role);
    out["name"] = person.name;
    out["email"] = person.email;
    out["department"] = person.department;
    out["institution"] = person.institution;
    out["responsibilities"] = person.responsibilities;
    return out;
}

Json expectationJson(const Expectation& expectation) {
    Json out = Json::object();
    putStamps(out, expectation);
    out["domain"] = key(expectation.domain);
    out["topic"] = expectation.topic;
    out["text"] = expectation.text;
    out["direction"] = key(expectation.direction);
    out["origin"] = key(expectation.origin);
    out["state"] = key(expectation.state);
    return out;
}

Json goalJson(const Goal& goal) {
    Json out = Json::object();
    putStamps(out, goal);
    out["owner"] = textOrNull(goal.ownerId);
    out["horizon"] = key(goal.horizon);
    out["text"] = goal.text;
    out["target"] = dateOrNull(goal.targetDate);
    out["status"] = key(goal.status);
    return out;
}

Json milestoneJson(const Milestone& milestone) {
    Json out = Json::object();
    putStamps(out, milestone);
    out["title"] = milestone.title;
    out["kind"] = key(milestone.kind);
    out["responsible"] = textOrNull(milestone.responsibleId);
    out["goal"] = textOrNull(milestone.goalId);
    out["due"] = dateOrNull(milestone.due);
    out["done"] = dateOrNull(milestone.done);
    out["status"] = key(milestone.status);
    out["outcomeNote"] = milestone.outcomeNote;
    out["mentorConfirmed"] = milestone.mentorConfirmed;
    return out;
}

Json meetingPlanJson(const MeetingPlan& plan) {
    Json out = Json::object();
    out["cadence"] = key(plan.recurrence.cadence);
    out["weekday"] = plan.recurrence.weekday;
    out["weekOfMonth"] = plan.recurrence.weekOfMonth;
    out["intervalDays"] = plan.recurrence.intervalDays;
    out["durationMinutes"] = plan.durationMinutes;
    out["channels"] = plan.channels;
    out["standingTopics"] = plan.standingTopics;
    out["scholarPreparation"] = plan.scholarPreparation;
    out["updated"] = textOrNull(plan.updated);
    return out;
}

// The parts of a compact in display order. The store already gives them in
// that order; sorting (stably) here makes a hand-built Compact come out the
// same way: people and goals by position, expectations by domain (in the
// order of the domain table) and then by position within the domain.
template <typename T> std::vector<const T*> byPosition(const std::vector<T>& items) {
    std::vector<const T*> sorted;
    sorted.reserve(items.size());
    for (const auto& item : items)
        sorted.push_back(&item);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const T* a, const T* b) { return a->position < b->position; });
    return sorted;
}

std::vector<const Expectation*> expectationsInOrder(const std::vector<Expectation>& items) {
    auto sorted = byPosition(items);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Expectation* a, const Expectation* b) {
        return domainRank(a->domain) < domainRank(b->domain);
    });
    return sorted;
}

Json compactJson(const Compact& compact) {
    Json out = Json::object();
    putStamps(out, compact);
    out["title"] = compact.title;
    out["program"] = compact.program;
    out["cohort"] = compact.cohort;
    out["status"] = key(compact.status);
    out["template"] = textOrNull(compact.templateId);
    out["start"] = dateOrNull(compact.start);
    out["end"] = dateOrNull(compact.end);

    Json people = Json::array();
    for (const Person* person : byPosition(compact.people))
        people.push_back(personJson(*person));
    out["people"] = std::move(people);

    Json expectations = Json::array();
    for (const Expectation* expectation : expectationsInOrder(compact.expectations))
        expectations.push_back(expectationJson(*expectation));
    out["expectations"] = std::move(expectations);

    Json goals = Json::array();
    for (const Goal* goal : byPosition(compact.goals))
        goals.push_back(goalJson(*goal));
    out["goals"] = std::move(goals);

    // Milestones have no stored position: their order is the one given.
    Json milestones = Json::array();
    for (const Milestone& milestone : compact.milestones)
        milestones.push_back(milestoneJson(milestone));
    out["milestones"] = std::move(milestones);

    out["meetingPlan"] = meetingPlanJson(compact.meetingPlan);
    // Only a closed compact has the member, so files of open compacts read
    // the same as before closing existed.
    if (compact.closing)
        out["closing"] = Json{{"on", dateOrNull(compact.closing->on)},
                              {"reason", key(compact.closing->reason)},
                              {"note", compact.closing->note}};
    return out;
}

} // namespace

std::string toJson(const JsonDocument& document) {
    Json root = Json::object();
    root["format"] = std::string(kJsonFormatName);
    root["formatVersion"] = kJsonFormatVersion;

    Json workspace = Json::object();
    workspace["id"] = textOrNull(document.workspace.id);
    workspace["name"] = document.workspace.name;
    workspace["created"] = textOrNull(document.workspace.created);
    workspace["updated"] = textOrNull(document.workspace.updated);
    root["workspace"] = std::move(workspace);

    Json compacts = Json::array();
    for (const Compact& compact : document.compacts) {
        Json entry = compactJson(compact);
        putSigningJson(entry, document.signing);                // after the meeting plan
        putWorksheetsJson(entry, compact, document.worksheets); // after the versions
        putMeetingsJson(entry, compact, document.meetings);     // not signed content
        putReviewsJson(entry, compact, document.reviews);       // last: signed apart
        compacts.push_back(std::move(entry));
    }
    root["compacts"] = std::move(compacts);

    // Non-ASCII text is kept as it is (ensure_ascii off); text that is not
    // valid UTF-8 is written with U+FFFD in place of the bad bytes rather
    // than failing the whole export.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace mc
