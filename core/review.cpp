#include "core/review.h"

#include "core/ids.h"
#include "core/review_texts.h"
#include "core/validation.h"

#include <algorithm>
#include <map>
#include <set>

namespace mc {

namespace {

void error(std::vector<Problem>& problems, std::string field, Text message) {
    problems.push_back(Problem(Severity::Error, std::move(field), std::move(message)));
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
            error(problems, at, text(MC_TR("core", "milestone \"%1\" is listed twice"), m.title));
        const bool known = std::any_of(compact.milestones.begin(), compact.milestones.end(),
                                       [&](const Milestone& x) { return x.id == m.milestoneId; });
        if (!known && review.state == VersionState::Draft)
            error(problems, at,
                  text(MC_TR("core", "milestone \"%1\" is not one of this compact's"), m.title));
        append(problems, checkTextValue(at + ".note", text(MC_TR("core", "note")), m.note));
        if (!m.outcome)
            continue;
        const std::string dateField = at + ".date";
        if (*m.outcome == MilestoneOutcome::Achieved) {
            if (!m.date)
                error(
                    problems, dateField,
                    text(MC_TR("core", "date is missing: say when \"%1\" was achieved"), m.title));
            else if (*m.date > today)
                error(problems, dateField,
                      text(MC_TR("core", "date %1 is after today (%2): a milestone is achieved "
                                         "once it happened"),
                           formatIsoDate(*m.date), formatIsoDate(today)));
        } else if (*m.outcome == MilestoneOutcome::Rescheduled) {
            if (!m.date)
                error(problems, dateField,
                      text(MC_TR("core", "date is missing: give the new due date of \"%1\""),
                           m.title));
            else if (!m.due.is_special() && *m.date <= m.due)
                error(problems, dateField,
                      text(MC_TR("core", "date %1 is not after the due date it had, %2: a "
                                         "rescheduled milestone moves later"),
                           formatIsoDate(*m.date), formatIsoDate(m.due)));
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
            error(problems, at, text(MC_TR("core", "goal \"%1\" is listed twice"), g.text));
        const bool known = std::any_of(compact.goals.begin(), compact.goals.end(),
                                       [&](const Goal& x) { return x.id == g.goalId; });
        if (!known && review.state == VersionState::Draft)
            error(problems, at,
                  text(MC_TR("core", "goal \"%1\" is not one of this compact's"), g.text));
        append(problems,
               checkTextValue(at + ".progress", text(MC_TR("core", "progress")), g.progress));
    }
    seen.clear();
    for (std::size_t i = 0; i < review.expectations.size(); ++i) {
        const ExpectationReview& e = review.expectations[i];
        const std::string at = indexed("expectations", i);
        if (!seen.insert(e.expectationId).second)
            error(problems, at, text(MC_TR("core", "an expectation is listed twice")));
        const bool known =
            std::any_of(compact.expectations.begin(), compact.expectations.end(),
                        [&](const Expectation& x) { return x.id == e.expectationId; });
        if (!known && review.state == VersionState::Draft)
            error(problems, at,
                  text(MC_TR("core", "the expectation is not one of this compact's")));
        if (e.verdict == ExpectationVerdict::Changed && isBlank(e.newText))
            error(problems, at + ".newText",
                  text(MC_TR("core", "new text is empty: write the expectation as it should "
                                     "read from now on")));
        append(problems,
               checkTextValue(at + ".newText", text(MC_TR("core", "new text")), e.newText));
        append(problems, checkTextValue(at + ".note", text(MC_TR("core", "note")), e.note));
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
        error(problems, "review.id", text(MC_TR("core", "id \"%1\" is not a UUID"), review.id));
    if (review.awardYear < 1)
        error(problems, "review.awardYear", text(MC_TR("core", "award year must be 1 or later")));
    if (review.heldOn.is_special())
        error(problems, "review.heldOn",
              text(MC_TR("core", "held on is missing: say when the review took place")));
    else if (review.heldOn > today)
        error(problems, "review.heldOn",
              text(MC_TR("core", "held on %1 is after today (%2): record a review once it has "
                                 "taken place"),
                   formatIsoDate(review.heldOn), formatIsoDate(today)));
    else if (!review.periodFrom.is_special() && review.heldOn < review.periodFrom)
        error(problems, "review.heldOn",
              text(MC_TR("core", "held on %1 is before award year %2 starts (%3)"),
                   formatIsoDate(review.heldOn), review.awardYear,
                   formatIsoDate(review.periodFrom)));
    checkMilestones(problems, review, compact, today);
    checkGoalsAndExpectations(problems, review, compact);
    append(problems,
           checkTextValue("review.summary", text(MC_TR("core", "summary")), review.summary));
    return problems;
}

std::vector<Text> reviewReadinessTexts(const Review& review,
                                       const std::vector<Reflection>& reflections) {
    std::vector<Text> reasons;
    for (const MilestoneReview& m : review.milestones)
        if (!m.outcome)
            reasons.push_back(
                text(MC_TR("core", "say what became of the milestone \"%1\""), m.title));
    for (const Reflection& r : reflections)
        if (!r.submitted())
            reasons.push_back(
                text(MC_TR("core", "%1 has not submitted their reflection yet"), r.name));
    return reasons;
}

std::vector<std::string> reviewReadiness(const Review& review,
                                         const std::vector<Reflection>& reflections) {
    std::vector<std::string> reasons;
    for (const Text& reason : reviewReadinessTexts(review, reflections))
        reasons.push_back(reason.english());
    return reasons;
}

std::vector<Problem> validateReflection(const Reflection& reflection, const std::string& field) {
    std::vector<Problem> problems;
    const auto scale = [&](const char* name, const Text& label, int value) {
        if (value < 0 || value > 5)
            error(
                problems, field + "." + name,
                text(MC_TR("core", "%1 must be 1 (poor) to 5 (excellent), not %2"), label, value));
        else if (value == 0 && reflection.submitted())
            error(problems, field + "." + name,
                  text(MC_TR("core", "%1 is not answered: pick 1 (poor) to 5 (excellent)"), label));
    };
    scale("satisfaction", text(MC_TR("core", "satisfaction")), reflection.satisfaction);
    scale("discussion", text(MC_TR("core", "how well the expectations were discussed")),
          reflection.discussion);
    append(problems, checkTextValue(field + ".satisfactionWords",
                                    text(MC_TR("core", "words on satisfaction")),
                                    reflection.satisfactionWords));
    append(problems,
           checkTextValue(field + ".differently", text(MC_TR("core", "what to do differently")),
                          reflection.differently));
    append(problems,
           checkTextValue(field + ".mentorBetter", text(MC_TR("core", "how to mentor better")),
                          reflection.mentorBetter));
    if (!isMentorRole(reflection.role) && !isBlank(reflection.mentorBetter))
        error(problems, field + ".mentorBetter",
              text(MC_TR("core", "how to mentor better is asked of mentors only, not of the %1"),
                   labelText(reflection.role)));
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
