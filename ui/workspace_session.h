#pragma once
// The open workspace as the editor sees it: every edit goes through here,
// becomes one undoable command on the undo stack, and is announced with a
// signal so pages refresh. Pages never call the store's edit functions
// themselves; they read through workspace() and edit through the session.
//
// Each edit returns an empty string when it was stored, or the message
// that says why it was refused (nothing was stored then). The session
// also watches the file for changes made by another program.

#include "core/workspace.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QTimer;
class QUndoStack;

namespace mc::ui {

class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    // Takes the workspace; the undo stack is owned by the caller and must
    // outlive the session.
    WorkspaceSession(Workspace workspace, QUndoStack& undoStack, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    Workspace& workspace() { return workspace_; }
    const Workspace& workspace() const { return workspace_; }
    QUndoStack& undoStack() { return undoStack_; }

    // Whole compacts.
    QString addCompact(Compact compact, QString* newId = nullptr);
    QString deleteCompact(const std::string& compactId);
    QString saveCompactHeader(const Compact& changed);
    // Closes and archives a compact (core's closeCompact); undo reopens it.
    QString closeCompact(const std::string& compactId, const Closing& closing, const Date& today);
    // Reopens a closed compact; undo closes it again as it was.
    QString reopenCompact(const std::string& compactId, const Date& today);

    // Parts of a compact. A part with an empty id is new; the session gives
    // it an id first so that redo re-creates the very same part.
    QString savePerson(const std::string& compactId, Person person);
    QString deletePerson(const std::string& compactId, const std::string& personId);
    QString saveExpectation(const std::string& compactId, Expectation expectation);
    QString deleteExpectation(const std::string& compactId, const std::string& expectationId);
    // Swaps the expectation with its neighbour in the same domain (-1 up, +1 down).
    QString moveExpectation(const std::string& compactId, const std::string& expectationId,
                            int step);
    QString saveGoal(const std::string& compactId, Goal goal);
    QString deleteGoal(const std::string& compactId, const std::string& goalId);
    QString saveMilestone(const std::string& compactId, Milestone milestone);
    QString deleteMilestone(const std::string& compactId, const std::string& milestoneId);
    QString saveMeetingPlan(const std::string& compactId, const MeetingPlan& plan);

    // Worksheets and alignment (workspace_session_worksheets.cpp). A person's
    // worksheet is found by compact and person; only the person at the
    // keyboard should edit it (blind entry is the store's rule).
    //
    // Starts the person's worksheet: an unanswered draft. Not on the undo
    // stack, since an empty draft holds nothing to lose; `started` gets it.
    QString openWorksheet(const std::string& compactId, const std::string& personId,
                          Worksheet* started = nullptr);
    // Saves one answer of the person's draft; undo puts the answer back.
    QString saveWorksheetAnswer(const std::string& compactId, const std::string& personId,
                                WorksheetAnswer answer);
    // Adds a topic of the person's own; undo removes it, with what was written in it.
    QString addOwnTopic(const std::string& compactId, const std::string& personId, Domain domain,
                        const std::string& title, std::string* answerId = nullptr);
    // Submits the person's draft. Final: the store locks a submitted
    // worksheet, so nothing goes on the undo stack.
    QString submitWorksheet(const std::string& compactId, const std::string& personId);
    // Stores a submitted worksheet from a worksheet file (`text`, named
    // `fileName` in messages). Refuses a file for another compact than
    // `compactId`, and whatever core refuses. Not undoable: an imported
    // worksheet is submitted, so locked. `imported` gets what was stored.
    QString importWorksheet(const std::string& compactId, const std::string& text,
                            const std::string& fileName, Worksheet* imported = nullptr);
    // Adds an agreed clause written from worksheet answers: negotiated,
    // agreed, linked to `answerIds`, at the end of its domain. Undo removes
    // the clause and its links.
    QString agreeClause(const std::string& compactId, Expectation clause,
                        const std::vector<std::string>& answerIds);

    // Signing and versions (workspace_session_signing.cpp, issue 5). All
    // final: a signature, a change of who signs and the start of an
    // amendment are not on the undo stack (a signature cannot be taken back).
    //
    // Makes the person's signature required or not.
    QString setSignerRequired(const std::string& compactId, const std::string& personId,
                              bool required);
    // Signs the latest version as the compact is now; `outcome` gets what
    // core returned (whether this signature locked the version).
    QString sign(const std::string& compactId, const std::string& personId,
                 const std::string& typedName, const Date& date, const Drawing& drawing,
                 const Date& today, SignOutcome* outcome = nullptr);
    // Starts version N+1 as a draft; `number` gets N+1.
    QString startAmendment(const std::string& compactId, int* number = nullptr);

    // The meeting log (workspace_session_meetings.cpp, issue 6). Not signed
    // content: these stay possible while the compact's version is locked,
    // except making a milestone, which core refuses then.
    //
    // Logs a new meeting (empty id) or replaces one, checked against
    // `today`. The session gives the meeting and its new action items ids
    // first, so that redo re-creates the very same ones; undo removes a new
    // meeting or puts the previous one back.
    QString saveMeeting(const std::string& compactId, Meeting meeting, const Date& today);
    // Deletes a meeting; undo brings it back with its ids.
    QString deleteMeeting(const std::string& compactId, const std::string& meetingId);
    // Marks an action item done or open again; undo sets it back.
    QString setActionItemDone(const std::string& compactId, const std::string& actionItemId,
                              bool done);
    // Turns an action item into a planned milestone; `milestoneId` gets its
    // id. Undo deletes that milestone (the item's link goes with it); redo
    // brings back the same milestone and link.
    QString promoteActionItem(const std::string& compactId, const std::string& actionItemId,
                              std::string* milestoneId = nullptr);

    // --- Yearly reviews (workspace_session_reviews.cpp, issue 6) ---
    // Not on the undo stack: reflections and signatures are final, and a
    // review's draft is saved whole, so a second save is the way back.
    // Each announces compactChanged (a signed review changes milestones,
    // goals and may start an amendment), so every page refreshes.
    //
    // Starts the review of `awardYear`, held on `heldOn`; `started` gets it.
    QString startReview(const std::string& compactId, int awardYear, const Date& heldOn,
                        const Date& today, Review* started = nullptr);
    // Saves a draft review; `problems` gets core's findings when it refuses.
    QString saveReview(const Review& review, const Date& today,
                       std::vector<Problem>* problems = nullptr);
    QString deleteReview(const std::string& compactId, const std::string& reviewId);
    // The person's draft reflection; `problems` as for saveReview.
    QString saveReflection(const std::string& compactId, const std::string& reviewId,
                           const Reflection& reflection, std::vector<Problem>* problems = nullptr);
    // Submits the person's reflection on `date`: it is locked from then on.
    QString submitReflection(const std::string& compactId, const std::string& reviewId,
                             const std::string& personId, const Date& date, const Date& today);
    // Signs the review as the person; `outcome` says whether it locked the
    // review and which amendment it started.
    QString signReview(const std::string& compactId, const std::string& reviewId,
                       const std::string& personId, const std::string& typedName, const Date& date,
                       const Drawing& drawing, const Date& today, SignOutcome* outcome = nullptr);
    // --- end of yearly reviews ---

    // Settles a merge conflict flagged on `compactId` (issue 7): keep ours
    // or take theirs (core's resolveMergeConflict). Final, not on the undo
    // stack: core cannot flag a settled conflict again. Announces the
    // compact's change, so every page, the list and the dashboard refresh.
    QString resolveMergeConflict(const std::string& compactId, std::int64_t conflictId,
                                 ConflictChoice choice);

    // Checks the file for another program's changes now (also done by a
    // timer every `pollMs` milliseconds while the session lives: 500 by
    // default, so another program's change shows within a second).
    void checkForExternalChanges();
    void setPollInterval(int pollMs);
    int pollInterval() const;

signals:
    // A compact's content changed (by an edit, undo or redo).
    void compactChanged(const QString& compactId);
    // Compacts were added or removed, or a header shown in the list changed.
    void compactListChanged();
    // Another program changed the file: everything shown may be stale.
    void externalChange();
    // An undo or redo could not be applied (the file changed meanwhile, or
    // cannot be written); the message says why.
    void undoFailed(const QString& message);

private:
    friend class SessionCommand;
    // Runs `redo` now; when it succeeds pushes a command that can undo and
    // redo it. Returns the refusal message, or empty.
    QString perform(const QString& text, const std::string& compactId, bool listChanges,
                    std::function<void()> redo, std::function<void()> undo);
    void announce(const std::string& compactId, bool listChanges);
    // The compact as it is now (what undo puts back), or nothing with the
    // reason in `refusal` (deleted meanwhile by another program, say).
    std::optional<Compact> loadForEdit(const std::string& compactId, QString& refusal);
    void rememberDataVersion();

    Workspace workspace_;
    QUndoStack& undoStack_;
    QTimer* pollTimer_ = nullptr;
    std::int64_t knownDataVersion_ = 0;
};

} // namespace mc::ui
