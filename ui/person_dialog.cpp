#include "ui/person_dialog.h"

#include "core/validation.h"
#include "ui/core_text.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

QLineEdit* lineEdit(const QString& accessibleName, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(static_cast<int>(kMaxNameLength));
    return edit;
}

QLabel* messageLabel(const QString& objectName, bool error, QWidget* parent) {
    QLabel* label = makePlainLabel(QString(), parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(
        colorStyle(error ? errorColor(label->palette()) : warningColor(label->palette())));
    label->hide();
    return label;
}

void showLines(QLabel* label, const QStringList& lines) {
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

} // namespace

PersonDialog::PersonDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Person"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    role_ = new QComboBox(this);
    role_->setAccessibleName(tr("Role"));
    for (const auto& entry : enumEntries<Role>())
        role_->addItem(labelOf(entry.value), static_cast<int>(entry.value));
    name_ = lineEdit(tr("Name"), this);
    name_->setPlaceholderText(tr("Full name, as it should appear when signed"));
    email_ = lineEdit(tr("E-mail"), this);
    email_->setPlaceholderText(tr("name@example.org"));
    department_ = lineEdit(tr("Department"), this);
    institution_ = lineEdit(tr("Institution"), this);
    responsibilities_ = new QPlainTextEdit(this);
    responsibilities_->setAccessibleName(tr("Responsibilities"));
    responsibilities_->setPlaceholderText(
        tr("Who does what on the team: what this mentor provides, oversees or reviews"));
    responsibilities_->setTabChangesFocus(true);

    // addRow(text, field) makes the label the field's buddy, so each
    // mnemonic moves to its field.
    form->addRow(tr("&Role:"), role_);
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("E-&mail:"), email_);
    form->addRow(tr("&Department:"), department_);
    form->addRow(tr("&Institution:"), institution_);
    form->addRow(tr("Re&sponsibilities:"), responsibilities_);

    errors_ = messageLabel(QStringLiteral("personErrors"), true, this);
    warnings_ = messageLabel(QStringLiteral("personWarnings"), false, this);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(errors_);
    column->addWidget(warnings_);
    column->addWidget(buttons_);

    setTabOrder(role_, name_);
    setTabOrder(name_, email_);
    setTabOrder(email_, department_);
    setTabOrder(department_, institution_);
    setTabOrder(institution_, responsibilities_);
    setTabOrder(responsibilities_, buttons_);

    connect(role_, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    for (QLineEdit* edit : {name_, email_, department_, institution_})
        connect(edit, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(responsibilities_, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });
    setPerson(Person{});
    resize(520, sizeHint().height());
}

void PersonDialog::setPerson(const Person& person) {
    original_ = person;
    role_->setCurrentIndex(role_->findData(static_cast<int>(person.role)));
    name_->setText(toQString(person.name));
    email_->setText(toQString(person.email));
    department_->setText(toQString(person.department));
    institution_->setText(toQString(person.institution));
    responsibilities_->setPlainText(toQString(person.responsibilities));
    revalidate();
}

Person PersonDialog::person() const {
    Person person = original_;
    person.role = static_cast<Role>(role_->currentData().toInt());
    person.name = toStdString(name_->text().trimmed());
    person.email = toStdString(email_->text().trimmed());
    person.department = toStdString(department_->text().trimmed());
    person.institution = toStdString(institution_->text().trimmed());
    person.responsibilities = toStdString(responsibilities_->toPlainText().trimmed());
    return person;
}

QString PersonDialog::messages() const {
    QStringList lines;
    for (const QLabel* label : {errors_, warnings_})
        if (!label->text().isEmpty())
            lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

void PersonDialog::accept() {
    if (!hasErrors_)
        QDialog::accept();
}

QPushButton* PersonDialog::okButton() const {
    return buttons_->button(QDialogButtonBox::Ok);
}

void PersonDialog::revalidate() {
    QStringList errorLines;
    QStringList warningLines;
    for (const Problem& problem : validatePerson(person()))
        (problem.severity == Severity::Error ? errorLines : warningLines)
            << sentence(coreText(problem));
    hasErrors_ = !errorLines.isEmpty();
    showLines(errors_, errorLines);
    showLines(warnings_, warningLines);
    okButton()->setEnabled(!hasErrors_);
}

std::optional<Person> PersonDialog::edit(QWidget* parent, const Person& person,
                                         const QString& title) {
    PersonDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setPerson(person);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.person();
}

QString PersonDialog::sentence(const QString& message) {
    QString text = message.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) &&
        !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

} // namespace mc::ui
