// Yearly reviews in JSON: a compact's "reviews" written and read back.

#include "core/json_reviews.h"

#include "core/json_reading.h"
#include "core/json_signing.h"
#include "core/json_worksheets.h"

namespace mc {

namespace {

using Ordered = nlohmann::ordered_json;
using Json = nlohmann::json;

Ordered dateOrNull(const OptionalDate& date) {
    return date && !date->is_special() ? Ordered(formatIsoDate(*date)) : Ordered(nullptr);
}

Ordered textOrNull(const std::string& text) {
    return text.empty() ? Ordered(nullptr) : Ordered(text);
}

Ordered reflectionJson(const Reflection& r) {
    Ordered out = Ordered::object();
    out["id"] = r.id;
    out["created"] = r.created;
    out["updated"] = r.updated;
    out["person"] = r.personId;
    out["name"] = r.name;
    out["role"] = std::string(toKey(r.role));
    out["satisfaction"] = r.satisfaction;
    out["satisfactionWords"] = r.satisfactionWords;
    out["discussion"] = r.discussion;
    out["differently"] = r.differently;
    out["mentorBetter"] = r.mentorBetter;
    out["submittedOn"] = dateOrNull(r.submittedOn);
    return out;
}

Ordered reviewJson(const ReviewRecord& record) {
    const Review& review = record.review;
    Ordered out = Ordered::object();
    out["id"] = review.id;
    out["created"] = review.created;
    out["updated"] = review.updated;
    out["awardYear"] = review.awardYear;
    out["periodFrom"] = formatIsoDate(review.periodFrom);
    out["periodTo"] = formatIsoDate(review.periodTo);
    out["heldOn"] = formatIsoDate(review.heldOn);
    out["summary"] = review.summary;
    Ordered milestones = Ordered::array();
    for (const MilestoneReview& m : review.milestones)
        milestones.push_back(
            {{"milestone", m.milestoneId},
             {"title", m.title},
             {"due", dateOrNull(m.due)},
             {"outcome", m.outcome ? Ordered(std::string(toKey(*m.outcome))) : Ordered(nullptr)},
             {"date", dateOrNull(m.date)},
             {"note", m.note}});
    out["milestones"] = std::move(milestones);
    Ordered goals = Ordered::array();
    for (const GoalReview& g : review.goals)
        goals.push_back({{"goal", g.goalId},
                         {"text", g.text},
                         {"status", std::string(toKey(g.status))},
                         {"progress", g.progress}});
    out["goals"] = std::move(goals);
    Ordered expectations = Ordered::array();
    for (const ExpectationReview& e : review.expectations)
        expectations.push_back({{"expectation", e.expectationId},
                                {"domain", std::string(toKey(e.domain))},
                                {"text", e.text},
                                {"verdict", std::string(toKey(e.verdict))},
                                {"newText", e.newText},
                                {"note", e.note}});
    out["expectations"] = std::move(expectations);
    Ordered reflections = Ordered::array();
    for (const Reflection& r : record.reflections)
        reflections.push_back(reflectionJson(r));
    out["reflections"] = std::move(reflections);
    out["state"] = std::string(versionStateKey(review.state));
    out["signedAt"] = textOrNull(review.signedAt);
    out["fingerprint"] = textOrNull(review.fingerprint);
    out["content"] = textOrNull(review.content);
    Ordered signatures = Ordered::array();
    for (const Signature& s : review.signatures)
        signatures.push_back(signatureToJson(s));
    out["signatures"] = std::move(signatures);
    return out;
}

// Reads the parts of a review with the worksheet reader's checks (types,
// ids, stamps), every problem with its path.
class ReviewReader {
public:
    explicit ReviewReader(std::vector<Problem>& problems) : problems_(problems), r_(problems) {}

    ReviewRecord record(const Json& in, const std::string& path, const Compact& compact) {
        ReviewRecord out;
        Review& review = out.review;
        review.compactId = compact.id;
        review.id = r_.id(in, path, "id");
        review.created = r_.stamp(in, path, "created");
        review.updated = r_.stamp(in, path, "updated");
        review.awardYear = r_.integer(in, path, "awardYear");
        review.periodFrom = date(in, path, "periodFrom", true).value_or(Date());
        review.periodTo = date(in, path, "periodTo", true).value_or(Date());
        review.heldOn = date(in, path, "heldOn", true).value_or(Date());
        review.summary = r_.text(in, path, "summary", false);
        each(in, path, "milestones", [&](const Json& m, const std::string& at) {
            MilestoneReview entry;
            entry.milestoneId = r_.id(m, at, "milestone");
            entry.title = r_.text(m, at, "title", true);
            entry.due = date(m, at, "due", false).value_or(Date());
            const std::string outcome = r_.text(m, at, "outcome", false);
            if (!outcome.empty())
                entry.outcome = key<MilestoneOutcome>(outcome, at + ".outcome");
            entry.date = date(m, at, "date", false);
            entry.note = r_.text(m, at, "note", false);
            review.milestones.push_back(std::move(entry));
        });
        each(in, path, "goals", [&](const Json& g, const std::string& at) {
            review.goals.push_back({r_.id(g, at, "goal"), r_.text(g, at, "text", false),
                                    key<GoalStatus>(r_.text(g, at, "status", true), at + ".status"),
                                    r_.text(g, at, "progress", false)});
        });
        each(in, path, "expectations", [&](const Json& e, const std::string& at) {
            review.expectations.push_back(
                {r_.id(e, at, "expectation"),
                 key<Domain>(r_.text(e, at, "domain", true), at + ".domain"),
                 r_.text(e, at, "text", false),
                 key<ExpectationVerdict>(r_.text(e, at, "verdict", true), at + ".verdict"),
                 r_.text(e, at, "newText", false), r_.text(e, at, "note", false)});
        });
        each(in, path, "reflections", [&](const Json& x, const std::string& at) {
            out.reflections.push_back(reflection(x, at));
        });
        const std::string state = r_.text(in, path, "state", true);
        if (const auto value = versionStateFromKey(state))
            review.state = *value;
        else if (!state.empty())
            r_.error(path + ".state",
                     text(MC_TR("core", "unknown state \"%1\": use one of: draft, signed"), state));
        review.signedAt = r_.stamp(in, path, "signedAt");
        review.fingerprint = r_.text(in, path, "fingerprint", false);
        review.content = r_.text(in, path, "content", false);
        each(in, path, "signatures", [&](const Json& s, const std::string& at) {
            review.signatures.push_back(readSignatureJson(s, at, problems_));
        });
        return out;
    }

private:
    Reflection reflection(const Json& in, const std::string& at) {
        Reflection x;
        x.id = r_.id(in, at, "id");
        x.created = r_.stamp(in, at, "created");
        x.updated = r_.stamp(in, at, "updated");
        x.personId = r_.id(in, at, "person");
        x.name = r_.text(in, at, "name", true);
        x.role = key<Role>(r_.text(in, at, "role", true), at + ".role");
        x.satisfaction = r_.integer(in, at, "satisfaction");
        x.satisfactionWords = r_.text(in, at, "satisfactionWords", false);
        x.discussion = r_.integer(in, at, "discussion");
        x.differently = r_.text(in, at, "differently", false);
        x.mentorBetter = r_.text(in, at, "mentorBetter", false);
        x.submittedOn = date(in, at, "submittedOn", false);
        return x;
    }

    OptionalDate date(const Json& in, const std::string& path, std::string_view name,
                      bool required) {
        const std::string text = r_.text(in, path, name, required);
        if (text.empty())
            return std::nullopt;
        try {
            return parseIsoDate(text);
        } catch (const Error& e) {
            r_.error(WorksheetJsonReader::join(path, name), json_reading::messageOf(e));
            return std::nullopt;
        }
    }

    template <typename E> E key(const std::string& text, const std::string& field) {
        if (const auto value = fromKey<E>(text))
            return *value;
        if (!text.empty())
            r_.error(field, mc::text(MC_TR("core", "unknown value \"%1\": use %2"), text,
                                     json_reading::oneOf<E>()));
        return E{};
    }

    template <typename F>
    void each(const Json& in, const std::string& path, std::string_view name, F read) {
        const Json* list = r_.member(in, path, name, false);
        if (list == nullptr)
            return;
        if (!list->is_array()) {
            r_.wrongType(WorksheetJsonReader::join(path, name), text(MC_TR("core", "an array")),
                         *list);
            return;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at =
                WorksheetJsonReader::join(path, name) + "[" + std::to_string(i) + "]";
            if ((*list)[i].is_object())
                read((*list)[i], at);
            else
                r_.wrongType(at, text(MC_TR("core", "an object")), (*list)[i]);
        }
    }

    std::vector<Problem>& problems_;
    WorksheetJsonReader r_;
};

} // namespace

void putReviewsJson(Ordered& out, const Compact& compact,
                    const std::vector<ReviewRecord>& reviews) {
    Ordered list = Ordered::array();
    for (const ReviewRecord& record : reviews)
        if (record.review.compactId == compact.id)
            list.push_back(reviewJson(record));
    if (!list.empty())
        out["reviews"] = std::move(list);
}

std::vector<ReviewRecord> readReviewsJson(const Json& in, const std::string& path,
                                          const Compact& compact, std::vector<Problem>& problems) {
    std::vector<ReviewRecord> out;
    const auto list = in.find("reviews");
    if (list == in.end() || list->is_null())
        return out;
    if (!list->is_array()) {
        problems.push_back(
            Problem(Severity::Error, path + ".reviews", text(MC_TR("core", "expected an array"))));
        return out;
    }
    ReviewReader reader(problems);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string at = path + ".reviews[" + std::to_string(i) + "]";
        if ((*list)[i].is_object())
            out.push_back(reader.record((*list)[i], at, compact));
        else
            problems.push_back(
                Problem(Severity::Error, at, text(MC_TR("core", "expected an object"))));
    }
    return out;
}

} // namespace mc
