#pragma once
// The right side of the editor: the selected compact as tabbed pages
// (Overview, Expectations, Goals, Milestones, Meetings, Worksheet,
// Alignment, Signatures). It loads the compact from the session's
// workspace and hands it to the page shown; when the session says the
// compact changed (an edit, undo, redo, or another program) it loads it
// again and keeps the current tab. When no compact is chosen, or the one
// shown was deleted, it shows a hint instead.
//
// Pages are built when first shown (or first asked for with page<T>()), and
// a page that is not shown is refreshed when it is shown again: start-up
// and switching compacts pay for one page, not eight.

#include "ui/compact_page.h"

#include "core/dates.h"

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

    // The page of this class, built and showing the current compact.
    template <typename Page> Page* page() {
        return static_cast<Page*>(pageFor(&Page::staticMetaObject));
    }
    QTabWidget* tabs() const { return tabs_; }
    int currentPage() const;
    void setCurrentPage(int index);
    // "Go to Overview" (Ctrl+1) ... one per page, for the View menu.
    const std::vector<QAction*>& goToActions() const { return goToActions_; }

signals:
    void currentPageChanged(int index);

private:
    // A tab and the page it holds once built.
    struct PageSlot {
        const QMetaObject* type = nullptr;
        std::function<CompactPage*()> make;
        QWidget* holder = nullptr;
        CompactPage* page = nullptr;
        bool stale = true; // built, but not showing the latest load
    };
    template <typename Page> void addPage(const QString& title) {
        addSlot(&Page::staticMetaObject, title, [] { return new Page; });
    }
    void addSlot(const QMetaObject* type, const QString& title,
                 std::function<CompactPage*()> make);
    CompactPage* pageFor(const QMetaObject* type);
    // Builds the page of tab `index` if needed and shows the current compact
    // on it if it is stale.
    CompactPage* ensurePage(int index);
    void connectSession();
    void showHint();

    WorkspaceSession* session_ = nullptr;
    RefusalReporter report_;
    std::function<Date()> today_;
    std::vector<QMetaObject::Connection> connections_;
    QString compactId_;
    // What the last load gave, for pages refreshed later.
    Compact compact_;
    Date shownToday_;
    bool readOnly_ = false;
    std::vector<PageSlot> slots_;
    std::vector<QAction*> goToActions_;
    QStackedWidget* stack_ = nullptr;
    QLabel* hint_ = nullptr;
    QTabWidget* tabs_ = nullptr;
};

} // namespace mc::ui
