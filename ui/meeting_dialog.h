#pragma once
// Logs or edits one meeting of the log: the date it was held, who attended
// (a box for each of the compact's people), the topics, notes, and action
// items (text, owner among the people or nobody, optional due date) that
// can be added and removed. mc::validateMeeting runs on every change and
// its problems show beside the field they concern; an error (a date after
// today, an action item without text) disables OK.
//
// Tests fill the fields through the accessors and call accept() instead of
// exec(); the panel takes the running function so it can be replaced.

#include "core/error.h"
#include "core/model.h"

#include <QDialog>
#include <set>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace mc::ui {

class MeetingDialog : public QDialog {
    Q_OBJECT
public:
    // `meeting` with an empty id is a new one; `today` is the latest date
    // the rule allows.
    MeetingDialog(const Compact& compact, const Meeting& meeting, const Date& today,
                  QWidget* parent = nullptr);

    // The meeting as edited: the given one with the fields changed.
    Meeting meeting() const;
    // What the rules say about meeting() now.
    std::vector<Problem> problems() const;

    QDateEdit* dateEdit() const { return date_; }
    QLabel* dateProblem() const { return dateProblem_; }
    // The attendance box of a person of the compact, or nullptr.
    QCheckBox* attendeeBox(const std::string& personId) const;
    QLineEdit* topicsEdit() const { return topics_; }
    QPlainTextEdit* notesEdit() const { return notes_; }
    QPushButton* okButton() const;

    // Action items, in order. addActionItem returns the new row's index.
    int addActionItem();
    void removeActionItem(int index);
    int actionItemCount() const { return static_cast<int>(items_.size()); }
    QLineEdit* actionItemText(int index) const;
    QComboBox* actionItemOwner(int index) const;
    QCheckBox* actionItemHasDue(int index) const;
    QDateEdit* actionItemDue(int index) const;
    QLabel* actionItemProblem(int index) const;

public slots:
    // Accepts only when the meeting breaks no rule (warnings are fine).
    void accept() override;

private:
    struct ItemRow {
        ActionItem original;
        QWidget* row = nullptr;
        QLineEdit* text = nullptr;
        QComboBox* owner = nullptr;
        QCheckBox* hasDue = nullptr;
        QDateEdit* due = nullptr;
        QPushButton* remove = nullptr;
        QLabel* problem = nullptr;
    };

    void createFields(const Meeting& meeting);
    void layOut();
    void addItemRow(const ActionItem& item);
    void revalidate();

    Compact compact_;
    Meeting original_;
    Date today_;
    std::set<std::string> formerNames_; // of people who left, kept by the stored meeting
    QDateEdit* date_ = nullptr;
    QLabel* dateRule_ = nullptr;
    QLabel* dateProblem_ = nullptr;
    std::vector<QCheckBox*> attendees_; // property "personId" or "formerName"
    QWidget* attendeesBox_ = nullptr;
    QLabel* attendeesProblem_ = nullptr;
    QLineEdit* topics_ = nullptr;
    QLabel* topicsProblem_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    QLabel* notesProblem_ = nullptr;
    QWidget* itemsBox_ = nullptr;
    QVBoxLayout* itemsLayout_ = nullptr;
    QPushButton* addItem_ = nullptr;
    std::vector<ItemRow> items_;
    QLabel* otherProblem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
