#include "ui/goals_page.h"

#include "ui/goal_dialog.h"
#include "ui/goals_model.h"
#include "ui/icons.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

// A page action whose shortcut works while the focus is anywhere in the page.
QAction* pageAction(QWidget* page, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, page);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

} // namespace

GoalsPage::GoalsPage(QWidget* parent) : CompactPage(parent), editor_(&GoalDialog::edit) {
    model_ = new GoalsModel(this);

    auto* heading = new QLabel(tr("Goals: the results the scholar and the mentors are working "
                                  "toward. Link milestones to them on the Milestones page."),
                               this);
    heading->setWordWrap(true);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("goalsTable"));
    table_->setAccessibleName(tr("Goals"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(GoalsModel::TextColumn, QHeaderView::Stretch);

    addAction_ = pageAction(this, tr("Add goal"), QKeySequence(Qt::Key_Insert));
    editAction_ = pageAction(this, tr("Edit goal"), QKeySequence(Qt::Key_F2));
    deleteAction_ = pageAction(this, tr("Delete goal"), QKeySequence::Delete);
    connect(addAction_, &QAction::triggered, this, &GoalsPage::addGoal);
    connect(editAction_, &QAction::triggered, this, &GoalsPage::editSelectedGoal);
    connect(deleteAction_, &QAction::triggered, this, &GoalsPage::deleteSelectedGoal);
    connect(table_, &QTableView::activated, this, [this] { editSelectedGoal(); });

    addButton_ = new QPushButton(tr("&Add goal…"), this);
    addButton_->setObjectName(QStringLiteral("addGoalButton"));
    addButton_->setToolTip(tr("Add a goal (Insert)"));
    editButton_ = new QPushButton(tr("Ed&it…"), this);
    editButton_->setObjectName(QStringLiteral("editGoalButton"));
    editButton_->setToolTip(tr("Edit the selected goal (F2 or Enter)"));
    deleteButton_ = new QPushButton(tr("&Delete"), this);
    deleteButton_->setObjectName(QStringLiteral("deleteGoalButton"));
    deleteButton_->setToolTip(tr("Delete the selected goal (Delete); Undo brings it back"));
    addAction_->setIcon(appIcon("add"));
    editAction_->setIcon(appIcon("edit"));
    deleteAction_->setIcon(appIcon("delete"));
    addButton_->setIcon(addAction_->icon());
    editButton_->setIcon(editAction_->icon());
    deleteButton_->setIcon(deleteAction_->icon());
    connect(addButton_, &QPushButton::clicked, addAction_, &QAction::trigger);
    connect(editButton_, &QPushButton::clicked, editAction_, &QAction::trigger);
    connect(deleteButton_, &QPushButton::clicked, deleteAction_, &QAction::trigger);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton_);
    buttons->addWidget(editButton_);
    buttons->addWidget(deleteButton_);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);

    setTabOrder(table_, addButton_);
    setTabOrder(addButton_, editButton_);
    setTabOrder(editButton_, deleteButton_);

    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GoalsPage::updateActions);
    updateActions();
}

QString GoalsPage::pageTitle() const {
    return tr("Goals");
}

void GoalsPage::showCompact(const Compact& compact, const Date& /*today*/, bool readOnly) {
    const std::string selected = compact.id == compact_.id ? selectedGoalId() : std::string();
    compact_ = compact;
    readOnly_ = readOnly;
    model_->setCompact(compact);
    if (!selected.empty())
        selectGoal(selected);
    updateActions();
}

std::string GoalsPage::selectedGoalId() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Goal* goal = model_->goalAt(rows.first());
    return goal ? goal->id : std::string();
}

void GoalsPage::selectGoal(const std::string& goalId) {
    const int row = model_->rowOf(goalId);
    if (row < 0)
        return;
    const QModelIndex index = model_->index(row, GoalsModel::TextColumn);
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

void GoalsPage::updateActions() {
    const bool editable = session() && !readOnly_ && !compact_.id.empty();
    const bool hasSelection = !selectedGoalId().empty();
    addAction_->setEnabled(editable);
    editAction_->setEnabled(editable && hasSelection);
    deleteAction_->setEnabled(editable && hasSelection);
    addButton_->setEnabled(addAction_->isEnabled());
    editButton_->setEnabled(editAction_->isEnabled());
    deleteButton_->setEnabled(deleteAction_->isEnabled());
}

void GoalsPage::addGoal() {
    if (!session() || readOnly_ || compact_.id.empty())
        return;
    Goal goal;
    if (const Person* scholar = compact_.scholar())
        goal.ownerId = scholar->id;
    const std::optional<Goal> edited = editor_(this, compact_, goal);
    if (!edited)
        return;
    accepted(session()->saveGoal(compact_.id, *edited));
}

void GoalsPage::editSelectedGoal() {
    if (!session() || readOnly_)
        return;
    const std::string id = selectedGoalId();
    const int row = model_->rowOf(id);
    if (row < 0)
        return;
    const Goal current = *model_->goalAt(model_->index(row, 0));
    const std::optional<Goal> edited = editor_(this, compact_, current);
    if (!edited || *edited == current)
        return;
    accepted(session()->saveGoal(compact_.id, *edited));
}

void GoalsPage::deleteSelectedGoal() {
    if (!session() || readOnly_)
        return;
    const std::string id = selectedGoalId();
    if (id.empty())
        return;
    accepted(session()->deleteGoal(compact_.id, id));
}

} // namespace mc::ui
