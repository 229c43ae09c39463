#include "ui/expectations_page.h"

#include "core/ids.h"
#include "core/topics.h"
#include "ui/expectations_model.h"
#include "ui/icons.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace mc::ui {

namespace {

QAction* makeAction(QWidget* owner, const QString& text, const QList<QKeySequence>& keys,
                    Qt::ShortcutContext context) {
    auto* action = new QAction(text, owner);
    action->setShortcuts(keys);
    action->setShortcutContext(context);
    owner->addAction(action);
    return action;
}

// A push button that mirrors an action: its text (with the mnemonic), its
// enabled state, and the shortcut in the tooltip.
QPushButton* buttonFor(QAction* action) {
    auto* button = new QPushButton(action->icon(), action->text());
    button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
    const QKeySequence key = action->shortcut();
    if (!key.isEmpty())
        button->setToolTip(key.toString(QKeySequence::NativeText));
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
    button->setEnabled(action->isEnabled());
    return button;
}

} // namespace

ExpectationsPage::ExpectationsPage(QWidget* parent)
    : CompactPage(parent), editor_(&ClauseDialog::edit) {
    model_ = new ExpectationsModel(this);
    createLayout();
    showDomain(Domain::Research);
}

QString ExpectationsPage::pageTitle() const {
    return tr("Expectations");
}

void ExpectationsPage::createLayout() {
    domains_ = new QListWidget;
    domains_->setObjectName(QStringLiteral("expectationDomains"));
    domains_->setAccessibleName(tr("Expectation domains"));
    for (const auto& entry : enumEntries<Domain>()) {
        auto* item = new QListWidgetItem(labelOf(entry.value), domains_);
        item->setData(Qt::UserRole, static_cast<int>(entry.value));
    }
    domains_->setWordWrap(true);
    domains_->setMinimumWidth(140);
    auto* domainsLabel = new QLabel(tr("D&omains"));
    domainsLabel->setBuddy(domains_);
    auto* left = new QWidget;
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(domainsLabel);
    leftColumn->addWidget(domains_);

    heading_ = makePlainLabel(QString());
    heading_->setObjectName(QStringLiteral("expectationsHeading"));
    QFont headingFont = heading_->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading_->setFont(headingFont);

    tree_ = new QTreeView;
    tree_->setObjectName(QStringLiteral("clauseTree"));
    tree_->setAccessibleName(tr("Topics and clauses"));
    tree_->setModel(model_);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->setAllColumnsShowFocus(true);
    tree_->setUniformRowHeights(false);
    tree_->setWordWrap(true);
    tree_->setTextElideMode(Qt::ElideRight);
    tree_->setItemDelegate(new ClauseRowDelegate(tree_));
    tree_->setExpandsOnDoubleClick(false);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(ExpectationsModel::TextColumn, QHeaderView::Stretch);
    for (int column = ExpectationsModel::DirectionColumn; column < ExpectationsModel::ColumnCount;
         ++column)
        tree_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Rows grow again whenever the text column changes width.
    connect(tree_->header(), &QHeaderView::sectionResized, tree_, [this](int section) {
        if (section == ExpectationsModel::TextColumn)
            tree_->doItemsLayout();
    });
    auto* treeLabel = new QLabel(tr("&Clauses"));
    treeLabel->setBuddy(tree_);

    prompt_ = makePlainLabel(QString());
    prompt_->setObjectName(QStringLiteral("topicPrompt"));
    prompt_->setWordWrap(true);
    prompt_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* right = new QWidget;
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(heading_);
    rightColumn->addWidget(treeLabel);
    rightColumn->addWidget(tree_, 1);
    rightColumn->addWidget(prompt_);
    createActions();
    auto* buttons = new QHBoxLayout;
    QList<QWidget*> tabOrder = {domains_, tree_};
    for (QAction* action : {add_, edit_, delete_, moveUp_, moveDown_}) {
        QPushButton* button = buttonFor(action);
        buttons->addWidget(button);
        tabOrder << button;
    }
    buttons->addStretch(1);
    rightColumn->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    // The clauses are sentences: they get the room, the domain names wrap.
    splitter->setStretchFactor(0, 0);
    splitter->setSizes({190, 810});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);

    connect(domains_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = domains_->item(row))
            showDomain(static_cast<Domain>(item->data(Qt::UserRole).toInt()));
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updatePrompt();
    });
    connect(tree_, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (model_->clauseAt(index))
            edit_->trigger();
        else
            add_->trigger();
    });
    connect(tree_, &QTreeView::customContextMenuRequested, this,
            &ExpectationsPage::showContextMenu);
}

void ExpectationsPage::createActions() {
    const auto inTree = Qt::WidgetShortcut;
    add_ =
        makeAction(this, tr("&Add clause…"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_Insert)},
                   Qt::WidgetWithChildrenShortcut);
    edit_ = makeAction(
        tree_, tr("Ed&it…"),
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)},
        inTree);
    delete_ = makeAction(tree_, tr("&Delete"), {QKeySequence::Delete}, inTree);
    moveUp_ = makeAction(tree_, tr("Move &up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)}, inTree);
    moveDown_ =
        makeAction(tree_, tr("Move do&wn"), {QKeySequence(Qt::CTRL | Qt::Key_Down)}, inTree);
    add_->setIcon(appIcon("add"));
    edit_->setIcon(appIcon("edit"));
    delete_->setIcon(appIcon("delete"));
    moveUp_->setIcon(appIcon("move-up"));
    moveDown_->setIcon(appIcon("move-down"));
    connect(add_, &QAction::triggered, this, &ExpectationsPage::addClause);
    connect(edit_, &QAction::triggered, this, &ExpectationsPage::editClause);
    connect(delete_, &QAction::triggered, this, &ExpectationsPage::deleteClause);
    connect(moveUp_, &QAction::triggered, this, [this] { moveClause(-1); });
    connect(moveDown_, &QAction::triggered, this, [this] { moveClause(+1); });

    contextMenu_ = new QMenu(this);
    contextMenu_->addActions({add_, edit_, delete_});
    contextMenu_->addSeparator();
    contextMenu_->addActions({moveUp_, moveDown_});
    contextMenu_->addSeparator();
    QMenu* stateMenu = contextMenu_->addMenu(tr("&State"));
    auto* stateGroup = new QActionGroup(this);
    for (const ExpectationState state : {ExpectationState::Agreed, ExpectationState::Discussed,
                                         ExpectationState::Proposed, ExpectationState::Dropped}) {
        QAction* action = stateMenu->addAction(labelOf(state));
        action->setCheckable(true);
        stateGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, state] { changeCurrent([state](Expectation& e) { e.state = state; }); });
        stateActions_[state] = action;
    }
    QMenu* directionMenu = contextMenu_->addMenu(tr("Di&rection"));
    auto* directionGroup = new QActionGroup(this);
    for (const auto& entry : enumEntries<Direction>()) {
        QAction* action = directionMenu->addAction(labelOf(entry.value));
        action->setCheckable(true);
        directionGroup->addAction(action);
        const Direction direction = entry.value;
        connect(action, &QAction::triggered, this, [this, direction] {
            changeCurrent([direction](Expectation& e) { e.direction = direction; });
        });
        directionActions_[direction] = action;
    }
}

void ExpectationsPage::showCompact(const Compact& compact, const Date&, bool readOnly) {
    compact_ = compact;
    readOnly_ = readOnly;
    updateDomainCounts();
    reloadModel();
}

void ExpectationsPage::showDomain(Domain domain) {
    domain_ = domain;
    for (int row = 0; row < domains_->count(); ++row)
        if (domains_->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(domain) &&
            domains_->currentRow() != row)
            domains_->setCurrentRow(row);
    heading_->setText(labelOf(domain));
    reloadModel();
}

void ExpectationsPage::updateDomainCounts() {
    for (int row = 0; row < domains_->count(); ++row) {
        QListWidgetItem* item = domains_->item(row);
        const auto domain = static_cast<Domain>(item->data(Qt::UserRole).toInt());
        const auto count =
            std::count_if(compact_.expectations.begin(), compact_.expectations.end(),
                          [domain](const Expectation& e) { return e.domain == domain; });
        item->setText(tr("%1 (%2)").arg(labelOf(domain)).arg(count));
        item->setToolTip(item->text());
    }
}

void ExpectationsPage::reloadModel() {
    const QModelIndex current = tree_->currentIndex();
    std::string keepClause = pendingSelection_;
    if (keepClause.empty())
        if (const Expectation* clause = model_->clauseAt(current))
            keepClause = clause->id;
    const std::string keepTopic = model_->topicKeyAt(current);
    pendingSelection_.clear();

    model_->setClauses(domain_, compact_.expectations);
    tree_->expandAll();
    if ((keepClause.empty() || !selectClause(keepClause)) && !selectTopic(keepTopic) &&
        model_->rowCount() > 0)
        tree_->setCurrentIndex(model_->index(0, 0));
    updateActions();
    updatePrompt();
}

bool ExpectationsPage::selectClause(const std::string& clauseId) {
    return makeCurrent(model_->indexOfClause(clauseId));
}

bool ExpectationsPage::selectTopic(const std::string& key) {
    return makeCurrent(model_->indexOfTopic(key));
}

bool ExpectationsPage::makeCurrent(const QModelIndex& index) {
    if (!index.isValid())
        return false;
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
    return true;
}

const Expectation* ExpectationsPage::currentClause() const {
    return model_->clauseAt(tree_->currentIndex());
}

void ExpectationsPage::updateActions() {
    const bool editable = !readOnly_ && session() && !compact_.id.empty();
    const Expectation* clause = currentClause();
    const bool clauseEditable = editable && clause;
    add_->setEnabled(editable);
    edit_->setEnabled(clauseEditable);
    delete_->setEnabled(clauseEditable);
    moveUp_->setEnabled(clauseEditable &&
                        swapsToTopicNeighbour(compact_.expectations, *clause, -1) > 0);
    moveDown_->setEnabled(clauseEditable &&
                          swapsToTopicNeighbour(compact_.expectations, *clause, +1) > 0);
    for (const auto& [state, action] : stateActions_) {
        action->setEnabled(clauseEditable);
        action->setChecked(clause && clause->state == state);
    }
    for (const auto& [direction, action] : directionActions_) {
        action->setEnabled(clauseEditable);
        action->setChecked(clause && clause->direction == direction);
    }
}

void ExpectationsPage::updatePrompt() {
    const QModelIndex current = tree_->currentIndex();
    if (!current.isValid()) {
        prompt_->clear();
        return;
    }
    prompt_->setText(tr("%1: %2").arg(topicTitle(model_->topicKeyAt(current)),
                                      current.data(ExpectationsModel::PromptRole).toString()));
}

void ExpectationsPage::showContextMenu(const QPoint& pos) {
    QPoint at = pos;
    const QModelIndex current = tree_->currentIndex();
    if (!tree_->indexAt(pos).isValid() && current.isValid()) // opened from the keyboard
        at = tree_->visualRect(current).bottomLeft();
    contextMenu_->popup(tree_->viewport()->mapToGlobal(at));
}

void ExpectationsPage::addClause() {
    if (!add_->isEnabled())
        return;
    Expectation start;
    start.domain = domain_;
    start.topic = model_->topicKeyAt(tree_->currentIndex());
    std::optional<Expectation> written =
        editor_(this, start, ownTopicKeys(domain_, compact_.expectations));
    if (!written)
        return;
    written->domain = domain_;
    if (written->id.empty())
        written->id = newUuid();
    saveClause(*written);
}

void ExpectationsPage::editClause() {
    const Expectation* clause = currentClause();
    if (!edit_->isEnabled() || !clause)
        return;
    const Expectation before = *clause;
    std::optional<Expectation> changed =
        editor_(this, before, ownTopicKeys(domain_, compact_.expectations));
    if (changed && !(*changed == before))
        saveClause(*changed);
}

void ExpectationsPage::saveClause(const Expectation& changed) {
    pendingSelection_ = changed.id;
    if (!accepted(session()->saveExpectation(compact_.id, changed)))
        pendingSelection_.clear();
}

void ExpectationsPage::deleteClause() {
    const QModelIndex current = tree_->currentIndex();
    const Expectation* clause = model_->clauseAt(current);
    if (!delete_->isEnabled() || !clause)
        return;
    const std::string id = clause->id;
    // Afterwards the next clause of the topic is current, else the one before.
    const Expectation* neighbour = model_->clauseAt(current.siblingAtRow(current.row() + 1));
    if (!neighbour)
        neighbour = model_->clauseAt(current.siblingAtRow(current.row() - 1));
    pendingSelection_ = neighbour ? neighbour->id : std::string();
    if (!accepted(session()->deleteExpectation(compact_.id, id)))
        pendingSelection_.clear();
}

void ExpectationsPage::moveClause(int step) {
    const Expectation* clause = currentClause();
    QAction* action = step < 0 ? moveUp_ : moveDown_;
    if (!action->isEnabled() || !clause)
        return;
    // The session swaps neighbours in the domain's order; the clause moves
    // past clauses of other topics until it passes its topic neighbour. All
    // the swaps are one undo step.
    const int steps = swapsToTopicNeighbour(compact_.expectations, *clause, step);
    const std::string id = clause->id;
    const std::string compactId = compact_.id;
    pendingSelection_ = id;
    QUndoStack& stack = session()->undoStack();
    if (steps > 1)
        stack.beginMacro(tr("Move clause"));
    QString refusal;
    for (int i = 0; i < steps && refusal.isEmpty(); ++i)
        refusal = session()->moveExpectation(compactId, id, step);
    if (steps > 1)
        stack.endMacro();
    accepted(refusal);
}

void ExpectationsPage::changeCurrent(const std::function<void(Expectation&)>& change) {
    const Expectation* clause = currentClause();
    if (!clause || readOnly_ || !session())
        return;
    Expectation changed = *clause;
    change(changed);
    if (!(changed == *clause))
        saveClause(changed);
}

} // namespace mc::ui
