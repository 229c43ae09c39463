#pragma once
// The Signatures page (Ctrl+8): the current version (number, draft or
// signed, short fingerprint), who must sign (a checkbox per person; the
// program director only acknowledges), where each signature stands, "Sign
// as <person>..." (the sign dialog), "Start amendment...", the redline of
// a draft amendment against the last signed version, and the history of
// versions. Everything here is final, so nothing goes on the undo stack.

#include "core/signing.h"
#include "ui/compact_page.h"

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class QCheckBox;

namespace mc::ui {

class SignDialog;

class SigningPage : public CompactPage {
    Q_OBJECT
public:
    explicit SigningPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    // Runs the sign dialog; returns true when it was accepted. Tests replace
    // it to fill the fields and call accept().
    void setDialogRunner(std::function<bool(SignDialog&)> run) { runDialog_ = std::move(run); }
    // Asks a yes/no question; tests replace it.
    void setConfirmer(std::function<bool(QWidget*, const QString&)> confirm) {
        confirm_ = std::move(confirm);
    }

    QLabel* versionLabel() const { return version_; }
    QLabel* lockedLabel() const { return locked_; }
    QComboBox* signerCombo() const { return signAs_; }
    QPushButton* signButton() const { return sign_; }
    QPushButton* amendButton() const { return amend_; }
    QListWidget* redline() const { return redline_; }
    QListWidget* history() const { return history_; }
    QCheckBox* requiredBox(const std::string& personId) const;

    void signAs(const std::string& personId);
    void startAmendment();

private:
    void showSigners();
    void showRedline(int number, bool locked);
    void showHistory();

    std::function<bool(SignDialog&)> runDialog_;
    std::function<bool(QWidget*, const QString&)> confirm_;
    Compact compact_;
    Date today_;
    bool readOnly_ = false;
    bool locked_state_ = false;
    std::vector<Signer> signers_;
    QLabel* locked_ = nullptr;
    QLabel* version_ = nullptr;
    QWidget* signersBox_ = nullptr;
    QVBoxLayout* signersLayout_ = nullptr;
    std::vector<std::pair<std::string, QCheckBox*>> boxes_;
    QComboBox* signAs_ = nullptr;
    QPushButton* sign_ = nullptr;
    QPushButton* amend_ = nullptr;
    QListWidget* redline_ = nullptr;
    QListWidget* history_ = nullptr;
};

} // namespace mc::ui
