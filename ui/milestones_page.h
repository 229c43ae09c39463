#pragma once
// The Milestones page: a sortable table of the compact's milestones (due
// date first by default) with filters by goal and by person and a "Show
// dropped" switch above it. Overdue milestones stand out in red and bold
// and say "Overdue" in their status. Add…, Edit…, Delete and Mark achieved
// go through the session, so each can be undone.
//
// Keyboard: Insert adds, F2 or Enter edits the selected milestone, Delete
// deletes it, Ctrl+Return marks it achieved; every control has a mnemonic.

#include "core/model.h"
#include "ui/compact_page.h"

#include <QString>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mc::ui {

class MilestoneFilterModel;
class MilestonesModel;

class MilestonesPage : public CompactPage {
    Q_OBJECT
public:
    // Opens the milestone dialog; the edited milestone, or nothing when
    // cancelled.
    using MilestoneEditor = std::function<std::optional<Milestone>(
        QWidget* parent, const Compact&, const Milestone&, const Date& today)>;

    explicit MilestonesPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    // Replaces the dialog (tests fill and accept one without exec()).
    void setMilestoneEditor(MilestoneEditor editor) { editor_ = std::move(editor); }

    QTableView* table() const { return table_; }
    MilestonesModel* model() const { return model_; }
    MilestoneFilterModel* filterModel() const { return filter_; }
    QComboBox* goalFilterCombo() const { return goalCombo_; }
    QComboBox* personFilterCombo() const { return personCombo_; }
    QCheckBox* showDroppedCheck() const { return showDropped_; }

    // The id of the selected milestone, empty when none.
    std::string selectedMilestoneId() const;
    void selectMilestone(const std::string& milestoneId);

    void addMilestone();
    void editSelectedMilestone();
    void deleteSelectedMilestone();
    void markSelectedAchieved();

private:
    void createActions();
    void fillFilters();
    void applyFilters();
    void updateActions();
    void updateSummary();
    std::optional<Milestone> selectedMilestone() const;
    void save(const Milestone& milestone);

    Compact compact_;
    Date today_;
    bool readOnly_ = false;
    MilestoneEditor editor_;
    MilestonesModel* model_ = nullptr;
    MilestoneFilterModel* filter_ = nullptr;
    QComboBox* goalCombo_ = nullptr;
    QComboBox* personCombo_ = nullptr;
    QCheckBox* showDropped_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* summary_ = nullptr;
    QAction* addAction_ = nullptr;
    QAction* editAction_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QAction* achievedAction_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
    QPushButton* achievedButton_ = nullptr;
};

} // namespace mc::ui
