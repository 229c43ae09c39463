#include "core/demo.h"
#include "core/error.h"
#include "core/workspace.h"
#include "support/temp_dir.h"
#include "ui/compact_list_model.h"
#include "ui/main_window.h"
#include "ui/overview_page.h"
#include "ui/start_page.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringList>
#include <catch2/catch.hpp>

using mc::ui::CompactListModel;
using mc::ui::MainWindow;

namespace {

const mc::Date kToday(2026, 11, 23);

// Services that never block: errors are collected, dialogs answer at once.
mc::ui::DesktopServices testServices(QStringList& errors) {
    mc::ui::DesktopServices services;
    services.reportError = [&errors](QWidget*, const QString& message) {
        errors << message;
    };
    services.today = [] {
        return kToday;
    };
    return services;
}

QString makeDemo(const mc::test::TempDir& dir, const std::string& name = "demo.compact") {
    const std::string path = dir.file(name);
    mc::createDemoWorkspace(path, kToday);
    return QString::fromStdString(path);
}

QStringList labelTexts(const QWidget* page, const QString& objectName) {
    QStringList texts;
    for (const QLabel* label : page->findChildren<QLabel*>(objectName))
        texts << label->text();
    return texts;
}

int rowOfScholar(const CompactListModel& model, const std::string& scholar) {
    for (std::size_t row = 0; row < model.entries().size(); ++row)
        if (model.entries()[row].scholar == scholar)
            return static_cast<int>(row);
    return -1;
}

} // namespace

TEST_CASE("The compact list model passes the item model tester", "[ui]") {
    mc::test::TempDir dir;
    const mc::Workspace workspace = mc::Workspace::open(makeDemo(dir).toStdString());

    CompactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(workspace.listCompacts());
    REQUIRE(model.rowCount() == 2);

    const int amara = rowOfScholar(model, "Dr. Amara Okafor");
    REQUIRE(amara >= 0);
    const QModelIndex index = model.index(amara);
    CHECK(index.data().toString() ==
          QStringLiteral("Dr. Amara Okafor — Clinical and Translational Science KL2"));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    CHECK(toolTip.contains(QStringLiteral("Dr. Rebecca Hale")));
    CHECK(toolTip.contains(QStringLiteral("Dr. Tomás Herrera")));
    CHECK(toolTip.contains(QStringLiteral("Signed")));
    CHECK(index.data(CompactListModel::CompactIdRole).toString().toStdString() ==
          model.entries()[static_cast<std::size_t>(amara)].id);

    model.setEntries({});
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.index(0).isValid());
}

TEST_CASE("The compact list escapes user text in tooltips", "[ui]") {
    mc::CompactListEntry entry;
    entry.id = "c1";
    entry.title = "<i>Title</i>";
    entry.scholar = "<b>Eve</b>";
    entry.program = "P & Q";
    entry.mentors = {"Ann <Lee>"};
    entry.start = mc::Date(2026, 1, 1);
    entry.end = mc::Date(2029, 1, 1);
    CompactListModel model;
    model.setEntries({entry});

    const QModelIndex index = model.index(0);
    CHECK(index.data().toString() == QStringLiteral("<b>Eve</b> — P & Q"));
    const QString toolTip = index.data(Qt::ToolTipRole).toString();
    CHECK(toolTip.contains(QStringLiteral("Ann &lt;Lee&gt;")));
    CHECK(toolTip.contains(QStringLiteral("&lt;i&gt;Title&lt;/i&gt;")));
    CHECK_FALSE(toolTip.contains(QStringLiteral("<Lee>")));
}

TEST_CASE("The main window starts on the start page", "[ui]") {
    QStringList errors;
    MainWindow window(testServices(errors));
    CHECK(window.isShowingStartPage());
    CHECK_FALSE(window.hasWorkspace());
    CHECK(window.windowTitle() == QStringLiteral("Mentoring Compact"));
    CHECK(errors.isEmpty());
}

TEST_CASE("The main window opens a workspace with one row per compact", "[ui]") {
    mc::test::TempDir dir;
    const QString path = makeDemo(dir);
    QStringList errors;
    MainWindow window(testServices(errors));

    REQUIRE(window.openWorkspace(path));
    CHECK(errors.isEmpty());
    CHECK_FALSE(window.isShowingStartPage());
    CHECK(window.compactListModel()->rowCount() ==
          static_cast<int>(mc::Workspace::open(path.toStdString()).listCompacts().size()));
    CHECK(window.compactListModel()->rowCount() == 2);
    CHECK(window.windowTitle() == QStringLiteral("Demo workspace — Mentoring Compact"));
    CHECK(window.saveStateLabel()->text() == QStringLiteral("All changes saved"));
    // The first compact is shown at once.
    CHECK_FALSE(window.overviewPage()->compactId().empty());
}

TEST_CASE("Selecting a compact shows its scholar on the overview page", "[ui]") {
    mc::test::TempDir dir;
    QStringList errors;
    MainWindow window(testServices(errors));
    REQUIRE(window.openWorkspace(makeDemo(dir)));

    for (const std::string scholar : {"Dr. Lucas Ferreira", "Dr. Amara Okafor"}) {
        const int row = rowOfScholar(*window.compactListModel(), scholar);
        REQUIRE(row >= 0);
        window.compactList()->setCurrentIndex(window.compactListModel()->index(row));
        const QStringList names = labelTexts(window.overviewPage(), QStringLiteral("personName"));
        INFO(names.join(QStringLiteral(", ")).toStdString());
        CHECK(names.contains(QString::fromStdString(scholar)));
    }
    const QStringList duties =
        labelTexts(window.overviewPage(), QStringLiteral("personResponsibilities"));
    CHECK(duties.filter(QStringLiteral("Biostatistics methods")).size() == 1);
    CHECK(errors.isEmpty());
}

TEST_CASE("Opening a file that is not a workspace reports an error", "[ui]") {
    mc::test::TempDir dir;
    const std::string notes = dir.file("notes.compact");
    mc::test::writeFile(notes, "Meeting notes, not a database.\n");
    QStringList errors;
    MainWindow window(testServices(errors));

    CHECK_FALSE(window.openWorkspace(QString::fromStdString(notes)));
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().contains(QStringLiteral("notes.compact")));
    CHECK(window.isShowingStartPage());
    CHECK_FALSE(window.hasWorkspace());

    SECTION("and keeps the workspace that was open") {
        const QString demo = makeDemo(dir);
        REQUIRE(window.openWorkspace(demo));
        CHECK_FALSE(window.openWorkspace(QString::fromStdString(dir.file("missing.compact"))));
        CHECK(errors.size() == 2);
        REQUIRE(window.hasWorkspace());
        CHECK(window.workspace()->path() == demo.toStdString());
        CHECK(window.compactListModel()->rowCount() == 2);
    }
}

TEST_CASE("The start page opens the demo and creates new workspaces", "[ui]") {
    mc::test::TempDir dir;
    QStringList errors;
    mc::ui::DesktopServices services = testServices(errors);
    services.createDemoWorkspace = [&dir] {
        return makeDemo(dir, "from-button.compact");
    };
    const QString newPath = QString::fromStdString(dir.file("cohort-2026.compact"));
    services.chooseNewWorkspacePath = [&newPath](QWidget*) {
        return newPath;
    };
    services.chooseWorkspaceToOpen = [](QWidget*) {
        return QString();
    }; // cancelled
    MainWindow window(std::move(services));

    window.startPage()->openButton()->click();
    CHECK(window.isShowingStartPage());

    window.startPage()->demoButton()->click();
    REQUIRE(window.hasWorkspace());
    CHECK(window.compactListModel()->rowCount() == 2);

    window.closeWorkspace();
    CHECK(window.isShowingStartPage());
    CHECK(window.windowTitle() == QStringLiteral("Mentoring Compact"));
    CHECK(window.compactListModel()->rowCount() == 0);

    window.startPage()->newButton()->click();
    REQUIRE(window.hasWorkspace());
    CHECK(window.workspace()->path() == newPath.toStdString());
    CHECK(window.compactListModel()->rowCount() == 0);
    CHECK(window.windowTitle() == QStringLiteral("cohort-2026 — Mentoring Compact"));
    CHECK(errors.isEmpty());
}

TEST_CASE("A workspace opened read-only says so in the status bar", "[ui]") {
    mc::test::TempDir dir;
    QStringList errors;
    MainWindow window(testServices(errors));
    REQUIRE(window.openWorkspace(makeDemo(dir), mc::OpenMode::ReadOnly));
    CHECK(window.saveStateLabel()->text() == QStringLiteral("Read-only"));
}

TEST_CASE("The overview page shows user text as plain text", "[ui]") {
    mc::Compact compact = mc::makeDemoCompact(kToday);
    compact.title = "<h1>Big</h1>";
    compact.people.front().name = "<b>Amara</b> & co";
    mc::ui::OverviewPage page;
    page.showCompact(compact, kToday);

    bool foundName = false;
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("<b>Amara</b> & co")) {
            foundName = true;
            CHECK(label->textFormat() == Qt::PlainText);
        }
    }
    CHECK(foundName);
    const auto* title = page.findChild<QLabel*>(QStringLiteral("overviewTitle"));
    REQUIRE(title != nullptr);
    CHECK(title->text() == QStringLiteral("<h1>Big</h1>"));
    CHECK(title->textFormat() == Qt::PlainText);
}

TEST_CASE("The overview page shows the award year and the meeting plan", "[ui]") {
    mc::ui::OverviewPage page;
    page.showCompact(mc::makeDemoCompact(kToday), kToday);
    QStringList texts;
    for (const QLabel* label : page.findChildren<QLabel*>())
        texts << label->text();
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("(award year 2 of 3)")).size() == 1);
    CHECK(texts.filter(QStringLiteral("Every two weeks on ")).size() == 1);
    CHECK(texts.filter(QStringLiteral(", 60 minutes")).size() == 1);
    CHECK(texts.contains(QStringLiteral("12 (5 achieved, 1 missed, 1 overdue)")));
}
