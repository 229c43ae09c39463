#pragma once
// A workspace: one `.compact` SQLite file holding one or many compacts.
// This is the store layer; all SQL lives behind these functions.
//
// Every edit is one transaction, committed before the function returns;
// on any failure it rolls back and the file is as it was. Rules are checked
// before anything is written: a ValidationError means nothing was stored.

#include "core/alignment.h"
#include "core/dashboard.h"
#include "core/error.h"
#include "core/model.h"
#include "core/review.h"
#include "core/signing.h"
#include "core/worksheet.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mc {

// The merge's values (core/merge.h).
struct JsonDocument;
struct MergeOptions;
struct MergeReport;
struct StoredConflict;
enum class ConflictChoice;

enum class OpenMode { ReadWrite, ReadOnly };

// What happened while opening: a migration from an older schema (and the
// backup made first), or a fall-back to read-only because the file cannot
// be written.
struct OpenReport {
    int fromVersion = 0;
    int toVersion = 0;
    std::string backupPath; // set when an older file was upgraded
    bool readOnly = false;
    // Why, translatable (empty when the file can be written).
    Text readOnlyReason;
};

class Workspace {
public:
    // `PRAGMA application_id` of our files: "MCPT" in ASCII.
    static constexpr std::int32_t kApplicationId = 0x4D435054;
    static constexpr int kSchemaVersion = 9;

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
    // Closes a compact (the closing phase, issue 7): status closed, with
    // the day it ended (not before its start, not after `today`), the reason
    // and a note. Allowed on a signed compact: closing changes nothing that
    // was agreed. Refused for one already closed.
    Compact closeCompact(const std::string& compactId, const Closing& closing, const Date& today);
    // Takes a closed compact out of the archive: the closing is forgotten
    // and the status is again what its versions say (signed, amended, ...).
    Compact reopenCompact(const std::string& compactId);

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

    // --- Worksheets and alignment (issue 4; core/worksheet.h, alignment.h) ---
    // Blind entry: a person's answers are for them alone until they submit.
    // The interface picks who is looking (the viewer) and shows only what
    // worksheetsVisibleTo returns; a submitted worksheet is locked.
    // Only the scholar and the mentors have worksheets.

    // The viewer's own worksheet whole (draft or not), and the others' only
    // once submitted; in the compact's order of people.
    std::vector<Worksheet> worksheetsVisibleTo(const std::string& compactId,
                                               const std::string& viewerPersonId) const;
    // Who has started and who has submitted, without any answers: one row
    // per scholar and mentor, in the compact's order.
    std::vector<WorksheetProgress> worksheetProgress(const std::string& compactId) const;
    // The person's worksheet, creating a draft when there is none: one
    // unanswered row per topic of the compact's template (found among the
    // built-in templates and those in `ownTemplateFolder`), or per catalogue
    // topic when the compact has no template or it does not load. Returns
    // the whole worksheet: call it only for the person at the keyboard.
    Worksheet openWorksheet(const std::string& compactId, const std::string& personId,
                            const std::string& ownTemplateFolder = {});
    // Saves one answer of a draft (matched by id; a new id adds it).
    // Refused for a submitted worksheet ("submitted on <date>: it is
    // locked") or an answer out of range (ValidationError, field
    // "answer.importance" and so on). Returns what was stored.
    WorksheetAnswer saveWorksheetAnswer(const std::string& worksheetId, WorksheetAnswer answer);
    // Adds a topic of the person's own ("custom.<slug>") to a draft, empty.
    // Refuses a title whose topic the worksheet already has.
    WorksheetAnswer addOwnTopic(const std::string& worksheetId, Domain domain,
                                const std::string& title);
    // Removes a topic the person added themselves from a draft.
    void deleteOwnTopic(const std::string& worksheetId, const std::string& answerId);
    // Submits a draft: from now on the others see it and it is locked.
    // Returns the submitted worksheet.
    Worksheet submitWorksheet(const std::string& worksheetId);
    // Every submitted worksheet of the compact, in the order of its people.
    std::vector<Worksheet> submittedWorksheets(const std::string& compactId) const;
    // Stores a submitted worksheet from another workspace exactly as given
    // (ids and stamps kept), replacing the person's draft here if any.
    // Refuses: a draft, another compact's worksheet, a person not in the
    // compact or without a worksheet role, and one already here
    // ("already imported on <date>"). Prefer importWorksheetJson.
    Worksheet importWorksheet(const Worksheet& worksheet);
    // The comparison of the submitted worksheets (computeAlignment). Throws
    // mc::Error with the reason when fewer than two are submitted.
    AlignmentReport alignment(const std::string& compactId,
                              const std::string& ownTemplateFolder = {}) const;
    // Stores an agreed clause, written from worksheet answers, and links it
    // to them, in one transaction. The clause is saved with origin
    // negotiated and state agreed whatever it says; every answer must be
    // in a submitted worksheet of this compact. Returns the stored clause.
    Expectation agreeClause(const std::string& compactId, Expectation clause,
                            const std::vector<std::string>& answerIds);
    // The ids of the worksheet answers an agreed clause came from.
    std::vector<std::string> expectationSources(const std::string& expectationId) const;

    // --- Checking ---
    // SQLite's integrity check plus every domain rule on every compact.
    std::vector<Problem> check() const;
    // Changes whenever another connection (another program) commits to the
    // file: compare two readings to know when to refresh.
    std::int64_t dataVersion() const;

    // --- Signing and versions (issue 5; core/signing.h) ---
    // A compact is signed as a version. When every required signer has
    // signed the text as it is now, the version locks: every edit of what it
    // agrees to is refused ("this compact is signed (version N); start an
    // amendment to change it") until startAmendment adds the next version.
    // Progress (milestone status, done date, outcome, confirmation; goal
    // status) and worksheets are not part of a version and stay editable.

    // The scholar, mentors, chair and director of the compact with whether
    // each must sign, in the compact's order of people.
    std::vector<Signer> signers(const std::string& compactId) const;
    // Makes a person's signature required or not. Refused for the program
    // director (who only acknowledges) and while the compact is locked.
    // Locks the version when this leaves every required signer signed.
    void setSignerRequired(const std::string& compactId, const std::string& personId,
                           bool required);
    // Signs the latest version as the compact is now. `typedName` must be
    // the person's name (case and spaces aside), `date` not before the
    // compact was created nor after `today`. Signing again replaces the
    // person's signature. The signature that completes the required ones
    // locks the version in the same transaction.
    SignOutcome sign(const std::string& compactId, const std::string& personId,
                     const std::string& typedName, const Date& date, const Drawing& drawing,
                     const Date& today);
    // Each signer of the latest version and where their signature stands.
    std::vector<SignerStatus> signatureStatus(const std::string& compactId) const;
    // Starts an amendment of a signed compact: version N+1, a draft; the
    // compact's status becomes amended. Returns the new version's number.
    int startAmendment(const std::string& compactId);
    // The history, oldest first.
    std::vector<VersionSummary> versions(const std::string& compactId) const;
    // The number of the latest version and whether it is locked.
    std::pair<int, bool> currentVersion(const std::string& compactId) const;
    // A signed version's text read back; the latest draft gives the live
    // compact. Throws mc::Error for an unknown version.
    Compact versionContent(const std::string& compactId, int number) const;
    // Every signed version checked (core/signing.h, verifySigning): the
    // problems name the compact, the version and the first changed field.
    // Never throws for a damaged row: it is reported.
    struct VerifyReport {
        int signedVersions = 0;
        int signedReviews = 0;
        std::vector<Problem> problems;
    };
    VerifyReport verify() const;
    // The stored history, as JSON export writes it.
    SigningHistory signingHistory(const std::string& compactId) const;
    // Inserts compacts and their histories in one transaction, all or none,
    // as importJson does for a file that holds versions; with them the
    // compacts' submitted worksheets (insertWorksheets) and meeting logs
    // (insertMeetings), if any.
    void insertCompactsWithHistory(const std::vector<Compact>& compacts,
                                   const std::vector<SigningHistory>& histories,
                                   const std::vector<Worksheet>& worksheets = {},
                                   const std::vector<Meeting>& meetings = {},
                                   const std::vector<ReviewRecord>& reviews = {});

    // --- The meeting log (issue 6; core/meeting_log.h, meeting_adherence.h) ---
    // Kept with the compact but not part of what is signed: no fingerprint
    // covers it, and it stays editable while the compact's version is
    // locked. Only promoting an action item asks the lock, since that adds
    // a milestone.

    // The compact's meetings, newest first (by date, then by when they were
    // logged), each with its attendees and action items in their order.
    std::vector<Meeting> meetings(const std::string& compactId) const;
    // Adds (empty or unknown id) or replaces one meeting of the compact,
    // checked by validateMeeting against `today` (a ValidationError names
    // every problem, with paths like "meeting.actionItems[0].owner"). The
    // names of attendees and owners are filled in from the people. Returns
    // what was stored.
    Meeting saveMeeting(const std::string& compactId, Meeting meeting, const Date& today);
    // Deletes a meeting with its attendees and action items.
    void deleteMeeting(const std::string& compactId, const std::string& meetingId);
    // Marks an action item of the compact done, or not done again.
    ActionItem setActionItemDone(const std::string& compactId, const std::string& actionItemId,
                                 bool done);
    // Turns an action item into a planned milestone, in one transaction:
    // its text becomes the title, its owner the person responsible, its due
    // date the milestone's; the item then names the milestone. Refused with
    // the reason when the item has no owner or no due date, is a milestone
    // already, or the compact's version is locked (milestones are signed).
    Milestone promoteActionItem(const std::string& compactId, const std::string& actionItemId);

    // --- Yearly reviews (issue 6; core/review.h) ---
    // One review per compact and award year (reviewPeriods). A draft is
    // edited freely; the scholar and every mentor each write a reflection,
    // blind until all have submitted; then the required signers of the
    // compact sign the review's text. The last required signature locks it
    // and carries its conclusions into the compact in the same transaction:
    // milestone outcomes and goal statuses as progress, and rescheduled
    // milestones and changed or dropped expectations as an amendment (the
    // next version, a draft to sign) when the compact is signed.

    // The compact's reviews by award year, each with its signatures.
    std::vector<Review> reviews(const std::string& compactId) const;
    // One review; throws mc::Error when there is none.
    Review review(const std::string& reviewId) const;
    // Starts the review of an award year (draftReview: the year's
    // milestones, the goals, the agreed expectations), held on `heldOn`.
    // Refused for a year the award does not have, or one already started.
    Review startReview(const std::string& compactId, int awardYear, const Date& heldOn,
                       const Date& today);
    // Saves a draft review (validateReview against `today`; a
    // ValidationError names every problem). Refused once the review is
    // signed. A signature given before the change no longer counts.
    Review saveReview(Review review, const Date& today);
    // Deletes a draft review with its reflections; refused once signed.
    void deleteReview(const std::string& reviewId);

    // Who reflects and how far they are, in the compact's order of people.
    std::vector<ReflectionStatus> reflectionStatus(const std::string& reviewId) const;
    // The viewer's own reflection (draft or not; an empty one when not
    // started) and, once everyone has submitted, the others'.
    std::vector<Reflection> reflectionsVisibleTo(const std::string& reviewId,
                                                 const std::string& viewerPersonId) const;
    // Saves the person's draft reflection (validateReflection). Refused
    // for someone neither scholar nor mentor, and once submitted.
    Reflection saveReflection(const std::string& reviewId, Reflection reflection);
    // Submits the person's reflection on `date` (not after `today`): both
    // scales must be answered. From then on it is locked.
    Reflection submitReflection(const std::string& reviewId, const std::string& personId,
                                const Date& date, const Date& today);

    // Signs the review as it is now, as Workspace::sign does a compact:
    // typed name, date (not before the review was held, not after today),
    // optional drawing. Refused while reviewReadiness gives reasons, or
    // once the person's signature of a locked review is there.
    SignOutcome signReview(const std::string& reviewId, const std::string& personId,
                           const std::string& typedName, const Date& date, const Drawing& drawing,
                           const Date& today);
    // The compact's signers and where each stands on this review's text.
    std::vector<SignerStatus> reviewSignatureStatus(const std::string& reviewId) const;
    // Every review with all reflections, for the JSON export.
    std::vector<ReviewRecord> reviewRecords(const std::string& compactId) const;

    // --- Merging another workspace or JSON file (issue 7; core/merge.h) ---
    // Merges `incoming` (readMergeSource) by ids: new compacts whole, and
    // for a compact on both sides the three-way rule per field against
    // what that source said at the last merge (merge_base), newer versions
    // and signatures, new meetings, reviews, reflections and submitted
    // worksheets. Both sides changed differently: a conflict, settled by
    // options (flagged by default: kept ours and stored to settle later).
    // Signed content is never changed. One transaction, checked whole
    // before writing; a dry run writes nothing (the preview). Merging the
    // same file again changes nothing.
    MergeReport merge(const JsonDocument& incoming, const MergeOptions& options);
    // The flagged conflicts, oldest first: of one compact, or all when
    // `compactId` is empty; settled ones too when asked.
    std::vector<StoredConflict> mergeConflicts(const std::string& compactId = {},
                                               bool includeSettled = false) const;
    // Compact id -> how many flagged conflicts are not settled yet.
    std::map<std::string, int> mergeConflictCounts() const;
    // Settles a flagged conflict: keep ours, or take theirs (checked as
    // any edit; refused for signed content and while the compact is locked).
    void resolveMergeConflict(std::int64_t conflictId, ConflictChoice choice);

    // --- The program director's desk (issue 7; core/dashboard.h) ---
    // Set-based: a handful of queries for the whole workspace, never a
    // loadCompact per compact. Rows in the order of listCompacts.

    // Where each compact matching `filter` stands on `today`.
    std::vector<DashboardRow> dashboard(const Date& today, const CohortFilter& filter = {}) const;
    // Derives again what the dashboard keeps (schema 9: the live fingerprint
    // of each draft someone has signed, each compact's alignment counts) for
    // the compacts whose kept figures a change has forgotten, in one write
    // transaction. Cheap when nothing changed; the window calls it before
    // showing the dashboard. dashboard() and measureRows() are right without
    // it, only slower. Nothing to do (zeros) on a read-only workspace.
    struct DashboardCacheUpdate {
        int fingerprints = 0; // compacts whose live fingerprint was derived
        int alignments = 0;   // compacts whose alignment counts were derived
    };
    DashboardCacheUpdate updateDashboardCache();
    // One row per compact matching `filter` and award year that has
    // started by `today` (the measures of docs/file-formats.md).
    std::vector<MeasureRow> measureRows(const Date& today, const CohortFilter& filter = {}) const;
    // The compact's milestones with the due dates signed reviews moved
    // them from, in the compact's order (throws mc::Error if unknown).
    std::vector<TimelineMilestone> milestoneTimeline(const std::string& compactId) const;

    struct Impl;

private:
    // importJson inserts what parseJson has just checked against every rule
    // (and reported with JSON paths): it alone may skip the second check.
    friend int importJson(Workspace& workspace, std::string_view text);
    enum class Rules { Check, CheckedByCaller };
    void insertCompacts(const std::vector<Compact>& compacts, Rules rules,
                        const std::vector<Worksheet>& worksheets = {},
                        const std::vector<Meeting>& meetings = {},
                        const std::vector<ReviewRecord>& reviews = {});
    // Worksheets and alignment: the submitted worksheets of compacts being
    // inserted (importJson), written inside the caller's transaction, ids
    // and stamps kept. `compacts` are the ones being inserted: each
    // worksheet must be submitted, of one of them, by its scholar or a
    // mentor, one per person, and pass validateWorksheet; problems carry
    // the paths compacts[i].worksheets[j]... Throws ValidationError before
    // writing anything. Call it before the first write.
    void checkWorksheets(const std::vector<Compact>& compacts,
                         const std::vector<Worksheet>& worksheets) const;
    void insertWorksheets(const std::vector<Worksheet>& worksheets);
    // The meeting logs of compacts being inserted (workspace_meetings.cpp),
    // the same way: each meeting of one of `compacts`, passing
    // validateMeeting (any date: the file was written elsewhere), its ids
    // new to the workspace; paths compacts[i].meetings[j]... Throws
    // ValidationError before anything is written. Ids and stamps are kept.
    void checkMeetings(const std::vector<Compact>& compacts,
                       const std::vector<Meeting>& meetings) const;
    void insertMeetings(std::vector<Meeting> meetings);
    // The yearly reviews of compacts being inserted (workspace_review_import.cpp),
    // the same way: each of one of `compacts`, one per award year, passing
    // validateReview and validateReflection; a signed one's text must match
    // its fingerprint, its rows and its signatures. Paths
    // compacts[i].reviews[j]... Ids and stamps are kept.
    void checkReviews(const std::vector<Compact>& compacts,
                      const std::vector<ReviewRecord>& reviews) const;
    void insertReviews(const std::vector<ReviewRecord>& reviews);

    explicit Workspace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace mc
