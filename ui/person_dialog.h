#pragma once
// Adds or edits one person of a compact: role, name, e-mail, department,
// institution and, for mentors above all, their responsibilities on the
// team. The rules of mc::validatePerson are checked as the user types; the
// messages show in the dialog and OK stays disabled while there are errors.
//
// Tests fill the fields through the accessors and call accept(); the page
// opens the dialog through a replaceable function (see OverviewPage).

#include "core/model.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mc::ui {

class PersonDialog : public QDialog {
    Q_OBJECT
public:
    explicit PersonDialog(QWidget* parent = nullptr);

    // Fills the fields from `person`; its id, stamps and position are kept
    // and given back by person().
    void setPerson(const Person& person);
    // The person as the fields say now (names trimmed).
    Person person() const;

    // True while the fields break a rule that forbids saving.
    bool hasErrors() const { return hasErrors_; }
    // The messages shown now, errors first, one a line.
    QString messages() const;

    QComboBox* roleBox() const { return role_; }
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* emailEdit() const { return email_; }
    QLineEdit* departmentEdit() const { return department_; }
    QLineEdit* institutionEdit() const { return institution_; }
    QPlainTextEdit* responsibilitiesEdit() const { return responsibilities_; }
    QPushButton* okButton() const;

    // Closes the dialog as accepted, unless the fields have errors.
    void accept() override;

    // Opens the dialog modally with `person` and `title`; the edited person
    // when the user pressed OK, nothing when they cancelled.
    static std::optional<Person> edit(QWidget* parent, const Person& person, const QString& title);

    // A core message as a sentence: capital first letter, full stop.
    static QString sentence(const QString& message);

private:
    void revalidate();

    Person original_;
    bool hasErrors_ = false;
    QComboBox* role_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* email_ = nullptr;
    QLineEdit* department_ = nullptr;
    QLineEdit* institution_ = nullptr;
    QPlainTextEdit* responsibilities_ = nullptr;
    QLabel* errors_ = nullptr;
    QLabel* warnings_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
