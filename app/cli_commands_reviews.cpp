// The `reviews` subcommand: where each award year's review stands, what
// became of its milestones, and each milestone's history across the years;
// and `review-start`, which starts the review of an award year (for scripts
// and tests: the rest of a review is recorded in the application).

#include "app/cli_internal.h"
#include "core/dates.h"
#include "core/fingerprint.h"
#include "core/review.h"
#include "core/review_schedule.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

std::vector<int> signedReviewYears(const Workspace& workspace, const std::string& compactId) {
    std::vector<int> years;
    for (const Review& review : workspace.reviews(compactId))
        if (review.locked())
            years.push_back(review.awardYear);
    return years;
}

namespace {

struct ReviewsOptions {
    std::string file;
    std::string compactId;
};

// "signed on 2026-12-05, fingerprint 1a2b3c4d5e6f", "draft, held on
// 2026-12-01" or "not started".
std::string reviewState(const Review* review) {
    if (!review)
        return "not started";
    if (!review->locked())
        return "draft, held on " + formatIsoDate(review->heldOn);
    Date last = review->heldOn;
    for (const Signature& signature : review->signatures)
        if (!signature.signedOn.is_special() && signature.signedOn > last)
            last = signature.signedOn;
    return "signed on " + formatIsoDate(last) + " (held on " + formatIsoDate(review->heldOn) +
           "), fingerprint " + review->fingerprint.substr(0, kShortFingerprintLength);
}

// "missed (due 2027-03-01) — the study section met late": the words of
// historyStepInWords without its "year N: ".
std::string outcomeWords(const MilestoneReview& entry, int awardYear) {
    if (!entry.outcome)
        return "no outcome yet";
    MilestoneHistoryStep step;
    step.awardYear = awardYear;
    step.outcome = *entry.outcome;
    step.due = entry.due;
    step.date = entry.date;
    step.note = entry.note;
    const std::string words = historyStepInWords(step);
    const std::size_t colon = words.find(": ");
    return colon == std::string::npos ? words : words.substr(colon + 2);
}

int runReviews(const ReviewsOptions& options, const Io& io) {
    const Workspace workspace = openForReading(options.file);
    const std::string id = workspace.resolveCompactId(options.compactId);
    const Compact compact = workspace.loadCompact(id);
    const std::vector<Review> reviews = workspace.reviews(id);
    io.out << compact.title << '\n';
    if (compact.start.is_special() || compact.end.is_special() || compact.end < compact.start)
        throw Error("the compact has no valid award period: `check` names the dates");
    for (const ReviewPeriod& period : reviewPeriods(compact.start, compact.end)) {
        const auto found = std::find_if(reviews.begin(), reviews.end(), [&](const Review& r) {
            return r.awardYear == period.year;
        });
        const Review* review = found == reviews.end() ? nullptr : &*found;
        io.out << "\nAward year " << period.year << " (" << formatIsoDate(period.from) << " to "
               << formatIsoDate(period.to) << ", due " << formatIsoDate(period.due)
               << "): " << reviewState(review) << '\n';
        if (review)
            for (const MilestoneReview& entry : review->milestones)
                io.out << "  " << entry.title << ": " << outcomeWords(entry, period.year) << '\n';
    }
    io.out << "\nMilestone history\n";
    const std::vector<MilestoneHistory> history = milestoneHistory(compact, reviews);
    if (history.empty())
        io.out << "  no milestones\n";
    for (const MilestoneHistory& milestone : history) {
        io.out << "  " << milestone.title << " (due "
               << (milestone.due.is_special() ? std::string("?") : formatIsoDate(milestone.due))
               << ", " << toLabel(milestone.status) << ")\n";
        if (milestone.steps.empty())
            io.out << "    not reviewed yet\n";
        for (const MilestoneHistoryStep& step : milestone.steps)
            io.out << "    " << historyStepInWords(step) << '\n';
    }
    return kExitOk;
}

// --- review-start -----------------------------------------------------------

struct StartOptions {
    std::string file;
    std::string compactId;
    int year = 0;
    std::string held;
};

int runReviewStart(const StartOptions& options, const Io& io) {
    const Date today = todayLocal();
    Date held = today;
    if (!options.held.empty()) {
        try {
            held = parseIsoDate(options.held);
        } catch (const Error& e) {
            throw UsageError(std::string("--held: ") + e.what());
        }
    }
    Workspace workspace = openForEditing(options.file, io.err);
    const std::string id = workspace.resolveCompactId(options.compactId);
    const Review review = workspace.startReview(id, options.year, held, today);
    io.out << "Started the review of award year " << review.awardYear << " ("
           << formatIsoDate(review.periodFrom) << " to " << formatIsoDate(review.periodTo)
           << "), held on " << formatIsoDate(review.heldOn) << ": " << review.milestones.size()
           << (review.milestones.size() == 1 ? " milestone, " : " milestones, ")
           << review.goals.size() << (review.goals.size() == 1 ? " goal, " : " goals, ")
           << review.expectations.size()
           << (review.expectations.size() == 1 ? " expectation" : " expectations")
           << " to review.\n";
    return kExitOk;
}

void addReviewStart(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<StartOptions>();
    CLI::App* app = parent.add_subcommand(
        "review-start", "Start the yearly review of an award year of a compact of FILE");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("--compact", options->compactId,
                    "The compact: its id or the id's first characters (4 or more)")
        ->required()
        ->type_name("ID");
    app->add_option("--year", options->year, "The award year to review (1, 2, ...)")
        ->required()
        ->check(CLI::PositiveNumber)
        ->type_name("N");
    app->add_option("--held", options->held,
                    "The day of the review meeting, YYYY-MM-DD (default: today; not later)")
        ->type_name("DATE");
    app->footer("The review starts from the year's milestones, the goals and the agreed\n"
                "expectations; outcomes, reflections and signatures are recorded in the\n"
                "application.\n"
                "Example:\n  mentoring-compact review-start lab.compact --compact 3f2a --year 1");
    commands.push_back({app, [options](const Io& io) {
                            return runReviewStart(*options, io);
                        }});
}

} // namespace

void addReviewCommands(CLI::App& parent, std::vector<Command>& commands) {
    addReviewStart(parent, commands);
    auto options = std::make_shared<ReviewsOptions>();
    CLI::App* app = parent.add_subcommand(
        "reviews", "Print the yearly reviews of a compact of FILE and its milestone history");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("--compact", options->compactId,
                    "The compact: its id or the id's first characters (4 or more)")
        ->required()
        ->type_name("ID");
    app->footer("For each award year: its review (not started, draft, or signed with the\n"
                "short fingerprint) and what became of each of its milestones; then every\n"
                "milestone with what each review said of it.\n"
                "Example:\n  mentoring-compact reviews lab.compact --compact 3f2a9c");
    commands.push_back({app, [options](const Io& io) {
                            return runReviews(*options, io);
                        }});
}

} // namespace mc::cli
