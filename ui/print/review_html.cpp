// Review -> mustache data -> HTML. The data names are the contract with
// templates/print/review.html.

#include "ui/print/review_html.h"

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/review_schedule.h"
#include "core/workspace.h"
#include "ui/print/layout_file.h"
#include "ui/print/print_texts.h"
#include "ui/print/signature_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <kainjow/mustache.hpp>

namespace mc::print {

namespace {

namespace ms = kainjow::mustache;

class ReviewTexts {
    Q_DECLARE_TR_FUNCTIONS(ReviewTexts)
public:
    static ms::data labels();
};

std::string s(const QString& text) {
    return text.toStdString();
}

ms::data ReviewTexts::labels() {
    const std::pair<const char*, QString> entries[] = {
        {"program", tr("Program")},
        {"scholar", tr("Scholar")},
        {"mentors", tr("Mentors")},
        {"awardYear", tr("Award year")},
        {"heldOn", tr("Held on")},
        {"state", tr("State")},
        {"fingerprint", tr("Fingerprint (SHA-256)")},
        {"draftNotice", tr("DRAFT: this review is not signed yet. This copy is for discussion "
                           "only.")},
        {"milestones", tr("Milestones of the year")},
        {"noMilestones", tr("No milestone was due in this award year.")},
        {"learning", tr("Milestones missed, moved or dropped are kept with what was learned.")},
        {"milestone", tr("Milestone")},
        {"due", tr("Due")},
        {"outcome", tr("Outcome")},
        {"note", tr("Note")},
        {"goals", tr("Progress on the goals")},
        {"noGoals", tr("No goals were reviewed.")},
        {"goal", tr("Goal")},
        {"status", tr("Status")},
        {"progress", tr("Progress")},
        {"expectations", tr("Expectations revisited")},
        {"noExpectations", tr("No agreed expectation was revisited.")},
        {"expectation", tr("Expectation")},
        {"verdict", tr("Decision")},
        {"summary", tr("Summary")},
        {"noSummary", tr("No summary has been written yet.")},
        {"comingYear", tr("The coming year")},
        {"comingMilestones", tr("Milestones due in the next award year")},
        {"noComingMilestones", tr("No milestone is due in the next award year.")},
        {"activeGoals", tr("Goals still active")},
        {"noActiveGoals", tr("No goal is active.")},
        {"kind", tr("Kind")},
        {"horizon", tr("Horizon")},
        {"reflections", tr("Reflections")},
        {"blind", tr("Each person's reflection stays hidden until the scholar and every mentor "
                     "have submitted theirs; none is printed before that.")},
        {"satisfaction", tr("Satisfaction with the relationship")},
        {"discussion", tr("How well the expectations were discussed")},
        {"differently", tr("Would like the other side to do differently")},
        {"mentorBetter", tr("How I could mentor better")},
        {"submittedOn", tr("submitted on")},
        {"history", tr("Milestone history across the years")},
        {"historySteps", tr("What each review said")},
        {"notReviewed", tr("not reviewed yet")},
        {"signatures", tr("Signatures")},
        {"signatureNote", tr("By signing, each person agrees to this review as printed, "
                             "identified by the fingerprint above.")},
        {"signer", tr("Name and role")},
        {"signature", tr("Signature")},
        {"date", tr("Date")},
        {"acknowledges", tr("acknowledges")},
        {"typedSignature", tr("Signed as")},
    };
    ms::data labels{ms::data::type::object};
    for (const auto& [key, text] : entries)
        labels.set(key, s(text));
    return labels;
}

std::string iso(const Date& date) {
    return date.is_special() ? std::string() : formatIsoDate(date);
}

std::string iso(const OptionalDate& date) {
    return date ? iso(*date) : std::string();
}

// "Achieved on 2026-10-28", "Missed", "Moved to 2027-06-01", "Dropped".
std::string outcomeWords(const MilestoneReview& entry) {
    if (!entry.outcome)
        return s(ReviewTexts::tr("No outcome yet"));
    const QString date = QString::fromStdString(iso(entry.date));
    switch (*entry.outcome) {
    case MilestoneOutcome::Achieved:
        return s(date.isEmpty() ? ReviewTexts::tr("Achieved")
                                : ReviewTexts::tr("Achieved on %1").arg(date));
    case MilestoneOutcome::Missed:
        return s(ReviewTexts::tr("Missed"));
    case MilestoneOutcome::Rescheduled:
        return s(ReviewTexts::tr("Moved to %1").arg(date));
    case MilestoneOutcome::Dropped:
        return s(ReviewTexts::tr("Dropped"));
    }
    return {};
}

std::string verdictWords(const ExpectationReview& entry) {
    switch (entry.verdict) {
    case ExpectationVerdict::Kept:
        return s(ReviewTexts::tr("Kept"));
    case ExpectationVerdict::Changed:
        return s(ReviewTexts::tr("Changed"));
    case ExpectationVerdict::Dropped:
        return s(ReviewTexts::tr("Dropped", "expectation verdict"));
    }
    return {};
}

ms::data milestonesData(const Review& review) {
    ms::data rows{ms::data::type::list};
    for (const MilestoneReview& entry : review.milestones) {
        ms::data row;
        row.set("title", entry.title);
        row.set("due", iso(entry.due));
        row.set("outcome", outcomeWords(entry));
        row.set("failed", entry.outcome && *entry.outcome != MilestoneOutcome::Achieved);
        row.set("note", entry.note);
        rows.push_back(row);
    }
    return rows;
}

ms::data goalsData(const Review& review) {
    ms::data rows{ms::data::type::list};
    for (const GoalReview& entry : review.goals) {
        ms::data row;
        row.set("text", entry.text);
        row.set("status", s(PrintTexts::goalStatus(entry.status)));
        row.set("progress", entry.progress);
        rows.push_back(row);
    }
    return rows;
}

ms::data expectationsData(const Review& review) {
    ms::data rows{ms::data::type::list};
    for (const ExpectationReview& entry : review.expectations) {
        ms::data row;
        row.set("domain", s(PrintTexts::domain(entry.domain)));
        row.set("text", entry.text);
        row.set("verdict", verdictWords(entry));
        row.set("changed", entry.verdict == ExpectationVerdict::Changed);
        row.set("newText", entry.newText);
        row.set("note", entry.note);
        rows.push_back(row);
    }
    return rows;
}

ms::data comingYearData(const Compact& compact, const Review& review) {
    ms::data coming;
    ms::data milestones{ms::data::type::list};
    ms::data goals{ms::data::type::list};
    if (!compact.start.is_special() && !compact.end.is_special() &&
        !(compact.end < compact.start)) {
        for (const ReviewPeriod& period : reviewPeriods(compact.start, compact.end)) {
            if (period.year != review.awardYear)
                continue;
            const ComingYear next = comingYear(compact, period);
            for (const Milestone* milestone : next.milestones) {
                ms::data row;
                row.set("due", iso(milestone->due));
                row.set("title", milestone->title);
                row.set("kind", s(PrintTexts::milestoneKind(milestone->kind)));
                milestones.push_back(row);
            }
            for (const Goal* goal : next.goals) {
                ms::data row;
                row.set("text", goal->text);
                row.set("horizon", s(PrintTexts::horizon(goal->horizon)));
                goals.push_back(row);
            }
        }
    }
    coming.set("hasMilestones", !milestones.is_empty_list());
    coming.set("milestones", milestones);
    coming.set("hasGoals", !goals.is_empty_list());
    coming.set("goals", goals);
    return coming;
}

// "4 of 5, very good"
std::string scale(int value) {
    const QString words = scaleInWords(value);
    return s(value == 0 ? words : ReviewTexts::tr("%1 of 5, %2").arg(value).arg(words));
}

ms::data reflectionsData(const std::vector<Reflection>& reflections) {
    ms::data rows{ms::data::type::list};
    for (const Reflection& reflection : reflections) {
        ms::data row;
        row.set("name", reflection.name);
        row.set("role", s(PrintTexts::role(reflection.role)));
        row.set("submittedOn", iso(reflection.submittedOn));
        row.set("satisfaction", scale(reflection.satisfaction));
        row.set("satisfactionWords", reflection.satisfactionWords);
        row.set("discussion", scale(reflection.discussion));
        row.set("differently", reflection.differently);
        row.set("hasMentorBetter", !reflection.mentorBetter.empty());
        row.set("mentorBetter", reflection.mentorBetter);
        rows.push_back(row);
    }
    return rows;
}

ms::data historyData(const Compact& compact, const std::vector<Review>& reviews) {
    ms::data rows{ms::data::type::list};
    for (const MilestoneHistory& history : milestoneHistory(compact, reviews)) {
        ms::data row;
        row.set("title", history.title);
        row.set("due", iso(history.due));
        row.set("status", s(PrintTexts::milestoneStatus(history.status)));
        ms::data steps{ms::data::type::list};
        for (const MilestoneHistoryStep& step : history.steps)
            steps.push_back(ms::data(s(PrintTexts::historyStep(step))));
        row.set("reviewed", !history.steps.empty());
        row.set("steps", steps);
        rows.push_back(row);
    }
    return rows;
}

// The day the last signature was given (the review locked then).
std::string signedOn(const Review& review) {
    Date last = review.heldOn;
    for (const Signature& signature : review.signatures)
        if (!signature.signedOn.is_special() && (last.is_special() || signature.signedOn > last))
            last = signature.signedOn;
    return iso(last);
}

ms::data reviewData(const PrintableReview& printable) {
    const Compact& compact = printable.compact;
    const Review& review = printable.review;
    ms::data data;
    data.set("label", ReviewTexts::labels());
    data.set("title", s(ReviewTexts::tr("Yearly review: award year %1").arg(review.awardYear)));
    data.set("subtitle", compact.title);
    data.set("draft", !review.locked());
    data.set("program", compact.program);
    const Person* scholar = compact.scholar();
    data.set("scholar", scholar ? scholar->name : std::string());
    ms::data mentors{ms::data::type::list};
    std::vector<const Person*> mentorList;
    for (const Person& person : compact.people)
        if (isMentorRole(person.role))
            mentorList.push_back(&person);
    for (std::size_t i = 0; i < mentorList.size(); ++i) {
        ms::data mentor;
        mentor.set("name", mentorList[i]->name);
        mentor.set("role", s(PrintTexts::role(mentorList[i]->role)));
        mentor.set("last", i + 1 == mentorList.size());
        mentors.push_back(mentor);
    }
    data.set("mentors", mentors);
    data.set("awardYear", s(ReviewTexts::tr("Year %1, %2 to %3")
                                .arg(review.awardYear)
                                .arg(QString::fromStdString(iso(review.periodFrom)),
                                     QString::fromStdString(iso(review.periodTo)))));
    data.set("heldOn", iso(review.heldOn));
    data.set("state",
             s(review.locked()
                   ? ReviewTexts::tr("Signed on %1").arg(QString::fromStdString(signedOn(review)))
                   : ReviewTexts::tr("Draft, not signed")));
    data.set("fingerprint", printable.fingerprint);

    const ms::data milestones = milestonesData(review);
    data.set("hasMilestones", !milestones.is_empty_list());
    data.set("milestones", milestones);
    const ms::data goals = goalsData(review);
    data.set("hasGoals", !goals.is_empty_list());
    data.set("goals", goals);
    const ms::data expectations = expectationsData(review);
    data.set("hasExpectations", !expectations.is_empty_list());
    data.set("expectations", expectations);
    data.set("hasSummary", !review.summary.empty());
    data.set("summary", review.summary);
    data.set("coming", comingYearData(compact, review));
    data.set("revealed", printable.reflectionsRevealed);
    data.set("reflections", reflectionsData(printable.reflections));
    data.set("history", historyData(compact, printable.allReviews));
    data.set("signatureLines", signatureData(printable.signatureLines));
    return data;
}

} // namespace

QString scaleInWords(int value) {
    switch (value) {
    case 1:
        return ReviewTexts::tr("poor");
    case 2:
        return ReviewTexts::tr("fair");
    case 3:
        return ReviewTexts::tr("good");
    case 4:
        return ReviewTexts::tr("very good");
    case 5:
        return ReviewTexts::tr("excellent");
    default:
        return ReviewTexts::tr("not answered");
    }
}

PrintableReview printableReview(const Workspace& workspace, const std::string& compactId,
                                int awardYear) {
    PrintableReview printable;
    printable.compact = workspace.loadCompact(compactId);
    const Compact& compact = printable.compact;
    if (compact.start.is_special() || compact.end.is_special() || compact.end < compact.start)
        throw Error(text(MC_TR("core", "the compact has no valid award period")));
    const auto periods = reviewPeriods(compact.start, compact.end);
    if (awardYear < 1 || awardYear > static_cast<int>(periods.size()))
        throw Error(
            text(MC_TR("core", "the award has years 1 to %1, not %2"), periods.size(), awardYear));
    printable.allReviews = workspace.reviews(compactId);
    const auto found =
        std::find_if(printable.allReviews.begin(), printable.allReviews.end(),
                     [&](const Review& review) { return review.awardYear == awardYear; });
    if (found == printable.allReviews.end())
        throw Error(text(MC_TR("core", "award year %1 has no review yet"), awardYear));
    printable.review = *found;
    std::vector<Reflection> all;
    for (const ReviewRecord& record : workspace.reviewRecords(compactId))
        if (record.review.id == printable.review.id)
            all = inPeopleOrder(compact, record.reflections);
    const auto statuses = workspace.reflectionStatus(printable.review.id);
    printable.reflectionsRevealed =
        !statuses.empty() &&
        std::all_of(statuses.begin(), statuses.end(),
                    [](const ReflectionStatus& status) { return status.submittedOn.has_value(); });
    if (printable.reflectionsRevealed)
        printable.reflections = all;
    for (const SignerStatus& status : workspace.reviewSignatureStatus(printable.review.id)) {
        SignatureLine line{status.signer.name, status.signer.role, status.signer.required, {}};
        if (status.state == SignatureState::Valid)
            line.signature = status.signature;
        if (line.required || line.signature || line.role == Role::ProgramDirector)
            printable.signatureLines.push_back(line);
    }
    printable.fingerprint = printable.review.locked()
                                ? printable.review.fingerprint
                                : sha256Hex(canonicalReview(printable.review, all, compact));
    return printable;
}

PrintLayout loadReviewLayout(const DocumentOptions& options) {
    const PrintLayout compact = loadLayout(options); // registers the built-in layouts
    return {readLayoutFile(options.layoutFolder, QStringLiteral("review.html")),
            compact.css + QLatin1Char('\n') +
                readLayoutFile(options.layoutFolder, QStringLiteral("review.css"))};
}

QString reviewHtml(const PrintableReview& printable, const PrintLayout& layout) {
    return fillLayout(QStringLiteral("review.html"), layout.html, reviewData(printable));
}

DocumentContent reviewContent(const PrintableReview& printable, const DocumentOptions& options) {
    const PrintLayout layout = loadReviewLayout(options);
    DocumentContent content;
    content.html = reviewHtml(printable, layout);
    content.css = layout.css;
    content.title = QString::fromStdString(printable.compact.title);
    content.headerLine =
        printable.review.locked()
            ? ReviewTexts::tr("Review of year %1").arg(printable.review.awardYear)
            : ReviewTexts::tr("Review of year %1, draft").arg(printable.review.awardYear);
    content.shortFingerprint =
        QString::fromStdString(printable.fingerprint.substr(0, kShortFingerprintLength));
    content.isSigned = printable.review.locked();
    for (std::size_t i = 0; i < printable.signatureLines.size(); ++i) {
        const auto& signature = printable.signatureLines[i].signature;
        if (signature && !signature->drawing.empty())
            content.drawings.emplace_back(signatureImageName(i), signature->drawing);
    }
    return content;
}

} // namespace mc::print
