// The workspace list says which compacts have a yearly review overdue
// (issue 6): red text, a role for filters, and the next or overdue review
// in the tooltip, counted from the signed reviews the store lists.

#include "core/demo.h"
#include "core/workspace.h"
#include "support/temp_dir.h"
#include "ui/compact_list_model.h"

#include <catch2/catch.hpp>

using namespace mc;
using boost::gregorian::date;

namespace {

CompactListEntry entry(const Date& start, std::vector<int> signedYears) {
    CompactListEntry e;
    e.id = "c";
    e.title = "A compact";
    e.scholar = "Ann";
    e.start = start;
    e.end = anniversary(start, 3) - boost::gregorian::days(1);
    e.signedReviewYears = std::move(signedYears);
    return e;
}

} // namespace

TEST_CASE("The compact list marks an overdue yearly review", "[reviews][list]") {
    ui::CompactListModel model;
    model.setToday(date(2026, 12, 5));
    model.setEntries(
        {entry(date(2025, 9, 1), {}), entry(date(2025, 9, 1), {1}), entry(date(2026, 9, 1), {})});
    const auto overdue = [&](int row) {
        return model.index(row).data(ui::CompactListModel::ReviewOverdueRole).toBool();
    };
    CHECK(overdue(0));
    CHECK_FALSE(overdue(1)); // year 1's review is signed
    CHECK_FALSE(overdue(2)); // its first year has not ended
    CHECK(model.index(0).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(1).data(Qt::ForegroundRole).isValid());
    CHECK_THAT(model.index(0).data(Qt::ToolTipRole).toString().toStdString(),
               Catch::Contains("Review overdue: year 1 was due"));
    CHECK_THAT(model.index(1).data(Qt::ToolTipRole).toString().toStdString(),
               Catch::Contains("Next review:") && Catch::Contains("(year 2)"));
}

TEST_CASE("The store lists the signed review years the list counts from", "[reviews][list]") {
    test::TempDir dir;
    const Date today = todayLocal();
    createDemoWorkspace(dir.file("demo.compact"), today);
    Workspace ws = Workspace::open(dir.file("demo.compact"));
    ui::CompactListModel model;
    model.setToday(today);
    model.setEntries(ws.listCompacts());
    const int team = model.rowOf(ws.listCompacts().at(0).id);
    // The demo's team compact has its first review in progress, not signed.
    CHECK(ws.listCompacts().at(0).signedReviewYears.empty());
    CHECK(model.index(team).data(ui::CompactListModel::ReviewOverdueRole).toBool());
}
