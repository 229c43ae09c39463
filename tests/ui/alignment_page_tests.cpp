// The Alignment page and its models, driven without a main window: two
// submitted worksheets with a disagreement, the sorted gap list, the heat
// map, and an agreed clause that lands in the compact and is undone.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/alignment_models.h"
#include "ui/alignment_page.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using mc::AlignmentLevel;
using mc::ui::AlignmentPage;
using mc::ui::GapListModel;
using mc::ui::HeatMapModel;
using mc::ui::WorkspaceSession;

namespace {

const mc::Date kToday(2026, 11, 23);
const std::string kCredit = "research.independence_credit";
const std::string kProductivity = "research.productivity";

struct PageFixture {
    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<WorkspaceSession> session;
    mc::Compact compact;
    std::string scholar, mentor;
    QStringList refusals;
    QString savePath;
    AlignmentPage page;

    PageFixture() {
        mc::Workspace workspace = mc::Workspace::create(dir.file("test.compact"), "T");
        compact = workspace.addCompact(mc::test::sampleCompact());
        scholar = compact.people[0].id;
        mentor = compact.people[1].id;
        session = std::make_unique<WorkspaceSession>(std::move(workspace), stack);
        page.setSession(session.get(),
                        [this](QWidget*, const QString& message) { refusals << message; });
        mc::ui::PageDialogs dialogs;
        dialogs.chooseSavePath = [this](QWidget*, const QString&, const QString&, const QString&) {
            return savePath;
        };
        dialogs.inform = [](QWidget*, const QString&) {
        };
        page.setDialogs(dialogs);
        QObject::connect(session.get(), &WorkspaceSession::compactChanged, &page,
                         [this] { refresh(); });
        refresh();
    }

    void refresh() { page.showCompact(stored(), kToday, false); }
    mc::Compact stored() const { return session->workspace().loadCompact(compact.id); }

    void answer(const std::string& person, const std::string& topic, int responsibility,
                int importance, const std::string& text) {
        REQUIRE(session->openWorksheet(compact.id, person).isEmpty());
        for (const mc::Worksheet& w : session->workspace().worksheetsVisibleTo(compact.id, person))
            if (w.personId == person) {
                mc::WorksheetAnswer a = *w.findTopic(topic);
                a.responsibility = responsibility;
                a.importance = importance;
                a.text = text;
                REQUIRE(session->saveWorksheetAnswer(compact.id, person, a).isEmpty());
            }
    }

    // The scholar thinks authorship is mostly theirs and essential; the
    // mentor thinks it is mostly the mentor's and of middling importance.
    // Both agree on productivity. The scholar alone raises parental leave.
    void disagree() {
        answer(scholar, kCredit, 5, 5, "I decide the <b>order</b> of authors on my papers.");
        answer(mentor, kCredit, 1, 3, "Authorship follows the lab's policy.");
        answer(scholar, kProductivity, 3, 4, "Two papers a year.");
        answer(mentor, kProductivity, 3, 4, "Two papers a year, one first-author.");
        std::string ownId;
        REQUIRE(session
                    ->addOwnTopic(compact.id, scholar, mc::Domain::ProfessionalDevelopment,
                                  "Parental leave", &ownId)
                    .isEmpty());
        answer(scholar, "custom.parental_leave", 3, 5, "Plans that survive six months away.");
        REQUIRE(session->submitWorksheet(compact.id, scholar).isEmpty());
        REQUIRE(session->submitWorksheet(compact.id, mentor).isEmpty());
    }
};

} // namespace

TEST_CASE("With fewer than two submitted the page only says who has submitted",
          "[alignment-page]") {
    PageFixture f;
    CHECK_FALSE(f.page.isComparing());
    CHECK(f.page.explanationLabel()->isVisibleTo(&f.page));
    CHECK_FALSE(f.page.heatMap()->isVisibleTo(&f.page));
    CHECK(f.page.explanationLabel()->text().contains(QStringLiteral("Submitted: nobody yet")));

    f.answer(f.scholar, kCredit, 5, 5, "HIDDEN-WORDS");
    REQUIRE(f.session->submitWorksheet(f.compact.id, f.scholar).isEmpty());
    f.answer(f.mentor, kCredit, 1, 3, "MENTOR-DRAFT");
    const QString text = f.page.explanationLabel()->text();
    CHECK(text.contains(QStringLiteral("Submitted: Dr. Lena Ortiz (on ")));
    CHECK(text.contains(QStringLiteral("Not submitted yet: Prof. Sam Reyes, Dr. Kim Baker")));
    CHECK_FALSE(text.contains(QStringLiteral("MENTOR-DRAFT")));
    CHECK_FALSE(f.page.isComparing());
    CHECK(f.page.gapListModel()->rowCount() == 0);
}

TEST_CASE("Two submitted worksheets show the largest gap first and a heat map row per domain",
          "[alignment-page]") {
    PageFixture f;
    f.disagree();
    REQUIRE(f.page.isComparing());
    CHECK_FALSE(f.page.explanationLabel()->isVisibleTo(&f.page));
    CHECK(f.page.heatMap()->isVisibleTo(&f.page));

    const GapListModel& gaps = *f.page.gapListModel();
    REQUIRE(gaps.rowCount() >= 3);
    CHECK(gaps.topicAt(0)->topic == kCredit); // responsibility 4 apart: the largest gap
    CHECK(gaps.index(0, GapListModel::ResponsibilityGapColumn).data().toInt() == 4);
    CHECK(gaps.index(0, GapListModel::LevelColumn).data().toString() ==
          QStringLiteral("Major gap"));
    for (int row = 1; row < gaps.rowCount(); ++row) {
        const mc::TopicScore& before = gaps.topicAt(row - 1)->score;
        const mc::TopicScore& after = gaps.topicAt(row)->score;
        INFO("row " << row);
        CHECK((before.level > after.level ||
               (before.level == after.level && before.totalGap() >= after.totalGap())));
    }
    const int leave = gaps.rowOfTopic("custom.parental_leave");
    REQUIRE(leave >= 0);
    CHECK(gaps.index(leave, GapListModel::OneSidedColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Yes")));
    CHECK(gaps.topicAt(gaps.rowCount() - 1)->score.level == AlignmentLevel::Aligned);

    const HeatMapModel& heat = *f.page.heatMapModel();
    CHECK(heat.rowCount() == 6);
    CHECK(heat.columnCount() == HeatMapModel::FirstPersonColumn + 2);
    CHECK(heat.headerData(0, Qt::Vertical).toString() == QStringLiteral("Research"));
    const QModelIndex research = heat.index(0, HeatMapModel::SummaryColumn);
    CHECK(research.data().toString() == QStringLiteral("Major gap"));
    const QModelIndex scholarCell = heat.index(0, HeatMapModel::FirstPersonColumn);
    CHECK(scholarCell.data(Qt::BackgroundRole).isValid());
    const QString spoken = scholarCell.data(Qt::AccessibleTextRole).toString();
    CHECK(spoken.startsWith(QStringLiteral("Dr. Lena Ortiz in Research: ")));
    CHECK((spoken.endsWith(QStringLiteral("aligned")) || spoken.endsWith(QStringLiteral("gap"))));
    CHECK(scholarCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("apart")));
}

TEST_CASE("An agreed clause written from a gap is added with its links and undone",
          "[alignment-page]") {
    PageFixture f;
    f.disagree();
    f.page.selectTopic(kCredit);
    REQUIRE(f.page.selectedTopic() == kCredit);
    REQUIRE(f.page.wordViews().size() == 2);
    // Each side's words, side by side, as plain text: markup stays as typed.
    CHECK(f.page.wordViews()[0]->toPlainText() ==
          QStringLiteral("I decide the <b>order</b> of authors on my papers."));
    CHECK(f.page.wordViews()[0]->isReadOnly());
    CHECK(f.page.wordViews()[1]->toPlainText() ==
          QStringLiteral("Authorship follows the lab's policy."));
    CHECK_FALSE(f.page.addClauseButton()->isEnabled()); // nothing written yet

    const QString agreed =
        QStringLiteral("Amara leads the papers from her own project and proposes the author "
                       "order; we settle it together before drafting starts.");
    f.page.clauseEdit()->setFocus();
    QTest::keyClicks(f.page.clauseEdit(), agreed);
    mc::ui::selectData(f.page.directionCombo(), static_cast<int>(mc::Direction::Mutual));
    REQUIRE(f.page.addClauseButton()->isEnabled());
    QTest::mouseClick(f.page.addClauseButton(), Qt::LeftButton);
    REQUIRE(f.refusals.isEmpty());

    const mc::Expectation* added = nullptr;
    const mc::Compact after = f.stored();
    for (const mc::Expectation& e : after.expectations)
        if (e.text == mc::ui::toStdString(agreed))
            added = &e;
    REQUIRE(added != nullptr);
    CHECK(added->origin == mc::Origin::Negotiated);
    CHECK(added->state == mc::ExpectationState::Agreed);
    CHECK(added->topic == kCredit);
    CHECK(added->domain == mc::Domain::Research);
    const auto sources = f.session->workspace().expectationSources(added->id);
    CHECK(sources.size() == 2);
    const std::string addedId = added->id;
    CHECK(f.page.clauseEdit()->toPlainText().isEmpty());

    f.stack.undo();
    for (const mc::Expectation& e : f.stored().expectations)
        CHECK(e.id != addedId);
    CHECK(f.session->workspace().expectationSources(addedId).empty());
    f.stack.redo();
    CHECK(f.session->workspace().expectationSources(addedId).size() == 2);
}

TEST_CASE("The alignment summary is exported as CSV and JSON", "[alignment-page]") {
    PageFixture f;
    f.disagree();
    f.savePath = QString::fromStdString(f.dir.file("alignment.csv"));
    QTest::mouseClick(f.page.exportButton(), Qt::LeftButton);
    REQUIRE(f.refusals.isEmpty());
    const std::string csv = mc::test::readFile(f.dir.file("alignment.csv"));
    CHECK(csv.rfind("compact_id,domain,topic,level", 0) == 0);
    CHECK(csv.find(kCredit) != std::string::npos);

    f.savePath = QString::fromStdString(f.dir.file("alignment.json"));
    QTest::mouseClick(f.page.exportButton(), Qt::LeftButton);
    REQUIRE(f.refusals.isEmpty());
    CHECK(mc::test::readFile(f.dir.file("alignment.json")).find("\"major_gap\"") !=
          std::string::npos);
}

TEST_CASE("The heat map and gap list models pass the model tester", "[alignment-page]") {
    PageFixture f;
    f.disagree();
    const mc::AlignmentReport report = f.session->workspace().alignment(f.compact.id);
    HeatMapModel heat;
    GapListModel gaps;
    QAbstractItemModelTester heatTester(&heat,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester gapTester(&gaps,
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    heat.setReport(report);
    gaps.setReport(report);
    CHECK(heat.rowCount() == 6);
    CHECK(gaps.rowCount() == static_cast<int>(report.topics.size()));
    CHECK(mc::ui::levelForDistance(0.4) == AlignmentLevel::Aligned);
    CHECK(mc::ui::levelForDistance(2.0) == AlignmentLevel::MinorGap);
    CHECK(mc::ui::levelForDistance(3.6) == AlignmentLevel::MajorGap);
    heat.clear();
    gaps.clear();
    CHECK(heat.rowCount() == 0);
    CHECK(gaps.rowCount() == 0);
}
