#pragma once
// Adds or edits one goal: its owner (the scholar or a mentor), horizon,
// text, optional target date and status. The rules of mc::validateGoal run
// on every change and show beside the field they concern; OK stays disabled
// while any of them is an error, so an invalid goal is never returned.
//
// Tests fill the fields (found by object name) and call accept() instead
// of exec(); the page takes the opening function so it can be replaced.

#include "core/error.h"
#include "core/model.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace mc::ui {

class GoalDialog : public QDialog {
    Q_OBJECT
public:
    // `goal` with an empty id is a new goal.
    GoalDialog(const Compact& compact, const Goal& goal, QWidget* parent = nullptr);

    // The goal as edited: the given one with the fields changed.
    Goal goal() const;
    // What the rules say about goal() now.
    std::vector<Problem> problems() const;

    // Shows the dialog modally; the edited goal when the user pressed OK.
    static std::optional<Goal> edit(QWidget* parent, const Compact& compact, const Goal& goal);

public slots:
    // Accepts only when the goal breaks no rule.
    void accept() override;

private:
    void revalidate();

    Compact compact_;
    Goal original_;
    QComboBox* owner_ = nullptr;
    QComboBox* horizon_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QCheckBox* hasTarget_ = nullptr;
    QDateEdit* target_ = nullptr;
    QComboBox* status_ = nullptr;
    QLabel* ownerProblem_ = nullptr;
    QLabel* textProblem_ = nullptr;
    QLabel* targetProblem_ = nullptr;
    QLabel* otherProblem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
