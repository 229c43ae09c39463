// The merge preview with a choice per conflict (merge_conflicts_dialog.h).

#include "ui/merge_conflicts_dialog.h"

#include "ui/conflict_words.h"
#include "ui/qt_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

enum Column { CompactColumn, WhatColumn, OursColumn, TheirsColumn, ChoiceColumn, ColumnCount };

QString inWords(const std::string& json) {
    return toQString(conflictValueInWords(json));
}

} // namespace

MergeConflictsDialog::MergeConflictsDialog(const MergeReport& preview, QWidget* parent)
    : QDialog(parent), conflicts_(preview.conflicts) {
    setWindowTitle(tr("Import %1").arg(toQString(preview.sourceName)));
    setObjectName(QStringLiteral("mergeConflictsDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(
        tr("%n compact(s) to add, ", nullptr, preview.compactsAdded) +
            tr("%n to update. ", nullptr, preview.compactsUpdated) +
            tr("Both sides changed %n thing(s) differently: choose for each what to keep. "
               "Kept both and flagged, a conflict keeps this workspace's value and is listed "
               "to settle later.",
               nullptr, static_cast<int>(conflicts_.size())),
        this);
    summary->setWordWrap(true);
    summary->setObjectName(QStringLiteral("mergeSummary"));
    layout->addWidget(summary);

    table_ = new QTableWidget(static_cast<int>(conflicts_.size()), ColumnCount, this);
    table_->setObjectName(QStringLiteral("conflictTable"));
    table_->setAccessibleName(tr("Conflicts"));
    table_->setAccessibleDescription(
        tr("One row per conflict: the compact, what changed, both values, and what to keep."));
    table_->setHorizontalHeaderLabels(
        {tr("Compact"), tr("What"), tr("This workspace"), tr("The other file"), tr("Keep")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setWordWrap(true);
    // Tab goes from the table to each row's choice, then to the buttons.
    table_->setTabKeyNavigation(false);
    for (int row = 0; row < table_->rowCount(); ++row) {
        const MergeConflict& c = conflicts_[static_cast<std::size_t>(row)];
        table_->setItem(row, CompactColumn, new QTableWidgetItem(toQString(c.compactLabel)));
        table_->setItem(row, WhatColumn,
                        new QTableWidgetItem(conflictWhat(c.entityKind, c.field, c.what)));
        table_->setItem(row, OursColumn, new QTableWidgetItem(inWords(c.ours)));
        table_->setItem(row, TheirsColumn, new QTableWidgetItem(inWords(c.theirs)));
        auto* combo = new QComboBox(table_);
        combo->addItem(tr("Keep both and flag"), static_cast<int>(ConflictChoice::Flag));
        // A screen reader on the choice hears the row and both values. On
        // Linux Qt reads a combo box's current text as its name (a label
        // buddy would name it), so the row is said in the description too.
        QString description =
            tr("%1 in %2. This workspace: %3. The other file: %4.")
                .arg(conflictWhat(c.entityKind, c.field, c.what), toQString(c.compactLabel),
                     inWords(c.ours), inWords(c.theirs));
        if (!c.signedContent) {
            combo->addItem(tr("Keep ours"), static_cast<int>(ConflictChoice::KeepOurs));
            combo->addItem(tr("Take theirs"), static_cast<int>(ConflictChoice::TakeTheirs));
        } else {
            const QString signedNote = tr("Signed content: a merge never changes it. Start an "
                                          "amendment to change the compact.");
            combo->setToolTip(signedNote);
            description += QLatin1Char(' ') + signedNote;
        }
        combo->setAccessibleName(
            tr("What to keep for %1 in %2")
                .arg(conflictWhat(c.entityKind, c.field, c.what), toQString(c.compactLabel)));
        combo->setAccessibleDescription(description);
        table_->setCellWidget(row, ChoiceColumn, combo);
        combos_.push_back(combo);
    }
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    table_->resizeRowsToContents();
    layout->addWidget(table_, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

int MergeConflictsDialog::rowCount() const {
    return static_cast<int>(combos_.size());
}

ConflictChoice MergeConflictsDialog::choice(int row) const {
    return static_cast<ConflictChoice>(
        combos_.at(static_cast<std::size_t>(row))->currentData().toInt());
}

void MergeConflictsDialog::setChoice(int row, ConflictChoice choice) {
    QComboBox* combo = combos_.at(static_cast<std::size_t>(row));
    const int index = combo->findData(static_cast<int>(choice));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

std::map<std::string, ConflictChoice> MergeConflictsDialog::choices() const {
    std::map<std::string, ConflictChoice> out;
    for (std::size_t i = 0; i < conflicts_.size(); ++i)
        out[conflicts_[i].key] = choice(static_cast<int>(i));
    return out;
}

} // namespace mc::ui
