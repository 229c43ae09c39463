#pragma once
// The Expectations page: the six domains on the left, each with its count of
// clauses; on the right the chosen domain's topics as prompts, each with the
// clauses written so far. Clauses are added, edited, reordered, dropped and
// deleted here, each edit one undoable command through the session.

#include "ui/clause_dialog.h"
#include "ui/compact_page.h"

#include <functional>
#include <map>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QTreeView;

namespace mc::ui {

class ExpectationsModel;

class ExpectationsPage : public CompactPage {
    Q_OBJECT
public:
    explicit ExpectationsPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    // How clauses are written and edited; ClauseDialog::edit unless replaced
    // (tests fill the dialog without running it).
    void setClauseEditor(ClauseEditor editor) { editor_ = std::move(editor); }

    void showDomain(Domain domain);
    Domain currentDomain() const { return domain_; }
    // Makes the clause with this id (or the topic with this key) current.
    bool selectClause(const std::string& clauseId);
    bool selectTopic(const std::string& key);
    // The clause of the current row, or nullptr.
    const Expectation* currentClause() const;

    QListWidget* domainList() const { return domains_; }
    QTreeView* clauseTree() const { return tree_; }
    ExpectationsModel* model() const { return model_; }
    QLabel* promptLabel() const { return prompt_; }
    QAction* addClauseAction() const { return add_; }
    QAction* editClauseAction() const { return edit_; }
    QAction* deleteClauseAction() const { return delete_; }
    QAction* moveUpAction() const { return moveUp_; }
    QAction* moveDownAction() const { return moveDown_; }
    QAction* stateAction(ExpectationState state) const { return stateActions_.at(state); }
    QAction* directionAction(Direction direction) const { return directionActions_.at(direction); }

private:
    void createActions();
    void createLayout();
    void updateDomainCounts();
    void reloadModel();
    void updateActions();
    void updatePrompt();
    void showContextMenu(const QPoint& pos);

    void addClause();
    void editClause();
    void deleteClause();
    void moveClause(int step);
    // Applies `change` to a copy of the current clause and saves it (the
    // quick setters of the context menu).
    void changeCurrent(const std::function<void(Expectation&)>& change);
    bool makeCurrent(const QModelIndex& index);
    // Saves `changed` through the session and keeps it selected.
    void saveClause(const Expectation& changed);

    Compact compact_;
    std::string pendingSelection_; // the clause to select after the next refresh
    bool readOnly_ = true;
    Domain domain_ = Domain::Research;
    ClauseEditor editor_;

    QListWidget* domains_ = nullptr;
    QLabel* heading_ = nullptr;
    QTreeView* tree_ = nullptr;
    ExpectationsModel* model_ = nullptr;
    QLabel* prompt_ = nullptr;
    QMenu* contextMenu_ = nullptr;

    QAction* add_ = nullptr;
    QAction* edit_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* moveUp_ = nullptr;
    QAction* moveDown_ = nullptr;
    std::map<ExpectationState, QAction*> stateActions_;
    std::map<Direction, QAction*> directionActions_;
};

} // namespace mc::ui
