// The session's yearly review operations (issue 6). None goes on the undo
// stack: reflections and signatures are final, and a draft review is saved
// whole. Each announces the compact's change, since a signed review carries
// its outcomes into the compact (the Milestones and Overview pages refresh).

#include "core/error.h"
#include "ui/core_text.h"
#include "ui/workspace_session.h"

#include <exception>

namespace mc::ui {

namespace {

// Runs `edit`; returns core's refusal, with the problems of a ValidationError.
template <typename F> QString attempt(F&& edit, std::vector<Problem>* problems) {
    try {
        edit();
    } catch (const ValidationError& error) {
        if (problems)
            *problems = error.problems();
        return coreText(error);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    return {};
}

} // namespace

QString WorkspaceSession::startReview(const std::string& compactId, int awardYear,
                                      const Date& heldOn, const Date& today, Review* started) {
    const QString refusal = attempt(
        [&] {
            Review review = workspace_.startReview(compactId, awardYear, heldOn, today);
            if (started)
                *started = std::move(review);
        },
        nullptr);
    if (refusal.isEmpty())
        announce(compactId, true);
    return refusal;
}

QString WorkspaceSession::saveReview(const Review& review, const Date& today,
                                     std::vector<Problem>* problems) {
    const QString refusal = attempt([&] { workspace_.saveReview(review, today); }, problems);
    if (refusal.isEmpty())
        announce(review.compactId, false);
    return refusal;
}

QString WorkspaceSession::deleteReview(const std::string& compactId, const std::string& reviewId) {
    const QString refusal = attempt([&] { workspace_.deleteReview(reviewId); }, nullptr);
    if (refusal.isEmpty())
        announce(compactId, true);
    return refusal;
}

QString WorkspaceSession::saveReflection(const std::string& compactId, const std::string& reviewId,
                                         const Reflection& reflection,
                                         std::vector<Problem>* problems) {
    const QString refusal =
        attempt([&] { workspace_.saveReflection(reviewId, reflection); }, problems);
    if (refusal.isEmpty())
        announce(compactId, false);
    return refusal;
}

QString WorkspaceSession::submitReflection(const std::string& compactId,
                                           const std::string& reviewId, const std::string& personId,
                                           const Date& date, const Date& today) {
    const QString refusal =
        attempt([&] { workspace_.submitReflection(reviewId, personId, date, today); }, nullptr);
    if (refusal.isEmpty())
        announce(compactId, false);
    return refusal;
}

QString WorkspaceSession::signReview(const std::string& compactId, const std::string& reviewId,
                                     const std::string& personId, const std::string& typedName,
                                     const Date& date, const Drawing& drawing, const Date& today,
                                     SignOutcome* outcome) {
    const QString refusal = attempt(
        [&] {
            SignOutcome result =
                workspace_.signReview(reviewId, personId, typedName, date, drawing, today);
            if (outcome)
                *outcome = std::move(result);
        },
        nullptr);
    if (refusal.isEmpty())
        announce(compactId, true);
    return refusal;
}

} // namespace mc::ui
