#pragma once
// Internals shared by the workspace_*.cpp files. Not part of core's API.

#include "core/review.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace mc {

// How a row is written: an upsert for an edit, which may replace the row;
// a plain INSERT for a row known to be new (insertCompacts), which spares
// SQLite the conflict handling of the upsert.
enum class WriteMode { Upsert, InsertNew };

struct Workspace::Impl {
    std::string path;
    OpenReport report;
    sqlite::Database db;
    // Prepared once and reused: an edit is a handful of statements, and
    // preparing them anew each time would cost more than running them.
    std::map<std::string, std::unique_ptr<sqlite::Statement>, std::less<>> statements;

    Impl(std::string filePath, const std::string& uri, int flags)
        : path(std::move(filePath)), db(uri, flags, path) {}

    // The cached statement for `sql`, ready to bind, reset again when the
    // returned use goes out of scope.
    sqlite::StatementUse statement(const std::string& sql) {
        auto found = statements.find(sql);
        if (found == statements.end())
            found =
                statements.emplace(sql, std::make_unique<sqlite::Statement>(db, sql, true)).first;
        return sqlite::StatementUse(*found->second);
    }

    // Throws when this workspace cannot be written.
    void requireWritable() const;
    // The compact's header, people and goals: enough to check a part's rules.
    // Throws mc::Error when there is no such compact.
    Compact loadContext(const std::string& compactId);
    Compact loadHeader(const std::string& compactId);
    std::vector<Person> loadPeople(const std::string& compactId);
    std::vector<Expectation> loadExpectations(const std::string& compactId);
    std::vector<Goal> loadGoals(const std::string& compactId);
    std::vector<Milestone> loadMilestones(const std::string& compactId);
    MeetingPlan loadMeetingPlan(const std::string& compactId);

    // Each throws mc::Error when the id is taken by another compact's row.
    void writeCompactRow(const Compact& compact, WriteMode mode = WriteMode::Upsert);
    void writePerson(const std::string& compactId, const Person& person,
                     WriteMode mode = WriteMode::Upsert);
    void writeExpectation(const std::string& compactId, const Expectation& expectation,
                          WriteMode mode = WriteMode::Upsert);
    void writeGoal(const std::string& compactId, const Goal& goal,
                   WriteMode mode = WriteMode::Upsert);
    void writeMilestone(const std::string& compactId, const Milestone& milestone,
                        WriteMode mode = WriteMode::Upsert);
    void writeMeetingPlan(const std::string& compactId, const MeetingPlan& plan,
                          WriteMode mode = WriteMode::Upsert);

    // --- Signing (workspace_signing.cpp) ---
    // The whole compact, as Workspace::loadCompact gives it.
    Compact loadWhole(const std::string& compactId);
    // The number of the latest version when it is signed (locked), else 0.
    int lockedVersion(const std::string& compactId);
    // Refuses an edit of a locked compact: always when `change` is empty,
    // otherwise when applying it to the compact changes what the version
    // agrees to (its canonical text). Progress edits pass.
    void refuseIfLocked(const std::string& compactId,
                        const std::function<void(Compact&)>& change = {});

    // Starts the next version of a signed compact inside the caller's
    // transaction; returns its number, or 0 when the latest is not signed.
    int amend(const std::string& compactId);

    // --- The meeting log (workspace_meetings.cpp) ---
    std::vector<Meeting> loadMeetings(const std::string& compactId);
    // Writes a checked meeting with its attendees and action items, replacing
    // what the meeting held before. Call it inside a transaction.
    void writeMeeting(const Meeting& meeting);

    // --- Yearly reviews (workspace_review_rows.cpp) ---
    // The compact's reviews by award year, each with entries and signatures.
    std::vector<Review> loadReviews(const std::string& compactId);
    // Throws mc::Error when there is no such review.
    Review loadReview(const std::string& reviewId);
    std::vector<Reflection> loadReflections(const std::string& reviewId);
    // Writes the review row and its entries (replacing those it had), or
    // with InsertNew a review known to be new. Inside a transaction.
    void writeReview(const Review& review, WriteMode mode = WriteMode::Upsert);
    void writeReflection(const std::string& reviewId, const Reflection& reflection,
                         WriteMode mode = WriteMode::Upsert);
    // verify() for signed reviews (workspace_reviews.cpp): each one's text
    // matches its fingerprint and its rows, each signature names it.
    void verifyReviews(Workspace::VerifyReport& out);
};

// Throws the Error-severity problems as a ValidationError; warnings pass.
void refuseErrors(std::vector<Problem> problems);

// A signature row (id, owner, person_id, role, typed_name, signed_on,
// drawing, fingerprint, created) of the compact's `signatures` or of
// `review_signatures`: read from a SELECT of those columns in that order
// (the owner column left out), or inserted under `ownerColumn`.
Signature readSignature(const sqlite::StatementUse& row);
void insertSignatureRow(Workspace::Impl& impl, const char* table, const char* ownerColumn,
                        const std::string& ownerId, const Signature& signature);

// Fills an empty id and stamps; `updated` becomes `now` when `touch` is set.
void fillStamps(Stamps& stamps, const std::string& now, bool touch);

} // namespace mc
