#pragma once
// A workspace: one `.compact` SQLite file holding one or many compacts.
// This is the store layer; all SQL lives behind these functions.
//
// Every edit is one transaction, committed before the function returns;
// on any failure it rolls back and the file is as it was. Rules are checked
// before anything is written: a ValidationError means nothing was stored.

#include "core/error.h"
#include "core/model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mc {

enum class OpenMode { ReadWrite, ReadOnly };

// What happened while opening: a migration from an older schema (and the
// backup made first), or a fall-back to read-only because the file cannot
// be written.
struct OpenReport {
    int fromVersion = 0;
    int toVersion = 0;
    std::string backupPath; // set when an older file was upgraded
    bool readOnly = false;
    std::string readOnlyReason;
};

class Workspace {
public:
    // `PRAGMA application_id` of our files: "MCPT" in ASCII.
    static constexpr std::int32_t kApplicationId = 0x4D435054;
    static constexpr int kSchemaVersion = 2;

    // Creates a new, empty workspace file. Refuses to overwrite anything.
    static Workspace create(const std::string& path, const std::string& name);
    // Opens an existing workspace. Gives a clear mc::Error, and leaves the file
    // untouched, for a missing, empty, foreign, damaged or newer file. An
    // older file is backed up to `<path>.v<N>.bak` and migrated step by step.
    // A file that cannot be written (no write permission) opens read-only.
    static Workspace open(const std::string& path, OpenMode mode = OpenMode::ReadWrite);

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    const std::string& path() const;
    bool isReadOnly() const;
    const OpenReport& openReport() const;

    WorkspaceInfo info() const;
    void rename(const std::string& name);
    // Takes over another workspace's identity (id, name, stamps), as when a
    // whole workspace is imported from JSON into a new file: export, import
    // and export again then give the same bytes. Refused once the workspace
    // holds compacts, so an identity is never swapped under existing data.
    void adoptIdentity(const WorkspaceInfo& identity);

    // --- Reading ---
    std::vector<CompactListEntry> listCompacts() const;
    std::vector<CohortRow> cohortSummary(const Date& today) const;
    bool hasCompact(const std::string& compactId) const;
    // The whole compact with its people, expectations, goals, milestones and
    // meeting plan, each list in display order. Throws mc::Error if unknown.
    Compact loadCompact(const std::string& compactId) const;
    std::vector<Compact> loadAllCompacts() const;
    // The id of the one compact whose id starts with `prefix` (at least 4
    // characters, like a short git hash). Throws mc::Error when none or
    // several match.
    std::string resolveCompactId(const std::string& prefix) const;

    // --- Editing: one transaction each ---
    // Adds a whole compact with its parts. Empty ids and stamps are filled
    // in; the stored compact is returned.
    Compact addCompact(Compact compact);
    // Saves title, program, cohort, status, template and dates.
    Compact saveCompactHeader(const Compact& compact);
    void deleteCompact(const std::string& compactId);

    // Saves (inserts or updates) one part of a compact. Returns what was
    // stored, with id and stamps filled in. Deleting a person refuses while
    // a goal or milestone names them.
    Person savePerson(const std::string& compactId, Person person);
    void deletePerson(const std::string& compactId, const std::string& personId);
    Expectation saveExpectation(const std::string& compactId, Expectation expectation);
    void deleteExpectation(const std::string& compactId, const std::string& expectationId);
    Goal saveGoal(const std::string& compactId, Goal goal);
    void deleteGoal(const std::string& compactId, const std::string& goalId);
    Milestone saveMilestone(const std::string& compactId, Milestone milestone);
    void deleteMilestone(const std::string& compactId, const std::string& milestoneId);
    MeetingPlan saveMeetingPlan(const std::string& compactId, MeetingPlan plan);

    // Inserts compacts exactly as given (ids and stamps kept), all or none.
    // Refuses a compact whose id is already in the workspace.
    void insertCompacts(const std::vector<Compact>& compacts);

    // --- Checking ---
    // SQLite's integrity check plus every domain rule on every compact.
    std::vector<Problem> check() const;
    // Changes whenever another connection (another program) commits to the
    // file: compare two readings to know when to refresh.
    std::int64_t dataVersion() const;

    struct Impl;

private:
    explicit Workspace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace mc
