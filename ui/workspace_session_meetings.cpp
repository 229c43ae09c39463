// The session's edits of the meeting log (issue 6). Each is one undoable
// command. The log is not signed content, so only making a milestone can be
// refused because the compact's version is locked (core says so).

#include "core/error.h"
#include "core/ids.h"
#include "ui/core_text.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <exception>
#include <memory>

namespace mc::ui {

namespace {

std::optional<Meeting> findMeeting(const std::vector<Meeting>& meetings, const std::string& id) {
    for (const Meeting& meeting : meetings)
        if (meeting.id == id)
            return meeting;
    return std::nullopt;
}

const ActionItem* findItem(const std::vector<Meeting>& meetings, const std::string& itemId) {
    for (const Meeting& meeting : meetings)
        for (const ActionItem& item : meeting.actionItems)
            if (item.id == itemId)
                return &item;
    return nullptr;
}

QString shortText(const std::string& text) {
    const QString whole = toQString(text).simplified();
    return whole.size() > 40 ? whole.left(39) + QChar(0x2026) : whole;
}

} // namespace

QString WorkspaceSession::saveMeeting(const std::string& compactId, Meeting meeting,
                                      const Date& today) {
    if (meeting.id.empty())
        meeting.id = newUuid();
    for (ActionItem& item : meeting.actionItems)
        if (item.id.empty())
            item.id = newUuid();
    std::vector<Meeting> current;
    try {
        current = workspace_.meetings(compactId);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    const std::optional<Meeting> before = findMeeting(current, meeting.id);
    std::function<void()> undo;
    if (before)
        // A stored meeting was held on its date, so that date serves as
        // "today" for the rule when it is put back.
        undo = [this, compactId, previous = *before] {
            workspace_.saveMeeting(compactId, previous, previous.date);
        };
    else
        undo = [this, compactId, id = meeting.id] {
            workspace_.deleteMeeting(compactId, id);
        };
    const QString date = formatDate(meeting.date);
    return perform(
        before ? tr("Edit meeting of %1").arg(date) : tr("Log meeting of %1").arg(date), compactId,
        false,
        [this, compactId, meeting, today] { workspace_.saveMeeting(compactId, meeting, today); },
        std::move(undo));
}

QString WorkspaceSession::deleteMeeting(const std::string& compactId,
                                        const std::string& meetingId) {
    std::optional<Meeting> before;
    try {
        before = findMeeting(workspace_.meetings(compactId), meetingId);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    if (!before)
        return tr("That meeting is no longer in this compact's log.");
    // saveMeeting keeps the ids and created stamps it is given, so undo
    // brings back the same meeting and action items. Someone who has left
    // the compact since cannot be put back by core (their name is only
    // accepted while a stored meeting keeps it): undo then says why.
    return perform(
        tr("Delete meeting of %1").arg(formatDate(before->date)), compactId, false,
        [this, compactId, meetingId] { workspace_.deleteMeeting(compactId, meetingId); },
        [this, compactId, previous = *before] {
            workspace_.saveMeeting(compactId, previous, previous.date);
        });
}

QString WorkspaceSession::setActionItemDone(const std::string& compactId,
                                            const std::string& actionItemId, bool done) {
    bool wasDone = false;
    QString text;
    try {
        const std::vector<Meeting> meetings = workspace_.meetings(compactId);
        const ActionItem* item = findItem(meetings, actionItemId);
        if (!item)
            return tr("That action item is no longer in this compact's log.");
        wasDone = item->done;
        text = shortText(item->text);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    if (wasDone == done)
        return {}; // nothing to change, nothing to undo
    return perform((done ? tr("Mark %1 done") : tr("Mark %1 open")).arg(text), compactId, false,
                   [this, compactId, actionItemId, done] {
                       workspace_.setActionItemDone(compactId, actionItemId, done);
                   },
                   [this, compactId, actionItemId, wasDone] {
                       workspace_.setActionItemDone(compactId, actionItemId, wasDone);
                   });
}

QString WorkspaceSession::promoteActionItem(const std::string& compactId,
                                            const std::string& actionItemId,
                                            std::string* milestoneId) {
    QString text;
    try {
        const std::vector<Meeting> meetings = workspace_.meetings(compactId);
        const ActionItem* item = findItem(meetings, actionItemId);
        text = item ? shortText(item->text) : QString();
    } catch (const std::exception& error) {
        return coreText(error);
    }
    // The first run asks core to promote (its checks and its refusal while
    // the version is locked); a redo after an undo stores the very same
    // milestone again and links the item to it, so later commands that
    // name the milestone still find it. Core has no single call for that,
    // so a redo is two transactions: the milestone, then the link.
    auto promoted = std::make_shared<Milestone>();
    const QString refusal = perform(
        tr("Make milestone %1").arg(text), compactId, true,
        [this, compactId, actionItemId, promoted] {
            if (promoted->id.empty()) {
                *promoted = workspace_.promoteActionItem(compactId, actionItemId);
                return;
            }
            workspace_.saveMilestone(compactId, *promoted);
            for (Meeting meeting : workspace_.meetings(compactId))
                for (ActionItem& item : meeting.actionItems)
                    if (item.id == actionItemId) {
                        item.milestoneId = promoted->id;
                        workspace_.saveMeeting(compactId, meeting, meeting.date);
                        return;
                    }
        },
        // Deleting the milestone also clears the item's link (the store's
        // foreign key sets it to nothing).
        [this, compactId, promoted] { workspace_.deleteMilestone(compactId, promoted->id); });
    if (refusal.isEmpty() && milestoneId)
        *milestoneId = promoted->id;
    return refusal;
}

} // namespace mc::ui
