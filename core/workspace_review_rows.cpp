// How yearly reviews map to their tables (schema version 6, core/schema.cpp):
// a review row, its entries (milestones, goals, expectations in one table,
// told apart by `kind`), reflections and signatures.

#include "core/error.h"
#include "core/workspace_impl.h"

namespace mc {

namespace {

using Impl = Workspace::Impl;

std::optional<std::string> orNull(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::optional<std::string> dateOrNull(const OptionalDate& date) {
    return date ? std::optional<std::string>(formatIsoDate(*date)) : std::nullopt;
}

// `what` names the vocabulary ("goal status"), translated with the message.
template <typename E> E enumOrThrow(const std::string& key, const Text& what) {
    const auto value = fromKey<E>(key);
    if (!value)
        throw Error(text(MC_TR("core", "a review has the unknown %1 \"%2\""), what, key));
    return *value;
}

void readEntries(Impl& impl, Review& review) {
    auto row = impl.statement(
        "SELECT kind, subject_id, subject_text, coalesce(subject_date, ''), "
        "coalesce(subject_domain, ''), coalesce(outcome, ''), coalesce(outcome_date, ''), "
        "new_text, note FROM review_entries WHERE review_id = ? ORDER BY position, subject_id");
    row.bind(1, review.id);
    while (row.step()) {
        const std::string kind = row.text(0);
        const std::string outcome = row.text(5);
        if (kind == "milestone") {
            MilestoneReview m;
            m.milestoneId = row.text(1);
            m.title = row.text(2);
            if (!row.text(3).empty())
                m.due = parseIsoDate(row.text(3));
            if (!outcome.empty())
                m.outcome = enumOrThrow<MilestoneOutcome>(outcome,
                                                          text(MC_TR("core", "milestone outcome")));
            m.date = parseOptionalIsoDate(row.text(6));
            m.note = row.text(8);
            review.milestones.push_back(std::move(m));
        } else if (kind == "goal") {
            review.goals.push_back(
                {row.text(1), row.text(2),
                 enumOrThrow<GoalStatus>(outcome, text(MC_TR("core", "goal status"))),
                 row.text(8)});
        } else {
            review.expectations.push_back(
                {row.text(1), enumOrThrow<Domain>(row.text(4), text(MC_TR("core", "domain"))),
                 row.text(2),
                 enumOrThrow<ExpectationVerdict>(outcome,
                                                 text(MC_TR("core", "expectation verdict"))),
                 row.text(7), row.text(8)});
        }
    }
}

void readSignatures(Impl& impl, Review& review) {
    auto row = impl.statement("SELECT id, person_id, role, typed_name, signed_on, drawing, "
                              "fingerprint, created FROM review_signatures WHERE review_id = ? "
                              "ORDER BY created, id");
    row.bind(1, review.id);
    while (row.step())
        review.signatures.push_back(readSignature(row));
}

std::vector<Review> selectReviews(Impl& impl, const char* where, const std::string& key) {
    std::vector<Review> reviews;
    {
        auto row = impl.statement(
            std::string("SELECT id, compact_id, award_year, period_from, period_to, held_on, "
                        "summary, state, coalesce(fingerprint, ''), coalesce(content, ''), "
                        "coalesce(signed_at, ''), created, updated FROM reviews WHERE ") +
            where + " ORDER BY award_year");
        row.bind(1, key);
        while (row.step()) {
            Review r;
            r.id = row.text(0);
            r.compactId = row.text(1);
            r.awardYear = row.integer32(2);
            r.periodFrom = parseIsoDate(row.text(3));
            r.periodTo = parseIsoDate(row.text(4));
            r.heldOn = parseIsoDate(row.text(5));
            r.summary = row.text(6);
            const auto state = versionStateFromKey(row.text(7));
            if (!state)
                throw Error(text(MC_TR("core", "the review of award year %1 has the unknown "
                                               "state \"%2\""),
                                 r.awardYear, row.text(7)));
            r.state = *state;
            r.fingerprint = row.text(8);
            r.content = row.text(9);
            r.signedAt = row.text(10);
            r.created = row.text(11);
            r.updated = row.text(12);
            reviews.push_back(std::move(r));
        }
    }
    for (Review& review : reviews) {
        readEntries(impl, review);
        readSignatures(impl, review);
    }
    return reviews;
}

void writeEntry(Impl& impl, const std::string& reviewId, const char* kind,
                const std::string& subjectId, const std::string& text,
                const std::optional<std::string>& subjectDate,
                const std::optional<std::string>& domain, const std::optional<std::string>& outcome,
                const std::optional<std::string>& outcomeDate, const std::string& newText,
                const std::string& note, int position) {
    auto row = impl.statement("INSERT INTO review_entries (review_id, kind, subject_id, "
                              "subject_text, subject_date, subject_domain, outcome, outcome_date, "
                              "new_text, note, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    row.bind(1, reviewId).bind(2, kind).bind(3, subjectId).bind(4, text).bind(5, subjectDate);
    row.bind(6, domain).bind(7, outcome).bind(8, outcomeDate).bind(9, newText).bind(10, note);
    row.bind(11, position);
    row.run();
}

} // namespace

std::vector<Review> Workspace::Impl::loadReviews(const std::string& compactId) {
    return selectReviews(*this, "compact_id = ?", compactId);
}

Review Workspace::Impl::loadReview(const std::string& reviewId) {
    auto found = selectReviews(*this, "id = ?", reviewId);
    if (found.empty())
        throw Error(text(MC_TR("core", "There is no review %1 in this workspace."), reviewId));
    return std::move(found.front());
}

std::vector<Reflection> Workspace::Impl::loadReflections(const std::string& reviewId) {
    std::vector<Reflection> out;
    auto row = statement("SELECT id, person_id, name, role, satisfaction, satisfaction_words, "
                         "discussion, differently, mentor_better, coalesce(submitted_on, ''), "
                         "created, updated FROM review_reflections WHERE review_id = ? "
                         "ORDER BY created, id");
    row.bind(1, reviewId);
    while (row.step()) {
        Reflection r;
        r.id = row.text(0);
        r.personId = row.text(1);
        r.name = row.text(2);
        r.role = enumOrThrow<Role>(row.text(3), text(MC_TR("core", "role")));
        r.satisfaction = row.integer32(4);
        r.satisfactionWords = row.text(5);
        r.discussion = row.integer32(6);
        r.differently = row.text(7);
        r.mentorBetter = row.text(8);
        r.submittedOn = parseOptionalIsoDate(row.text(9));
        r.created = row.text(10);
        r.updated = row.text(11);
        out.push_back(std::move(r));
    }
    return out;
}

void Workspace::Impl::writeReview(const Review& review, WriteMode mode) {
    const bool upsert = mode == WriteMode::Upsert;
    {
        auto row = statement(
            std::string(
                "INSERT INTO reviews (id, compact_id, award_year, period_from, period_to, "
                "held_on, summary, state, fingerprint, content, signed_at, created, "
                "updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)") +
            (upsert ? " ON CONFLICT(id) DO UPDATE SET held_on = ?6, summary = ?7, state = ?8, "
                      "fingerprint = ?9, content = ?10, signed_at = ?11, updated = ?13 "
                      "WHERE compact_id = ?2"
                    : ""));
        row.bind(1, review.id).bind(2, review.compactId).bind(3, review.awardYear);
        row.bind(4, formatIsoDate(review.periodFrom)).bind(5, formatIsoDate(review.periodTo));
        row.bind(6, formatIsoDate(review.heldOn)).bind(7, review.summary);
        row.bind(8, std::string(versionStateKey(review.state))).bind(9, orNull(review.fingerprint));
        row.bind(10, orNull(review.content)).bind(11, orNull(review.signedAt));
        row.bind(12, review.created).bind(13, review.updated);
        row.run();
    }
    if (upsert) {
        auto clear = statement("DELETE FROM review_entries WHERE review_id = ?");
        clear.bind(1, review.id);
        clear.run();
    }
    int position = 0;
    for (const MilestoneReview& m : review.milestones)
        writeEntry(*this, review.id, "milestone", m.milestoneId, m.title,
                   m.due.is_special() ? std::nullopt : dateOrNull(m.due), std::nullopt,
                   m.outcome ? std::optional<std::string>(toKey(*m.outcome)) : std::nullopt,
                   dateOrNull(m.date), {}, m.note, position++);
    for (const GoalReview& g : review.goals)
        writeEntry(*this, review.id, "goal", g.goalId, g.text, std::nullopt, std::nullopt,
                   std::string(toKey(g.status)), std::nullopt, {}, g.progress, position++);
    for (const ExpectationReview& e : review.expectations)
        writeEntry(*this, review.id, "expectation", e.expectationId, e.text, std::nullopt,
                   std::string(toKey(e.domain)), std::string(toKey(e.verdict)), std::nullopt,
                   e.newText, e.note, position++);
}

void Workspace::Impl::writeReflection(const std::string& reviewId, const Reflection& r,
                                      WriteMode mode) {
    auto row = statement(
        std::string("INSERT INTO review_reflections (id, review_id, person_id, name, role, "
                    "satisfaction, satisfaction_words, discussion, differently, mentor_better, "
                    "submitted_on, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                    "?10, ?11, ?12, ?13)") +
        (mode == WriteMode::Upsert
             ? " ON CONFLICT(id) DO UPDATE SET name = ?4, satisfaction = ?6, "
               "satisfaction_words = ?7, discussion = ?8, differently = ?9, mentor_better = ?10, "
               "submitted_on = ?11, updated = ?13 WHERE review_id = ?2"
             : ""));
    row.bind(1, r.id).bind(2, reviewId).bind(3, r.personId).bind(4, r.name);
    row.bind(5, std::string(toKey(r.role))).bind(6, r.satisfaction).bind(7, r.satisfactionWords);
    row.bind(8, r.discussion).bind(9, r.differently).bind(10, r.mentorBetter);
    row.bind(11, dateOrNull(r.submittedOn)).bind(12, r.created).bind(13, r.updated);
    row.run();
}

} // namespace mc
