#include "ui/overview_page.h"

#include "core/validation.h"
#include "ui/core_text.h"
#include "ui/date_fields.h"
#include "ui/field_problems.h"
#include "ui/people_model.h"
#include "ui/person_dialog.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"
#include "ui/workspace_session.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace mc::ui {

namespace {

QLabel* valueLabel(QWidget* parent) {
    QLabel* label = makePlainLabel(QString(), parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setBold(QLabel* label, qreal scale) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent) : CompactPage(parent) {
    personEditor_ = [](QWidget* owner, const Person& person, bool isNew) {
        return PersonDialog::edit(owner, person, isNew ? tr("Add person") : tr("Edit person"));
    };
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    heading_ = valueLabel(content);
    heading_->setObjectName(QStringLiteral("overviewTitle"));
    setBold(heading_, 1.6);
    column->addWidget(heading_);
    column->addWidget(buildHeader());
    column->addWidget(buildPeople());

    auto* teamBox = new QGroupBox(tr("Mentoring team"), content);
    teamLayout_ = new QVBoxLayout(teamBox);
    column->addWidget(teamBox);

    auto* countsBox = new QGroupBox(tr("What the compact holds"), content);
    auto* counts = new QFormLayout(countsBox);
    counts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLabel** label : {&expectations_, &goals_, &milestones_, &meetings_, &channels_})
        *label = valueLabel(countsBox);
    counts->addRow(tr("Expectations:"), expectations_);
    counts->addRow(tr("Goals:"), goals_);
    counts->addRow(tr("Milestones:"), milestones_);
    counts->addRow(tr("Meetings:"), meetings_);
    counts->addRow(tr("Channels:"), channels_);
    column->addWidget(countsBox);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(title_, program_);
    setTabOrder(program_, cohort_);
    setTabOrder(cohort_, status_);
    setTabOrder(status_, start_);
    setTabOrder(start_, end_);
    setTabOrder(end_, peopleView_);
    setTabOrder(peopleView_, addButton_);
    setTabOrder(addButton_, editButton_);
    setTabOrder(editButton_, removeButton_);
    setTabOrder(removeButton_, upButton_);
    setTabOrder(upButton_, downButton_);
    clear();
}

QWidget* OverviewPage::buildHeader() {
    auto* box = new QGroupBox(tr("Compact"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto lineEdit = [this, box](QLineEdit*& edit, const std::string& key, const QString& name) {
        edit = new QLineEdit(box);
        edit->setAccessibleName(name);
        edit->setMaxLength(static_cast<int>(kMaxNameLength));
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { dirty_.insert(edit); });
        connect(edit, &QLineEdit::editingFinished, this, [this, key] { commitField(key); });
    };
    lineEdit(title_, "title", tr("Title"));
    lineEdit(program_, "program", tr("Program"));
    lineEdit(cohort_, "cohort", tr("Cohort"));
    program_->setPlaceholderText(tr("KL2, K23, postdoctoral training…"));
    cohort_->setPlaceholderText(tr("Entry year, for example 2026"));
    status_ = new QComboBox(box);
    status_->setWhatsThis(tr("Where the compact stands: a draft, being negotiated, signed, amended "
                             "after a review, or closed when the formal relationship ends."));
    status_->setAccessibleName(tr("Status"));
    describeProblems(status_, {});
    for (const auto& entry : enumEntries<CompactStatus>())
        status_->addItem(labelOf(entry.value), static_cast<int>(entry.value));
    connect(status_, &QComboBox::activated, this, [this] { commitField("status"); });
    start_ = makeDateEdit("start", tr("Start date"));
    end_ = makeDateEdit("end", tr("End date"));
    template_ = valueLabel(box);
    period_ = valueLabel(box);
    period_->setObjectName(QStringLiteral("overviewPeriod"));
    closing_ = valueLabel(box);
    closing_->setObjectName(QStringLiteral("overviewClosing"));
    closing_->setWordWrap(true);

    form->addRow(tr("&Title:"), addField("title", title_));
    form->addRow(tr("&Program:"), addField("program", program_));
    form->addRow(tr("&Cohort:"), addField("cohort", cohort_));
    form->addRow(tr("&Status:"), addField("status", status_));
    form->addRow(tr("St&art:"), addField("start", start_));
    form->addRow(tr("E&nd:"), addField("end", end_));
    form->addRow(tr("Award period:"), period_);
    form->addRow(tr("Closing:"), closing_);
    form->addRow(tr("From template:"), template_);
    return box;
}

QDateEdit* OverviewPage::makeDateEdit(const std::string& key, const QString& accessibleName) {
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    showDateInLocale(edit);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumDate(QDate(1900, 1, 1));
    connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
        if (!updating_)
            dirty_.insert(edit);
    });
    connect(edit, &QDateEdit::editingFinished, this, [this, key] { commitField(key); });
    // Picking a day in the calendar (click, or Enter) does not always finish
    // editing: commit once the date edit has taken the picked day.
    auto picked = [this, key] {
        QTimer::singleShot(0, this, [this, key] { commitField(key); });
    };
    connect(edit->calendarWidget(), &QCalendarWidget::clicked, this, picked);
    connect(edit->calendarWidget(), &QCalendarWidget::activated, this, picked);
    return edit;
}

// The input with its message beside it: red for an error, amber for a warning.
QWidget* OverviewPage::addField(const std::string& key, QWidget* input) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* message = valueLabel(row);
    message->setObjectName(QStringLiteral("message_") + toQString(key));
    message->hide();
    layout->addWidget(input, qobject_cast<QLineEdit*>(input) ? 3 : 0);
    layout->addWidget(message, 2);
    if (!qobject_cast<QLineEdit*>(input))
        layout->addStretch(1);
    input->setParent(row);
    row->setFocusProxy(input); // the label's mnemonic (its buddy is the row) reaches the input
    fields_.push_back({key, input, message});
    return row;
}

const OverviewPage::Field* OverviewPage::field(const std::string& key) const {
    for (const Field& f : fields_)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString OverviewPage::fieldMessage(const std::string& key) const {
    const Field* f = field(key);
    return f && !f->message->isHidden() ? f->message->text() : QString();
}

QString OverviewPage::pageTitle() const {
    return tr("Overview");
}

bool OverviewPage::editable() const {
    return session() != nullptr && !readOnly_ && !compact_.id.empty();
}

void OverviewPage::updateEnabled() {
    const bool canEdit = editable();
    for (const Field& f : fields_)
        f.input->setEnabled(canEdit);
    const bool hasSelection = !selectedPersonId().empty();
    const int row = peopleModel_->rowOf(selectedPersonId());
    addButton_->setEnabled(canEdit);
    editButton_->setEnabled(canEdit && hasSelection);
    removeButton_->setEnabled(canEdit && hasSelection);
    upButton_->setEnabled(canEdit && hasSelection && row > 0);
    downButton_->setEnabled(canEdit && hasSelection && row + 1 < peopleModel_->rowCount());
}

void OverviewPage::showCompact(const Compact& compact, const Date& today) {
    showCompact(compact, today, false);
}

void OverviewPage::showCompact(const Compact& compact, const Date& today, bool readOnly) {
    if (compact.id != compact_.id)
        dirty_.clear(); // another compact: nothing typed belongs to it
    ++shownCount_;
    compact_ = compact;
    today_ = today;
    readOnly_ = readOnly;
    fillHeader();
    const std::string selected = selectedPersonId();
    peopleModel_->setPeople(compact.people);
    for (int column : {PeopleModel::NameColumn, PeopleModel::RoleColumn})
        peopleView_->resizeColumnToContents(column);
    selectPerson(selected);
    showDerived();
    updateEnabled();
}

void OverviewPage::clear() {
    compact_ = Compact{};
    dirty_.clear();
    peopleModel_->setPeople({});
    const QSignalBlocker blockTitle(title_);
    for (QLineEdit* edit : {title_, program_, cohort_})
        edit->clear();
    for (QLabel* label : {heading_, template_, period_, closing_, meetings_, channels_,
                          expectations_, goals_, milestones_})
        label->clear();
    for (const Field& f : fields_)
        showMessages(f.key, {});
    showTeam();
    updateEnabled();
}

// Fills each header input from compact_, except one the user is typing in.
void OverviewPage::fillHeader() {
    updating_ = true;
    const std::vector<Problem> problems = validateCompactHeader(compact_);
    for (const Field& f : fields_) {
        const bool typing =
            dirty_.count(f.input) && (f.input->hasFocus() || f.input->isAncestorOf(focusWidget()));
        if (typing)
            continue;
        dirty_.erase(f.input);
        std::vector<Problem> mine;
        for (const Problem& p : problems)
            if (p.field == f.key)
                mine.push_back(p);
        showMessages(f.key, mine);
    }
    auto fill = [this](QWidget* input, auto apply) {
        if (!dirty_.count(input))
            apply();
    };
    fill(title_, [this] { title_->setText(toQString(compact_.title)); });
    fill(program_, [this] { program_->setText(toQString(compact_.program)); });
    fill(cohort_, [this] { cohort_->setText(toQString(compact_.cohort)); });
    fill(status_, [this] {
        status_->setCurrentIndex(status_->findData(static_cast<int>(compact_.status)));
    });
    fill(start_, [this] {
        if (!compact_.start.is_special())
            start_->setDate(toQDate(compact_.start));
    });
    fill(end_, [this] {
        if (!compact_.end.is_special())
            end_->setDate(toQDate(compact_.end));
    });
    updating_ = false;
}

void OverviewPage::showMessages(const std::string& key, const std::vector<Problem>& problems) {
    const Field* f = field(key);
    if (!f)
        return;
    QStringList lines;
    bool error = false;
    for (const Problem& p : problems) {
        error = error || p.severity == Severity::Error;
        lines << PersonDialog::sentence(coreText(p));
    }
    f->message->setText(lines.join(QLatin1Char('\n')));
    f->message->setStyleSheet(colorStyle(error ? errorColor(f->message->palette())
                                               : warningColor(f->message->palette())));
    f->message->setVisible(!lines.isEmpty());
    describeProblems(f->input, f->message->text());
}

void OverviewPage::readField(const std::string& key, Compact& compact) const {
    if (key == "title")
        compact.title = toStdString(title_->text().trimmed());
    else if (key == "program")
        compact.program = toStdString(program_->text().trimmed());
    else if (key == "cohort")
        compact.cohort = toStdString(cohort_->text().trimmed());
    else if (key == "status")
        compact.status = static_cast<CompactStatus>(status_->currentData().toInt());
    else if (key == "start")
        compact.start = fromQDate(start_->date());
    else if (key == "end")
        compact.end = fromQDate(end_->date());
}

void OverviewPage::commitField(const std::string& key) {
    if (updating_ || !editable())
        return;
    const Field* f = field(key);
    Compact changed = compact_;
    readField(key, changed);
    // The rules about this field; for a date, the rules about the period.
    std::vector<Problem> mine;
    bool error = false;
    for (const Problem& p : validateCompactHeader(changed)) {
        if (p.field == key ||
            ((key == "start" || key == "end") && (p.field == "start" || p.field == "end"))) {
            mine.push_back(p);
            error = error || p.severity == Severity::Error;
        }
    }
    showMessages(key, mine);
    if (error)
        return; // the input keeps what was typed, beside its message
    dirty_.erase(f->input);
    if (changed == compact_)
        return;
    const int shownBefore = shownCount_;
    if (!accepted(session()->saveCompactHeader(changed)))
        return;
    if (shownCount_ == shownBefore) { // nobody refreshed the page: keep it current
        compact_ = changed;
        showDerived();
    }
}

} // namespace mc::ui
