#include "ui/close_compact_dialog.h"

#include "core/enums.h"
#include "ui/date_fields.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::ui {

CloseCompactDialog::CloseCompactDialog(const Compact& compact, const Date& today, QWidget* parent)
    : QDialog(parent), start_(compact.start), today_(today) {
    setWindowTitle(tr("Close and Archive Compact"));
    auto* intro = makePlainLabel(
        tr("Closing ends the formal mentoring relationship of \"%1\". Everything stays in the "
           "workspace (versions, signatures, reviews, the meeting log); the compact leaves the "
           "working list and can be reopened.")
            .arg(toQString(compact.title)),
        this);
    intro->setWordWrap(true);

    date_ = new QDateEdit(this);
    date_->setObjectName(QStringLiteral("closingDate"));
    date_->setAccessibleName(tr("Day the compact ended"));
    date_->setCalendarPopup(true);
    showDateInLocale(date_);
    // The end of the award period when it has passed, else today.
    date_->setDate(toQDate(compact.end < today ? compact.end : today));

    reason_ = new QComboBox(this);
    reason_->setWhatsThis(tr("Why the formal relationship ends: the award was completed, the "
                             "scholar became independent, left the program, or changed mentors. "
                             "The compact is kept, read-only, with this reason."));
    reason_->setObjectName(QStringLiteral("closingReason"));
    reason_->setAccessibleName(tr("Why the compact ended"));
    fillEnumCombo<ClosingReason>(reason_);

    note_ = new QPlainTextEdit(this);
    note_->setObjectName(QStringLiteral("closingNote"));
    note_->setAccessibleName(tr("Closing note"));
    note_->setPlaceholderText(tr("How the scholar will still be supported, what was agreed…"));
    note_->setTabChangesFocus(true);

    problem_ = makePlainLabel(QString(), this);
    problem_->setObjectName(QStringLiteral("closingProblem"));
    problem_->setStyleSheet(colorStyle(errorColor(problem_->palette())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Ended on:"), date_);
    form->addRow(QString(), problem_);
    form->addRow(tr("&Reason:"), reason_);
    form->addRow(tr("&Note:"), note_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Close and Archive"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &CloseCompactDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &CloseCompactDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addLayout(form);
    column->addWidget(buttons_);

    connect(date_, &QDateEdit::dateChanged, this, &CloseCompactDialog::revalidate);
    revalidate();
}

std::optional<Closing> CloseCompactDialog::ask(QWidget* parent, const Compact& compact,
                                               const Date& today) {
    CloseCompactDialog dialog(compact, today, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.closing();
}

Closing CloseCompactDialog::closing() const {
    Closing out;
    out.on = fromQDate(date_->date());
    out.reason = comboValue<ClosingReason>(reason_);
    out.note = toStdString(note_->toPlainText());
    return out;
}

QString CloseCompactDialog::dateProblem() const {
    const Date day = fromQDate(date_->date());
    if (day < start_)
        return tr("The compact started on %1: it cannot end before that.").arg(formatDate(start_));
    if (day > today_)
        return tr("That day is still to come: close a compact on or after the day it ended.");
    return {};
}

void CloseCompactDialog::revalidate() {
    const QString problem = dateProblem();
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void CloseCompactDialog::accept() {
    if (!dateProblem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace mc::ui
