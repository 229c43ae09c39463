// The cohort report (issue 7) on the hand-checked cohort of
// support/dashboard_cohort.h: the HTML escapes every field and shows the
// cohort's figures and each compact; the PDF reads back with pdftotext.

#include "core/fingerprint.h"
#include "pdf_text.h"
#include "support/dashboard_cohort.h"
#include "ui/print/cohort_report.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <string>

using namespace mc;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string html(const print::CohortReport& report) {
    return print::cohortReportHtml(report, print::loadCohortReportLayout({})).toStdString();
}

} // namespace

TEST_CASE("The cohort report's HTML has the figures and every compact, escaped",
          "[print][report]") {
    test::Cohort cohort;
    Compact b = cohort.ws.loadCompact(cohort.b.id);
    b.title = "<b>Lee & \"Co\"</b>";
    cohort.ws.saveCompactHeader(b);
    const auto report = print::cohortReport(cohort.ws, cohort.today, {});
    CHECK(report.fingerprint == sha256Hex(measuresCsv(report.measures)));
    const std::string text = html(report);
    CHECK(contains(text, "&lt;b&gt;Lee &amp; &quot;Co&quot;&lt;/b&gt;"));
    CHECK_FALSE(contains(text, "<b>Lee"));
    CHECK(contains(text, "all programs"));
    CHECK(contains(text, "<td>2027-10-15</td>"));
    // Papers: 5 due, 3 achieved (60%), 1 missed (20%).
    CHECK(contains(text, "<td>Papers</td><td>5</td><td>3 (60%)</td><td>1 (20%)</td>"));
    // Year 1: 4 compacts, 3 of 4 papers, the K99 submitted, 1 of 2 grants
    // awarded, C's promotion, goals 1 of 3, scholar 4.0 / mentors 4.5.
    CHECK(contains(text, "<td>1</td><td>4</td><td>3 of 4</td><td>1 of 1</td><td>1 of 2</td>"
                         "<td>1 of 1</td><td>1 of 3</td><td>4.0 / 4.5</td><td>5.0 / 3.5</td>"));
    CHECK(contains(text, "Dr. Ann Lee · &lt;b&gt;Lee"));
    // The new title voided Lee's signature.
    CHECK(contains(text, "not signed by Dr. Ann Lee, Prof. Sam Reyes, Dr. Kim Baker; review of "
                         "year 1 overdue; next review 2028-09-01; last meeting 2027-08-01"));
    CHECK(contains(text, "worksheets: 2 of 3 topics apart"));
}

TEST_CASE("The cohort report follows the filter", "[print][report]") {
    test::Cohort cohort;
    const auto report = print::cohortReport(cohort.ws, cohort.today, {"T32", "", false});
    REQUIRE(report.dashboard.size() == 1);
    const std::string text = html(report);
    CHECK(contains(text, "<td>T32</td>"));
    CHECK(contains(text, "closed compacts left out"));
    CHECK(contains(text, "Dr. Eva Novak"));
    CHECK_FALSE(contains(text, "Dr. Lena Ortiz"));
}

TEST_CASE("The cohort report PDF reads back with its figures and names", "[print][report]") {
    test::Cohort cohort;
    const auto report = print::cohortReport(cohort.ws, cohort.today, {"KL2", "", true});
    const std::string path = cohort.dir.file("report.pdf");
    REQUIRE(print::writeCohortReportPdf(report, {}, QString::fromStdString(path)).isEmpty());
    CHECK(test::readFile(path).starts_with("%PDF-"));
    if (!test::havePdfToText()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    const std::string text = test::pdfText(path);
    CHECK(contains(text, "Cohort report"));
    CHECK(contains(text, "KL2 program")); // the workspace's name
    CHECK(contains(text, "Dr. Lena Ortiz"));
    CHECK(contains(text, "Dr. Jin Park"));
    CHECK_FALSE(contains(text, "Dr. Eva Novak")); // T32
    CHECK(contains(text, "Fingerprint " + report.fingerprint.substr(0, 12)));
    CHECK(contains(text, "As of 2027-10-15"));
    CHECK_FALSE(contains(text, "DRAFT"));
}
