#pragma once
// The base of every page that shows one compact (Overview, Expectations,
// Goals, Milestones, Meetings; later Alignment, Signatures, Reviews).
//
// The compact view loads the compact once and hands it to each page with
// showCompact(); pages edit only through the WorkspaceSession, whose
// signals make the view load the compact again and call showCompact() with
// the stored result. A page must keep what the user is typing: a field
// that has focus and unsaved text is not overwritten by a refresh.

#include "core/model.h"

#include <QWidget>
#include <functional>

namespace mc::ui {

class WorkspaceSession;

// How a page tells the user that an edit was refused (the session's
// message). The main window passes its error reporter; tests record.
using RefusalReporter = std::function<void(QWidget* parent, const QString& message)>;

class CompactPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The session to edit through, or nullptr when no workspace is open
    // (the page is then hidden). `report` shows refusals.
    void setSession(WorkspaceSession* session, RefusalReporter report) {
        session_ = session;
        report_ = std::move(report);
    }
    // Shows `compact` as stored; `today` decides what is overdue.
    // `readOnly` is set when the workspace cannot be written.
    virtual void showCompact(const Compact& compact, const Date& today, bool readOnly) = 0;
    // The tab's title, translated.
    virtual QString pageTitle() const = 0;

protected:
    WorkspaceSession* session() const { return session_; }
    // Shows a refusal when `message` is not empty; returns true when the
    // edit was stored.
    bool accepted(const QString& message) {
        if (message.isEmpty())
            return true;
        if (report_)
            report_(this, message);
        return false;
    }

private:
    WorkspaceSession* session_ = nullptr;
    RefusalReporter report_;
};

} // namespace mc::ui
