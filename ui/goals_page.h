#pragma once
// The Goals page: the compact's goals in a table (text, owner, horizon,
// target date, status, linked milestones achieved of total) with Add…,
// Edit… and Delete. Every edit goes through the session and can be undone;
// deleting a goal unlinks its milestones, and undo links them again.
//
// Keyboard: Insert adds, F2 or Enter edits the selected goal, Delete
// deletes it; the buttons carry mnemonics.

#include "core/model.h"
#include "ui/compact_page.h"

#include <QString>
#include <functional>
#include <optional>

class QAction;
class QPushButton;
class QTableView;

namespace mc::ui {

class GoalsModel;

class GoalsPage : public CompactPage {
    Q_OBJECT
public:
    // Opens the goal dialog; the edited goal, or nothing when cancelled.
    using GoalEditor =
        std::function<std::optional<Goal>(QWidget* parent, const Compact&, const Goal&)>;

    explicit GoalsPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    // Replaces the dialog (tests fill and accept one without exec()).
    void setGoalEditor(GoalEditor editor) { editor_ = std::move(editor); }

    QTableView* table() const { return table_; }
    GoalsModel* model() const { return model_; }
    // The id of the selected goal, empty when none.
    std::string selectedGoalId() const;
    void selectGoal(const std::string& goalId);

    void addGoal();
    void editSelectedGoal();
    void deleteSelectedGoal();

private:
    void updateActions();

    Compact compact_;
    bool readOnly_ = false;
    GoalEditor editor_;
    GoalsModel* model_ = nullptr;
    QTableView* table_ = nullptr;
    QAction* addAction_ = nullptr;
    QAction* editAction_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
};

} // namespace mc::ui
