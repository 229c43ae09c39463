// The dashboard's charts (issue 7) get the right values for the small known
// workspace of dashboard_fixture.h (today 2027-12-01), worked out by hand:
//
// - award years started: Ann 1-2, Cara 1-3, Dev 1-3 (Ben's starts in 2028);
// - papers: Ann's two in year 1, one achieved, one missed; grant
//   submissions: Ann's in year 1 and Cara's in year 2, neither achieved;
//   Ann's promotion in year 2 (started, so counted as due); Dev's twelve
//   talks (other) in year 3;
// - goals are known for each compact's latest year only (no review is
//   signed): Ann's year 2 (2, one achieved), Cara's and Dev's year 3 (1 each);
// - Ann's year 1 review: satisfaction scholar 4, mentors 5 and 4 (4.5);
//   discussed scholar 3, mentors 4 and 2 (3).
//
// The charts follow the table's filters, and the timeline the row chosen.

#include "core/workspace.h"
#include "dashboard_fixture.h"
#include "support/temp_dir.h"
#include "ui/cohort_charts.h"
#include "ui/cohort_charts_achievement.h"
#include "ui/cohort_charts_alignment.h"
#include "ui/cohort_charts_goals.h"
#include "ui/cohort_charts_satisfaction.h"
#include "ui/dashboard_model.h"
#include "ui/dashboard_page.h"
#include "ui/milestone_timeline.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <QXYSeries>
#include <catch2/catch.hpp>
#include <memory>

namespace {

struct Fixture {
    Fixture() {
        made = mc::test::makeDashboardWorkspace(dir.file("charts.compact"));
        session = std::make_unique<mc::ui::WorkspaceSession>(mc::Workspace::open(made.path), stack);
        page.setSession(session.get(), [] { return mc::test::kDashboardToday; });
        page.reload();
        page.loadMeasures(); // the page is not shown: no table paint to wait for
    }
    mc::ui::CohortCharts* charts() const { return page.charts(); }

    mc::test::TempDir dir;
    mc::test::DashboardWorkspace made;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    mc::ui::DashboardPage page;
};

// The values of the bar set labelled `label` in `chart`.
std::vector<double> barValues(const QChart* chart, const QString& label) {
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (const QBarSet* set : bars->barSets())
                if (set->label() == label) {
                    std::vector<double> values;
                    for (int i = 0; i < set->count(); ++i)
                        values.push_back(set->at(i));
                    return values;
                }
    FAIL("no bar set " << label.toStdString());
    return {};
}

QStringList categories(const QChart* chart, Qt::Orientation orientation) {
    for (QAbstractAxis* axis : chart->axes(orientation))
        if (auto* names = qobject_cast<QBarCategoryAxis*>(axis))
            return names->categories();
    return {};
}

const QXYSeries* xySeries(const QChart* chart, const QString& name) {
    for (QAbstractSeries* series : chart->series())
        if (series->name() == name)
            if (auto* xy = qobject_cast<QXYSeries*>(series))
                return xy;
    FAIL("no series " << name.toStdString());
    return nullptr;
}

QDate dayOf(qreal msecs) {
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs)).date();
}

} // namespace

TEST_CASE("The achievement chart counts milestones achieved by kind and award year",
          "[dashboard][charts]") {
    Fixture f;
    const QChart* chart = f.charts()->achievement()->chart();
    CHECK(categories(chart, Qt::Horizontal) == QStringList({"Year 1", "Year 2", "Year 3"}));
    CHECK(barValues(chart, "Papers") == std::vector<double>{1, 0, 0});
    CHECK(barValues(chart, "Grant submissions") == std::vector<double>{0, 0, 0});
    CHECK(barValues(chart, "Other milestones") == std::vector<double>{0, 0, 0});
    const std::string note = f.charts()->achievement()->note()->text().toStdString();
    CHECK_THAT(note, Catch::Contains("Papers: 1 of 2 due achieved (1 missed)"));
    CHECK_THAT(note, Catch::Contains("Grant submissions: 0 of 2 due achieved (0 missed)"));
    CHECK_THAT(note, Catch::Contains("Other milestones: 0 of 12 due achieved"));
    // Ann's promotion is due in her year 2, which has started.
    CHECK_THAT(note, Catch::Contains("Promotion: 0 of 1 due achieved"));

    // The charts follow the table: Ann alone has years 1 and 2.
    f.page.searchField()->setText("Archer");
    CHECK(categories(chart, Qt::Horizontal) == QStringList({"Year 1", "Year 2"}));
    CHECK(barValues(chart, "Papers") == std::vector<double>{1, 0});
    CHECK_THAT(f.charts()->achievement()->note()->text().toStdString(),
               Catch::Contains("Grant submissions: 0 of 1 due"));
    // Nothing shown: no award year, said in words.
    f.page.searchField()->setText("nobody");
    CHECK(categories(chart, Qt::Horizontal).isEmpty());
    CHECK_THAT(f.charts()->achievement()->note()->text().toStdString(),
               Catch::Contains("No award year has started"));
}

TEST_CASE("The goals chart stacks goals achieved and not by award year", "[dashboard][charts]") {
    Fixture f;
    const QChart* chart = f.charts()->goals()->chart();
    CHECK(barValues(chart, "Achieved") == std::vector<double>{0, 1, 0});
    CHECK(barValues(chart, "Not achieved") == std::vector<double>{0, 1, 2});
    CHECK_THAT(f.charts()->goals()->note()->text().toStdString(),
               Catch::Contains("Goals achieved: 1 of 4 (25 %)"));
    // The program filter: R25 is Dev alone.
    const int r25 = f.page.programFilter()->findText("R25");
    REQUIRE(r25 > 0);
    f.page.programFilter()->setCurrentIndex(r25);
    CHECK(barValues(chart, "Achieved") == std::vector<double>{0, 0, 0});
    CHECK(barValues(chart, "Not achieved") == std::vector<double>{0, 0, 1});
}

TEST_CASE("The satisfaction chart gives both sides' means by award year", "[dashboard][charts]") {
    Fixture f;
    const QChart* chart = f.charts()->satisfaction()->chart();
    const auto points = [&](const QString& name) {
        return xySeries(chart, name)->points();
    };
    CHECK(points("Scholars") == QList<QPointF>({QPointF(1, 4)}));
    CHECK(points("Mentors") == QList<QPointF>({QPointF(1, 4.5)}));
    CHECK(points("Expectations discussed (scholars)") == QList<QPointF>({QPointF(1, 3)}));
    CHECK(points("Expectations discussed (mentors)") == QList<QPointF>({QPointF(1, 3)}));
    CHECK_THAT(f.charts()->satisfaction()->note()->text().toStdString(),
               Catch::Contains("Year 1: scholars 4.0 (one compact), mentors 4.5 (one compact)"));
    // The cohort filter: 2025 is Dev, who has no review.
    const int cohort = f.page.cohortFilter()->findText("2025");
    REQUIRE(cohort > 0);
    f.page.cohortFilter()->setCurrentIndex(cohort);
    CHECK(points("Scholars").isEmpty());
    CHECK(points("Mentors").isEmpty());
}

TEST_CASE("The alignment chart says when no worksheets were compared", "[dashboard][charts]") {
    Fixture f;
    const QChart* chart = f.charts()->alignment()->chart();
    CHECK(categories(chart, Qt::Vertical).size() == 6); // the six domains
    CHECK(barValues(chart, "Major gap") == std::vector<double>(6, 0));
    CHECK_THAT(f.charts()->alignment()->note()->text().toStdString(),
               Catch::Contains("two submitted worksheets"));
}

TEST_CASE("The milestone timeline shows the chosen scholar's milestones", "[dashboard][charts]") {
    Fixture f;
    mc::ui::MilestoneTimeline* timeline = f.charts()->timeline();
    REQUIRE(timeline->picker()->count() == 4);
    // Choosing Ann's row in the table shows her milestones.
    QTableView* table = f.page.table();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(mc::ui::DashboardModel::CompactIdRole) ==
            QString::fromStdString(f.made.ann))
            table->setCurrentIndex(table->model()->index(row, 0));
    REQUIRE(timeline->compactId() == f.made.ann);
    REQUIRE(timeline->milestones().size() == 4);
    const QChart* chart = timeline->chart();
    const QList<QPointF> achieved = xySeries(chart, "Achieved")->points();
    REQUIRE(achieved.size() == 1);
    CHECK(dayOf(achieved.at(0).x()) == QDate(2027, 2, 1)); // the day it was done
    const QList<QPointF> missed = xySeries(chart, "Missed")->points();
    REQUIRE(missed.size() == 1);
    CHECK(dayOf(missed.at(0).x()) == QDate(2027, 3, 1));
    const QList<QPointF> planned = xySeries(chart, "Planned")->points();
    REQUIRE(planned.size() == 2);
    CHECK(dayOf(planned.at(0).x()) == QDate(2027, 6, 1));
    CHECK(dayOf(planned.at(1).x()) == QDate(2028, 6, 1));
    // One line each, the first milestone on top.
    CHECK(achieved.at(0).y() == 3);
    CHECK(planned.at(1).y() == 0);
    CHECK(xySeries(chart, "Moved from")->points().isEmpty());
    CHECK_THAT(timeline->note()->text().toStdString(),
               Catch::Contains("4 milestones: 1 achieved, 1 missed, 0 moved"));

    // Picking Dev in the picker: twelve planned talks.
    const int dev = timeline->picker()->findData(QString::fromStdString(f.made.dev));
    REQUIRE(dev >= 0);
    timeline->picker()->setCurrentIndex(dev);
    CHECK(xySeries(timeline->chart(), "Planned")->points().size() == 12);
    CHECK(xySeries(timeline->chart(), "Achieved")->points().isEmpty());
}
