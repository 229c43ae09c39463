// A dark palette (issue 9): the colours that carry meaning (overdue, errors,
// the heat map, signatures) still read, and the dashboard's charts turn dark.
// Also the hidden test that writes docs/screenshots/dark.png.

#include "core/error.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/compact_list_model.h"
#include "ui/compact_view.h"
#include "ui/dashboard_page.h"
#include "ui/field_problems.h"
#include "ui/icons.h"
#include "ui/main_window.h"
#include "ui/theme_colors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using mc::ui::contrastRatio;

namespace {

// Fusion's usual dark palette, as a dark desktop gives it.
QPalette darkPalette() {
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// The application's palette is dark while this lives.
struct DarkPalette {
    QPalette saved = QApplication::palette();
    DarkPalette() { QApplication::setPalette(darkPalette()); }
    ~DarkPalette() { QApplication::setPalette(saved); }
};

// Every cell of the view whose model gives a text colour: that colour on the
// cell's background (its own, or the view's base). Returns the worst ratio
// and counts the coloured cells.
double worstContrast(const QAbstractItemView* view, int* coloured) {
    double worst = 21.0;
    const QAbstractItemModel* model = view->model();
    if (!model)
        return worst;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QVariant fore = index.data(Qt::ForegroundRole);
            if (!fore.isValid())
                continue;
            const QColor text =
                fore.canConvert<QBrush>() ? fore.value<QBrush>().color() : fore.value<QColor>();
            const QVariant back = index.data(Qt::BackgroundRole);
            const QColor ground = back.isValid() ? back.value<QBrush>().color()
                                                 : view->palette().color(QPalette::Base);
            ++*coloured;
            worst = std::min(worst, contrastRatio(text, ground));
        }
    return worst;
}

struct DarkDemo {
    DarkPalette dark;
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop{dir};
    std::unique_ptr<mc::ui::MainWindow> window = desktop.makeWindow();

    DarkDemo() {
        REQUIRE(window->openWorkspace(desktop.makeDemo()));
        window->resize(1400, 900);
        window->show();
        QTest::qWait(20);
    }
};

} // namespace

TEST_CASE("The colours that carry meaning read on a dark palette", "[a11y][dark]") {
    DarkDemo demo;
    REQUIRE(mc::ui::isDarkPalette(demo.window->palette()));

    SECTION("the list's overdue review") {
        const auto* model = demo.window->compactListModel();
        int overdue = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!index.data(mc::ui::CompactListModel::ReviewOverdueRole).toBool())
                continue;
            ++overdue;
            const QColor text = index.data(Qt::ForegroundRole).value<QColor>();
            const QColor base = demo.window->compactList()->palette().color(QPalette::Base);
            CHECK(contrastRatio(text, base) >= 3.0);
        }
        CHECK(overdue > 0);
    }
    SECTION("every coloured cell of every page") {
        mc::ui::CompactView* view = demo.window->compactView();
        int coloured = 0;
        for (int page = 0; page < view->tabs()->count(); ++page) {
            view->setCurrentPage(page);
            QTest::qWait(5);
            for (const auto* table :
                 view->tabs()->currentWidget()->findChildren<QAbstractItemView*>()) {
                INFO("page " << view->tabs()->tabText(page).toStdString() << ", "
                             << table->objectName().toStdString());
                CHECK(worstContrast(table, &coloured) >= 3.0);
            }
        }
        CHECK(coloured > 0); // the heat map at least
    }
    SECTION("a field's problems") {
        QWidget parent;
        QLabel* label = mc::ui::problemLabel(&parent, QStringLiteral("problem"));
        QLineEdit field(&parent);
        for (const auto severity : {mc::Severity::Error, mc::Severity::Warning}) {
            mc::ui::showProblems(label, &field, {{severity, "title", "is empty"}}, {"title"});
            CHECK(contrastRatio(label->palette().color(QPalette::WindowText),
                                parent.palette().color(QPalette::Window)) >= 4.5);
        }
    }
    SECTION("the dashboard's charts") {
        demo.window->showDashboard(true);
        QTest::qWait(10);
        const auto charts = demo.window->dashboard()->findChildren<QChartView*>();
        REQUIRE_FALSE(charts.isEmpty());
        for (const QChartView* chart : charts)
            CHECK(chart->chart()->theme() == QChart::ChartThemeDark);
        const auto* table = demo.window->dashboard()->findChild<QAbstractItemView*>(
            QStringLiteral("dashboardTable"));
        REQUIRE(table);
        int coloured = 0;
        CHECK(worstContrast(table, &coloured) >= 3.0);
        CHECK(coloured > 0); // an overdue review, a late meeting
    }
}

// The lightest opaque pixel of the icon drawn at 24 pixels.
int lightestStroke(const QIcon& icon) {
    const QImage image = icon.pixmap(24, 24).toImage();
    int lightest = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200)
                lightest = std::max(lightest, c.lightness());
        }
    return lightest;
}

TEST_CASE("The icons' strokes turn light on a dark palette", "[a11y][dark]") {
    CHECK(lightestStroke(mc::ui::appIcon("undo")) < 150); // the grey stroke and the blue accent
    DarkPalette dark;
    const QIcon icon = mc::ui::appIcon("undo");
    CHECK(lightestStroke(icon) > 180);
    CHECK(icon.availableSizes().contains(QSize(48, 48))); // sharp at 200%
}

TEST_CASE("The same colours are the dark ones on a light palette", "[a11y][dark]") {
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    CHECK_FALSE(mc::ui::isDarkPalette(light));
    CHECK(mc::ui::isDarkPalette(darkPalette()));
    for (const QColor& c :
         {mc::ui::errorColor(light), mc::ui::warningColor(light), mc::ui::goodColor(light)})
        CHECK(contrastRatio(c, Qt::white) >= 4.5);
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(QColor(0xb3, 0x26, 0x1e), QColor(0x2a, 0x2a, 0x2a)) < 3.0);
}

// Writes docs/screenshots/dark.png when run by name with MC_SCREENSHOT_DIR set.
TEST_CASE("Screenshot of the main window with a dark palette", "[.][dark-screenshot]") {
    const QString out = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    DarkDemo demo;
    demo.window->resize(1280, 800);
    demo.window->compactView()->setCurrentPage(3); // Milestones: one overdue
    QTest::qWait(100);
    CHECK(demo.window->grab().save(out + QStringLiteral("/dark.png")));
    // MC_DARK_ALL=1: every page and the dashboard too, to look at, not kept.
    if (qEnvironmentVariableIsSet("MC_DARK_ALL")) {
        for (int page = 0; page < demo.window->compactView()->tabs()->count(); ++page) {
            demo.window->compactView()->setCurrentPage(page);
            QTest::qWait(50);
            demo.window->grab().save(out + QStringLiteral("/dark-%1.png").arg(page));
        }
        demo.window->showDashboard(true);
        QTest::qWait(100);
        demo.window->grab().save(out + QStringLiteral("/dark-dashboard.png"));
    }
}
