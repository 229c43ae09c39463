#include "ui/compact_view.h"

#include "ui/alignment_page.h"
#include "ui/core_text.h"
#include "ui/expectations_page.h"
#include "ui/goals_page.h"
#include "ui/meetings_page.h"
#include "ui/milestones_page.h"
#include "ui/overview_page.h"
#include "ui/qt_helpers.h"
#include "ui/reviews_page.h"
#include "ui/signing_page.h"
#include "ui/worksheet_page.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <exception>
#include <tuple>

namespace mc::ui {

CompactView::CompactView(QWidget* parent) : QWidget(parent) {
    hint_ = makePlainLabel(tr("Choose a compact on the left."), this);
    hint_->setObjectName(QStringLiteral("compactHint"));
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("compactTabs"));
    tabs_->setDocumentMode(true);
    tabs_->setUsesScrollButtons(true);

    // The titles are the pages' pageTitle(), known here before a page is built.
    addPage<OverviewPage>(tr("Overview"));
    addPage<ExpectationsPage>(tr("Expectations"));
    addPage<GoalsPage>(tr("Goals"));
    addPage<MilestonesPage>(tr("Milestones"));
    addPage<MeetingsPage>(tr("Meetings"));
    addPage<WorksheetPage>(tr("Worksheet")); // Ctrl+6
    addPage<AlignmentPage>(tr("Alignment")); // Ctrl+7
    addPage<SigningPage>(tr("Signatures"));  // Ctrl+8
    // Last, so the other pages keep their shortcuts and remembered tabs.
    addPage<ReviewsPage>(tr("Reviews")); // Ctrl+9

    stack_ = new QStackedWidget(this);
    stack_->addWidget(hint_);
    stack_->addWidget(tabs_);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    // Why the pages are read-only when the latest version is signed.
    auto* lockBanner = makePlainLabel({}, this);
    lockBanner->setObjectName(QStringLiteral("lockBanner"));
    lockBanner->setWordWrap(true);
    lockBanner->setContentsMargins(8, 4, 8, 4);
    lockBanner->hide();
    column->addWidget(lockBanner);
    column->addWidget(stack_);

    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (!isShowingHint())
            ensurePage(index);
        emit currentPageChanged(index);
    });
    showHint();
}

CompactView::~CompactView() {
    for (const auto& connection : connections_)
        disconnect(connection);
}

void CompactView::addSlot(const QMetaObject* type, const QString& title,
                          std::function<CompactPage*()> make) {
    const int index = static_cast<int>(slots_.size());
    PageSlot slot;
    slot.type = type;
    slot.make = std::move(make);
    slot.holder = new QWidget;
    auto* layout = new QVBoxLayout(slot.holder);
    layout->setContentsMargins(0, 0, 0, 0);
    slots_.push_back(std::move(slot));
    tabs_->addTab(slots_.back().holder, title);

    auto* action = new QAction(tr("Go to %1").arg(title), this);
    action->setObjectName(QStringLiteral("goToPage%1").arg(index + 1));
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, [this, index] {
        setCurrentPage(index);
        if (CompactPage* shown = ensurePage(index))
            shown->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(action);
    goToActions_.push_back(action);
}

CompactPage* CompactView::ensurePage(int index) {
    if (index < 0 || index >= static_cast<int>(slots_.size()))
        return nullptr;
    PageSlot& slot = slots_[static_cast<std::size_t>(index)];
    if (!slot.page) {
        slot.page = slot.make();
        slot.page->setSession(session_, report_);
        slot.holder->layout()->addWidget(slot.page);
        slot.holder->setFocusProxy(slot.page);
        slot.stale = true;
    }
    if (slot.stale && !compactId_.isEmpty() && compact_.id == compactId_.toStdString()) {
        slot.stale = false;
        slot.page->showCompact(compact_, shownToday_, readOnly_);
    }
    return slot.page;
}

CompactPage* CompactView::pageFor(const QMetaObject* type) {
    for (std::size_t i = 0; i < slots_.size(); ++i)
        if (slots_[i].type == type)
            return ensurePage(static_cast<int>(i));
    return nullptr;
}

void CompactView::setSession(WorkspaceSession* session, RefusalReporter report,
                             std::function<Date()> today) {
    for (const auto& connection : connections_)
        disconnect(connection);
    connections_.clear();
    session_ = session;
    report_ = std::move(report);
    today_ = today ? std::move(today) : [] {
        return todayLocal();
    };
    for (PageSlot& slot : slots_)
        if (slot.page)
            slot.page->setSession(session_, report_);
    compactId_.clear();
    showHint();
    if (session_)
        connectSession();
}

void CompactView::connectSession() {
    connections_.push_back(connect(session_, &WorkspaceSession::compactChanged, this,
                                   [this](const QString& changedId) {
                                       if (!compactId_.isEmpty() && changedId == compactId_)
                                           reload();
                                   }));
    connections_.push_back(
        connect(session_, &WorkspaceSession::externalChange, this, &CompactView::reload));
    connections_.push_back(connect(session_, &QObject::destroyed, this, [this] {
        session_ = nullptr;
        compactId_.clear();
        showHint();
    }));
}

void CompactView::showCompact(const QString& compactId) {
    compactId_ = compactId;
    reload();
}

void CompactView::reload() {
    if (!session_ || compactId_.isEmpty()) {
        showHint();
        return;
    }
    const Workspace& workspace = session_->workspace();
    Compact compact;
    try {
        if (!workspace.hasCompact(toStdString(compactId_))) {
            compactId_.clear(); // deleted, by an edit or by another program
            showHint();
            return;
        }
        compact = workspace.loadCompact(toStdString(compactId_));
    } catch (const std::exception& error) {
        compactId_.clear();
        showHint();
        if (report_)
            report_(this, tr("Could not show this compact.\n\n%1").arg(coreText(error)));
        return;
    }
    const Date today = today_();
    // A signed (locked) version is shown read-only on every page.
    bool locked = false;
    int version = 1;
    try {
        std::tie(version, locked) = workspace.currentVersion(compact.id);
    } catch (const std::exception&) {
        locked = false;
    }
    if (auto* banner = findChild<QLabel*>(QStringLiteral("lockBanner"))) {
        banner->setText(tr("Signed version %1: start an amendment to change it (Signatures page).")
                            .arg(version));
        banner->setVisible(locked);
    }
    compact_ = std::move(compact);
    shownToday_ = today;
    readOnly_ = workspace.isReadOnly() || locked;
    for (PageSlot& slot : slots_)
        slot.stale = true;
    stack_->setCurrentWidget(tabs_);
    ensurePage(tabs_->currentIndex());
    for (QAction* action : goToActions_)
        action->setEnabled(true);
}

void CompactView::showHint() {
    stack_->setCurrentWidget(hint_);
    for (QAction* action : goToActions_)
        action->setEnabled(false);
}

bool CompactView::isShowingHint() const {
    return stack_->currentWidget() == hint_;
}

void CompactView::setHintText(const QString& text) {
    hint_->setText(text);
}

QString CompactView::hintText() const {
    return hint_->text();
}

int CompactView::currentPage() const {
    return tabs_->currentIndex();
}

void CompactView::setCurrentPage(int index) {
    if (index >= 0 && index < tabs_->count())
        tabs_->setCurrentIndex(index);
}

} // namespace mc::ui
