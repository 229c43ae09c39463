// Settling flagged merge conflicts (flagged_conflicts_dialog.h).

#include "ui/flagged_conflicts_dialog.h"

#include "core/workspace.h"
#include "ui/conflict_words.h"
#include "ui/core_text.h"
#include "ui/date_fields.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>
#include <map>
#include <set>

namespace mc::ui {

namespace {

// Longer values are cut in the cell; the tooltip and detail pane hold all.
constexpr int kCellChars = 120;

// A stored value (JSON) in words; "(none)" and "(empty)" translated.
QString valueInWords(const std::string& json) {
    if (json == "null")
        return FlaggedConflictsDialog::tr("(none)");
    if (json == "\"\"")
        return FlaggedConflictsDialog::tr("(empty)");
    return toQString(conflictValueInWords(json));
}

// One line for a cell: line breaks shown as a symbol, long text cut.
QString cellText(const QString& whole) {
    QString line = whole;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" \u21b5 "));
    line.replace(QLatin1Char('\n'), QStringLiteral(" \u21b5 "));
    if (line.size() > kCellChars)
        line = line.left(kCellChars - 1) + QChar(0x2026);
    return line;
}

// A tooltip that shows user text literally: a tooltip guesses rich text
// from what it holds, so the text is escaped inside explicit rich text.
QString literalToolTip(const QString& text) {
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QTableWidgetItem* plainItem(const QString& text, const QString& toolTip = {}) {
    auto* item = new QTableWidgetItem(cellText(text));
    item->setToolTip(literalToolTip(toolTip.isEmpty() ? text : toolTip));
    return item;
}

} // namespace

FlaggedConflictsDialog::FlaggedConflictsDialog(WorkspaceSession& session, const QString& compactId,
                                               QWidget* parent)
    : QDialog(parent), session_(&session), compactId_(toStdString(compactId)) {
    setObjectName(QStringLiteral("flaggedConflictsDialog"));
    setWindowTitle(tr("Flagged conflicts"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = makePlainLabel(
        tr("At import, both sides changed these differently. This workspace kept its own value "
           "and flagged each one to settle here: keep ours, or take the other file's value. "
           "Settling is final: Edit > Undo does not take it back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    empty_ = makePlainLabel(compactId_.empty() ? tr("No flagged conflicts.")
                                               : tr("No flagged conflicts in this compact."),
                            this);
    empty_->setObjectName(QStringLiteral("flaggedConflictsEmpty"));
    empty_->setAlignment(Qt::AlignCenter);
    layout->addWidget(empty_, 1);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("flaggedConflictsTable"));
    table_->setAccessibleName(tr("Flagged conflicts"));
    table_->setAccessibleDescription(tr("Select one or several, then Keep ours or Take theirs."));
    table_->setHorizontalHeaderLabels({tr("Compact"), tr("What"), tr("This workspace"),
                                       tr("The other file"), tr("From"), tr("Flagged")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = table_->fontMetrics();
    const int widths[ColumnCount] = {24, 30, 22, 22, 18, 14}; // in average characters
    for (int column = 0; column < ColumnCount; ++column)
        table_->setColumnWidth(column, metrics.averageCharWidth() * widths[column]);
    layout->addWidget(table_, 1);

    detail_ = new QPlainTextEdit(this);
    detail_->setObjectName(QStringLiteral("flaggedConflictDetail"));
    detail_->setAccessibleName(tr("The selected conflict in full"));
    detail_->setReadOnly(true);
    detail_->setTabChangesFocus(true);
    detail_->setMaximumHeight(metrics.height() * 8);
    layout->addWidget(detail_);

    outcome_ = makePlainLabel(QString(), this);
    outcome_->setObjectName(QStringLiteral("flaggedConflictsOutcome"));
    outcome_->setWordWrap(true);
    outcome_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(outcome_);

    keepOurs_ = new QPushButton(tr("&Keep ours"), this);
    keepOurs_->setObjectName(QStringLiteral("keepOursButton"));
    // The name begins with the button's words, so speech input finds it by them.
    keepOurs_->setAccessibleName(tr("Keep ours: this workspace's value"));
    keepOurs_->setToolTip(tr("Settle the selected conflicts keeping this workspace's value"));
    takeTheirs_ = new QPushButton(tr("&Take theirs"), this);
    takeTheirs_->setObjectName(QStringLiteral("takeTheirsButton"));
    takeTheirs_->setAccessibleName(tr("Take theirs: the other file's value"));
    takeTheirs_->setToolTip(tr("Settle the selected conflicts with the other file's value; "
                               "never for signed content"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(keepOurs_);
    buttons->addWidget(takeTheirs_);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    setTabOrder(table_, detail_);
    setTabOrder(detail_, keepOurs_);
    setTabOrder(keepOurs_, takeTheirs_);
    setTabOrder(takeTheirs_, close->button(QDialogButtonBox::Close));

    connect(keepOurs_, &QPushButton::clicked, this, &FlaggedConflictsDialog::keepOurs);
    connect(takeTheirs_, &QPushButton::clicked, this, &FlaggedConflictsDialog::takeTheirs);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FlaggedConflictsDialog::onSelectionChanged);
    // The workspace closed or replaced: nothing left to settle here.
    connect(&session, &QObject::destroyed, this, &QWidget::close);
    // Settled or flagged elsewhere (the command line, another import).
    connect(&session, &WorkspaceSession::externalChange, this, &FlaggedConflictsDialog::reload);

    reload();
    resize(960, 520);
}

void FlaggedConflictsDialog::reload() {
    const std::vector<int> before = selectedRows();
    const int keepAt = before.empty() ? 0 : before.front();
    conflicts_.clear();
    if (session_) {
        try {
            conflicts_ = session_->workspace().mergeConflicts(compactId_);
        } catch (const std::exception& error) {
            outcome_->setText(tr("Could not read the flagged conflicts: %1").arg(coreText(error)));
        }
    }
    fillTable();
    if (!conflicts_.empty())
        selectRows({std::min(keepAt, static_cast<int>(conflicts_.size()) - 1)});
    onSelectionChanged();
}

void FlaggedConflictsDialog::fillTable() {
    // The scholar names the compact best; the stored label (title and
    // short id) stays for a compact since deleted.
    std::map<std::string, QString> scholars;
    if (session_) {
        try {
            for (const CompactListEntry& entry : session_->workspace().listCompacts())
                if (!entry.scholar.empty())
                    scholars[entry.id] = toQString(entry.scholar);
        } catch (const std::exception&) {
            // The labels alone still name each compact.
        }
    }
    const QSignalBlocker quiet(table_->selectionModel());
    table_->clearSelection();
    table_->setRowCount(static_cast<int>(conflicts_.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const StoredConflict& c = conflicts_[static_cast<std::size_t>(row)];
        const auto scholar = scholars.find(c.compactId);
        const QString compact = scholar == scholars.end()
                                    ? toQString(c.compactLabel)
                                    : tr("%1 — %2").arg(scholar->second, toQString(c.compactLabel));
        table_->setItem(row, CompactColumn, plainItem(compact));
        table_->setItem(row, WhatColumn, plainItem(conflictWhat(c.entityKind, c.field, c.what)));
        table_->setItem(row, OursColumn, plainItem(valueInWords(c.ours)));
        table_->setItem(row, TheirsColumn, plainItem(valueInWords(c.theirs)));
        table_->setItem(row, SourceColumn, plainItem(toQString(c.sourceName)));
        table_->setItem(row, FlaggedColumn,
                        plainItem(formatTimestamp(c.created), toQString(c.created)));
    }
    const bool any = !conflicts_.empty();
    empty_->setVisible(!any);
    table_->setVisible(any);
    detail_->setVisible(any);
}

std::vector<int> FlaggedConflictsDialog::selectedRows() const {
    std::set<int> rows;
    for (const QModelIndex& index : table_->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    return {rows.begin(), rows.end()};
}

void FlaggedConflictsDialog::selectRows(const std::vector<int>& rows) {
    QItemSelection selection;
    for (const int row : rows)
        if (row >= 0 && row < table_->rowCount())
            selection.select(table_->model()->index(row, 0),
                             table_->model()->index(row, ColumnCount - 1));
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.empty() && rows.front() >= 0 && rows.front() < table_->rowCount())
        table_->selectionModel()->setCurrentIndex(table_->model()->index(rows.front(), 0),
                                                  QItemSelectionModel::NoUpdate);
}

void FlaggedConflictsDialog::onSelectionChanged() {
    const std::vector<int> rows = selectedRows();
    // A read-only file is not disabled here: core's refusal says why.
    const bool writable = session_ != nullptr;
    bool anyTakeable = false;
    for (const int row : rows)
        anyTakeable = anyTakeable || !conflicts_[static_cast<std::size_t>(row)].signedContent;
    keepOurs_->setEnabled(writable && !rows.empty());
    // Signed content: a merge never changes it, so only ours can be kept.
    takeTheirs_->setEnabled(writable && anyTakeable);

    if (rows.size() != 1) {
        detail_->setPlainText(
            rows.empty() ? QString()
                         : tr("%n conflict(s) selected.", nullptr, static_cast<int>(rows.size())));
        return;
    }
    const StoredConflict& c = conflicts_[static_cast<std::size_t>(rows.front())];
    QString text = tr("%1\nThis workspace: %2\nThe other file (%3): %4")
                       .arg(conflictWhat(c.entityKind, c.field, c.what), valueInWords(c.ours),
                            toQString(c.sourceName), valueInWords(c.theirs));
    if (c.signedContent)
        text += QLatin1Char('\n') + tr("Signed content: a merge never changes it. Keep ours, and "
                                       "start an amendment to change the compact.");
    detail_->setPlainText(text);
}

int FlaggedConflictsDialog::keepOurs() {
    return settleSelected(ConflictChoice::KeepOurs);
}

int FlaggedConflictsDialog::takeTheirs() {
    return settleSelected(ConflictChoice::TakeTheirs);
}

int FlaggedConflictsDialog::settleSelected(ConflictChoice choice) {
    if (!session_)
        return 0;
    // Copies: each settlement announces a change, which may reload.
    std::vector<StoredConflict> chosen;
    for (const int row : selectedRows())
        chosen.push_back(conflicts_[static_cast<std::size_t>(row)]);
    if (chosen.empty())
        return 0;
    int settled = 0;
    QStringList refusals;
    for (const StoredConflict& c : chosen) {
        const QString refusal = session_->resolveMergeConflict(c.compactId, c.id, choice);
        if (refusal.isEmpty())
            ++settled;
        else
            refusals << tr("%1: not settled. %2")
                            .arg(conflictWhat(c.entityKind, c.field, c.what), refusal);
    }
    reload();
    QString text;
    if (settled > 0)
        text = choice == ConflictChoice::TakeTheirs
                   ? tr("Took theirs for %n conflict(s).", nullptr, settled)
                   : tr("Kept ours for %n conflict(s).", nullptr, settled);
    if (!refusals.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += refusals.join(QLatin1Char('\n'));
    }
    outcome_->setText(text);
    return settled;
}

} // namespace mc::ui
