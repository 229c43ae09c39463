#pragma once
// The right side of the editor: the selected compact as tabbed pages
// (Overview, Expectations, Goals, Milestones, Meetings, Worksheet,
// Alignment). It loads the compact from the session's workspace and hands
// it to every page; when the session says the compact changed (an edit,
// undo, redo, or another program) it loads it again and keeps the current
// tab. When no compact is chosen, or the one shown was deleted, it shows a
// hint instead.

#include "ui/compact_page.h"

#include <QMetaObject>
#include <QWidget>
#include <functional>
#include <vector>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace mc::ui {

class CompactView : public QWidget {
    Q_OBJECT
public:
    explicit CompactView(QWidget* parent = nullptr);
    ~CompactView() override;

    // The session to show and edit through, or nullptr when the workspace
    // closes. `report` shows refusals; `today` decides what is overdue.
    void setSession(WorkspaceSession* session, RefusalReporter report, std::function<Date()> today);

    // Shows the compact with this id; empty shows the hint.
    void showCompact(const QString& compactId);
    // Loads the shown compact again (after another program's change).
    void reload();
    // The id of the compact shown, empty when the hint is shown.
    const QString& compactId() const { return compactId_; }
    bool isShowingHint() const;
    // What the hint says when no compact is shown.
    void setHintText(const QString& text);
    QString hintText() const;

    const std::vector<CompactPage*>& pages() const { return pages_; }
    template <typename Page> Page* page() const {
        for (CompactPage* candidate : pages_)
            if (auto* found = qobject_cast<Page*>(candidate))
                return found;
        return nullptr;
    }
    QTabWidget* tabs() const { return tabs_; }
    int currentPage() const;
    void setCurrentPage(int index);
    // "Go to Overview" (Ctrl+1) ... one per page, for the View menu.
    const std::vector<QAction*>& goToActions() const { return goToActions_; }

signals:
    void currentPageChanged(int index);

private:
    void addPage(CompactPage* page);
    void connectSession();
    void showHint();

    WorkspaceSession* session_ = nullptr;
    RefusalReporter report_;
    std::function<Date()> today_;
    std::vector<QMetaObject::Connection> connections_;
    QString compactId_;
    std::vector<CompactPage*> pages_;
    std::vector<QAction*> goToActions_;
    QStackedWidget* stack_ = nullptr;
    QLabel* hint_ = nullptr;
    QTabWidget* tabs_ = nullptr;
};

} // namespace mc::ui
