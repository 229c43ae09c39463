// The canonical form of a yearly review (docs/file-formats.md, "Reviews"):
// what its signers agree to, in the same style as a compact's canonical
// form (core/fingerprint.cpp): nlohmann::json keeps keys sorted, arrays
// keep the review's order.

#include "core/fingerprint.h"
#include "core/json_fields.h"
#include "core/review.h"

#include <algorithm>

namespace mc {

namespace {

using Json = nlohmann::json;
using json_fields::dateOrNull;
using json_fields::key;
using json_fields::textOrNull;

Json milestones(const Review& review) {
    Json out = Json::array();
    for (const MilestoneReview& m : review.milestones)
        out.push_back({{"id", m.milestoneId},
                       {"title", m.title},
                       {"due", dateOrNull(m.due)},
                       {"outcome", m.outcome ? key(*m.outcome) : Json(nullptr)},
                       {"date", dateOrNull(m.date)},
                       {"note", m.note}});
    return out;
}

Json goals(const Review& review) {
    Json out = Json::array();
    for (const GoalReview& g : review.goals)
        out.push_back({{"id", g.goalId},
                       {"text", g.text},
                       {"status", key(g.status)},
                       {"progress", g.progress}});
    return out;
}

Json expectations(const Review& review) {
    Json out = Json::array();
    for (const ExpectationReview& e : review.expectations)
        out.push_back({{"id", e.expectationId},
                       {"domain", key(e.domain)},
                       {"text", e.text},
                       {"verdict", key(e.verdict)},
                       {"newText", e.newText},
                       {"note", e.note}});
    return out;
}

// Only submitted reflections: a draft one is its author's alone. The
// scholar's first, then by person id: an order that no later change of the
// compact's people (a mentor leaving, the team reordered) can disturb.
Json reflections(const std::vector<Reflection>& all) {
    std::vector<const Reflection*> sorted;
    for (const Reflection& r : all)
        sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Reflection* a, const Reflection* b) {
        const bool aScholar = a->role == Role::Scholar;
        const bool bScholar = b->role == Role::Scholar;
        if (aScholar != bScholar)
            return aScholar;
        return a->personId < b->personId;
    });
    Json out = Json::array();
    for (const Reflection* r : sorted)
        if (r->submitted())
            out.push_back({{"person", r->personId},
                           {"name", r->name},
                           {"role", key(r->role)},
                           {"satisfaction", r->satisfaction},
                           {"satisfactionWords", r->satisfactionWords},
                           {"discussion", r->discussion},
                           {"differently", r->differently},
                           {"mentorBetter", r->mentorBetter},
                           {"submittedOn", dateOrNull(r->submittedOn)}});
    return out;
}

Json coming(const Review& review, const Compact& compact) {
    const ComingYear next =
        comingYear(compact, {review.awardYear, review.periodFrom, review.periodTo, {}});
    Json milestonesOut = Json::array();
    for (const Milestone* m : next.milestones)
        milestonesOut.push_back({{"id", m->id}, {"title", m->title}, {"due", dateOrNull(m->due)}});
    Json goalsOut = Json::array();
    for (const Goal* g : next.goals)
        goalsOut.push_back(
            {{"id", g->id}, {"text", g->text}, {"target", dateOrNull(g->targetDate)}});
    return {{"milestones", milestonesOut}, {"goals", goalsOut}};
}

Json canonicalJson(const Review& review, const std::vector<Reflection>& all, Json comingYear) {
    Json root = Json::object();
    root["fingerprintVersion"] = kFingerprintVersion;
    root["kind"] = "review";
    root["id"] = textOrNull(review.id);
    root["compact"] = textOrNull(review.compactId);
    root["awardYear"] = review.awardYear;
    root["periodFrom"] = dateOrNull(review.periodFrom);
    root["periodTo"] = dateOrNull(review.periodTo);
    root["heldOn"] = dateOrNull(review.heldOn);
    root["milestones"] = milestones(review);
    root["goals"] = goals(review);
    root["expectations"] = expectations(review);
    root["summary"] = review.summary;
    root["reflections"] = reflections(all);
    root["comingYear"] = std::move(comingYear);
    return root;
}

std::string dump(const Json& json) {
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

std::string canonicalReview(const Review& review, const std::vector<Reflection>& all,
                            const Compact& compact) {
    return dump(canonicalJson(review, all, coming(review, compact)));
}

std::string reviewContentDifference(const Review& review, const std::vector<Reflection>& all,
                                    const std::string& content) {
    const Json stored = Json::parse(content, nullptr, false);
    if (stored.is_discarded() || !stored.is_object())
        return "the signed text";
    const Json now = canonicalJson(review, all, stored.value("comingYear", Json(nullptr)));
    if (dump(now) == content)
        return {};
    for (const auto& [name, value] : now.items())
        if (!stored.contains(name) || stored[name] != value)
            return name;
    return "the signed text";
}

} // namespace mc
