#include "ui/milestone_dialog.h"

#include "core/validation.h"
#include "ui/date_fields.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

QDateEdit* dateEdit(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    showDateInLocale(edit);
    edit->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    return edit;
}

} // namespace

MilestoneDialog::MilestoneDialog(const Compact& compact, const Milestone& milestone,
                                 const Date& today, QWidget* parent)
    : QDialog(parent), compact_(compact), original_(milestone) {
    setWindowTitle(milestone.id.empty() ? tr("Add milestone") : tr("Edit milestone"));
    createFields(milestone, today);
    layOut();

    connect(title_, &QLineEdit::textChanged, this, &MilestoneDialog::revalidate);
    for (QComboBox* combo : {kind_, responsible_, goal_, status_})
        connect(combo, &QComboBox::currentIndexChanged, this, &MilestoneDialog::revalidate);
    connect(due_, &QDateEdit::dateChanged, this, &MilestoneDialog::revalidate);
    connect(done_, &QDateEdit::dateChanged, this, &MilestoneDialog::revalidate);
    connect(hasDone_, &QCheckBox::toggled, this, [this](bool checked) {
        done_->setEnabled(checked);
        revalidate();
    });
    connect(outcome_, &QPlainTextEdit::textChanged, this, &MilestoneDialog::revalidate);
    revalidate();
}

void MilestoneDialog::createFields(const Milestone& milestone, const Date& today) {
    title_ = new QLineEdit(toQString(milestone.title), this);
    title_->setObjectName(QStringLiteral("milestoneTitle"));
    title_->setAccessibleName(tr("Title"));
    title_->setPlaceholderText(tr("For example: Submit the first R01 application"));

    kind_ = new QComboBox(this);
    kind_->setWhatsThis(tr(
        "What sort of event this is: a paper, a grant sent or won, a talk, a promotion, a course, "
        "a step toward independence. The program's dashboard counts milestones by kind."));
    kind_->setObjectName(QStringLiteral("milestoneKind"));
    kind_->setAccessibleName(tr("Kind"));
    fillEnumCombo<MilestoneKind>(kind_);
    selectData(kind_, static_cast<int>(milestone.kind));

    responsible_ = new QComboBox(this);
    responsible_->setObjectName(QStringLiteral("milestoneResponsible"));
    responsible_->setAccessibleName(tr("Responsible person"));
    for (const Person& person : compact_.people)
        responsible_->addItem(tr("%1 (%2)").arg(toQString(person.name), labelOf(person.role)),
                              toQString(person.id));
    selectData(responsible_, toQString(milestone.responsibleId));

    goal_ = new QComboBox(this);
    goal_->setObjectName(QStringLiteral("milestoneGoal"));
    goal_->setAccessibleName(tr("Goal"));
    goal_->addItem(tr("(no goal)"), QString());
    for (const Goal& goal : compact_.goals) {
        QString text = toQString(goal.text).simplified();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        goal_->addItem(text, toQString(goal.id));
    }
    if (goal_->findData(toQString(milestone.goalId)) < 0)
        goal_->addItem(tr("(unknown goal)"), toQString(milestone.goalId));
    selectData(goal_, toQString(milestone.goalId));

    due_ = dateEdit(this, QStringLiteral("milestoneDue"), tr("Due date"));
    due_->setDate(toQDate(milestone.due.is_special() ? today : milestone.due));

    hasDone_ = new QCheckBox(tr("Has a d&one date"), this);
    hasDone_->setObjectName(QStringLiteral("milestoneHasDone"));
    hasDone_->setAccessibleName(tr("Has a done date"));
    hasDone_->setChecked(milestone.done.has_value());
    done_ = dateEdit(this, QStringLiteral("milestoneDone"), tr("Done date"));
    done_->setDate(toQDate(milestone.done ? *milestone.done : today));
    done_->setEnabled(hasDone_->isChecked());

    status_ = new QComboBox(this);
    status_->setWhatsThis(tr("Planned until it happens; then achieved, missed, moved to a new date "
                             "or dropped. A missed milestone stays on the record: a rejected paper "
                             "or an unfunded grant is something to learn from, not to hide."));
    status_->setObjectName(QStringLiteral("milestoneStatus"));
    status_->setAccessibleName(tr("Status"));
    fillEnumCombo<MilestoneStatus>(status_);
    selectData(status_, static_cast<int>(milestone.status));

    outcome_ = new QPlainTextEdit(this);
    outcome_->setObjectName(QStringLiteral("milestoneOutcome"));
    outcome_->setAccessibleName(tr("Outcome note"));
    outcome_->setTabChangesFocus(true);
    outcome_->setPlainText(toQString(milestone.outcomeNote));
    const QString hint = tr("Failures such as an unfunded grant are milestones too: "
                            "say what was learned.");
    outcome_->setToolTip(hint);

    confirmed_ = new QCheckBox(tr("&Mentor confirmed"), this);
    confirmed_->setWhatsThis(tr(
        "Tick once the mentor agrees the milestone happened as written. The program's reports can "
        "tell milestones the mentor has confirmed from those only the scholar has recorded."));
    confirmed_->setObjectName(QStringLiteral("milestoneConfirmed"));
    confirmed_->setAccessibleName(tr("Mentor confirmed"));
    confirmed_->setChecked(milestone.mentorConfirmed);

    titleProblem_ = problemLabel(this, QStringLiteral("milestoneTitleProblem"));
    responsibleProblem_ = problemLabel(this, QStringLiteral("milestoneResponsibleProblem"));
    goalProblem_ = problemLabel(this, QStringLiteral("milestoneGoalProblem"));
    dueProblem_ = problemLabel(this, QStringLiteral("milestoneDueProblem"));
    doneProblem_ = problemLabel(this, QStringLiteral("milestoneDoneProblem"));
    outcomeProblem_ = problemLabel(this, QStringLiteral("milestoneOutcomeProblem"));
    otherProblem_ = problemLabel(this, QStringLiteral("milestoneOtherProblem"));
}

void MilestoneDialog::layOut() {
    auto* grid = new QGridLayout;
    int row = 0;
    auto addRow = [&](const QString& text, QWidget* field, QLabel* problem) {
        if (!text.isEmpty()) {
            auto* label = new QLabel(text, this);
            label->setBuddy(field);
            grid->addWidget(label, row, 0, Qt::AlignTop);
        }
        grid->addWidget(field, row, 1);
        if (problem)
            grid->addWidget(problem, row, 2, Qt::AlignTop);
        ++row;
    };
    addRow(tr("&Title:"), title_, titleProblem_);
    addRow(tr("&Kind:"), kind_, nullptr);
    addRow(tr("&Responsible:"), responsible_, responsibleProblem_);
    addRow(tr("&Goal:"), goal_, goalProblem_);
    addRow(tr("&Due date:"), due_, dueProblem_);
    addRow(tr("&Status:"), status_, nullptr);
    addRow(QString(), hasDone_, nullptr);
    addRow(tr("Done dat&e:"), done_, doneProblem_);
    addRow(tr("O&utcome note:"), outcome_, outcomeProblem_);
    auto* hint = makePlainLabel(outcome_->toolTip(), this);
    hint->setWordWrap(true);
    addRow(QString(), hint, nullptr);
    addRow(QString(), confirmed_, nullptr);
    grid->addWidget(otherProblem_, row, 1, 1, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &MilestoneDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &MilestoneDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons_);

    QWidget* order[] = {title_,   kind_, responsible_, goal_,      due_,    status_,
                        hasDone_, done_, outcome_,     confirmed_, buttons_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

Milestone MilestoneDialog::milestone() const {
    Milestone m = original_;
    m.title = toStdString(title_->text());
    m.kind = comboValue<MilestoneKind>(kind_);
    m.responsibleId = toStdString(responsible_->currentData().toString());
    m.goalId = toStdString(goal_->currentData().toString());
    m.due = fromQDate(due_->date());
    m.done = hasDone_->isChecked() ? OptionalDate(fromQDate(done_->date())) : std::nullopt;
    m.status = comboValue<MilestoneStatus>(status_);
    m.outcomeNote = toStdString(outcome_->toPlainText());
    m.mentorConfirmed = confirmed_->isChecked();
    return m;
}

std::vector<Problem> MilestoneDialog::problems() const {
    return validateMilestone(milestone(), compact_, "milestone");
}

void MilestoneDialog::revalidate() {
    const std::vector<Problem> found = problems();
    showProblems(titleProblem_, title_, found, {"milestone.title"});
    showProblems(responsibleProblem_, responsible_, found, {"milestone.responsible"});
    showProblems(goalProblem_, goal_, found, {"milestone.goal"});
    showProblems(dueProblem_, due_, found, {"milestone.due"});
    showProblems(doneProblem_, done_, found, {"milestone.done"});
    showProblems(outcomeProblem_, outcome_, found, {"milestone.outcomeNote"});
    showProblems(otherProblem_, nullptr, found,
                 {"milestone.id", "milestone.kind", "milestone.status"});
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(found));
}

void MilestoneDialog::accept() {
    if (hasErrors(problems()))
        return;
    QDialog::accept();
}

std::optional<Milestone> MilestoneDialog::edit(QWidget* parent, const Compact& compact,
                                               const Milestone& milestone, const Date& today) {
    MilestoneDialog dialog(compact, milestone, today, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.milestone();
}

} // namespace mc::ui
