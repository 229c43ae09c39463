#pragma once
// File > Import Workspace or JSON: the preview of a merge (core/merge.h)
// before anything is written. What will be added and updated, then one row
// per conflict with both values and a choice: keep both and flag it (the
// default), keep ours, or take theirs. Signed content offers only the flag.
//
// Tests set the choices (setChoice) and call accept(); the application
// calls exec().

#include "core/merge.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mc::ui {

class MergeConflictsDialog : public QDialog {
    Q_OBJECT

public:
    MergeConflictsDialog(const MergeReport& preview, QWidget* parent = nullptr);

    int rowCount() const;
    // The choice of conflict `row` (in the preview's order).
    ConflictChoice choice(int row) const;
    // Refused (nothing changes) for signed content, which can only be flagged.
    void setChoice(int row, ConflictChoice choice);
    // Conflict key -> choice, for MergeOptions::choices.
    std::map<std::string, ConflictChoice> choices() const;

private:
    std::vector<MergeConflict> conflicts_;
    QTableWidget* table_ = nullptr;
    std::vector<QComboBox*> combos_;
};

} // namespace mc::ui
