#include "ui/milestones_page.h"

#include "ui/icons.h"
#include "ui/milestone_dialog.h"
#include "ui/milestone_filter_model.h"
#include "ui/milestones_model.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

// Data of the goal filter's first two items; goals follow with their ids.
const QString kAllGoals = QStringLiteral("*all*");
const QString kNoGoal = QStringLiteral("*none*");

QAction* pageAction(QWidget* page, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, page);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QPushButton* actionButton(QWidget* parent, const QString& text, const QString& name,
                          const QString& toolTip, QAction* action) {
    auto* button = new QPushButton(action->icon(), text, parent);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

// Refills `combo`, keeping the item whose data was current when it is still there.
void refill(QComboBox* combo, const std::vector<std::pair<QString, QString>>& items) {
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto& [text, data] : items)
        combo->addItem(text, data);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

MilestonesPage::MilestonesPage(QWidget* parent)
    : CompactPage(parent), editor_(&MilestoneDialog::edit) {
    model_ = new MilestonesModel(this);
    filter_ = new MilestoneFilterModel(this);
    filter_->setSourceModel(model_);

    goalCombo_ = new QComboBox(this);
    goalCombo_->setObjectName(QStringLiteral("milestoneGoalFilter"));
    goalCombo_->setAccessibleName(tr("Filter by goal"));
    goalCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    goalCombo_->setMinimumContentsLength(24);
    personCombo_ = new QComboBox(this);
    personCombo_->setObjectName(QStringLiteral("milestonePersonFilter"));
    personCombo_->setAccessibleName(tr("Filter by person"));
    showDropped_ = new QCheckBox(tr("Show dr&opped"), this);
    showDropped_->setObjectName(QStringLiteral("milestoneShowDropped"));
    showDropped_->setAccessibleName(tr("Show dropped milestones"));
    auto* goalLabel = new QLabel(tr("&Goal:"), this);
    goalLabel->setBuddy(goalCombo_);
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(personCombo_);

    auto* filters = new QHBoxLayout;
    filters->addWidget(goalLabel);
    filters->addWidget(goalCombo_, 2);
    filters->addWidget(personLabel);
    filters->addWidget(personCombo_, 1);
    filters->addWidget(showDropped_);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("milestonesTable"));
    table_->setAccessibleName(tr("Milestones"));
    table_->setModel(filter_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->verticalHeader()->hide();
    // Title, goal and note keep a share and elide (the note takes the spare
    // room); the short columns fit their contents.
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {MilestonesModel::TitleColumn, MilestonesModel::GoalColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, column == MilestonesModel::TitleColumn ? 220 : 160);
    }
    header->setSectionResizeMode(MilestonesModel::OutcomeColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    table_->setSortingEnabled(true);
    table_->sortByColumn(MilestonesModel::DueColumn, Qt::AscendingOrder);

    summary_ = makePlainLabel(QString(), this);
    summary_->setObjectName(QStringLiteral("milestoneSummary"));

    createActions();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {addButton_, editButton_, deleteButton_, achievedButton_})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addWidget(summary_);
    layout->addLayout(buttons);

    QWidget* order[] = {goalCombo_, personCombo_, showDropped_,  table_,
                        addButton_, editButton_,  deleteButton_, achievedButton_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(goalCombo_, &QComboBox::currentIndexChanged, this, &MilestonesPage::applyFilters);
    connect(personCombo_, &QComboBox::currentIndexChanged, this, &MilestonesPage::applyFilters);
    connect(showDropped_, &QCheckBox::toggled, this, &MilestonesPage::applyFilters);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MilestonesPage::updateActions);
    connect(table_, &QTableView::activated, this, [this] { editSelectedMilestone(); });
    fillFilters();
    updateActions();
}

void MilestonesPage::createActions() {
    addAction_ = pageAction(this, tr("Add milestone"), QKeySequence(Qt::Key_Insert));
    editAction_ = pageAction(this, tr("Edit milestone"), QKeySequence(Qt::Key_F2));
    deleteAction_ = pageAction(this, tr("Delete milestone"), QKeySequence::Delete);
    achievedAction_ =
        pageAction(this, tr("Mark achieved"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction_->setIcon(appIcon("add"));
    editAction_->setIcon(appIcon("edit"));
    deleteAction_->setIcon(appIcon("delete"));
    achievedAction_->setIcon(appIcon("achieved"));
    connect(addAction_, &QAction::triggered, this, &MilestonesPage::addMilestone);
    connect(editAction_, &QAction::triggered, this, &MilestonesPage::editSelectedMilestone);
    connect(deleteAction_, &QAction::triggered, this, &MilestonesPage::deleteSelectedMilestone);
    connect(achievedAction_, &QAction::triggered, this, &MilestonesPage::markSelectedAchieved);

    addButton_ = actionButton(this, tr("&Add milestone…"), QStringLiteral("addMilestoneButton"),
                              tr("Add a milestone (Insert)"), addAction_);
    editButton_ = actionButton(this, tr("Ed&it…"), QStringLiteral("editMilestoneButton"),
                               tr("Edit the selected milestone (F2 or Enter)"), editAction_);
    deleteButton_ = actionButton(this, tr("De&lete"), QStringLiteral("deleteMilestoneButton"),
                                 tr("Delete the selected milestone (Delete); Undo brings it back"),
                                 deleteAction_);
    achievedButton_ = actionButton(this, tr("Mark a&chieved"), QStringLiteral("markAchievedButton"),
                                   tr("Mark the selected milestone achieved today (Ctrl+Return)"),
                                   achievedAction_);
}

QString MilestonesPage::pageTitle() const {
    return tr("Milestones");
}

void MilestonesPage::showCompact(const Compact& compact, const Date& today, bool readOnly) {
    const std::string selected = compact.id == compact_.id ? selectedMilestoneId() : std::string();
    compact_ = compact;
    today_ = today;
    readOnly_ = readOnly;
    model_->setCompact(compact, today);
    fillFilters();
    applyFilters();
    if (!selected.empty())
        selectMilestone(selected);
    updateActions();
}

void MilestonesPage::fillFilters() {
    std::vector<std::pair<QString, QString>> goals = {{tr("All goals"), kAllGoals},
                                                      {tr("No goal"), kNoGoal}};
    for (const Goal& goal : compact_.goals) {
        QString text = toQString(goal.text).simplified();
        if (text.size() > 50)
            text = text.left(49) + QChar(0x2026);
        goals.emplace_back(text, toQString(goal.id));
    }
    refill(goalCombo_, goals);
    std::vector<std::pair<QString, QString>> people = {{tr("All people"), QString()}};
    for (const Person& person : compact_.people)
        people.emplace_back(toQString(person.name), toQString(person.id));
    refill(personCombo_, people);
}

void MilestonesPage::applyFilters() {
    const QString goal = goalCombo_->currentData().toString();
    if (goal == kAllGoals || goal.isEmpty())
        filter_->setGoalFilter(MilestoneFilterModel::GoalFilter::AllGoals);
    else if (goal == kNoGoal)
        filter_->setGoalFilter(MilestoneFilterModel::GoalFilter::NoGoal);
    else
        filter_->setGoalFilter(MilestoneFilterModel::GoalFilter::OneGoal, goal);
    filter_->setPersonFilter(personCombo_->currentData().toString());
    filter_->setShowDropped(showDropped_->isChecked());
    updateSummary();
    updateActions();
}

void MilestonesPage::updateSummary() {
    int overdue = 0;
    for (int row = 0; row < filter_->rowCount(); ++row)
        if (filter_->index(row, 0).data(MilestonesModel::OverdueRole).toBool())
            ++overdue;
    const int shown = filter_->rowCount();
    const int total = model_->rowCount();
    QString text = total == 1 ? tr("1 milestone") : tr("%1 milestones").arg(total);
    if (shown != total)
        text = tr("%1 of %2 milestones shown").arg(shown).arg(total);
    if (overdue > 0)
        text = tr("%1; %2 overdue").arg(text).arg(overdue);
    summary_->setText(text);
}

std::string MilestonesPage::selectedMilestoneId() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return toStdString(rows.first().data(MilestonesModel::MilestoneIdRole).toString());
}

void MilestonesPage::selectMilestone(const std::string& milestoneId) {
    const int row = model_->rowOf(milestoneId);
    if (row < 0)
        return;
    const QModelIndex index = filter_->mapFromSource(model_->index(row, 0));
    if (!index.isValid())
        return; // filtered out
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

std::optional<Milestone> MilestonesPage::selectedMilestone() const {
    const int row = model_->rowOf(selectedMilestoneId());
    if (row < 0)
        return std::nullopt;
    return *model_->milestoneAt(model_->index(row, 0));
}

void MilestonesPage::updateActions() {
    const bool editable = session() && !readOnly_ && !compact_.id.empty();
    const std::optional<Milestone> selected = selectedMilestone();
    addAction_->setEnabled(editable);
    editAction_->setEnabled(editable && selected);
    deleteAction_->setEnabled(editable && selected);
    achievedAction_->setEnabled(editable && selected &&
                                selected->status != MilestoneStatus::Achieved);
    addButton_->setEnabled(addAction_->isEnabled());
    editButton_->setEnabled(editAction_->isEnabled());
    deleteButton_->setEnabled(deleteAction_->isEnabled());
    achievedButton_->setEnabled(achievedAction_->isEnabled());
}

void MilestonesPage::save(const Milestone& milestone) {
    if (accepted(session()->saveMilestone(compact_.id, milestone)))
        selectMilestone(milestone.id);
}

void MilestonesPage::addMilestone() {
    if (!addAction_->isEnabled())
        return;
    Milestone milestone;
    milestone.due = today_;
    // Start from what the filters show: their goal and person.
    const QString goal = goalCombo_->currentData().toString();
    if (goal != kAllGoals && goal != kNoGoal)
        milestone.goalId = toStdString(goal);
    const QString person = personCombo_->currentData().toString();
    if (!person.isEmpty())
        milestone.responsibleId = toStdString(person);
    else if (const Person* scholar = compact_.scholar())
        milestone.responsibleId = scholar->id;
    const std::optional<Milestone> edited = editor_(this, compact_, milestone, today_);
    if (edited)
        accepted(session()->saveMilestone(compact_.id, *edited));
}

void MilestonesPage::editSelectedMilestone() {
    const std::optional<Milestone> current = selectedMilestone();
    if (!editAction_->isEnabled() || !current)
        return;
    const std::optional<Milestone> edited = editor_(this, compact_, *current, today_);
    if (edited && *edited != *current)
        save(*edited);
}

void MilestonesPage::deleteSelectedMilestone() {
    const std::string id = selectedMilestoneId();
    if (!deleteAction_->isEnabled() || id.empty())
        return;
    accepted(session()->deleteMilestone(compact_.id, id));
}

void MilestonesPage::markSelectedAchieved() {
    std::optional<Milestone> milestone = selectedMilestone();
    if (!achievedAction_->isEnabled() || !milestone)
        return;
    milestone->status = MilestoneStatus::Achieved;
    milestone->done = today_;
    save(*milestone);
}

} // namespace mc::ui
