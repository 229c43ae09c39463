// The Expectations page at the window's usual size: the clause column takes
// the room, rows are as tall as their clause needs up to three lines, and a
// longer clause is cut short with the whole of it in the tooltip.

#include "core/ids.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/expectations_model.h"
#include "ui/expectations_page.h"
#include "ui/workspace_session.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::Domain;
using mc::Expectation;
using mc::ui::ExpectationsModel;

TEST_CASE("Clauses take the width and rows stay no taller than three lines", "[expectations]") {
    mc::test::TempDir dir;
    QUndoStack stack;
    mc::Compact compact = mc::test::sampleCompact();
    const std::string longText =
        "Rebecca arranges hands-on sessions with the lab's data engineer so that Amara can run "
        "the health-record extraction pipeline herself within six months, and both review "
        "what she built at the end of each quarter, with notes on what to learn next, which "
        "courses would help, and who else in the department could teach the harder parts.";
    Expectation shortClause;
    shortClause.id = mc::newUuid();
    shortClause.domain = Domain::Research;
    shortClause.topic = "research.technical_skills";
    shortClause.text = "Weekly code review.";
    Expectation longClause = shortClause;
    longClause.id = mc::newUuid();
    longClause.text = longText;
    compact.expectations = {shortClause, longClause};
    mc::Workspace workspace = mc::Workspace::create(dir.file("w.compact"), "T");
    const std::string id = workspace.addCompact(compact).id;
    mc::ui::WorkspaceSession session(std::move(workspace), stack);

    // The page's share of a 1100 px window beside the list of compacts.
    mc::ui::ExpectationsPage page;
    page.setSession(&session, {});
    page.resize(780, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showCompact(session.workspace().loadCompact(id), mc::Date(2026, 11, 23), false);
    QApplication::processEvents();

    QTreeView* tree = page.clauseTree();
    QHeaderView* header = tree->header();
    CHECK(header->sectionResizeMode(ExpectationsModel::TextColumn) == QHeaderView::Stretch);
    const int textWidth = tree->columnWidth(ExpectationsModel::TextColumn);
    const int others = tree->columnWidth(ExpectationsModel::DirectionColumn) +
                       tree->columnWidth(ExpectationsModel::OriginColumn) +
                       tree->columnWidth(ExpectationsModel::StateColumn);
    INFO("text column " << textWidth << " px, the others " << others << " px");
    CHECK(textWidth >= others);
    CHECK(textWidth >= 260);

    const QModelIndex shortRow = page.model()->indexOfClause(shortClause.id);
    const QModelIndex longRow = page.model()->indexOfClause(longClause.id);
    REQUIRE(shortRow.isValid());
    REQUIRE(longRow.isValid());
    const int line = QFontMetrics(tree->font()).lineSpacing();
    const int shortHeight = tree->visualRect(shortRow).height();
    const int longHeight = tree->visualRect(longRow).height();
    INFO("line " << line << " px, short row " << shortHeight << " px, long row " << longHeight);
    CHECK(shortHeight < 2 * line);
    CHECK(longHeight > shortHeight);
    CHECK(longHeight <= shortHeight + 2 * line + 2);
    // The whole clause is in the tooltip.
    CHECK(longRow.data(Qt::ToolTipRole).toString().contains(QStringLiteral("harder parts")));

    // Wider, and the long clause needs fewer lines.
    page.resize(1400, 640);
    QApplication::processEvents();
    CHECK(tree->columnWidth(ExpectationsModel::TextColumn) > textWidth);
    CHECK(tree->visualRect(page.model()->indexOfClause(longClause.id)).height() <= longHeight);
}
