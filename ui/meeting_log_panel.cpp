#include "ui/meeting_log_panel.h"

#include "core/ids.h"
#include "core/meeting_adherence.h"
#include "ui/core_text.h"
#include "ui/meeting_dialog.h"
#include "ui/meeting_log_model.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <exception>

namespace mc::ui {

namespace {

QAction* tableAction(QWidget* table, const QString& text, const QKeySequence& shortcut) {
    auto* action = new QAction(text, table);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(action);
    return action;
}

QPushButton* button(QWidget* parent, const QString& text, const QString& name,
                    const QString& toolTip) {
    auto* made = new QPushButton(text, parent);
    made->setObjectName(name);
    made->setToolTip(toolTip);
    return made;
}

} // namespace

MeetingLogPanel::MeetingLogPanel(QWidget* parent)
    : QWidget(parent),
      runDialog_([](MeetingDialog& dialog) { return dialog.exec() == QDialog::Accepted; }) {
    model_ = new MeetingLogModel(this);
    buildLayout();
    createActions();
    updateActions();
}

void MeetingLogPanel::buildLayout() {
    adherence_ = makePlainLabel(QString(), this);
    adherence_->setObjectName(QStringLiteral("meetingAdherence"));
    adherence_->setWordWrap(true);
    adherence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = adherence_->font();
    font.setBold(true);
    adherence_->setFont(font);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("meetingLogTable"));
    table_->setAccessibleName(tr("Meetings held, newest first"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // One line per meeting, so a season of meetings fits without scrolling.
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MeetingLogModel::AttendeesColumn, QHeaderView::Interactive);
    header->resizeSection(MeetingLogModel::AttendeesColumn, 180);
    header->setSectionResizeMode(MeetingLogModel::TopicsColumn, QHeaderView::Stretch);

    items_ = new QListWidget(this);
    items_->setObjectName(QStringLiteral("meetingActionItems"));
    items_->setAccessibleName(tr("Action items of the selected meeting"));
    items_->setWordWrap(true);
    auto* itemsLabel = new QLabel(tr("Action i&tems of the selected meeting:"), this);
    itemsLabel->setBuddy(items_);
    notes_ = makePlainLabel(QString(), this);
    notes_->setObjectName(QStringLiteral("meetingNotesShown"));
    notes_->setWordWrap(true);
    notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    logButton_ = button(this, tr("Lo&g a meeting…"), QStringLiteral("logMeetingButton"),
                        tr("Log a meeting that was held (Insert)"));
    editButton_ = button(this, tr("Ed&it…"), QStringLiteral("editMeetingButton"),
                         tr("Edit the selected meeting (F2)"));
    deleteButton_ = button(this, tr("De&lete"), QStringLiteral("deleteMeetingButton"),
                           tr("Delete the selected meeting (Delete); Undo brings it back"));
    doneButton_ = button(this, tr("Mark &done"), QStringLiteral("actionItemDoneButton"),
                         tr("Mark the selected action item done, or open again"));
    milestoneButton_ =
        button(this, tr("Make a &milestone"), QStringLiteral("actionItemMilestoneButton"),
               tr("Turn the selected action item into a planned milestone; it needs an owner "
                  "and a due date"));

    auto* side = new QVBoxLayout;
    side->addWidget(itemsLabel);
    side->addWidget(items_, 1);
    side->addWidget(notes_);
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(doneButton_);
    itemButtons->addWidget(milestoneButton_);
    itemButtons->addStretch(1);
    side->addLayout(itemButtons);

    auto* middle = new QHBoxLayout;
    middle->addWidget(table_, 2);
    middle->addLayout(side, 1);

    auto* meetingButtons = new QHBoxLayout;
    for (QPushButton* b : {logButton_, editButton_, deleteButton_})
        meetingButtons->addWidget(b);
    meetingButtons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(adherence_);
    layout->addLayout(middle, 1);
    layout->addLayout(meetingButtons);

    QWidget* order[] = {table_, logButton_,  editButton_,     deleteButton_,
                        items_, doneButton_, milestoneButton_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void MeetingLogPanel::createActions() {
    connect(tableAction(table_, tr("Log a meeting"), QKeySequence(Qt::Key_Insert)),
            &QAction::triggered, this, &MeetingLogPanel::logMeeting);
    connect(tableAction(table_, tr("Edit meeting"), QKeySequence(Qt::Key_F2)), &QAction::triggered,
            this, &MeetingLogPanel::editSelectedMeeting);
    connect(tableAction(table_, tr("Delete meeting"), QKeySequence::Delete), &QAction::triggered,
            this, &MeetingLogPanel::deleteSelectedMeeting);
    connect(table_, &QTableView::activated, this, &MeetingLogPanel::editSelectedMeeting);
    connect(logButton_, &QPushButton::clicked, this, &MeetingLogPanel::logMeeting);
    connect(editButton_, &QPushButton::clicked, this, &MeetingLogPanel::editSelectedMeeting);
    connect(deleteButton_, &QPushButton::clicked, this, &MeetingLogPanel::deleteSelectedMeeting);
    connect(doneButton_, &QPushButton::clicked, this, &MeetingLogPanel::toggleSelectedItemDone);
    connect(milestoneButton_, &QPushButton::clicked, this,
            &MeetingLogPanel::makeSelectedItemMilestone);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showActionItems();
        updateActions();
    });
    connect(items_, &QListWidget::currentRowChanged, this, &MeetingLogPanel::updateActions);
}

void MeetingLogPanel::setSession(WorkspaceSession* session, Acceptor accepted) {
    session_ = session;
    accepted_ = std::move(accepted);
}

bool MeetingLogPanel::editable() const {
    return session_ != nullptr && !compact_.id.empty() && !session_->workspace().isReadOnly();
}

void MeetingLogPanel::showCompact(const Compact& compact, const Date& today) {
    const std::string keepMeeting = compact.id == compact_.id ? selectedMeetingId() : std::string();
    const std::string keepItem = compact.id == compact_.id ? selectedActionItemId() : std::string();
    compact_ = compact;
    today_ = today;
    std::vector<Meeting> meetings;
    QString adherence;
    if (session_ != nullptr && !compact.id.empty()) {
        try {
            meetings = session_->workspace().meetings(compact.id);
            adherence = MeetingLogModel::adherenceText(meetingAdherence(compact, meetings, today));
        } catch (const std::exception& error) { // a plan out of range, or a file gone
            adherence = coreText(error);
        }
    }
    model_->setMeetings(std::move(meetings));
    adherence_->setText(adherence);
    // The newest meeting is selected at first, so its action items show.
    if (!keepMeeting.empty() && model_->rowOf(keepMeeting) >= 0)
        selectMeeting(keepMeeting);
    else if (model_->rowCount() > 0)
        table_->selectRow(0);
    showActionItems();
    if (!keepItem.empty())
        selectActionItem(keepItem);
    updateActions();
}

void MeetingLogPanel::reload() {
    if (session_ == nullptr || compact_.id.empty())
        return;
    try {
        showCompact(session_->workspace().loadCompact(compact_.id), today_);
    } catch (const std::exception&) {
        // The compact is gone; the view shows its hint on the session's signal.
    }
}

const Meeting* MeetingLogPanel::selectedMeeting() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : model_->meetingAt(rows.front());
}

std::string MeetingLogPanel::selectedMeetingId() const {
    const Meeting* meeting = selectedMeeting();
    return meeting ? meeting->id : std::string();
}

void MeetingLogPanel::selectMeeting(const std::string& meetingId) {
    const int row = model_->rowOf(meetingId);
    if (row < 0)
        return;
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
}

const ActionItem* MeetingLogPanel::selectedActionItem() const {
    const Meeting* meeting = selectedMeeting();
    const QListWidgetItem* current = items_->currentItem();
    if (meeting == nullptr || current == nullptr || !current->isSelected())
        return nullptr;
    const std::string id = toStdString(current->data(Qt::UserRole).toString());
    for (const ActionItem& item : meeting->actionItems)
        if (item.id == id)
            return &item;
    return nullptr;
}

std::string MeetingLogPanel::selectedActionItemId() const {
    const ActionItem* item = selectedActionItem();
    return item ? item->id : std::string();
}

void MeetingLogPanel::selectActionItem(const std::string& actionItemId) {
    for (int i = 0; i < items_->count(); ++i)
        if (items_->item(i)->data(Qt::UserRole).toString() == toQString(actionItemId)) {
            items_->setCurrentRow(i);
            items_->item(i)->setSelected(true);
        }
}

void MeetingLogPanel::showActionItems() {
    items_->clear();
    const Meeting* meeting = selectedMeeting();
    notes_->setText(meeting && !meeting->notes.empty()
                        ? tr("Notes: %1").arg(toQString(meeting->notes))
                        : QString());
    if (meeting == nullptr)
        return;
    for (const ActionItem& item : meeting->actionItems) {
        auto* entry = new QListWidgetItem(MeetingLogModel::actionItemText(item), items_);
        entry->setData(Qt::UserRole, toQString(item.id));
    }
}

void MeetingLogPanel::updateActions() {
    const bool canEdit = editable();
    const bool hasMeeting = selectedMeeting() != nullptr;
    const ActionItem* item = selectedActionItem();
    logButton_->setEnabled(canEdit);
    editButton_->setEnabled(canEdit && hasMeeting);
    deleteButton_->setEnabled(canEdit && hasMeeting);
    doneButton_->setEnabled(canEdit && item != nullptr);
    doneButton_->setText(item && item->done ? tr("Mark &open") : tr("Mark &done"));
    milestoneButton_->setEnabled(canEdit && item != nullptr && item->milestoneId.empty());
    for (QAction* action : table_->actions())
        action->setEnabled(canEdit);
}

void MeetingLogPanel::openDialog(const Meeting& meeting) {
    Compact fresh;
    try {
        // Fresh, so the dialog's rules know milestones made since the last refresh.
        fresh = session_->workspace().loadCompact(compact_.id);
    } catch (const std::exception& error) {
        accepted_(coreText(error));
        return;
    }
    MeetingDialog dialog(fresh, meeting, today_, this);
    if (!runDialog_(dialog))
        return;
    Meeting edited = dialog.meeting();
    if (edited.id.empty())
        edited.id = newUuid(); // known here, so the new meeting can be selected
    if (!accepted_(session_->saveMeeting(compact_.id, edited, today_)))
        return;
    reload();
    selectMeeting(edited.id);
}

void MeetingLogPanel::logMeeting() {
    if (!editable())
        return;
    Meeting meeting;
    meeting.date = today_;
    openDialog(meeting);
}

void MeetingLogPanel::editSelectedMeeting() {
    const Meeting* meeting = selectedMeeting();
    if (!editable() || meeting == nullptr)
        return;
    openDialog(*meeting);
}

void MeetingLogPanel::deleteSelectedMeeting() {
    const std::string id = selectedMeetingId();
    if (!editable() || id.empty())
        return;
    if (accepted_(session_->deleteMeeting(compact_.id, id)))
        reload();
}

void MeetingLogPanel::toggleSelectedItemDone() {
    const ActionItem* item = selectedActionItem();
    if (!editable() || item == nullptr)
        return;
    if (accepted_(session_->setActionItemDone(compact_.id, item->id, !item->done)))
        reload();
}

void MeetingLogPanel::makeSelectedItemMilestone() {
    const ActionItem* item = selectedActionItem();
    if (!editable() || item == nullptr)
        return;
    if (accepted_(session_->promoteActionItem(compact_.id, item->id)))
        reload();
}

} // namespace mc::ui
