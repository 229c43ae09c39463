// The Reviews page's tables (reviews_page.h): a review's milestones, goals
// and expectations as rows of editable cells, read back into a Review, and
// core's problems marked on the cells they name.

#include "ui/core_text.h"
#include "ui/date_fields.h"
#include "ui/qt_helpers.h"
#include "ui/reviews_page.h"
#include "ui/theme_colors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableWidget>

namespace mc::ui {

namespace {

QTableWidgetItem* fixedItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

// A row's title as part of a cell's name: long expectations cut short.
QString rowTitle(const std::string& title) {
    constexpr qsizetype longest = 60;
    const QString text = toQString(title).simplified();
    return text.size() <= longest ? text : text.left(longest - 1) + QChar(0x2026);
}

// What a screen reader says of a cell besides its name. Qt on Linux speaks
// a combo box's current value as its name (a label would name it; a cell
// has none), so a combo's description repeats its name; a line edit needs
// none until a problem is marked.
QString plainDescription(const QWidget* cell) {
    return qobject_cast<const QComboBox*>(cell) ? cell->accessibleName() : QString();
}

// `accessible` says what the cell is and for which row: a table read cell
// by cell would otherwise give only "Note" or the value.
QLineEdit* lineCell(const QString& text, const QString& accessible) {
    auto* edit = new QLineEdit(text);
    edit->setAccessibleName(accessible);
    edit->setFrame(false);
    edit->setCursorPosition(0); // a long note shows its start
    return edit;
}

QComboBox* comboCell(const QString& accessible) {
    auto* combo = new QComboBox;
    combo->setAccessibleName(accessible);
    combo->setAccessibleDescription(plainDescription(combo));
    return combo;
}

template <typename E> QComboBox* enumCell(E value, const QString& accessible) {
    QComboBox* combo = comboCell(accessible);
    fillEnumCombo<E>(combo);
    selectData(combo, static_cast<int>(value));
    return combo;
}

QString cellText(const QTableWidget* table, int row, int column) {
    if (auto* edit = qobject_cast<QLineEdit*>(table->cellWidget(row, column)))
        return edit->text().trimmed();
    return {};
}

void prepare(QTableWidget* table, int rows) {
    table->clearContents();
    table->setRowCount(rows);
}

} // namespace

void ReviewsPage::fillTables(const Review& review) {
    prepare(milestones_, static_cast<int>(review.milestones.size()));
    for (int row = 0; row < milestones_->rowCount(); ++row) {
        const MilestoneReview& m = review.milestones[static_cast<std::size_t>(row)];
        milestones_->setItem(row, 0, fixedItem(toQString(m.title)));
        milestones_->setItem(row, 1, fixedItem(formatDate(m.due)));
        const QString title = rowTitle(m.title);
        QComboBox* outcome = comboCell(tr("Outcome of milestone \u201c%1\u201d").arg(title));
        outcome->addItem(tr("Not decided"), -1);
        fillEnumCombo<MilestoneOutcome>(outcome);
        selectData(outcome, m.outcome ? static_cast<int>(*m.outcome) : -1);
        milestones_->setCellWidget(row, 2, outcome);
        // Typed as the date fields show dates; the example is the due date.
        const QLocale locale;
        auto* date = lineCell(m.date ? dateFieldText(toQDate(*m.date), locale) : QString(),
                              tr("Date of milestone \u201c%1\u201d: achieved on, or the new "
                                 "due date")
                                  .arg(title));
        date->setPlaceholderText(tr("such as %1").arg(dateFieldText(toQDate(m.due), locale)));
        milestones_->setCellWidget(row, 3, date);
        milestones_->setCellWidget(
            row, 4, lineCell(toQString(m.note), tr("Note on milestone \u201c%1\u201d").arg(title)));
    }
    prepare(goals_, static_cast<int>(review.goals.size()));
    for (int row = 0; row < goals_->rowCount(); ++row) {
        const GoalReview& g = review.goals[static_cast<std::size_t>(row)];
        goals_->setItem(row, 0, fixedItem(toQString(g.text)));
        const QString title = rowTitle(g.text);
        goals_->setCellWidget(row, 1,
                              enumCell(g.status, tr("Status of goal \u201c%1\u201d").arg(title)));
        goals_->setCellWidget(
            row, 2,
            lineCell(toQString(g.progress), tr("Progress on goal \u201c%1\u201d").arg(title)));
    }
    prepare(expectations_, static_cast<int>(review.expectations.size()));
    for (int row = 0; row < expectations_->rowCount(); ++row) {
        const ExpectationReview& e = review.expectations[static_cast<std::size_t>(row)];
        expectations_->setItem(row, 0, fixedItem(toQString(e.text)));
        const QString title = rowTitle(e.text);
        expectations_->setCellWidget(
            row, 1, enumCell(e.verdict, tr("Verdict on expectation \u201c%1\u201d").arg(title)));
        expectations_->setCellWidget(
            row, 2,
            lineCell(toQString(e.newText),
                     tr("New text of expectation \u201c%1\u201d").arg(title)));
        expectations_->setCellWidget(
            row, 3,
            lineCell(toQString(e.note), tr("Note on expectation \u201c%1\u201d").arg(title)));
    }
    for (QTableWidget* table : {milestones_, goals_, expectations_}) {
        table->resizeRowsToContents();
        // A wheel turned to scroll the page must not change an outcome.
        for (QComboBox* combo : table->findChildren<QComboBox*>()) {
            combo->setFocusPolicy(Qt::StrongFocus);
            combo->installEventFilter(this);
        }
    }
    summary_->setPlainText(toQString(review.summary));
}

bool ReviewsPage::eventFilter(QObject* watched, QEvent* event) {
    auto* combo = qobject_cast<QComboBox*>(watched);
    if (combo && event->type() == QEvent::Wheel && !combo->hasFocus()) {
        // Scroll what is around the combo instead (the table, then the page).
        if (QWidget* around = combo->parentWidget())
            QCoreApplication::sendEvent(around, event);
        return true;
    }
    return CompactPage::eventFilter(watched, event);
}

Review ReviewsPage::fromTables(QStringList& unreadable) const {
    const Review* shown = selectedReview();
    Review review = shown ? *shown : Review();
    for (int row = 0;
         row < milestones_->rowCount() && row < static_cast<int>(review.milestones.size()); ++row) {
        MilestoneReview& m = review.milestones[static_cast<std::size_t>(row)];
        const int outcome =
            qobject_cast<QComboBox*>(milestones_->cellWidget(row, 2))->currentData().toInt();
        m.outcome =
            outcome < 0 ? std::nullopt : std::optional(static_cast<MilestoneOutcome>(outcome));
        const QString dateText = cellText(milestones_, row, 3);
        m.date.reset();
        if (!dateText.isEmpty()) {
            const QLocale locale;
            const QDate date = readDateField(dateText, locale);
            if (date.isValid())
                m.date = fromQDate(date);
            else
                unreadable << tr("Milestone \u201c%1\u201d, date: \u201c%2\u201d is not a date "
                                 "such as %3.")
                                  .arg(toQString(m.title), dateText,
                                       dateFieldText(toQDate(m.due), locale));
        }
        m.note = toStdString(cellText(milestones_, row, 4));
    }
    for (int row = 0; row < goals_->rowCount() && row < static_cast<int>(review.goals.size());
         ++row) {
        GoalReview& g = review.goals[static_cast<std::size_t>(row)];
        g.status = comboValue<GoalStatus>(qobject_cast<QComboBox*>(goals_->cellWidget(row, 1)));
        g.progress = toStdString(cellText(goals_, row, 2));
    }
    for (int row = 0;
         row < expectations_->rowCount() && row < static_cast<int>(review.expectations.size());
         ++row) {
        ExpectationReview& e = review.expectations[static_cast<std::size_t>(row)];
        e.verdict = comboValue<ExpectationVerdict>(
            qobject_cast<QComboBox*>(expectations_->cellWidget(row, 1)));
        e.newText = toStdString(cellText(expectations_, row, 2));
        e.note = toStdString(cellText(expectations_, row, 3));
    }
    review.summary = toStdString(summary_->toPlainText());
    return review;
}

void ReviewsPage::markProblems(const std::vector<Problem>& problems) {
    // Every cell back to normal first, then the ones named marked.
    for (QTableWidget* table : {milestones_, goals_, expectations_})
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 1; column < table->columnCount(); ++column)
                if (QWidget* cell = table->cellWidget(row, column)) {
                    cell->setStyleSheet({});
                    cell->setToolTip({});
                    cell->setAccessibleDescription(plainDescription(cell));
                }
    static const QRegularExpression path(
        QStringLiteral(R"(^review\.(milestones|goals|expectations)\[(\d+)\]\.(\w+)$)"));
    QStringList lines;
    for (const Problem& problem : problems) {
        const QString message = coreText(problem);
        const QRegularExpressionMatch match = path.match(toQString(problem.field));
        if (!match.hasMatch()) {
            lines << (problem.field == "review.heldOn" ? tr("Held on: %1").arg(message) : message);
            continue;
        }
        const QString part = match.captured(1);
        const int row = match.captured(2).toInt();
        const QString field = match.captured(3);
        QTableWidget* table = part == QLatin1String("milestones") ? milestones_
                              : part == QLatin1String("goals")    ? goals_
                                                                  : expectations_;
        int column = 1;
        if (part == QLatin1String("milestones"))
            column = field == QLatin1String("date") ? 3 : field == QLatin1String("note") ? 4 : 2;
        else if (part == QLatin1String("goals"))
            column = field == QLatin1String("progress") ? 2 : 1;
        else
            column = field == QLatin1String("newText") ? 2 : field == QLatin1String("note") ? 3 : 1;
        const QString name = table->item(row, 0) ? table->item(row, 0)->text() : QString();
        const QString header = table->horizontalHeaderItem(column)
                                   ? table->horizontalHeaderItem(column)->text()
                                   : field;
        lines << tr("\u201c%1\u201d, %2: %3").arg(name, header.toLower(), message);
        if (QWidget* cell = table->cellWidget(row, column)) {
            cell->setStyleSheet(
                QStringLiteral("border: 2px solid %1;").arg(errorColor(cell->palette()).name()));
            cell->setToolTip(message);
            const QString plain = plainDescription(cell);
            cell->setAccessibleDescription(
                plain.isEmpty() ? message : plain + QStringLiteral(": ") + message);
        }
    }
    problems_->setText(lines.join(QLatin1Char('\n')));
}

} // namespace mc::ui
