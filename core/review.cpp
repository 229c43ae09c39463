#include "core/review.h"

#include "core/ids.h"
#include "core/validation.h"

#include <algorithm>
#include <map>
#include <set>

namespace mc {

namespace {

void error(std::vector<Problem>& problems, std::string field, std::string message) {
    problems.push_back({Severity::Error, std::move(field), std::move(message)});
}

std::string indexed(const char* list, std::size_t index) {
    return std::string("review.") + list + "[" + std::to_string(index) + "]";
}

void append(std::vector<Problem>& problems, std::vector<Problem> more) {
    for (Problem& problem : more)
        problems.push_back(std::move(problem));
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool isOpen(MilestoneStatus status) {
    return status == MilestoneStatus::Planned || status == MilestoneStatus::Rescheduled;
}

// The outcome a milestone's status already tells, if any.
std::optional<MilestoneOutcome> outcomeOf(const Milestone& milestone) {
    switch (milestone.status) {
    case MilestoneStatus::Achieved:
        return MilestoneOutcome::Achieved;
    case MilestoneStatus::Missed:
        return MilestoneOutcome::Missed;
    case MilestoneStatus::Dropped:
        return MilestoneOutcome::Dropped;
    case MilestoneStatus::Planned:
    case MilestoneStatus::Rescheduled:
        break;
    }
    return std::nullopt;
}

void checkMilestones(std::vector<Problem>& problems, const Review& review, const Compact& compact,
                     const Date& today) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < review.milestones.size(); ++i) {
        const MilestoneReview& m = review.milestones[i];
        const std::string at = indexed("milestones", i);
        if (!seen.insert(m.milestoneId).second)
            error(problems, at, "milestone \"" + m.title + "\" is listed twice");
        const bool known = std::any_of(compact.milestones.begin(), compact.milestones.end(),
                                       [&](const Milestone& x) { return x.id == m.milestoneId; });
        if (!known && review.state == VersionState::Draft)
            error(problems, at, "milestone \"" + m.title + "\" is not one of this compact's");
        append(problems, checkTextValue(at + ".note", "note", m.note));
        if (!m.outcome)
            continue;
        const std::string dateField = at + ".date";
        if (*m.outcome == MilestoneOutcome::Achieved) {
            if (!m.date)
                error(problems, dateField,
                      "date is missing: say when \"" + m.title + "\" was achieved");
            else if (*m.date > today)
                error(problems, dateField,
                      "date " + formatIsoDate(*m.date) + " is after today (" +
                          formatIsoDate(today) + "): a milestone is achieved once it happened");
        } else if (*m.outcome == MilestoneOutcome::Rescheduled) {
            if (!m.date)
                error(problems, dateField,
                      "date is missing: give the new due date of \"" + m.title + "\"");
            else if (!m.due.is_special() && *m.date <= m.due)
                error(problems, dateField,
                      "date " + formatIsoDate(*m.date) + " is not after the due date it had, " +
                          formatIsoDate(m.due) + ": a rescheduled milestone moves later");
        }
    }
}

void checkGoalsAndExpectations(std::vector<Problem>& problems, const Review& review,
                               const Compact& compact) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < review.goals.size(); ++i) {
        const GoalReview& g = review.goals[i];
        const std::string at = indexed("goals", i);
        if (!seen.insert(g.goalId).second)
            error(problems, at, "goal \"" + g.text + "\" is listed twice");
        const bool known = std::any_of(compact.goals.begin(), compact.goals.end(),
                                       [&](const Goal& x) { return x.id == g.goalId; });
        if (!known && review.state == VersionState::Draft)
            error(problems, at, "goal \"" + g.text + "\" is not one of this compact's");
        append(problems, checkTextValue(at + ".progress", "progress", g.progress));
    }
    seen.clear();
    for (std::size_t i = 0; i < review.expectations.size(); ++i) {
        const ExpectationReview& e = review.expectations[i];
        const std::string at = indexed("expectations", i);
        if (!seen.insert(e.expectationId).second)
            error(problems, at, "an expectation is listed twice");
        const bool known =
            std::any_of(compact.expectations.begin(), compact.expectations.end(),
                        [&](const Expectation& x) { return x.id == e.expectationId; });
        if (!known && review.state == VersionState::Draft)
            error(problems, at, "the expectation is not one of this compact's");
        if (e.verdict == ExpectationVerdict::Changed && isBlank(e.newText))
            error(problems, at + ".newText",
                  "new text is empty: write the expectation as it should read from now on");
        append(problems, checkTextValue(at + ".newText", "new text", e.newText));
        append(problems, checkTextValue(at + ".note", "note", e.note));
    }
}

} // namespace

Review draftReview(const Compact& compact, const ReviewPeriod& period, const Date& heldOn) {
    Review review;
    review.compactId = compact.id;
    review.awardYear = period.year;
    review.periodFrom = period.from;
    review.periodTo = period.to;
    review.heldOn = heldOn;
    std::vector<const Milestone*> milestones;
    for (const Milestone& m : compact.milestones) {
        if (m.due.is_special() || m.due > period.to)
            continue;
        if (isOpen(m.status) || m.due >= period.from)
            milestones.push_back(&m);
    }
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone* a, const Milestone* b) { return a->due < b->due; });
    for (const Milestone* m : milestones) {
        MilestoneReview entry{m->id, m->title, m->due, outcomeOf(*m), m->done, m->outcomeNote};
        if (entry.outcome != MilestoneOutcome::Achieved)
            entry.date.reset();
        review.milestones.push_back(std::move(entry));
    }
    for (const Goal& g : compact.goals)
        if (g.status != GoalStatus::Dropped)
            review.goals.push_back({g.id, g.text, g.status, {}});
    for (const Expectation& e : compact.expectations)
        if (e.state == ExpectationState::Agreed)
            review.expectations.push_back(
                {e.id, e.domain, e.text, ExpectationVerdict::Kept, {}, {}});
    return review;
}

std::vector<Problem> validateReview(const Review& review, const Compact& compact,
                                    const Date& today) {
    std::vector<Problem> problems;
    if (!review.id.empty() && !isUuid(review.id))
        error(problems, "review.id", "id \"" + review.id + "\" is not a UUID");
    if (review.awardYear < 1)
        error(problems, "review.awardYear", "award year must be 1 or later");
    if (review.heldOn.is_special())
        error(problems, "review.heldOn", "held on is missing: say when the review took place");
    else if (review.heldOn > today)
        error(problems, "review.heldOn",
              "held on " + formatIsoDate(review.heldOn) + " is after today (" +
                  formatIsoDate(today) + "): record a review once it has taken place");
    else if (!review.periodFrom.is_special() && review.heldOn < review.periodFrom)
        error(problems, "review.heldOn",
              "held on " + formatIsoDate(review.heldOn) + " is before award year " +
                  std::to_string(review.awardYear) + " starts (" +
                  formatIsoDate(review.periodFrom) + ")");
    checkMilestones(problems, review, compact, today);
    checkGoalsAndExpectations(problems, review, compact);
    append(problems, checkTextValue("review.summary", "summary", review.summary));
    return problems;
}

std::vector<std::string> reviewReadiness(const Review& review,
                                         const std::vector<Reflection>& reflections) {
    std::vector<std::string> reasons;
    for (const MilestoneReview& m : review.milestones)
        if (!m.outcome)
            reasons.push_back("say what became of the milestone \"" + m.title + "\"");
    for (const Reflection& r : reflections)
        if (!r.submitted())
            reasons.push_back(r.name + " has not submitted their reflection yet");
    return reasons;
}

std::vector<Problem> validateReflection(const Reflection& reflection, const std::string& field) {
    std::vector<Problem> problems;
    const auto scale = [&](const char* name, const char* label, int value) {
        if (value < 0 || value > 5)
            error(problems, field + "." + name,
                  std::string(label) + " must be 1 (poor) to 5 (excellent), not " +
                      std::to_string(value));
        else if (value == 0 && reflection.submitted())
            error(problems, field + "." + name,
                  std::string(label) + " is not answered: pick 1 (poor) to 5 (excellent)");
    };
    scale("satisfaction", "satisfaction", reflection.satisfaction);
    scale("discussion", "how well the expectations were discussed", reflection.discussion);
    append(problems, checkTextValue(field + ".satisfactionWords", "words on satisfaction",
                                    reflection.satisfactionWords));
    append(problems, checkTextValue(field + ".differently", "what to do differently",
                                    reflection.differently));
    append(problems, checkTextValue(field + ".mentorBetter", "how to mentor better",
                                    reflection.mentorBetter));
    if (!isMentorRole(reflection.role) && !isBlank(reflection.mentorBetter))
        error(problems, field + ".mentorBetter",
              "how to mentor better is asked of mentors only, not of the " +
                  std::string(toLabel(reflection.role)));
    return problems;
}

bool reflectionsRevealed(const std::vector<Reflection>& reflections,
                         const std::vector<std::string>& required) {
    for (const std::string& personId : required) {
        const auto found =
            std::find_if(reflections.begin(), reflections.end(),
                         [&](const Reflection& r) { return r.personId == personId; });
        if (found == reflections.end() || !found->submitted())
            return false;
    }
    return true;
}

std::vector<Reflection> inPeopleOrder(const Compact& compact, std::vector<Reflection> reflections) {
    const auto rank = [&](const Reflection& r) {
        for (std::size_t i = 0; i < compact.people.size(); ++i)
            if (compact.people[i].id == r.personId)
                return i;
        return compact.people.size();
    };
    std::stable_sort(reflections.begin(), reflections.end(),
                     [&](const Reflection& a, const Reflection& b) { return rank(a) < rank(b); });
    return reflections;
}

ComingYear comingYear(const Compact& compact, const ReviewPeriod& period) {
    ComingYear next;
    const Date from = period.to + boost::gregorian::days(1);
    const Date to = anniversary(from, 1) - boost::gregorian::days(1);
    for (const Milestone& m : compact.milestones)
        if (!m.due.is_special() && m.due >= from && m.due <= to &&
            m.status != MilestoneStatus::Dropped)
            next.milestones.push_back(&m);
    std::stable_sort(next.milestones.begin(), next.milestones.end(),
                     [](const Milestone* a, const Milestone* b) { return a->due < b->due; });
    for (const Goal& g : compact.goals)
        if (g.status == GoalStatus::Active)
            next.goals.push_back(&g);
    std::stable_sort(next.goals.begin(), next.goals.end(),
                     [](const Goal* a, const Goal* b) { return a->position < b->position; });
    return next;
}

std::vector<MilestoneHistory> milestoneHistory(const Compact& compact,
                                               const std::vector<Review>& reviews) {
    std::vector<MilestoneHistory> out;
    std::map<std::string, std::size_t> index;
    for (const Milestone& m : compact.milestones) {
        index[m.id] = out.size();
        out.push_back({m.id, m.title, m.kind, m.due, m.status, {}});
    }
    std::vector<const Review*> ordered;
    for (const Review& r : reviews)
        ordered.push_back(&r);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Review* a, const Review* b) { return a->awardYear < b->awardYear; });
    for (const Review* review : ordered)
        for (const MilestoneReview& m : review->milestones) {
            if (!m.outcome)
                continue;
            auto found = index.find(m.milestoneId);
            if (found == index.end()) { // deleted since: keep what the review knew
                found = index.emplace(m.milestoneId, out.size()).first;
                out.push_back({m.milestoneId,
                               m.title,
                               MilestoneKind::Other,
                               m.due,
                               MilestoneStatus::Dropped,
                               {}});
            }
            out[found->second].steps.push_back(
                {review->awardYear, *m.outcome, m.due, m.date, m.note});
        }
    std::stable_sort(out.begin(), out.end(),
                     [](const MilestoneHistory& a, const MilestoneHistory& b) {
                         if (a.due.is_special() != b.due.is_special())
                             return b.due.is_special();
                         return !a.due.is_special() && a.due < b.due;
                     });
    return out;
}

std::string historyStepInWords(const MilestoneHistoryStep& step) {
    std::string out = "year " + std::to_string(step.awardYear) + ": ";
    const std::string due = step.due.is_special() ? "" : formatIsoDate(step.due);
    switch (step.outcome) {
    case MilestoneOutcome::Achieved:
        out += "achieved" + (step.date ? " on " + formatIsoDate(*step.date) : std::string());
        break;
    case MilestoneOutcome::Missed:
        out += "missed" + (due.empty() ? std::string() : " (due " + due + ")");
        break;
    case MilestoneOutcome::Rescheduled:
        out += "moved" + (due.empty() ? std::string() : " from " + due) +
               (step.date ? " to " + formatIsoDate(*step.date) : std::string());
        break;
    case MilestoneOutcome::Dropped:
        out += "dropped";
        break;
    }
    if (!isBlank(step.note))
        out += " \u2014 " + step.note;
    return out;
}

} // namespace mc
