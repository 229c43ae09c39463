#include "ui/sign_dialog.h"

#include "ui/date_fields.h"
#include "ui/qt_helpers.h"
#include "ui/signature_pad.h"
#include "ui/theme_colors.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

QLabel* problemLabel(QWidget* parent, const QString& name) {
    QLabel* label = makePlainLabel({}, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(colorStyle(errorColor(label->palette())));
    return label;
}

QWidget* withProblem(QWidget* field, QLabel* problem) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(problem, 1);
    return row;
}

} // namespace

SignDialog::SignDialog(WorkspaceSession& session, std::string compactId,
                       std::vector<Signer> signers, const Date& today, QWidget* parent)
    : SignDialog(
          [&session, compactId, today](const std::string& personId, const std::string& typedName,
                                       const Date& date, const Drawing& drawing,
                                       SignOutcome* outcome) {
              return session.sign(compactId, personId, typedName, date, drawing, today, outcome);
          },
          std::move(signers), today, tr("Sign this version"),
          tr("Signing is final: it cannot be undone. When everyone required has signed, "
             "this version is locked; changing it then needs an amendment."),
          parent) {
}

SignDialog::SignDialog(SignAction sign, std::vector<Signer> signers, const Date& today,
                       const QString& title, const QString& noteText, QWidget* parent)
    : QDialog(parent), sign_(std::move(sign)), signers_(std::move(signers)), today_(today) {
    setWindowTitle(title);

    person_ = new QComboBox(this);
    person_->setWhatsThis(
        tr("Who is signing now. The version locks when everyone ticked under \"Who signs\" has "
           "signed; the program director acknowledges and is never required."));
    person_->setObjectName(QStringLiteral("signPerson"));
    person_->setAccessibleName(tr("Person signing"));
    for (const Signer& signer : signers_)
        person_->addItem(tr("%1 (%2)").arg(toQString(signer.name), labelOf(signer.role)),
                         toQString(signer.personId));

    typedName_ = new QLineEdit(this);
    typedName_->setWhatsThis(
        tr("Type your name as the compact's people list spells it. The typed name is the "
           "signature; a drawing below is only added to the printout."));
    typedName_->setObjectName(QStringLiteral("signTypedName"));
    typedName_->setAccessibleName(tr("Full name, typed as signature"));
    nameProblem_ = problemLabel(this, QStringLiteral("signNameProblem"));

    date_ = new QDateEdit(this);
    date_->setObjectName(QStringLiteral("signDate"));
    date_->setAccessibleName(tr("Date of signature"));
    date_->setCalendarPopup(true);
    showDateInLocale(date_);
    date_->setMaximumDate(toQDate(today_));
    date_->setDate(toQDate(today_));
    dateProblem_ = problemLabel(this, QStringLiteral("signDateProblem"));
    otherProblem_ = problemLabel(this, QStringLiteral("signProblem"));

    auto* form = new QFormLayout;
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(person_);
    auto* nameLabel = new QLabel(tr("Type your full &name:"), this);
    nameLabel->setBuddy(typedName_);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(date_);
    form->addRow(personLabel, person_);
    form->addRow(nameLabel, withProblem(typedName_, nameProblem_));
    form->addRow(dateLabel, withProblem(date_, dateProblem_));
    pad_ = new SignaturePad(this);
    pad_->setWhatsThis(tr("Draw your signature with the mouse, a pen or a finger, if you want it "
                          "on the printed compact. Clear starts again."));
    auto* clearPad = new QPushButton(tr("C&lear drawing"), this);
    clearPad->setObjectName(QStringLiteral("clearSignaturePad"));
    connect(clearPad, &QPushButton::clicked, pad_, &SignaturePad::clear);
    auto* padRow = new QWidget(this);
    auto* padLayout = new QHBoxLayout(padRow);
    padLayout->setContentsMargins(0, 0, 0, 0);
    padLayout->addWidget(pad_, 1);
    padLayout->addWidget(clearPad, 0, Qt::AlignTop);
    form->addRow(tr("Drawn signature (optional):"), padRow);

    auto* note = makePlainLabel(noteText, this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(note);
    column->addWidget(otherProblem_);
    column->addWidget(buttons);

    setTabOrder(person_, typedName_);
    setTabOrder(typedName_, date_);
    setTabOrder(date_, clearPad);
    connect(typedName_, &QLineEdit::textEdited, this, [this] {
        if (!nameProblem_->text().isEmpty())
            checkName();
    });
    connect(person_, &QComboBox::currentIndexChanged, this, [this] { nameProblem_->clear(); });
}

void SignDialog::setPerson(const std::string& personId) {
    selectData(person_, toQString(personId));
}

std::string SignDialog::personId() const {
    return toStdString(person_->currentData().toString());
}

const Signer* SignDialog::currentSigner() const {
    const std::string id = personId();
    for (const Signer& signer : signers_)
        if (signer.personId == id)
            return &signer;
    return nullptr;
}

void SignDialog::checkName() {
    const Signer* signer = currentSigner();
    if (signer && !typedNameMatches(toStdString(typedName_->text()), signer->name))
        nameProblem_->setText(
            tr("Type the name exactly as the compact has it: %1").arg(toQString(signer->name)));
    else
        nameProblem_->clear();
}

void SignDialog::accept() {
    otherProblem_->clear();
    dateProblem_->clear();
    checkName();
    const Date date = fromQDate(date_->date());
    if (date > today_)
        dateProblem_->setText(tr("The date cannot be in the future."));
    if (!currentSigner())
        otherProblem_->setText(tr("Choose who signs."));
    if (!nameProblem_->text().isEmpty() || !dateProblem_->text().isEmpty() ||
        !otherProblem_->text().isEmpty())
        return;
    const QString refusal =
        sign_(personId(), toStdString(typedName_->text()), date, pad_->drawing(), &outcome_);
    if (!refusal.isEmpty()) {
        if (refusal.contains(QStringLiteral("date"), Qt::CaseInsensitive))
            dateProblem_->setText(refusal);
        else if (refusal.contains(QStringLiteral("name"), Qt::CaseInsensitive))
            nameProblem_->setText(refusal);
        else
            otherProblem_->setText(refusal);
        return;
    }
    QDialog::accept();
}

} // namespace mc::ui
