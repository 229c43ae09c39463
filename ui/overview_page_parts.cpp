// The overview page's parts below the header: the table of people and roles
// with its buttons and the person dialog, the mentoring team, and the
// summaries of the award period and of what the compact holds.

#include "core/ids.h"
#include "ui/icons.h"
#include "ui/overview_page.h"
#include "ui/people_model.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace mc::ui {

namespace {

QString expectationSummary(const Compact& compact) {
    const auto agreed =
        std::count_if(compact.expectations.begin(), compact.expectations.end(),
                      [](const Expectation& e) { return e.state == ExpectationState::Agreed; });
    return OverviewPage::tr("%1 (%2 agreed)").arg(compact.expectations.size()).arg(agreed);
}

QString goalSummary(const Compact& compact) {
    const auto achieved =
        std::count_if(compact.goals.begin(), compact.goals.end(),
                      [](const Goal& goal) { return goal.status == GoalStatus::Achieved; });
    return OverviewPage::tr("%1 (%2 achieved)").arg(compact.goals.size()).arg(achieved);
}

QString milestoneSummary(const Compact& compact, const Date& today) {
    int achieved = 0;
    int missed = 0;
    int overdue = 0;
    for (const auto& milestone : compact.milestones) {
        if (milestone.status == MilestoneStatus::Achieved)
            ++achieved;
        else if (milestone.status == MilestoneStatus::Missed)
            ++missed;
        else if ((milestone.status == MilestoneStatus::Planned ||
                  milestone.status == MilestoneStatus::Rescheduled) &&
                 milestone.due < today)
            ++overdue;
    }
    return OverviewPage::tr("%1 (%2 achieved, %3 missed, %4 overdue)")
        .arg(compact.milestones.size())
        .arg(achieved)
        .arg(missed)
        .arg(overdue);
}

// "Closed on 31 Aug 2029: Scholar became independent. <note>", or "Open".
QString closingText(const Compact& compact) {
    if (!compact.closing)
        return OverviewPage::tr("Open");
    QString text = OverviewPage::tr("Closed on %1: %2")
                       .arg(formatDate(compact.closing->on), labelOf(compact.closing->reason));
    if (!compact.closing->note.empty())
        text += QStringLiteral("\n") + toQString(compact.closing->note);
    return text;
}

// "1 Oct 2025 – 1 Oct 2028 (award year 2 of 3)"
QString periodText(const Compact& compact, const Date& today) {
    if (compact.start.is_special() || compact.end.is_special())
        return {};
    const QString text =
        OverviewPage::tr("%1 – %2").arg(formatDate(compact.start), formatDate(compact.end));
    if (today < compact.start)
        return text + QLatin1Char(' ') + OverviewPage::tr("(not started yet)");
    if (!(today < compact.end))
        return text + QLatin1Char(' ') + OverviewPage::tr("(ended)");
    constexpr int kMaxYears = 50; // a guard against absurd periods
    int year = 1;
    while (year < kMaxYears && anniversary(compact.start, year) <= today)
        ++year;
    int years = year;
    while (years < kMaxYears && anniversary(compact.start, years) < compact.end)
        ++years;
    return text + QLatin1Char(' ') + OverviewPage::tr("(award year %1 of %2)").arg(year).arg(years);
}

QString meetingText(const MeetingPlan& plan) {
    const Recurrence& r = plan.recurrence;
    const QString day = r.weekday >= 1 && r.weekday <= 7 ? QLocale().dayName(r.weekday) : QString();
    const QStringList weeks = {OverviewPage::tr("first"), OverviewPage::tr("second"),
                               OverviewPage::tr("third"), OverviewPage::tr("fourth")};
    QString when;
    switch (r.cadence) {
    case Cadence::Weekly:
        when = OverviewPage::tr("Weekly on %1").arg(day);
        break;
    case Cadence::EveryTwoWeeks:
        when = OverviewPage::tr("Every two weeks on %1").arg(day);
        break;
    case Cadence::Monthly:
        when = OverviewPage::tr("Monthly on the %1 %2")
                   .arg(r.weekOfMonth >= 1 && r.weekOfMonth <= 4 ? weeks.at(r.weekOfMonth - 1)
                                                                 : OverviewPage::tr("last"),
                        day);
        break;
    case Cadence::Custom:
        when = r.intervalDays == 1 ? OverviewPage::tr("Every day")
                                   : OverviewPage::tr("Every %1 days").arg(r.intervalDays);
        break;
    }
    return plan.durationMinutes == 1
               ? OverviewPage::tr("%1, 1 minute").arg(when)
               : OverviewPage::tr("%1, %2 minutes").arg(when).arg(plan.durationMinutes);
}

} // namespace

QWidget* OverviewPage::buildPeople() {
    auto* box = new QGroupBox(tr("People and roles"));
    auto* column = new QVBoxLayout(box);
    peopleModel_ = new PeopleModel(this);
    peopleView_ = new QTableView(box);
    peopleView_->setObjectName(QStringLiteral("peopleView"));
    peopleView_->setModel(peopleModel_);
    peopleView_->setAccessibleName(tr("People"));
    peopleView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    peopleView_->setSelectionMode(QAbstractItemView::SingleSelection);
    peopleView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    peopleView_->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    peopleView_->setAlternatingRowColors(true);
    peopleView_->verticalHeader()->hide();
    peopleView_->horizontalHeader()->setStretchLastSection(true);
    peopleView_->setMinimumHeight(160);
    QLabel* label = makePlainLabel(tr("Peop&le of this compact:"), box);
    label->setTextFormat(Qt::AutoText); // our own text, with a mnemonic
    label->setBuddy(peopleView_);
    column->addWidget(label);
    column->addWidget(peopleView_);

    auto* buttons = new QHBoxLayout;
    auto button = [this, box, buttons](const QString& text, const QString& tip, auto action,
                                       const char* icon) {
        auto* b = new QPushButton(appIcon(icon), text, box);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, action);
        buttons->addWidget(b);
        return b;
    };
    addButton_ = button(
        tr("Add pe&rson…"), tr("Add someone to this compact (Insert)"), [this] { addPerson(); },
        "person-add");
    editButton_ = button(
        tr("Ed&it…"), tr("Edit the selected person (Enter)"), [this] { editSelectedPerson(); },
        "edit");
    removeButton_ = button(
        tr("Re&move"), tr("Remove the selected person (Delete)"),
        [this] { removeSelectedPerson(); }, "delete");
    upButton_ = button(
        tr("Move &up"), tr("Move the selected person up (Ctrl+Up)"),
        [this] { moveSelectedPerson(-1); }, "move-up");
    downButton_ = button(
        tr("Move &down"), tr("Move the selected person down (Ctrl+Down)"),
        [this] { moveSelectedPerson(1); }, "move-down");
    buttons->addStretch(1);
    column->addLayout(buttons);

    auto shortcut = [this](const QKeySequence& keys, auto action) {
        auto* s = new QShortcut(keys, peopleView_, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(QKeySequence::Delete, [this] { removeSelectedPerson(); });
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addPerson(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelectedPerson(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelectedPerson(1); });
    connect(peopleView_, &QTableView::activated, this, [this] { editSelectedPerson(); });
    connect(peopleView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateEnabled(); });
    connect(peopleModel_, &QAbstractItemModel::modelReset, this, [this] { updateEnabled(); });
    return box;
}

std::string OverviewPage::selectedPersonId() const {
    const QModelIndex current = peopleView_->selectionModel()->currentIndex();
    const Person* person = current.isValid() ? peopleModel_->personAt(current.row()) : nullptr;
    return person ? person->id : std::string();
}

void OverviewPage::selectPerson(const std::string& personId) {
    const int row = peopleModel_->rowOf(personId);
    if (row < 0)
        return;
    peopleView_->selectionModel()->setCurrentIndex(peopleModel_->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
}

void OverviewPage::addPerson() {
    if (!editable() || !personEditor_)
        return;
    Person person;
    // Suggest the role the team lacks: the scholar first, then a primary mentor.
    const auto has = [this](Role role) {
        return std::any_of(compact_.people.begin(), compact_.people.end(),
                           [role](const Person& p) { return p.role == role; });
    };
    person.role = !has(Role::Scholar)         ? Role::Scholar
                  : !has(Role::PrimaryMentor) ? Role::PrimaryMentor
                                              : Role::CoMentor;
    person.id = newUuid(); // known now, so the page can select the newcomer
    for (const Person& other : compact_.people)
        person.position = std::max(person.position, other.position + 1);
    if (const auto edited = personEditor_(this, person, true))
        savePerson(*edited);
}

void OverviewPage::editSelectedPerson() {
    const Person* person = peopleModel_->personAt(peopleModel_->rowOf(selectedPersonId()));
    if (!editable() || !person || !personEditor_)
        return;
    if (const auto edited = personEditor_(this, *person, false))
        savePerson(*edited);
}

void OverviewPage::savePerson(const Person& person) {
    if (accepted(session()->savePerson(compact_.id, person)))
        selectPerson(person.id); // shown when the page was refreshed
}

void OverviewPage::removeSelectedPerson() {
    const std::string personId = selectedPersonId();
    if (!editable() || personId.empty())
        return;
    accepted(session()->deletePerson(compact_.id, personId));
}

void OverviewPage::moveSelectedPerson(int step) {
    const int row = peopleModel_->rowOf(selectedPersonId());
    const Person* moving = peopleModel_->personAt(row);
    const Person* other = peopleModel_->personAt(row + step);
    if (!editable() || !moving || !other)
        return;
    Person first = *moving;
    Person second = *other;
    first.position = other->position;
    second.position = moving->position;
    if (first.position == second.position) // equal places: make room
        first.position += step;
    // Both saves are one step for undo.
    const std::string compactId = compact_.id;
    QUndoStack& stack = session()->undoStack();
    stack.beginMacro(tr("Move %1").arg(toQString(first.name)));
    QString refusal = session()->savePerson(compactId, first);
    if (refusal.isEmpty())
        refusal = session()->savePerson(compactId, second);
    stack.endMacro();
    if (!accepted(refusal))
        stack.undo(); // take back the half that was stored
    else
        selectPerson(first.id);
}

// The scholar and each mentor, with what each mentor does on the team.
void OverviewPage::showTeam() {
    delete team_;
    team_ = new QWidget;
    auto* list = new QVBoxLayout(team_);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(10);
    for (const Person& person : compact_.people) {
        if (person.role != Role::Scholar && !isMentorRole(person.role))
            continue;
        auto* entry = new QVBoxLayout;
        entry->setSpacing(2);
        QLabel* name = makePlainLabel(toQString(person.name), team_);
        name->setObjectName(QStringLiteral("personName"));
        name->setWordWrap(true);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        entry->addWidget(name);
        entry->addWidget(makePlainLabel(labelOf(person.role), team_));
        if (isMentorRole(person.role)) {
            const bool none = person.responsibilities.empty();
            QLabel* duties = makePlainLabel(none ? tr("No responsibilities written yet.")
                                                 : toQString(person.responsibilities),
                                            team_);
            duties->setObjectName(none ? QStringLiteral("personNoResponsibilities")
                                       : QStringLiteral("personResponsibilities"));
            duties->setWordWrap(true);
            duties->setIndent(12);
            duties->setTextInteractionFlags(Qt::TextSelectableByMouse);
            entry->addWidget(duties);
        }
        list->addLayout(entry);
    }
    if (list->isEmpty())
        list->addWidget(makePlainLabel(tr("No one yet."), team_));
    teamLayout_->addWidget(team_);
}

// Everything that follows from the stored compact, not typed by the user.
void OverviewPage::showDerived() {
    heading_->setText(compact_.id.empty()      ? QString()
                      : compact_.title.empty() ? tr("Untitled compact")
                                               : toQString(compact_.title));
    template_->setText(compact_.templateId.empty() ? tr("None (started blank)")
                                                   : toQString(compact_.templateId));
    period_->setText(periodText(compact_, today_));
    closing_->setText(closingText(compact_));
    expectations_->setText(expectationSummary(compact_));
    goals_->setText(goalSummary(compact_));
    milestones_->setText(milestoneSummary(compact_, today_));
    meetings_->setText(meetingText(compact_.meetingPlan));
    channels_->setText(toQString(compact_.meetingPlan.channels));
    showTeam();
}

} // namespace mc::ui
