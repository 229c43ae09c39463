#include "ui/workspace_session.h"

#include "core/error.h"
#include "core/ids.h"
#include "ui/core_text.h"
#include "ui/qt_helpers.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

namespace mc::ui {

// One edit on the undo stack. Ownership: the QUndoStack owns the command;
// the command refers to the session, which outlives the stack's use of it
// because the main window clears the stack before the session goes.
class SessionCommand : public QUndoCommand {
public:
    SessionCommand(WorkspaceSession& session, const QString& text, std::string compactId,
                   bool listChanges, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text), session_(session), compactId_(std::move(compactId)),
          listChanges_(listChanges), redo_(std::move(redo)), undo_(std::move(undo)) {}

    void redo() override {
        // The edit already ran once when it was made; the stack calls redo()
        // on push, which must not apply it a second time.
        if (firstRedo_) {
            firstRedo_ = false;
            return;
        }
        apply(redo_);
    }
    void undo() override { apply(undo_); }

private:
    void apply(const std::function<void()>& step) {
        try {
            step();
        } catch (const std::exception& error) {
            emit session_.undoFailed(coreText(error));
        }
        session_.announce(compactId_, listChanges_);
    }

    WorkspaceSession& session_;
    std::string compactId_;
    bool listChanges_;
    std::function<void()> redo_;
    std::function<void()> undo_;
    bool firstRedo_ = true;
};

namespace {

QString label(const std::string& text) {
    const QString whole = toQString(text).simplified();
    return whole.size() > 40 ? whole.left(39) + QChar(0x2026) : whole;
}

} // namespace

namespace {
// How often the file is asked whether another program committed to it
// (PRAGMA data_version: no disk read). Half a second keeps what another
// program or the command line did on screen within a second.
constexpr int kDefaultPollMs = 500;
} // namespace

WorkspaceSession::WorkspaceSession(Workspace workspace, QUndoStack& undoStack, QObject* parent)
    : QObject(parent), workspace_(std::move(workspace)), undoStack_(undoStack) {
    rememberDataVersion();
    pollTimer_ = new QTimer(this);
    pollTimer_->setInterval(kDefaultPollMs);
    connect(pollTimer_, &QTimer::timeout, this, &WorkspaceSession::checkForExternalChanges);
    pollTimer_->start();
}

WorkspaceSession::~WorkspaceSession() = default;

void WorkspaceSession::setPollInterval(int pollMs) {
    pollTimer_->setInterval(pollMs);
}

int WorkspaceSession::pollInterval() const {
    return pollTimer_->interval();
}

void WorkspaceSession::rememberDataVersion() {
    try {
        knownDataVersion_ = workspace_.dataVersion();
    } catch (const std::exception&) {
        knownDataVersion_ = -1; // the next check will try again
    }
}

void WorkspaceSession::checkForExternalChanges() {
    const std::int64_t before = knownDataVersion_;
    rememberDataVersion();
    if (knownDataVersion_ != before)
        emit externalChange();
}

void WorkspaceSession::announce(const std::string& compactId, bool listChanges) {
    if (!compactId.empty())
        emit compactChanged(toQString(compactId));
    if (listChanges)
        emit compactListChanged();
}

QString WorkspaceSession::perform(const QString& text, const std::string& compactId,
                                  bool listChanges, std::function<void()> redo,
                                  std::function<void()> undo) {
    try {
        redo();
    } catch (const std::exception& error) {
        return coreText(error);
    }
    undoStack_.push(
        new SessionCommand(*this, text, compactId, listChanges, std::move(redo), std::move(undo)));
    announce(compactId, listChanges);
    return {};
}

std::optional<Compact> WorkspaceSession::loadForEdit(const std::string& compactId,
                                                     QString& refusal) {
    try {
        return workspace_.loadCompact(compactId);
    } catch (const std::exception& error) {
        refusal = coreText(error);
        return std::nullopt;
    }
}

QString WorkspaceSession::addCompact(Compact compact, QString* newId) {
    // Stamp the whole compact first so that redo re-inserts the same one.
    try {
        compact = workspace_.addCompact(compact);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    if (newId)
        *newId = toQString(compact.id);
    const std::string id = compact.id;
    undoStack_.push(new SessionCommand(
        *this, tr("Add compact %1").arg(label(compact.title)), id, true,
        [this, compact] { workspace_.insertCompacts({compact}); },
        [this, id] { workspace_.deleteCompact(id); }));
    announce(id, true);
    return {};
}

QString WorkspaceSession::deleteCompact(const std::string& compactId) {
    QString refusal;
    const auto before = loadForEdit(compactId, refusal);
    if (!before)
        return refusal;
    return perform(
        tr("Delete compact %1").arg(label(before->title)), compactId, true,
        [this, compactId] { workspace_.deleteCompact(compactId); },
        [this, previous = *before] { workspace_.insertCompacts({previous}); });
}

QString WorkspaceSession::saveCompactHeader(const Compact& changed) {
    QString refusal;
    const auto before = loadForEdit(changed.id, refusal);
    if (!before)
        return refusal;
    return perform(
        tr("Edit compact details"), changed.id, true,
        [this, changed] { workspace_.saveCompactHeader(changed); },
        [this, previous = *before] { workspace_.saveCompactHeader(previous); });
}

QString WorkspaceSession::closeCompact(const std::string& compactId, const Closing& closing,
                                       const Date& today) {
    QString refusal;
    const auto before = loadForEdit(compactId, refusal);
    if (!before)
        return refusal;
    return perform(
        tr("Close compact %1").arg(label(before->title)), compactId, true,
        [this, compactId, closing, today] { workspace_.closeCompact(compactId, closing, today); },
        [this, compactId] { workspace_.reopenCompact(compactId); });
}

QString WorkspaceSession::reopenCompact(const std::string& compactId, const Date& today) {
    QString refusal;
    const auto before = loadForEdit(compactId, refusal);
    if (!before)
        return refusal;
    if (!before->closing)
        return tr("\"%1\" is not closed.").arg(label(before->title));
    return perform(
        tr("Reopen compact %1").arg(label(before->title)), compactId, true,
        [this, compactId] { workspace_.reopenCompact(compactId); },
        [this, compactId, closing = *before->closing, today] {
            workspace_.closeCompact(compactId, closing, today);
        });
}

QString WorkspaceSession::resolveMergeConflict(const std::string& compactId,
                                               std::int64_t conflictId, ConflictChoice choice) {
    try {
        workspace_.resolveMergeConflict(conflictId, choice);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, true);
    return {};
}

} // namespace mc::ui
