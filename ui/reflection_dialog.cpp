#include "ui/reflection_dialog.h"

#include "ui/core_text.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>
#include <exception>

namespace mc::ui {

QString scaleInWords(int value) {
    switch (value) {
    case 1:
        return ReflectionDialog::tr("1 (Poor)");
    case 2:
        return ReflectionDialog::tr("2 (Fair)");
    case 3:
        return ReflectionDialog::tr("3 (Good)");
    case 4:
        return ReflectionDialog::tr("4 (Very good)");
    case 5:
        return ReflectionDialog::tr("5 (Excellent)");
    default:
        return ReflectionDialog::tr("not answered");
    }
}

namespace {

QComboBox* scaleCombo(QWidget* parent, const QString& name, const QString& accessible) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    for (int value = 0; value <= 5; ++value)
        combo->addItem(value == 0 ? ReflectionDialog::tr("Choose...") : scaleInWords(value), value);
    return combo;
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& name, const QString& accessible) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

QString othersText(const std::vector<Reflection>& reflections, const std::string& own) {
    QStringList parts;
    for (const Reflection& r : reflections) {
        if (r.personId == own)
            continue;
        QString part = ReflectionDialog::tr("%1 (%2)\nSatisfaction: %3. %4\n"
                                            "Expectations discussed: %5\nDo differently: %6")
                           .arg(toQString(r.name), labelOf(r.role), scaleInWords(r.satisfaction),
                                toQString(r.satisfactionWords), scaleInWords(r.discussion),
                                toQString(r.differently));
        if (!r.mentorBetter.empty())
            part +=
                ReflectionDialog::tr("\nCould mentor better by: %1").arg(toQString(r.mentorBetter));
        parts << part;
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

ReflectionDialog::ReflectionDialog(WorkspaceSession& session, std::string compactId,
                                   std::string reviewId, std::string personId, const Date& today,
                                   QWidget* parent)
    : QDialog(parent), session_(session), compactId_(std::move(compactId)),
      reviewId_(std::move(reviewId)), personId_(std::move(personId)), today_(today) {
    confirm_ = [](QWidget* owner, const QString& question) {
        return QMessageBox::question(owner, tr("Submit reflection"), question) == QMessageBox::Yes;
    };
    state_ = makePlainLabel({}, this);
    state_->setObjectName(QStringLiteral("reflectionState"));
    state_->setWordWrap(true);
    satisfaction_ = scaleCombo(this, QStringLiteral("reflectionSatisfaction"),
                               tr("Satisfaction with the relationship"));
    satisfaction_->setWhatsThis(tr("How satisfied you are with the mentoring relationship this "
                                   "year, from Poor to Excellent. Reflections are blind: nobody "
                                   "sees another person's answers until everyone has submitted."));
    satisfactionWords_ =
        textEdit(this, QStringLiteral("reflectionSatisfactionWords"), tr("Why, in your words"));
    discussion_ = scaleCombo(this, QStringLiteral("reflectionDiscussion"),
                             tr("How well the expectations were discussed"));
    discussion_->setWhatsThis(
        tr("How well the two sides talked through what each expects of the other this year, from "
           "Poor to Excellent. Like the rest of the reflection, hidden from the others until "
           "everyone has submitted."));
    differently_ = textEdit(this, QStringLiteral("reflectionDifferently"),
                            tr("What you want the other side to do differently"));
    mentorBetter_ =
        textEdit(this, QStringLiteral("reflectionMentorBetter"), tr("How could you mentor better"));
    problems_ = problemLabel(this, QStringLiteral("reflectionProblems"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Satisfaction with the relationship:"), satisfaction_);
    form->addRow(tr("&Why, in your words:"), satisfactionWords_);
    form->addRow(tr("How well the &expectations were discussed:"), discussion_);
    form->addRow(tr("What you want the other side to do di&fferently:"), differently_);
    mentorBetterLabel_ = new QLabel(tr("How could you &mentor better:"), this);
    mentorBetterLabel_->setBuddy(mentorBetter_);
    form->addRow(mentorBetterLabel_, mentorBetter_);

    othersLabel_ = makePlainLabel(tr("What the others wrote:"), this);
    others_ = textEdit(this, QStringLiteral("reflectionOthers"), tr("What the others wrote"));
    others_->setReadOnly(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    save_ = buttons->addButton(tr("Save &draft"), QDialogButtonBox::ActionRole);
    save_->setObjectName(QStringLiteral("reflectionSave"));
    submit_ = buttons->addButton(tr("S&ubmit..."), QDialogButtonBox::ActionRole);
    submit_->setObjectName(QStringLiteral("reflectionSubmit"));
    connect(save_, &QPushButton::clicked, this, &ReflectionDialog::saveDraft);
    connect(submit_, &QPushButton::clicked, this, &ReflectionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addWidget(state_);
    column->addLayout(form);
    column->addWidget(problems_);
    column->addWidget(othersLabel_);
    column->addWidget(others_);
    column->addWidget(buttons);
    load();
}

void ReflectionDialog::load() {
    std::vector<Reflection> visible;
    try {
        visible = session_.workspace().reflectionsVisibleTo(reviewId_, personId_);
    } catch (const std::exception& error) {
        problems_->setText(coreText(error));
    }
    for (const Reflection& r : visible)
        if (r.personId == personId_)
            own_ = r;
    own_.personId = personId_;
    setWindowTitle(tr("Reflection of %1").arg(toQString(own_.name)));
    selectData(satisfaction_, own_.satisfaction);
    satisfactionWords_->setPlainText(toQString(own_.satisfactionWords));
    selectData(discussion_, own_.discussion);
    differently_->setPlainText(toQString(own_.differently));
    mentorBetter_->setPlainText(toQString(own_.mentorBetter));
    const bool mentor = own_.role != Role::Scholar;
    mentorBetterLabel_->setVisible(mentor);
    mentorBetter_->setVisible(mentor);
    // Only what core reveals: the viewer's own, and the others' once all
    // have submitted.
    const QString others = othersText(visible, personId_);
    others_->setPlainText(others);
    othersLabel_->setVisible(!others.isEmpty());
    others_->setVisible(!others.isEmpty());
    setLocked(own_.submitted());
}

void ReflectionDialog::setLocked(bool locked) {
    for (QWidget* field : std::initializer_list<QWidget*>{satisfaction_, discussion_})
        field->setEnabled(!locked);
    for (QPlainTextEdit* edit : {satisfactionWords_, differently_, mentorBetter_})
        edit->setReadOnly(locked);
    save_->setEnabled(!locked);
    submit_->setEnabled(!locked);
    if (locked)
        state_->setText(tr("Submitted on %1; it is locked.").arg(formatDate(*own_.submittedOn)));
    else
        state_->setText(tr("Only you see this until the scholar and every mentor have "
                           "submitted theirs."));
}

Reflection ReflectionDialog::fromFields() const {
    Reflection r = own_;
    r.satisfaction = satisfaction_->currentData().toInt();
    r.satisfactionWords = toStdString(satisfactionWords_->toPlainText());
    r.discussion = discussion_->currentData().toInt();
    r.differently = toStdString(differently_->toPlainText());
    r.mentorBetter =
        own_.role == Role::Scholar ? std::string() : toStdString(mentorBetter_->toPlainText());
    return r;
}

bool ReflectionDialog::saveDraft() {
    std::vector<Problem> problems;
    const QString refusal = session_.saveReflection(compactId_, reviewId_, fromFields(), &problems);
    if (!refusal.isEmpty()) {
        problems_->setText(refusal);
        return false;
    }
    problems_->clear();
    load();
    return true;
}

bool ReflectionDialog::submit() {
    if (!confirm_(this, tr("Submit your reflection? It is locked once submitted, and the others "
                           "see it when everyone has submitted.")))
        return false;
    if (!saveDraft())
        return false;
    const QString refusal =
        session_.submitReflection(compactId_, reviewId_, personId_, today_, today_);
    if (!refusal.isEmpty()) {
        problems_->setText(refusal);
        return false;
    }
    load();
    return true;
}

} // namespace mc::ui
