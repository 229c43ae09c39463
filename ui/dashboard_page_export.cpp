// The dashboard's exports: the measures of the compacts shown as CSV
// (core's measuresCsv, as `report --format csv` writes them).

#include "core/workspace.h"
#include "ui/dashboard_filter_model.h"
#include "ui/dashboard_page.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <exception>
#include <stdexcept>

namespace mc::ui {

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
    const std::vector<MeasureRow> rows = shownMeasures();
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
            tr("Could not export to %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what())));
        return;
    }
    outcome_->setText(tr("Exported the measures (%1 rows) to %2.")
                          .arg(static_cast<int>(rows.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace mc::ui
