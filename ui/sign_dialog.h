#pragma once
// Signs the latest version of a compact as one person: the person, the
// full name typed (checked against the person's name beside the field),
// the date (not in the future), optionally a drawn signature. Accepting stores the signature
// through the session; a refusal shows beside the field it concerns and the dialog stays open.
// Signing is final: there is no undo.
//
// Tests fill the fields and call accept() without exec().

#include "core/signing.h"

#include <QDialog>
#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace mc::ui {
class SignaturePad;
}

namespace mc::ui {

class WorkspaceSession;

class SignDialog : public QDialog {
    Q_OBJECT
public:
    SignDialog(WorkspaceSession& session, std::string compactId, std::vector<Signer> signers,
               const Date& today, QWidget* parent = nullptr);
    // Stores the signature (a compact's version, or a yearly review's
    // text); returns the refusal or empty, and fills the outcome.
    using SignAction =
        std::function<QString(const std::string& personId, const std::string& typedName,
                              const Date& date, const Drawing& drawing, SignOutcome* outcome)>;
    // Signs something else than the compact's version: `title` and `note`
    // replace the window title and the note on what signing does.
    SignDialog(SignAction sign, std::vector<Signer> signers, const Date& today,
               const QString& title, const QString& note, QWidget* parent = nullptr);

    void setPerson(const std::string& personId);
    std::string personId() const;
    QLineEdit* typedNameEdit() const { return typedName_; }
    QDateEdit* dateEdit() const { return date_; }
    QLabel* nameProblem() const { return nameProblem_; }
    QLabel* dateProblem() const { return dateProblem_; }
    QLabel* otherProblem() const { return otherProblem_; }
    SignaturePad* pad() const { return pad_; }
    // What core returned when the signature was stored.
    const SignOutcome& outcome() const { return outcome_; }

public slots:
    void accept() override;

private:
    void checkName();
    const Signer* currentSigner() const;

    SignAction sign_;
    std::vector<Signer> signers_;
    Date today_;
    SignOutcome outcome_;
    QComboBox* person_ = nullptr;
    QLineEdit* typedName_ = nullptr;
    QDateEdit* date_ = nullptr;
    QLabel* nameProblem_ = nullptr;
    QLabel* dateProblem_ = nullptr;
    QLabel* otherProblem_ = nullptr;
    SignaturePad* pad_ = nullptr;
};

} // namespace mc::ui
