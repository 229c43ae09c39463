#pragma once
// One person's reflection on a yearly review (issue 6): satisfaction with
// the relationship (Poor to Excellent, and why), how well the expectations
// were discussed, what they want the other side to do differently, and
// for mentors how they could mentor better. Entered alone: the others'
// reflections show here only once everyone has submitted. "Save draft"
// keeps it open to change; "Submit..." asks first, since it locks.
//
// Tests fill the fields and call saveDraft() or submit() without exec().

#include "core/review.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mc::ui {

class WorkspaceSession;

class ReflectionDialog : public QDialog {
    Q_OBJECT
public:
    ReflectionDialog(WorkspaceSession& session, std::string compactId, std::string reviewId,
                     std::string personId, const Date& today, QWidget* parent = nullptr);

    // Asks a yes/no question before submitting; tests replace it.
    void setConfirmer(std::function<bool(QWidget*, const QString&)> confirm) {
        confirm_ = std::move(confirm);
    }

    QComboBox* satisfactionCombo() const { return satisfaction_; }
    QPlainTextEdit* satisfactionWordsEdit() const { return satisfactionWords_; }
    QComboBox* discussionCombo() const { return discussion_; }
    QPlainTextEdit* differentlyEdit() const { return differently_; }
    QPlainTextEdit* mentorBetterEdit() const { return mentorBetter_; } // hidden for the scholar
    QLabel* problemsLabel() const { return problems_; }
    QLabel* stateLabel() const { return state_; }
    // What the others wrote, once revealed; empty and hidden before.
    QPlainTextEdit* othersView() const { return others_; }
    QPushButton* submitButton() const { return submit_; }

    // Each returns true when it was stored.
    bool saveDraft();
    bool submit();

private:
    void load();
    Reflection fromFields() const;
    void setLocked(bool locked);

    WorkspaceSession& session_;
    std::string compactId_;
    std::string reviewId_;
    std::string personId_;
    Date today_;
    Reflection own_;
    std::function<bool(QWidget*, const QString&)> confirm_;
    QLabel* state_ = nullptr;
    QComboBox* satisfaction_ = nullptr;
    QPlainTextEdit* satisfactionWords_ = nullptr;
    QComboBox* discussion_ = nullptr;
    QPlainTextEdit* differently_ = nullptr;
    QLabel* mentorBetterLabel_ = nullptr;
    QPlainTextEdit* mentorBetter_ = nullptr;
    QLabel* problems_ = nullptr;
    QLabel* othersLabel_ = nullptr;
    QPlainTextEdit* others_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* submit_ = nullptr;
};

// "4 (Very good)" for a 1..5 scale value; "not answered" for 0.
QString scaleInWords(int value);

} // namespace mc::ui
