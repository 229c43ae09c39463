// The demo's first yearly review, in progress: the team compact's first
// award year has ended, its outcomes are recorded (the unfunded foundation
// award kept as learning), the scholar and the primary mentor have
// submitted their reflections and the co-mentor has a draft, so the
// reflections are still hidden from each other and nobody has signed.

#include "core/demo.h"
#include "core/workspace.h"

#include <algorithm>

namespace mc {

void addDemoReview(Workspace& workspace, const Compact& team, const Date& today) {
    const auto periods = reviewPeriods(team.start, team.end);
    if (periods.empty() || periods.front().due > today)
        return;
    const Date heldOn = std::min(today, periods.front().due + boost::gregorian::days(10));
    Review review = workspace.startReview(team.id, 1, heldOn, today);
    for (GoalReview& goal : review.goals)
        goal.progress = goal.status == GoalStatus::Achieved
                            ? "Done this year."
                            : "On track: the pilot data are in and the K23 aims are drafted.";
    review.summary =
        "A productive first year: three milestones reached and the baseline paper accepted. "
        "The foundation award was not funded; the reviewers' comments shaped the K23 plan.";
    workspace.saveReview(review, today);

    const auto reflect = [&](std::size_t person, int satisfaction, int discussion,
                             const char* words, const char* differently, const char* better,
                             bool submit) {
        Reflection r;
        r.personId = team.people.at(person).id;
        r.satisfaction = satisfaction;
        r.discussion = discussion;
        r.satisfactionWords = words;
        r.differently = differently;
        r.mentorBetter = better;
        workspace.saveReflection(review.id, r);
        if (submit)
            workspace.submitReflection(review.id, r.personId, heldOn, today);
    };
    reflect(0, 4, 4, "Rebecca and Tomás make time for me; feedback on drafts is quick.",
            "Tell me earlier when a deadline is unrealistic.", "", true);
    reflect(1, 5, 4, "Amara drives the work and comes prepared.",
            "Send drafts a week before the deadline, not two days.",
            "Introduce Amara to the heart-failure network sooner.", true);
    reflect(2, 4, 3, "Good statistical questions; we met less often than planned.",
            "Bring the analysis plan before the data are cleaned.", "", false);
}

} // namespace mc
