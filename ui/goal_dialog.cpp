#include "ui/goal_dialog.h"

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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::ui {

namespace {} // namespace

GoalDialog::GoalDialog(const Compact& compact, const Goal& goal, QWidget* parent)
    : QDialog(parent), compact_(compact), original_(goal) {
    setWindowTitle(goal.id.empty() ? tr("Add goal") : tr("Edit goal"));
    auto* grid = new QGridLayout;

    owner_ = new QComboBox(this);
    owner_->setWhatsThis(
        tr("Whose goal this is. The scholar and each mentor have goals of their own: a mentor may "
           "aim to train an investigator whose work grows apart from theirs."));
    owner_->setObjectName(QStringLiteral("goalOwner"));
    owner_->setAccessibleName(tr("Owner"));
    for (const Person& person : compact.people)
        if (person.role == Role::Scholar || isMentorRole(person.role) || person.id == goal.ownerId)
            owner_->addItem(tr("%1 (%2)").arg(toQString(person.name), labelOf(person.role)),
                            toQString(person.id));
    if (goal.ownerId.empty()) {
        if (const Person* scholar = compact.scholar())
            selectData(owner_, toQString(scholar->id));
    } else {
        selectData(owner_, toQString(goal.ownerId));
    }

    horizon_ = new QComboBox(this);
    horizon_->setWhatsThis(tr(
        "Career: where the person wants to be in the long run, such as running an independent lab. "
        "This year: a step to reach before the next yearly review, when it is looked at again."));
    horizon_->setObjectName(QStringLiteral("goalHorizon"));
    horizon_->setAccessibleName(tr("Horizon"));
    fillEnumCombo<Horizon>(horizon_);
    selectData(horizon_, static_cast<int>(goal.horizon));

    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("goalText"));
    text_->setAccessibleName(tr("Goal text"));
    text_->setTabChangesFocus(true);
    text_->setPlaceholderText(tr("The result wanted, for example a tenure-track position"));
    text_->setPlainText(toQString(goal.text));

    hasTarget_ = new QCheckBox(tr("Has a &target date"), this);
    hasTarget_->setObjectName(QStringLiteral("goalHasTarget"));
    hasTarget_->setAccessibleName(tr("Has a target date"));
    target_ = new QDateEdit(this);
    target_->setObjectName(QStringLiteral("goalTarget"));
    target_->setAccessibleName(tr("Target date"));
    target_->setCalendarPopup(true);
    showDateInLocale(target_);
    target_->setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31));
    hasTarget_->setChecked(goal.targetDate.has_value());
    target_->setDate(toQDate(goal.targetDate ? *goal.targetDate : compact.end));
    target_->setEnabled(hasTarget_->isChecked());

    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("goalStatus"));
    status_->setAccessibleName(tr("Status"));
    fillEnumCombo<GoalStatus>(status_);
    selectData(status_, static_cast<int>(goal.status));

    ownerProblem_ = problemLabel(this, QStringLiteral("goalOwnerProblem"));
    textProblem_ = problemLabel(this, QStringLiteral("goalTextProblem"));
    targetProblem_ = problemLabel(this, QStringLiteral("goalTargetProblem"));
    otherProblem_ = problemLabel(this, QStringLiteral("goalOtherProblem"));

    auto addRow = [&](int row, const QString& text, QWidget* field, QLabel* problem) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(field, row, 1);
        if (problem)
            grid->addWidget(problem, row, 2, Qt::AlignTop);
    };
    addRow(0, tr("&Owner:"), owner_, ownerProblem_);
    addRow(1, tr("&Horizon:"), horizon_, nullptr);
    addRow(2, tr("&Goal:"), text_, textProblem_);
    grid->addWidget(hasTarget_, 3, 1);
    addRow(4, tr("Target &date:"), target_, targetProblem_);
    addRow(5, tr("&Status:"), status_, nullptr);
    grid->addWidget(otherProblem_, 6, 1, 1, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &GoalDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons_);

    setTabOrder(owner_, horizon_);
    setTabOrder(horizon_, text_);
    setTabOrder(text_, hasTarget_);
    setTabOrder(hasTarget_, target_);
    setTabOrder(target_, status_);
    setTabOrder(status_, buttons_);

    connect(owner_, &QComboBox::currentIndexChanged, this, &GoalDialog::revalidate);
    connect(horizon_, &QComboBox::currentIndexChanged, this, &GoalDialog::revalidate);
    connect(status_, &QComboBox::currentIndexChanged, this, &GoalDialog::revalidate);
    connect(text_, &QPlainTextEdit::textChanged, this, &GoalDialog::revalidate);
    connect(target_, &QDateEdit::dateChanged, this, &GoalDialog::revalidate);
    connect(hasTarget_, &QCheckBox::toggled, this, [this](bool checked) {
        target_->setEnabled(checked);
        revalidate();
    });
    revalidate();
}

Goal GoalDialog::goal() const {
    Goal goal = original_;
    goal.ownerId = toStdString(owner_->currentData().toString());
    goal.horizon = comboValue<Horizon>(horizon_);
    goal.text = toStdString(text_->toPlainText());
    goal.targetDate =
        hasTarget_->isChecked() ? OptionalDate(fromQDate(target_->date())) : std::nullopt;
    goal.status = comboValue<GoalStatus>(status_);
    return goal;
}

std::vector<Problem> GoalDialog::problems() const {
    return validateGoal(goal(), compact_, "goal");
}

void GoalDialog::revalidate() {
    const std::vector<Problem> found = problems();
    showProblems(ownerProblem_, owner_, found, {"goal.owner"});
    showProblems(textProblem_, text_, found, {"goal.text"});
    showProblems(targetProblem_, target_, found, {"goal.targetDate"});
    showProblems(otherProblem_, nullptr, found, {"goal.id", "goal.horizon", "goal.status"});
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(found));
}

void GoalDialog::accept() {
    if (hasErrors(problems()))
        return;
    QDialog::accept();
}

std::optional<Goal> GoalDialog::edit(QWidget* parent, const Compact& compact, const Goal& goal) {
    GoalDialog dialog(compact, goal, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.goal();
}

} // namespace mc::ui
