#pragma once
// The meeting log on the Meetings page (issue 6): how well the meetings
// keep to the plan in one plain sentence, the meetings newest first (date,
// who attended, topics, open action items), and the selected meeting's
// action items and notes. Log a meeting…, Edit…, Delete, Mark done and
// Make a milestone go through the session, so each can be undone.
//
// The log is not signed content: it stays editable while the compact's
// version is locked (only the workspace being read-only stops it); making
// a milestone is then refused by core, and its message is shown.
//
// Keyboard, in the table: Insert logs a meeting, F2 or Enter edits the
// selected one, Delete deletes it.

#include "core/model.h"

#include <QWidget>
#include <functional>
#include <string>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace mc::ui {

class MeetingDialog;
class MeetingLogModel;
class WorkspaceSession;

class MeetingLogPanel : public QWidget {
    Q_OBJECT
public:
    // Shows the dialog (modally by default); true when it was accepted.
    using DialogRunner = std::function<bool(MeetingDialog&)>;
    // Shows a refusal when the message is not empty; true when stored.
    using Acceptor = std::function<bool(const QString& message)>;

    explicit MeetingLogPanel(QWidget* parent = nullptr);

    // The session to read and edit through (nullptr: nothing is shown).
    void setSession(WorkspaceSession* session, Acceptor accepted);
    // Shows the log of `compact` as stored; `today` counts adherence and
    // is the latest date a meeting may be logged on.
    void showCompact(const Compact& compact, const Date& today);
    // Replaces the dialog (tests fill and accept one without exec()).
    void setDialogRunner(DialogRunner runner) { runDialog_ = std::move(runner); }

    MeetingLogModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QLabel* adherenceLabel() const { return adherence_; }
    QListWidget* actionItemList() const { return items_; }
    QPushButton* logButton() const { return logButton_; }
    QPushButton* editButton() const { return editButton_; }
    QPushButton* deleteButton() const { return deleteButton_; }
    QPushButton* doneButton() const { return doneButton_; }
    QPushButton* milestoneButton() const { return milestoneButton_; }

    std::string selectedMeetingId() const;
    void selectMeeting(const std::string& meetingId);
    std::string selectedActionItemId() const;
    void selectActionItem(const std::string& actionItemId);

    void logMeeting();
    void editSelectedMeeting();
    void deleteSelectedMeeting();
    // Marks the selected action item done, or open again when it is done.
    void toggleSelectedItemDone();
    void makeSelectedItemMilestone();

private:
    void buildLayout();
    void createActions();
    // Reads the compact and its log again (after an edit of this panel).
    void reload();
    void showActionItems();
    void updateActions();
    const Meeting* selectedMeeting() const;
    const ActionItem* selectedActionItem() const;
    // Opens the dialog on `meeting` and stores what was accepted.
    void openDialog(const Meeting& meeting);
    bool editable() const;

    WorkspaceSession* session_ = nullptr;
    Acceptor accepted_;
    DialogRunner runDialog_;
    Compact compact_;
    Date today_;
    MeetingLogModel* model_ = nullptr;
    QLabel* adherence_ = nullptr;
    QTableView* table_ = nullptr;
    QListWidget* items_ = nullptr;
    QLabel* notes_ = nullptr;
    QPushButton* logButton_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
    QPushButton* doneButton_ = nullptr;
    QPushButton* milestoneButton_ = nullptr;
};

} // namespace mc::ui
