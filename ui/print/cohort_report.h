#pragma once
// The cohort report (issue 7): templates/print/cohort_report.html filled
// with mustache from core's dashboard rows, measure rows and cohort
// figures, laid out and painted like a compact (CompactDocument with a
// DocumentContent) and written as PDF.
//
//   CohortReport report = cohortReport(workspace, today, filter); // reads the store
//   QString error = writeCohortReportPdf(report, options, path);    // needs a QGuiApplication

#include "core/dashboard.h"
#include "ui/print/compact_document.h"
#include "ui/print/compact_html.h"
#include "ui/print/print_options.h"

#include <QString>
#include <string>
#include <vector>

namespace mc {
class Workspace;
}

namespace mc::print {

struct CohortReport {
    std::string workspaceName;
    CohortFilter filter;
    Date today;
    std::vector<DashboardRow> dashboard;
    std::vector<MeasureRow> measures;
    CohortFigures figures;
    // SHA-256 of measuresCsv(measures): the same figures as the CSV report
    // of the same filter and day give the same fingerprint.
    std::string fingerprint;
};

// Reads everything the report shows, on the caller's thread.
CohortReport cohortReport(const Workspace& workspace, const Date& today,
                          const CohortFilter& filter);

// The built-in layout (cohort_report.html; compact.css then review.css), or
// the files of options.layoutFolder where it has them.
PrintLayout loadCohortReportLayout(const DocumentOptions& options);

// The report as HTML for QTextDocument. Deterministic; every field escaped.
QString cohortReportHtml(const CohortReport& report, const PrintLayout& layout);

// Everything CompactDocument needs. A report is final as printed, so it
// carries no DRAFT mark (and is written as PDF/A-1b, fit for archiving);
// the footer's fingerprint is the figures'.
DocumentContent cohortReportContent(const CohortReport& report, const DocumentOptions& options);

// Writes the report to `path` in one step (QSaveFile: nothing is left on
// failure). Returns an error message for a person, or an empty string.
QString writeCohortReportPdf(const CohortReport& report, const DocumentOptions& options,
                             const QString& path);

} // namespace mc::print
