#include "ui/meeting_dialog.h"

#include "core/meeting_log.h"
#include "ui/date_fields.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace mc::ui {

namespace {

constexpr int kFormerNameRole = Qt::UserRole + 1;
constexpr int kAttendeeColumns = 3;

QDateEdit* dateEditFor(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    showDateInLocale(edit);
    // Any date can be entered, so a date after today gets the rule's
    // message beside the field instead of being silently clamped.
    edit->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    return edit;
}

// Problems whose path starts with `prefix`, renamed to `prefix` alone, so
// one label can show the problems of a list's entries.
std::vector<Problem> under(const std::vector<Problem>& problems, const std::string& prefix) {
    std::vector<Problem> found;
    for (const Problem& problem : problems)
        if (problem.field.rfind(prefix, 0) == 0)
            found.push_back(problem.text.empty()
                                ? Problem(problem.severity, prefix, problem.message)
                                : Problem(problem.severity, prefix, problem.text));
    return found;
}

} // namespace

MeetingDialog::MeetingDialog(const Compact& compact, const Meeting& meeting, const Date& today,
                             QWidget* parent)
    : QDialog(parent), compact_(compact), original_(meeting), today_(today),
      formerNames_(formerNamesOf(meeting)) {
    setWindowTitle(meeting.id.empty() ? tr("Log a meeting") : tr("Edit meeting"));
    createFields(meeting);
    layOut();
    for (const ActionItem& item : meeting.actionItems)
        addItemRow(item);

    connect(date_, &QDateEdit::dateChanged, this, &MeetingDialog::revalidate);
    for (QCheckBox* box : attendees_)
        connect(box, &QCheckBox::toggled, this, &MeetingDialog::revalidate);
    connect(topics_, &QLineEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(notes_, &QPlainTextEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(addItem_, &QPushButton::clicked, this, [this] {
        const int index = addActionItem();
        items_[static_cast<std::size_t>(index)].text->setFocus();
    });
    revalidate();
}

void MeetingDialog::createFields(const Meeting& meeting) {
    date_ = dateEditFor(this, QStringLiteral("meetingDate"), tr("Date held"));
    date_->setDate(toQDate(meeting.date.is_special() ? today_ : meeting.date));
    dateRule_ = makePlainLabel(
        tr("The day the meeting was held: not after today (%1).").arg(formatDate(today_)), this);
    dateRule_->setObjectName(QStringLiteral("meetingDateRule"));
    dateRule_->setWordWrap(true);
    dateProblem_ = problemLabel(this, QStringLiteral("meetingDateProblem"));

    attendeesBox_ = new QWidget(this);
    auto* grid = new QGridLayout(attendeesBox_);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addBox = [this, grid](const QString& text) {
        auto* box = new QCheckBox(text, attendeesBox_);
        box->setAccessibleName(tr("%1 attended").arg(text));
        const int index = static_cast<int>(attendees_.size());
        grid->addWidget(box, index / kAttendeeColumns, index % kAttendeeColumns);
        attendees_.push_back(box);
        return box;
    };
    const auto attended = [&meeting](const Attendee& wanted) {
        return std::any_of(
            meeting.attendees.begin(), meeting.attendees.end(), [&](const Attendee& a) {
                return wanted.personId.empty() ? a.personId.empty() && a.name == wanted.name
                                               : a.personId == wanted.personId;
            });
    };
    for (const Person& person : compact_.people) {
        QCheckBox* box = addBox(tr("%1 (%2)").arg(toQString(person.name), labelOf(person.role)));
        box->setObjectName(QStringLiteral("attendee-") + toQString(person.id));
        box->setProperty("personId", toQString(person.id));
        box->setChecked(attended({person.id, person.name}));
    }
    // Someone who has left the compact stays in the log unless unticked.
    for (const Attendee& attendee : meeting.attendees)
        if (attendee.personId.empty()) {
            QCheckBox* box = addBox(tr("%1 (left the compact)").arg(toQString(attendee.name)));
            box->setObjectName(QStringLiteral("attendee-left-") + toQString(attendee.name));
            box->setProperty("formerName", toQString(attendee.name));
            box->setChecked(true);
        }
    attendeesProblem_ = problemLabel(this, QStringLiteral("meetingAttendeesProblem"));

    topics_ = new QLineEdit(toQString(meeting.topics), this);
    topics_->setObjectName(QStringLiteral("meetingTopics"));
    topics_->setAccessibleName(tr("Topics"));
    topics_->setPlaceholderText(tr("For example: the K23 specific aims; the data pipeline"));
    topicsProblem_ = problemLabel(this, QStringLiteral("meetingTopicsProblem"));

    notes_ = new QPlainTextEdit(this);
    notes_->setObjectName(QStringLiteral("meetingNotes"));
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    notes_->setPlainText(toQString(meeting.notes));
    notes_->setMaximumHeight(110);
    notesProblem_ = problemLabel(this, QStringLiteral("meetingNotesProblem"));

    addItem_ = new QPushButton(tr("&Add action item"), this);
    addItem_->setObjectName(QStringLiteral("addActionItemButton"));
    otherProblem_ = problemLabel(this, QStringLiteral("meetingOtherProblem"));
}

void MeetingDialog::layOut() {
    auto* grid = new QGridLayout;
    int row = 0;
    auto addRow = [&](const QString& text, QWidget* field, QLabel* problem) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(field, row, 1);
        grid->addWidget(problem, row, 2, Qt::AlignTop);
        ++row;
    };
    addRow(tr("&Date held:"), date_, dateProblem_);
    grid->addWidget(dateRule_, row++, 1);
    addRow(tr("A&ttended:"), attendeesBox_, attendeesProblem_);
    if (!attendees_.empty())
        qobject_cast<QLabel*>(grid->itemAtPosition(row - 1, 0)->widget())
            ->setBuddy(attendees_.front());
    addRow(tr("T&opics:"), topics_, topicsProblem_);
    addRow(tr("&Notes:"), notes_, notesProblem_);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 1);

    auto* itemsGroup = new QGroupBox(tr("Action items"), this);
    auto* groupLayout = new QVBoxLayout(itemsGroup);
    itemsBox_ = new QWidget;
    itemsLayout_ = new QVBoxLayout(itemsBox_);
    itemsLayout_->setContentsMargins(0, 0, 0, 0);
    itemsLayout_->addStretch(1);
    auto* scroll = new QScrollArea(itemsGroup);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(itemsBox_);
    scroll->setMinimumHeight(140);
    groupLayout->addWidget(scroll, 1);
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(addItem_);
    addRowLayout->addStretch(1);
    groupLayout->addLayout(addRowLayout);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(itemsGroup, 1);
    layout->addWidget(otherProblem_);
    layout->addWidget(buttons_);
    resize(820, 600);
}

void MeetingDialog::addItemRow(const ActionItem& item) {
    ItemRow r;
    r.original = item;
    r.row = new QWidget(itemsBox_);
    auto* column = new QVBoxLayout(r.row);
    column->setContentsMargins(0, 0, 0, 4);
    auto* line = new QHBoxLayout;
    r.text = new QLineEdit(toQString(item.text), r.row);
    r.text->setAccessibleName(tr("Action item"));
    r.text->setPlaceholderText(tr("What is to be done"));
    r.owner = new QComboBox(r.row);
    r.owner->setAccessibleName(tr("Owner"));
    // Without a label, Qt on Linux would speak only the combo box's value.
    r.owner->setAccessibleDescription(tr("Owner of this action item"));
    r.owner->addItem(tr("(nobody)"), QString());
    for (const Person& person : compact_.people)
        r.owner->addItem(toQString(person.name), toQString(person.id));
    if (item.ownerId.empty() && !item.ownerName.empty()) {
        r.owner->addItem(tr("%1 (left the compact)").arg(toQString(item.ownerName)), QString());
        r.owner->setItemData(r.owner->count() - 1, toQString(item.ownerName), kFormerNameRole);
        r.owner->setCurrentIndex(r.owner->count() - 1);
    } else {
        selectData(r.owner, toQString(item.ownerId));
    }
    // Named "<list>-<n>" like the attendees: one letter cannot serve every
    // row, so Tab reaches the rows' boxes and buttons.
    const QString rowNumber = QString::number(items_.size() + 1);
    r.hasDue = new QCheckBox(tr("Due"), r.row);
    r.hasDue->setObjectName(QStringLiteral("actionItemDue-") + rowNumber);
    r.hasDue->setAccessibleName(tr("Due: this action item has a due date"));
    r.hasDue->setChecked(item.due.has_value());
    r.due = dateEditFor(r.row, QString(), tr("Due date"));
    r.due->setDate(toQDate(item.due ? *item.due : today_ + boost::gregorian::days(14)));
    r.due->setEnabled(r.hasDue->isChecked());
    r.remove = new QPushButton(tr("Remove"), r.row);
    r.remove->setObjectName(QStringLiteral("actionItemRemove-") + rowNumber);
    r.remove->setAccessibleName(tr("Remove this action item"));
    line->addWidget(r.text, 3);
    line->addWidget(r.owner, 1);
    line->addWidget(r.hasDue);
    line->addWidget(r.due);
    line->addWidget(r.remove);
    column->addLayout(line);
    r.problem = problemLabel(r.row, QStringLiteral("actionItemProblem"));
    column->addWidget(r.problem);
    // Before the stretch that keeps the rows at the top.
    itemsLayout_->insertWidget(itemsLayout_->count() - 1, r.row);

    QWidget* rowWidget = r.row;
    connect(r.text, &QLineEdit::textChanged, this, &MeetingDialog::revalidate);
    connect(r.owner, &QComboBox::currentIndexChanged, this, &MeetingDialog::revalidate);
    connect(r.due, &QDateEdit::dateChanged, this, &MeetingDialog::revalidate);
    QDateEdit* due = r.due;
    connect(r.hasDue, &QCheckBox::toggled, this, [this, due](bool checked) {
        due->setEnabled(checked);
        revalidate();
    });
    connect(r.remove, &QPushButton::clicked, this, [this, rowWidget] {
        for (std::size_t i = 0; i < items_.size(); ++i)
            if (items_[i].row == rowWidget)
                removeActionItem(static_cast<int>(i));
    });
    // Made after the dialog's buttons, a row would come last in Tab: it goes
    // after the rows above it and before "Add action item".
    QWidget* above = items_.empty() ? static_cast<QWidget*>(notes_) : items_.back().remove;
    QWidget::setTabOrder(above, r.text);
    QWidget::setTabOrder(r.text, r.owner);
    QWidget::setTabOrder(r.owner, r.hasDue);
    QWidget::setTabOrder(r.hasDue, r.due);
    QWidget::setTabOrder(r.due, r.remove);
    QWidget::setTabOrder(r.remove, addItem_);
    items_.push_back(r);
}

int MeetingDialog::addActionItem() {
    addItemRow(ActionItem{});
    revalidate();
    return actionItemCount() - 1;
}

void MeetingDialog::removeActionItem(int index) {
    if (index < 0 || index >= actionItemCount())
        return;
    const auto at = items_.begin() + index;
    at->row->hide();
    at->row->deleteLater();
    items_.erase(at);
    revalidate();
}

QLineEdit* MeetingDialog::actionItemText(int index) const {
    return items_.at(static_cast<std::size_t>(index)).text;
}
QComboBox* MeetingDialog::actionItemOwner(int index) const {
    return items_.at(static_cast<std::size_t>(index)).owner;
}
QCheckBox* MeetingDialog::actionItemHasDue(int index) const {
    return items_.at(static_cast<std::size_t>(index)).hasDue;
}
QDateEdit* MeetingDialog::actionItemDue(int index) const {
    return items_.at(static_cast<std::size_t>(index)).due;
}
QLabel* MeetingDialog::actionItemProblem(int index) const {
    return items_.at(static_cast<std::size_t>(index)).problem;
}

QCheckBox* MeetingDialog::attendeeBox(const std::string& personId) const {
    for (QCheckBox* box : attendees_)
        if (box->property("personId").toString() == toQString(personId))
            return box;
    return nullptr;
}

QPushButton* MeetingDialog::okButton() const {
    return buttons_->button(QDialogButtonBox::Ok);
}

Meeting MeetingDialog::meeting() const {
    Meeting m = original_;
    m.date = fromQDate(date_->date());
    m.attendees.clear();
    for (const QCheckBox* box : attendees_) {
        if (!box->isChecked())
            continue;
        const QString personId = box->property("personId").toString();
        if (!personId.isEmpty())
            m.attendees.push_back({toStdString(personId), ""});
        else
            m.attendees.push_back({"", toStdString(box->property("formerName").toString())});
    }
    m.topics = toStdString(topics_->text());
    m.notes = toStdString(notes_->toPlainText());
    m.actionItems.clear();
    for (const ItemRow& r : items_) {
        ActionItem item = r.original;
        item.text = toStdString(r.text->text());
        item.ownerId = toStdString(r.owner->currentData().toString());
        item.ownerName = toStdString(r.owner->currentData(kFormerNameRole).toString());
        item.due = r.hasDue->isChecked() ? OptionalDate(fromQDate(r.due->date())) : std::nullopt;
        m.actionItems.push_back(std::move(item));
    }
    return m;
}

std::vector<Problem> MeetingDialog::problems() const {
    return validateMeeting(meeting(), compact_, today_, formerNames_);
}

void MeetingDialog::revalidate() {
    const std::vector<Problem> found = problems();
    showProblems(dateProblem_, date_, found, {"meeting.date"});
    showProblems(attendeesProblem_, attendeesBox_, under(found, "meeting.attendees"),
                 {"meeting.attendees"});
    showProblems(topicsProblem_, topics_, found, {"meeting.topics"});
    showProblems(notesProblem_, notes_, found, {"meeting.notes"});
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const std::string at = "meeting.actionItems[" + std::to_string(i) + "]";
        const std::string text = at + ".text";
        const std::string owner = at + ".owner";
        const std::string due = at + ".due";
        showProblems(items_[i].problem, items_[i].text, found, {text, owner, due});
    }
    std::vector<Problem> other;
    for (const Problem& problem : found)
        if (problem.field == "meeting.id" || problem.field.ends_with(".id") ||
            problem.field.ends_with(".milestone"))
            other.push_back(problem);
    // Shown under one path, named in the message by the rule itself.
    for (Problem& problem : other)
        problem.field = "meeting";
    showProblems(otherProblem_, nullptr, other, {"meeting"});
    okButton()->setEnabled(!hasErrors(found));
}

void MeetingDialog::accept() {
    revalidate();
    if (hasErrors(problems()))
        return;
    QDialog::accept();
}

} // namespace mc::ui
