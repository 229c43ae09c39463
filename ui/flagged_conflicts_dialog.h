#pragma once
// Flagged conflicts (issue 7): the merge conflicts a director kept both of
// and flagged at import, listed to settle now: the workspace's or one
// compact's, each with both values, where it came from and when. "Keep
// ours" and "Take theirs" settle the selected ones through the session
// (WorkspaceSession::resolveMergeConflict), as `mentoring-compact
// conflicts --resolve` does; final, not on the undo stack. A refusal (signed
// content, a locked compact, a read-only file) is shown in words and
// changes nothing.
//
// Values are user text: shown literally, elided in the table, whole in the
// tooltip and in the detail pane below.
//
// The dialog follows its session: it closes when the session goes (the
// workspace closed or replaced) and reloads on another program's changes.

#include "core/merge.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace mc::ui {

class WorkspaceSession;

class FlaggedConflictsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        CompactColumn,
        WhatColumn,
        OursColumn,
        TheirsColumn,
        SourceColumn,
        FlaggedColumn,
        ColumnCount
    };

    // Every unsettled conflict of the workspace, or of `compactId` only.
    FlaggedConflictsDialog(WorkspaceSession& session, const QString& compactId = {},
                           QWidget* parent = nullptr);

    // Reads the conflicts again, keeping the selection's place.
    void reload();
    // Settles the selected conflicts; returns how many were settled.
    int keepOurs();
    int takeTheirs();

    // The conflicts listed, in the table's order.
    const std::vector<StoredConflict>& conflicts() const { return conflicts_; }
    // Selects the rows given (replacing the selection).
    void selectRows(const std::vector<int>& rows);

    QTableWidget* table() const { return table_; }
    QPlainTextEdit* detail() const { return detail_; }
    QLabel* emptyLabel() const { return empty_; }
    QLabel* outcomeLabel() const { return outcome_; }
    QPushButton* keepOursButton() const { return keepOurs_; }
    QPushButton* takeTheirsButton() const { return takeTheirs_; }

private:
    int settleSelected(ConflictChoice choice);
    std::vector<int> selectedRows() const;
    void fillTable();
    void onSelectionChanged();

    QPointer<WorkspaceSession> session_;
    std::string compactId_;
    std::vector<StoredConflict> conflicts_;

    QLabel* empty_ = nullptr;
    QTableWidget* table_ = nullptr;
    QPlainTextEdit* detail_ = nullptr;
    QLabel* outcome_ = nullptr;
    QPushButton* keepOurs_ = nullptr;
    QPushButton* takeTheirs_ = nullptr;
};

} // namespace mc::ui
