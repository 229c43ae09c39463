#pragma once
// Adds or edits one milestone: title, kind, the person responsible, the
// goal it serves (optional), due date, done date (optional), status, an
// outcome note and whether a mentor confirmed it. The rules of
// mc::validateMilestone run on every change and show beside the field they
// concern: a due date outside the award period is an amber warning and may
// be saved; an error (achieved without a done date) disables OK.
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
class QLineEdit;
class QPlainTextEdit;

namespace mc::ui {

class MilestoneDialog : public QDialog {
    Q_OBJECT
public:
    // `milestone` with an empty id is a new one; `today` is the done date
    // offered when none is set.
    MilestoneDialog(const Compact& compact, const Milestone& milestone, const Date& today,
                    QWidget* parent = nullptr);

    // The milestone as edited: the given one with the fields changed.
    Milestone milestone() const;
    // What the rules say about milestone() now.
    std::vector<Problem> problems() const;

    // Shows the dialog modally; the edited milestone when the user pressed OK.
    static std::optional<Milestone> edit(QWidget* parent, const Compact& compact,
                                         const Milestone& milestone, const Date& today);

public slots:
    // Accepts only when the milestone breaks no rule (warnings are fine).
    void accept() override;

private:
    void createFields(const Milestone& milestone, const Date& today);
    void layOut();
    void revalidate();

    Compact compact_;
    Milestone original_;
    QLineEdit* title_ = nullptr;
    QComboBox* kind_ = nullptr;
    QComboBox* responsible_ = nullptr;
    QComboBox* goal_ = nullptr;
    QDateEdit* due_ = nullptr;
    QCheckBox* hasDone_ = nullptr;
    QDateEdit* done_ = nullptr;
    QComboBox* status_ = nullptr;
    QPlainTextEdit* outcome_ = nullptr;
    QCheckBox* confirmed_ = nullptr;
    QLabel* titleProblem_ = nullptr;
    QLabel* responsibleProblem_ = nullptr;
    QLabel* goalProblem_ = nullptr;
    QLabel* dueProblem_ = nullptr;
    QLabel* doneProblem_ = nullptr;
    QLabel* outcomeProblem_ = nullptr;
    QLabel* otherProblem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
