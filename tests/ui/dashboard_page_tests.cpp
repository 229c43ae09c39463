// The program director's dashboard (issue 7) on a small known workspace
// (dashboard_fixture.h): the filters give the right rows and count line,
// every column sorts by its value (dates as dates, counts as numbers),
// overdue is red with a tooltip, the page follows edits, and Export CSV
// writes the measures of the compacts shown through a chooser the test
// replaces.

#include "core/workspace.h"
#include "dashboard_fixture.h"
#include "support/temp_dir.h"
#include "ui/cohort_charts.h"
#include "ui/dashboard_filter_model.h"
#include "ui/dashboard_model.h"
#include "ui/dashboard_page.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::ui::DashboardModel;
using mc::ui::DashboardPage;

namespace {

struct Fixture {
    Fixture() {
        made = mc::test::makeDashboardWorkspace(dir.file("dashboard.compact"));
        session = std::make_unique<mc::ui::WorkspaceSession>(mc::Workspace::open(made.path), stack);
        page.setSession(session.get(), [] { return mc::test::kDashboardToday; });
        page.reload();
    }

    // The scholars shown, top to bottom.
    QStringList scholars() const {
        QStringList names;
        const QAbstractItemModel* shown = page.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            names << shown->index(row, DashboardModel::ScholarColumn).data().toString();
        return names;
    }
    // The row of this compact in the table, or -1.
    int rowOf(const std::string& id) const {
        const QAbstractItemModel* shown = page.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, 0).data(DashboardModel::CompactIdRole).toString() ==
                QString::fromStdString(id))
                return row;
        return -1;
    }
    QVariant cell(const std::string& id, int column, int role = Qt::DisplayRole) const {
        const int row = rowOf(id);
        REQUIRE(row >= 0);
        return page.table()->model()->index(row, column).data(role);
    }
    static void choose(QComboBox* box, const QString& text) {
        const int at = box->findText(text);
        REQUIRE(at >= 0);
        box->setCurrentIndex(at);
    }

    mc::test::TempDir dir;
    mc::test::DashboardWorkspace made;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    DashboardPage page;
};

} // namespace

TEST_CASE("The dashboard lists every compact with what is missing or late", "[dashboard]") {
    Fixture f;
    QAbstractItemModelTester tester(f.page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.page.countLabel()->text() == "4 compacts");
    REQUIRE(f.scholars() == QStringList({"Ann Archer", "Ben Brook", "Cara Cole", "Dev Quinn"}));

    // Ann: year 1's review overdue, in red with the due date in the tooltip.
    CHECK(f.cell(f.made.ann, DashboardModel::ReviewColumn).toString() ==
          "Overdue: year 1, due " + mc::ui::formatDate(mc::Date(2027, 9, 1)));
    CHECK(f.cell(f.made.ann, DashboardModel::ReviewColumn, Qt::ForegroundRole).isValid());
    CHECK(f.cell(f.made.ann, DashboardModel::ReviewColumn, DashboardModel::ReviewOverdueRole)
              .toBool());
    CHECK_THAT(
        f.cell(f.made.ann, DashboardModel::ReviewColumn, Qt::ToolTipRole).toString().toStdString(),
        Catch::Contains("Review overdue: year 1 was due"));
    // Ben's award starts in 2028: his first review is next, not overdue.
    CHECK(f.cell(f.made.ben, DashboardModel::ReviewColumn).toString() ==
          mc::ui::formatDate(mc::Date(2029, 1, 1)) + " (year 1)");
    CHECK_FALSE(f.cell(f.made.ben, DashboardModel::ReviewColumn, Qt::ForegroundRole).isValid());

    // Milestones overdue / achieved / total.
    CHECK(f.cell(f.made.ann, DashboardModel::OverdueColumn).toInt() == 1);
    CHECK(f.cell(f.made.ann, DashboardModel::AchievedColumn).toInt() == 1);
    CHECK(f.cell(f.made.ann, DashboardModel::TotalColumn).toInt() == 4);
    CHECK(f.cell(f.made.dev, DashboardModel::TotalColumn).toInt() == 12);
    // Signatures missing: each of the three people.
    CHECK_THAT(f.cell(f.made.ann, DashboardModel::SignaturesColumn).toString().toStdString(),
               Catch::StartsWith("3 missing: Ann Archer"));
    // Last meeting in days; none logged said so.
    CHECK(f.cell(f.made.ann, DashboardModel::LastMeetingColumn).toString() == "11 days ago");
    CHECK(f.cell(f.made.ben, DashboardModel::LastMeetingColumn).toString() == "None logged");
    CHECK(f.cell(f.made.ann, DashboardModel::AlignmentColumn).toString() == "Not compared");
}

TEST_CASE("The dashboard's filters give the right rows and count line", "[dashboard]") {
    Fixture f;
    REQUIRE(f.page.programFilter()->count() == 3); // all, KL2, R25
    REQUIRE(f.page.cohortFilter()->count() == 4);  // all, 2024, 2025, 2026

    SECTION("program") {
        Fixture::choose(f.page.programFilter(), "KL2");
        CHECK(f.scholars() == QStringList({"Ann Archer", "Ben Brook", "Cara Cole"}));
        CHECK(f.page.countLabel()->text() == "3 of 4 compacts");
        Fixture::choose(f.page.programFilter(), "R25");
        CHECK(f.scholars() == QStringList({"Dev Quinn"}));
        CHECK(f.page.countLabel()->text() == "1 of 4 compacts");
    }
    SECTION("cohort, with the program") {
        Fixture::choose(f.page.cohortFilter(), "2026");
        CHECK(f.scholars() == QStringList({"Ann Archer", "Ben Brook"}));
        Fixture::choose(f.page.programFilter(), "R25");
        CHECK(f.scholars().isEmpty());
        CHECK(f.page.countLabel()->text() == "0 of 4 compacts");
    }
    SECTION("status") {
        Fixture::choose(f.page.statusFilter(), "Closed");
        CHECK(f.scholars() == QStringList({"Cara Cole"}));
        Fixture::choose(f.page.statusFilter(), "All statuses");
        CHECK(f.scholars().size() == 4);
    }
    SECTION("only what needs attention") {
        // Ann and Dev: signatures missing, reviews overdue, meetings late.
        // Ben is a draft whose award has not started; Cara is closed.
        f.page.attentionFilter()->setChecked(true);
        CHECK(f.scholars() == QStringList({"Ann Archer", "Dev Quinn"}));
        CHECK(f.page.countLabel()->text() == "2 of 4 compacts");
        f.page.attentionFilter()->setChecked(false);
        CHECK(f.page.countLabel()->text() == "4 compacts");
    }
    SECTION("free text on scholar, mentor and title, every word") {
        f.page.searchField()->setText("quinn");
        CHECK(f.scholars() == QStringList({"Dev Quinn"}));
        f.page.searchField()->setText("Reyes"); // every sample's primary mentor
        CHECK(f.scholars().size() == 4);
        f.page.searchField()->setText("reyes brook"); // a mentor and the scholar
        CHECK(f.scholars() == QStringList({"Ben Brook"}));
        f.page.searchField()->setText("brook quinn");
        CHECK(f.scholars().isEmpty());
        CHECK(f.page.countLabel()->text() == "0 of 4 compacts");
    }
}

TEST_CASE("The dashboard sorts dates as dates and counts as numbers", "[dashboard]") {
    Fixture f;
    QTableView* table = f.page.table();

    // Milestones in all: 1, 1, 4, 12; as text "12" would sort before "4".
    table->sortByColumn(DashboardModel::TotalColumn, Qt::AscendingOrder);
    QStringList names = f.scholars();
    REQUIRE(names.size() == 4);
    CHECK(names.at(2) == "Ann Archer");
    CHECK(names.at(3) == "Dev Quinn");
    table->sortByColumn(DashboardModel::TotalColumn, Qt::DescendingOrder);
    CHECK(f.scholars().at(0) == "Dev Quinn");

    // Last meeting: none logged is the oldest, then 2027-05-03 (212 days
    // ago), then 2027-11-20 (11 days ago); as text "11 days" would come
    // before "212 days" and "None logged" last.
    table->sortByColumn(DashboardModel::LastMeetingColumn, Qt::AscendingOrder);
    names = f.scholars();
    CHECK(names.at(2) == "Dev Quinn");
    CHECK(names.at(3) == "Ann Archer");
    CHECK(f.cell(f.made.dev, DashboardModel::LastMeetingColumn).toString() == "212 days ago");

    // Next review: Dev's overdue one (due 2026-09-01) before Ann's (due
    // 2027-09-01), before Ben's next one (2029-01-01); text would put
    // "1 Jan 2029" first.
    table->sortByColumn(DashboardModel::ReviewColumn, Qt::AscendingOrder);
    names = f.scholars();
    CHECK(names.indexOf("Dev Quinn") < names.indexOf("Ann Archer"));
    CHECK(names.indexOf("Ann Archer") < names.indexOf("Ben Brook"));
}

TEST_CASE("The dashboard follows edits through the session", "[dashboard]") {
    Fixture f;
    f.page.show();
    mc::Compact ben = f.session->workspace().loadCompact(f.made.ben);
    ben.program = "R25";
    REQUIRE(f.session->saveCompactHeader(ben).isEmpty());
    // The reload is queued, so one edit's several signals cost one reload.
    REQUIRE(QTest::qWaitFor(
        [&] { return f.cell(f.made.ben, DashboardModel::ProgramColumn).toString() == "R25"; }));
    Fixture::choose(f.page.programFilter(), "R25");
    CHECK(f.scholars() == QStringList({"Ben Brook", "Dev Quinn"}));
    // Undo: back in KL2; the filter stays on R25 and the count follows.
    f.stack.undo();
    REQUIRE(QTest::qWaitFor([&] { return f.scholars() == QStringList({"Dev Quinn"}); }));
    CHECK(f.page.countLabel()->text() == "1 of 4 compacts");
}

TEST_CASE("The table shows first and the charts' measures follow its paint", "[dashboard]") {
    Fixture f;
    f.page.resize(1200, 800);
    f.page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.page));
    f.page.reload();
    CHECK(f.page.model()->rowCount() == 4);
    CHECK(f.page.shownMeasures().empty()); // not read until the table has painted
    REQUIRE(QTest::qWaitFor([&] { return !f.page.shownMeasures().empty(); }));
    const auto read = f.session->workspace().measureRows(mc::test::kDashboardToday);
    CHECK(f.page.shownMeasures().size() == read.size());
}

TEST_CASE("Export CSV writes the measures of the program and cohort chosen", "[dashboard]") {
    Fixture f;
    const QString out = QString::fromStdString(f.dir.file("measures.csv"));
    QString suggested;
    f.page.setSavePathChooser(
        [&](QWidget*, const QString&, const QString& proposal, const QString&) {
            suggested = proposal;
            return out;
        });
    Fixture::choose(f.page.programFilter(), "R25");
    // As `report --program R25`: the table's other filters do not narrow it.
    f.page.searchField()->setText("nobody");
    REQUIRE(f.page.exportCsvButton()->isEnabled());
    f.page.exportCsvButton()->click();
    CHECK(suggested.endsWith("measures.csv"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // The header and Dev's award years 1 to 3 (year 3 started 2027-09-01).
    REQUIRE(lines.size() == 4);
    for (int i = 1; i < lines.size(); ++i)
        CHECK(lines.at(i).contains("Dev Quinn"));
    CHECK_FALSE(lines.join('\n').contains("Ann Archer"));
    CHECK_THAT(f.page.outcomeLabel()->text().toStdString(), Catch::Contains("Exported"));

    // Cancelled: nothing written, nothing said.
    f.page.outcomeLabel()->clear();
    f.page.setSavePathChooser(
        [](QWidget*, const QString&, const QString&, const QString&) { return QString(); });
    f.page.exportCsvButton()->click();
    CHECK(f.page.outcomeLabel()->text().isEmpty());
}

TEST_CASE("Export report PDF writes the cohort report of the program chosen", "[dashboard]") {
    Fixture f;
    const QString out = QString::fromStdString(f.dir.file("report.pdf"));
    f.page.setSavePathChooser(
        [&](QWidget*, const QString&, const QString&, const QString&) { return out; });
    Fixture::choose(f.page.programFilter(), "KL2");
    REQUIRE(f.page.exportPdfButton()->isEnabled());
    f.page.exportPdfButton()->click();
    CHECK_THAT(f.page.outcomeLabel()->text().toStdString(),
               Catch::StartsWith("Exported the cohort report"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const std::string pdftotext = MC_PDFTOTEXT;
    if (pdftotext.empty() || pdftotext.ends_with("NOTFOUND"))
        return;
    QProcess process;
    process.start(QString::fromStdString(pdftotext), {out, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    CHECK(text.contains("Ann Archer"));
    CHECK_FALSE(text.contains("Dev Quinn")); // R25
}
