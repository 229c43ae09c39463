// Yearly reviews arriving with compacts from a JSON file (importJson):
// checked as a whole before anything is written, then inserted with their
// ids and stamps inside the caller's transaction.

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/ids.h"
#include "core/workspace_impl.h"

#include <map>
#include <set>

namespace mc {

namespace {

// validateReview speaks of "review..."; a file's reader wants its own path.
void addUnder(std::vector<Problem>& problems, std::vector<Problem> found, const std::string& path,
              const std::string& prefix) {
    for (Problem& problem : found) {
        if (problem.field.rfind(prefix, 0) == 0)
            problem.field = path + problem.field.substr(prefix.size());
        problems.push_back(std::move(problem));
    }
}

} // namespace

void Workspace::checkReviews(const std::vector<Compact>& compacts,
                             const std::vector<ReviewRecord>& reviews) const {
    std::vector<Problem> problems;
    std::map<std::string, std::size_t> compactIndex;
    for (std::size_t i = 0; i < compacts.size(); ++i)
        compactIndex.emplace(compacts[i].id, i);
    std::map<std::string, std::size_t> perCompact;
    std::set<std::string> idsSeen;
    std::set<std::pair<std::string, int>> yearsSeen;
    const auto checkNewId = [&](const char* table, const std::string& id,
                                const std::string& field) {
        auto row = impl_->statement(std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
        row.bind(1, id);
        if (!idsSeen.insert(id).second || row.step())
            problems.push_back(Problem(
                Severity::Error, field + ".id",
                text(MC_TR("core", "the id \"%1\" is already used in this workspace"), id)));
    };
    const Date noLimit(boost::gregorian::max_date_time);
    for (const ReviewRecord& record : reviews) {
        const Review& review = record.review;
        const auto found = compactIndex.find(review.compactId);
        if (found == compactIndex.end())
            throw Error(text(MC_TR("core", "A review of the compact %1 was given without its "
                                           "compact."),
                             review.compactId));
        const Compact& compact = compacts[found->second];
        const std::string path = "compacts[" + std::to_string(found->second) + "].reviews[" +
                                 std::to_string(perCompact[review.compactId]++) + "]";
        addUnder(problems, validateReview(review, compact, noLimit), path, "review");
        checkNewId("reviews", review.id, path);
        if (!yearsSeen.insert({review.compactId, review.awardYear}).second)
            problems.push_back(Problem(
                Severity::Error, path + ".awardYear",
                text(MC_TR("core", "award year %1 has a review already"), review.awardYear)));
        for (std::size_t i = 0; i < record.reflections.size(); ++i) {
            const std::string at = path + ".reflections[" + std::to_string(i) + "]";
            addUnder(problems, validateReflection(record.reflections[i], at), at, at);
            checkNewId("review_reflections", record.reflections[i].id, at);
        }
        for (std::size_t i = 0; i < review.signatures.size(); ++i)
            checkNewId("review_signatures", review.signatures[i].id,
                       path + ".signatures[" + std::to_string(i) + "]");
        if (!review.locked())
            continue;
        if (sha256Hex(review.content) != review.fingerprint)
            problems.push_back(
                Problem(Severity::Error, path + ".content",
                        text(MC_TR("core", "the signed text does not match its fingerprint"))));
        const std::string changed = reviewContentDifference(
            review, inPeopleOrder(compact, record.reflections), review.content);
        if (!changed.empty())
            problems.push_back(Problem(
                Severity::Error, path + "." + changed,
                text(MC_TR("core", "does not say what was signed (the signed text differs)"))));
        for (std::size_t i = 0; i < review.signatures.size(); ++i)
            if (review.signatures[i].fingerprint != review.fingerprint)
                problems.push_back(Problem(
                    Severity::Error, path + ".signatures[" + std::to_string(i) + "].fingerprint",
                    text(MC_TR("core", "names another text than the review's"))));
    }
    refuseErrors(std::move(problems));
}

void Workspace::insertReviews(const std::vector<ReviewRecord>& reviews) {
    const std::string now = utcTimestampNow();
    for (ReviewRecord record : reviews) {
        fillStamps(record.review, now, false);
        impl_->writeReview(record.review, WriteMode::InsertNew);
        for (Reflection& reflection : record.reflections) {
            if (reflection.created.empty())
                reflection.created = now;
            if (reflection.updated.empty())
                reflection.updated = now;
            impl_->writeReflection(record.review.id, reflection, WriteMode::InsertNew);
        }
        for (const Signature& s : record.review.signatures)
            insertSignatureRow(*impl_, "review_signatures", "review_id", record.review.id, s);
    }
}

} // namespace mc
