// The dashboard's exports: the measures CSV and the cohort report PDF of
// the program and cohort chosen, as `mentoring-compact report FILE
// --format csv|pdf --program P --cohort YEAR` writes them, so the
// report's fingerprint of its figures matches the CSV's.

#include "core/workspace.h"
#include "ui/core_text.h"
#include "ui/dashboard_page.h"
#include "ui/print/cohort_report.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <exception>
#include <stdexcept>

namespace mc::ui {

CohortFilter DashboardPage::exportFilter() const {
    CohortFilter filter;
    filter.program = toStdString(program_->currentData().toString());
    filter.cohort = toStdString(cohort_->currentData().toString());
    return filter;
}

QString DashboardPage::savePath(const QString& title, const QString& fileName,
                                const QString& filter) {
    const QString folder = session_
                               ? QFileInfo(toQString(session_->workspace().path())).absolutePath()
                               : QDir::homePath();
    const QString suggested = QDir(folder).filePath(fileName);
    if (choosePath_)
        return choosePath_(this, title, suggested, filter);
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void DashboardPage::exportCsv() {
    if (session_ == nullptr)
        return;
    loadMeasures(); // if the table has not painted yet
    const CohortFilter filter = exportFilter();
    std::vector<MeasureRow> rows;
    for (const MeasureRow& row : measures_)
        if (filter.matches(row.program, row.cohort, row.status))
            rows.push_back(row);
    const QString path =
        savePath(tr("Export measures as CSV"), tr("measures.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const std::string csv = measuresCsv(rows);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            throw std::runtime_error(toStdString(out.errorString()));
        const auto size = static_cast<qint64>(csv.size());
        if (out.write(csv.data(), size) != size || !out.commit())
            throw std::runtime_error(toStdString(out.errorString()));
    } catch (const std::exception& error) {
        outcome_->setText(
            tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), coreText(error)));
        return;
    }
    outcome_->setText(tr("Exported the measures (%1 rows) to %2.")
                          .arg(static_cast<int>(rows.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::exportReportPdf() {
    if (session_ == nullptr)
        return;
    const QString path = savePath(tr("Export the cohort report as PDF"), tr("cohort-report.pdf"),
                                  tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    try {
        const print::CohortReport report =
            print::cohortReport(session_->workspace(), today_(), exportFilter());
        error = print::writeCohortReportPdf(report, {}, path);
    } catch (const std::exception& thrown) {
        error = coreText(thrown);
    }
    outcome_->setText(
        error.isEmpty()
            ? tr("Exported the cohort report to %1.").arg(QDir::toNativeSeparators(path))
            : tr("Could not export the cohort report to %1: %2")
                  .arg(QDir::toNativeSeparators(path), error));
}

} // namespace mc::ui
