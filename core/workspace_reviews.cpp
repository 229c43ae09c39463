// Yearly reviews in the store (issue 6; the reviews section of
// core/workspace.h): drafts, blind reflections, signing, and carrying a
// signed review's conclusions into the compact.

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/ids.h"
#include "core/review_texts.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

#include <algorithm>

namespace mc {

namespace {

using Impl = Workspace::Impl;

// Where verify found a problem; a field, so it stays English.
std::string yearLabel(const Review& review) {
    return "the review of award year " + std::to_string(review.awardYear);
}

void refuseIfSigned(const Review& review) {
    if (review.locked())
        throw Error(text(MC_TR("core", "the review of award year %1 is signed and locked; it can "
                                       "no longer change."),
                         review.awardYear));
}

// "a; b; c": the reasons one after another, each translated.
Text inOneLine(const std::vector<Text>& reasons) {
    Text out = reasons.front();
    for (std::size_t i = 1; i < reasons.size(); ++i)
        out = text(MC_TR("core", "%1; %2"), out, reasons[i]);
    return out;
}

// A Text for the reason behind `error`: translatable when core made it so.
Text reasonOf(const std::exception& error) {
    if (const auto* ours = dynamic_cast<const Error*>(&error); ours && !ours->text().empty())
        return ours->text();
    return literal(error.what());
}

// The scholar and every mentor: the people who reflect on a review.
std::vector<const Person*> reflectors(const Compact& compact) {
    std::vector<const Person*> out;
    for (const Person& person : compact.people)
        if (person.role == Role::Scholar || isMentorRole(person.role))
            out.push_back(&person);
    return out;
}

std::vector<std::string> reflectorIds(const Compact& compact) {
    std::vector<std::string> ids;
    for (const Person* person : reflectors(compact))
        ids.push_back(person->id);
    return ids;
}

std::string reviewText(Impl& impl, const Review& review, const Compact& compact) {
    return canonicalReview(review, inPeopleOrder(compact, impl.loadReflections(review.id)),
                           compact);
}

// Carries a signed review's conclusions into the compact: outcomes and goal
// statuses as progress; rescheduled milestones and changed or dropped
// expectations, which the compact's version agrees to, in an amendment
// when that version is signed. Returns the amendment's number, or 0.
int applyReview(Impl& impl, const Review& review, const std::string& now) {
    Compact compact = impl.loadWhole(review.compactId);
    bool agreedChange = false;
    for (const MilestoneReview& m : review.milestones)
        agreedChange |= m.outcome == MilestoneOutcome::Rescheduled;
    for (const ExpectationReview& e : review.expectations)
        agreedChange |= e.verdict != ExpectationVerdict::Kept;
    const int amendment = agreedChange ? impl.amend(review.compactId) : 0;
    for (const MilestoneReview& entry : review.milestones) {
        auto m = std::find_if(compact.milestones.begin(), compact.milestones.end(),
                              [&](const Milestone& x) { return x.id == entry.milestoneId; });
        if (m == compact.milestones.end() || !entry.outcome)
            continue;
        switch (*entry.outcome) {
        case MilestoneOutcome::Achieved:
            m->status = MilestoneStatus::Achieved;
            m->done = entry.date;
            break;
        case MilestoneOutcome::Missed:
            m->status = MilestoneStatus::Missed;
            break;
        case MilestoneOutcome::Rescheduled:
            m->status = MilestoneStatus::Rescheduled;
            if (entry.date)
                m->due = *entry.date;
            break;
        case MilestoneOutcome::Dropped:
            m->status = MilestoneStatus::Dropped;
            break;
        }
        if (!entry.note.empty())
            m->outcomeNote = entry.note;
        m->updated = now;
        impl.writeMilestone(review.compactId, *m);
    }
    for (const GoalReview& entry : review.goals)
        for (Goal& g : compact.goals)
            if (g.id == entry.goalId && g.status != entry.status) {
                g.status = entry.status;
                g.updated = now;
                impl.writeGoal(review.compactId, g);
            }
    for (const ExpectationReview& entry : review.expectations)
        for (Expectation& e : compact.expectations)
            if (e.id == entry.expectationId && entry.verdict != ExpectationVerdict::Kept) {
                if (entry.verdict == ExpectationVerdict::Changed)
                    e.text = entry.newText;
                else
                    e.state = ExpectationState::Dropped;
                e.updated = now;
                impl.writeExpectation(review.compactId, e);
            }
    return amendment;
}

} // namespace

std::vector<Review> Workspace::reviews(const std::string& compactId) const {
    impl_->loadHeader(compactId);
    return impl_->loadReviews(compactId);
}

Review Workspace::review(const std::string& reviewId) const {
    return impl_->loadReview(reviewId);
}

Review Workspace::startReview(const std::string& compactId, int awardYear, const Date& heldOn,
                              const Date& today) {
    impl_->requireWritable();
    const Compact compact = impl_->loadWhole(compactId);
    const auto periods = reviewPeriods(compact.start, compact.end);
    if (awardYear < 1 || awardYear > static_cast<int>(periods.size()))
        throw Error(text(MC_TR("core", "%1 has award years 1 to %2, not %3."),
                         compactLabel(compact), periods.size(), awardYear));
    for (const Review& existing : impl_->loadReviews(compactId))
        if (existing.awardYear == awardYear)
            throw Error(text(MC_TR("core", "the review of award year %1 of %2 is already started: "
                                           "open it to go on."),
                             existing.awardYear, compactLabel(compact)));
    Review review = draftReview(compact, periods[static_cast<std::size_t>(awardYear - 1)], heldOn);
    refuseErrors(validateReview(review, compact, today));
    fillStamps(review, utcTimestampNow(), true);
    sqlite::Transaction transaction(impl_->db);
    impl_->writeReview(review, WriteMode::InsertNew);
    transaction.commit();
    return review;
}

Review Workspace::saveReview(Review review, const Date& today) {
    impl_->requireWritable();
    const Review stored = impl_->loadReview(review.id);
    refuseIfSigned(stored);
    const Compact compact = impl_->loadWhole(stored.compactId);
    // What a draft may not change: which compact and year, and the signing state.
    review.compactId = stored.compactId;
    review.awardYear = stored.awardYear;
    review.periodFrom = stored.periodFrom;
    review.periodTo = stored.periodTo;
    review.created = stored.created;
    review.state = VersionState::Draft;
    review.fingerprint.clear();
    review.content.clear();
    review.signedAt.clear();
    review.signatures = stored.signatures;
    refuseErrors(validateReview(review, compact, today));
    review.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    impl_->writeReview(review);
    transaction.commit();
    return review;
}

void Workspace::deleteReview(const std::string& reviewId) {
    impl_->requireWritable();
    refuseIfSigned(impl_->loadReview(reviewId));
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("DELETE FROM reviews WHERE id = ?");
    row.bind(1, reviewId);
    row.run();
    transaction.commit();
}

std::vector<ReflectionStatus> Workspace::reflectionStatus(const std::string& reviewId) const {
    const Review review = impl_->loadReview(reviewId);
    const Compact compact = impl_->loadWhole(review.compactId);
    const auto reflections = impl_->loadReflections(reviewId);
    std::vector<ReflectionStatus> out;
    for (const Person* person : reflectors(compact)) {
        ReflectionStatus status{person->id, person->name, person->role, false, std::nullopt};
        for (const Reflection& r : reflections)
            if (r.personId == person->id) {
                status.started = true;
                status.submittedOn = r.submittedOn;
            }
        out.push_back(std::move(status));
    }
    return out;
}

std::vector<Reflection> Workspace::reflectionsVisibleTo(const std::string& reviewId,
                                                        const std::string& viewerPersonId) const {
    const Review review = impl_->loadReview(reviewId);
    const Compact compact = impl_->loadWhole(review.compactId);
    const auto all = inPeopleOrder(compact, impl_->loadReflections(reviewId));
    const bool revealed = reflectionsRevealed(all, reflectorIds(compact));
    std::vector<Reflection> out;
    bool own = false;
    for (const Reflection& r : all)
        if (r.personId == viewerPersonId) {
            out.push_back(r);
            own = true;
        } else if (revealed && r.submitted()) {
            out.push_back(r);
        }
    const Person* viewer = compact.findPerson(viewerPersonId);
    if (!own && viewer != nullptr &&
        (viewer->role == Role::Scholar || isMentorRole(viewer->role))) {
        Reflection blank;
        blank.personId = viewer->id;
        blank.name = viewer->name;
        blank.role = viewer->role;
        out.insert(out.begin(), blank);
    }
    return out;
}

Reflection Workspace::saveReflection(const std::string& reviewId, Reflection reflection) {
    impl_->requireWritable();
    const Review review = impl_->loadReview(reviewId);
    refuseIfSigned(review);
    const Compact compact = impl_->loadWhole(review.compactId);
    const Person* person = compact.findPerson(reflection.personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "Only the scholar and the mentors reflect on a review; "
                                       "\"%1\" is not one of the compact's people."),
                         reflection.personId));
    if (person->role != Role::Scholar && !isMentorRole(person->role))
        throw Error(text(MC_TR("core", "Only the scholar and the mentors reflect on a review; %1 "
                                       "is the %2."),
                         person->name, labelText(person->role)));
    const auto stored = impl_->loadReflections(reviewId);
    const auto previous = std::find_if(stored.begin(), stored.end(), [&](const Reflection& r) {
        return r.personId == person->id;
    });
    if (previous != stored.end() && previous->submitted())
        throw Error(text(MC_TR("core", "%1 submitted their reflection on %2: it is locked."),
                         person->name, formatIsoDate(*previous->submittedOn)));
    reflection.name = person->name;
    reflection.role = person->role;
    reflection.submittedOn.reset();
    refuseErrors(validateReflection(reflection));
    const std::string now = utcTimestampNow();
    reflection.id = previous != stored.end() ? previous->id : newUuid();
    reflection.created = previous != stored.end() ? previous->created : now;
    reflection.updated = now;
    sqlite::Transaction transaction(impl_->db);
    impl_->writeReflection(reviewId, reflection);
    transaction.commit();
    return reflection;
}

Reflection Workspace::submitReflection(const std::string& reviewId, const std::string& personId,
                                       const Date& date, const Date& today) {
    impl_->requireWritable();
    refuseIfSigned(impl_->loadReview(reviewId));
    const auto stored = impl_->loadReflections(reviewId);
    const auto found = std::find_if(stored.begin(), stored.end(),
                                    [&](const Reflection& r) { return r.personId == personId; });
    if (found == stored.end())
        throw Error(text(MC_TR(
            "core", "There is no reflection of this person on the review yet: write it first.")));
    if (found->submitted())
        throw Error(text(MC_TR("core", "%1 submitted their reflection on %2 already."), found->name,
                         formatIsoDate(*found->submittedOn)));
    if (date.is_special() || date > today)
        throw Error(text(MC_TR("core", "The submission date must be a date not after today (%1)."),
                         formatIsoDate(today)));
    Reflection reflection = *found;
    reflection.submittedOn = date;
    refuseErrors(validateReflection(reflection));
    reflection.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    impl_->writeReflection(reviewId, reflection);
    transaction.commit();
    return reflection;
}

SignOutcome Workspace::signReview(const std::string& reviewId, const std::string& personId,
                                  const std::string& typedName, const Date& date,
                                  const Drawing& drawing, const Date& today) {
    impl_->requireWritable();
    const Review review = impl_->loadReview(reviewId);
    const Compact compact = impl_->loadWhole(review.compactId);
    const Person* person = compact.findPerson(personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "There is no person %1 in the compact %2: only its people "
                                       "can sign its reviews."),
                         personId, compactLabel(compact)));
    if (review.locked())
        throw Error(text(MC_TR("core", "the review of award year %1 is signed and locked."),
                         review.awardYear));
    if (!typedNameMatches(typedName, person->name))
        throw Error(text(MC_TR("core", "The typed name \"%1\" is not the name of the %2 in this "
                                       "compact, \"%3\": type the name as the compact has it "
                                       "(case and spaces do not matter)."),
                         typedName, labelText(person->role), person->name));
    if (date.is_special() || date > today || date < review.heldOn)
        throw Error(text(MC_TR("core", "The signing date must lie between the review (%1) and "
                                       "today (%2)."),
                         formatIsoDate(review.heldOn), formatIsoDate(today)));
    const auto reflections = impl_->loadReflections(reviewId);
    std::vector<Reflection> expected = reflections;
    for (const Person* reflector : reflectors(compact))
        if (std::none_of(reflections.begin(), reflections.end(),
                         [&](const Reflection& r) { return r.personId == reflector->id; })) {
            Reflection missing;
            missing.personId = reflector->id;
            missing.name = reflector->name;
            expected.push_back(std::move(missing));
        }
    const auto reasons = reviewReadinessTexts(review, expected);
    if (!reasons.empty())
        throw Error(text(MC_TR("core", "the review of award year %1 cannot be signed yet: %2."),
                         review.awardYear, inOneLine(reasons)));
    const std::string text = reviewText(*impl_, review, compact);
    SignOutcome outcome;
    outcome.signature = makeSignature(*person, typedName, date, drawing, sha256Hex(text));
    const Signature& s = outcome.signature;

    sqlite::Transaction transaction(impl_->db);
    auto replaced =
        impl_->statement("DELETE FROM review_signatures WHERE review_id = ? AND person_id = ?");
    replaced.bind(1, reviewId).bind(2, personId);
    replaced.run();
    insertSignatureRow(*impl_, "review_signatures", "review_id", reviewId, s);
    std::vector<Signature> signatures = review.signatures;
    std::erase_if(signatures, [&](const Signature& x) { return x.personId == personId; });
    signatures.push_back(s);
    bool complete = true;
    for (const Signer& signer : signers(review.compactId)) {
        const bool valid =
            std::any_of(signatures.begin(), signatures.end(), [&](const Signature& x) {
                return x.personId == signer.personId && x.fingerprint == s.fingerprint;
            });
        if (signer.required && !valid) {
            complete = false;
            outcome.stillToSign.push_back(signer.name);
        }
    }
    if (complete) {
        Review locked = review;
        locked.state = VersionState::Signed;
        locked.content = text;
        locked.fingerprint = s.fingerprint;
        locked.signedAt = locked.updated = s.created;
        impl_->writeReview(locked);
        auto stale = impl_->statement(
            "DELETE FROM review_signatures WHERE review_id = ? AND fingerprint <> ?");
        stale.bind(1, reviewId).bind(2, s.fingerprint);
        stale.run();
        outcome.locked = true;
        outcome.amendment = applyReview(*impl_, review, s.created);
    }
    transaction.commit();
    return outcome;
}

std::vector<SignerStatus> Workspace::reviewSignatureStatus(const std::string& reviewId) const {
    const Review review = impl_->loadReview(reviewId);
    const Compact compact = impl_->loadWhole(review.compactId);
    const std::string current =
        review.locked() ? review.fingerprint : sha256Hex(reviewText(*impl_, review, compact));
    std::vector<SignerStatus> out;
    for (const Signer& signer : signers(review.compactId)) {
        SignerStatus status{signer, std::nullopt, SignatureState::NotSigned, "not signed yet"};
        for (const Signature& s : review.signatures)
            if (s.personId == signer.personId) {
                status.signature = s;
                const bool valid = s.fingerprint == current;
                status.state = valid ? SignatureState::Valid : SignatureState::SignedEarlierText;
                status.message = valid ? "signed on " + formatIsoDate(s.signedOn)
                                       : "signed an earlier text; must sign again";
            }
        out.push_back(std::move(status));
    }
    return out;
}

void Workspace::Impl::verifyReviews(Workspace::VerifyReport& out) {
    std::vector<std::pair<std::string, std::string>> signedOnes; // review id, compact id
    {
        auto row = statement("SELECT id, compact_id FROM reviews WHERE state = 'signed' "
                             "ORDER BY compact_id, award_year");
        while (row.step())
            signedOnes.emplace_back(row.text(0), row.text(1));
    }
    for (const auto& [reviewId, compactId] : signedOnes) {
        ++out.signedReviews;
        std::string where = "review " + reviewId.substr(0, 8);
        try {
            const Compact compact = loadWhole(compactId);
            const Review review = loadReview(reviewId);
            where = compactLabel(compact) + ", " + yearLabel(review);
            const auto problem = [&](Text message) {
                out.problems.push_back(Problem(Severity::Error, where, std::move(message)));
            };
            if (sha256Hex(review.content) != review.fingerprint)
                problem(text(MC_TR("core", "its signed text no longer matches its fingerprint %1: "
                                           "the file was changed by another program"),
                             review.fingerprint.substr(0, kShortFingerprintLength)));
            const std::string changed = reviewContentDifference(
                review, inPeopleOrder(compact, loadReflections(reviewId)), review.content);
            if (!changed.empty())
                problem(text(MC_TR("core", "its %1 no longer say what was signed"), changed));
            for (const Signature& s : review.signatures)
                if (s.fingerprint != review.fingerprint)
                    problem(text(MC_TR("core", "the signature of %1 names another text (%2)"),
                                 s.typedName, s.fingerprint.substr(0, kShortFingerprintLength)));
        } catch (const std::exception& e) {
            out.problems.push_back(Problem(
                Severity::Error, where, text(MC_TR("core", "it cannot be read: %1"), reasonOf(e))));
        }
    }
}

std::vector<ReviewRecord> Workspace::reviewRecords(const std::string& compactId) const {
    std::vector<ReviewRecord> out;
    for (Review& review : impl_->loadReviews(compactId)) {
        auto reflections = impl_->loadReflections(review.id);
        out.push_back({std::move(review), std::move(reflections)});
    }
    return out;
}

} // namespace mc
