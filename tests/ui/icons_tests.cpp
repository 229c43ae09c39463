// The application's icons: every SVG in the resources loads and is drawn
// afresh at 200% (not a 16 px picture blown up), and every toolbar action
// has an icon and a tooltip that names its shortcut.

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/icons.h"
#include "ui/main_window.h"

#include <QAction>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QToolBar>
#include <catch2/catch.hpp>

namespace {

QImage rgba(const QPixmap& pixmap) {
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

TEST_CASE("Every icon in the resources loads and is drawn sharp at 200 percent", "[icons]") {
    // Qt's SVG plugins must be there, or every icon is empty.
    REQUIRE(QImageReader::supportedImageFormats().contains("svg"));
    const QStringList names = mc::ui::appIconNames();
    // The actions and page buttons need at least these.
    for (const char* needed :
         {"new-workspace", "open", "close", "new-compact", "export", "undo", "redo", "add", "edit",
          "delete", "move-up", "move-down", "preferences", "save-template"})
        CHECK(names.contains(QString::fromLatin1(needed)));
    REQUIRE(names.size() >= 14);

    for (const QString& name : names) {
        INFO("icon " << name.toStdString());
        const QIcon icon = mc::ui::appIcon(name.toLatin1().constData());
        REQUIRE_FALSE(icon.isNull());
        const QPixmap normal = icon.pixmap(QSize(16, 16), 1.0);
        const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
        REQUIRE_FALSE(normal.isNull());
        REQUIRE_FALSE(sharp.isNull());
        CHECK(normal.size() == QSize(16, 16));
        CHECK(sharp.size() == QSize(32, 32)); // device pixels
        CHECK(sharp.devicePixelRatio() == Approx(2.0));
        // Something is drawn at all.
        const QImage drawn = rgba(sharp);
        bool anyInk = false;
        for (int y = 0; y < drawn.height() && !anyInk; ++y)
            for (int x = 0; x < drawn.width() && !anyInk; ++x)
                anyInk = qAlpha(drawn.pixel(x, y)) > 0;
        CHECK(anyInk);
        // Drawn for 32 px, not the 16 px picture blown up.
        QPixmap small = normal;
        small.setDevicePixelRatio(1.0);
        const QImage blownUp =
            rgba(small.scaled(32, 32, Qt::IgnoreAspectRatio, Qt::FastTransformation));
        QImage sharpPixels = drawn;
        sharpPixels.setDevicePixelRatio(1.0);
        CHECK(sharpPixels != blownUp);
    }
}

TEST_CASE("Every toolbar action has an icon and a tooltip with its shortcut", "[icons]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    QToolBar* toolBar = window->toolBar();
    REQUIRE(toolBar);
    CHECK(toolBar->objectName() == QStringLiteral("mainToolBar"));
    const QList<QAction*> actions = toolBar->actions();
    REQUIRE(actions.size() >= 5);
    using Command = mc::ui::MainWindow::Command;
    for (const Command command :
         {Command::NewCompact, Command::Open, Command::ExportJson, Command::Undo, Command::Redo})
        CHECK(actions.contains(window->action(command)));
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        INFO("action " << action->text().toStdString());
        CHECK_FALSE(action->icon().isNull());
        REQUIRE_FALSE(action->shortcut().isEmpty());
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        CHECK(action->toolTip().contains(key));
        CHECK(action->toolTip().size() > key.size() + 3); // it says what it does, too
    }
    // The View menu shows and hides the toolbar.
    QAction* toggle = toolBar->toggleViewAction();
    bool inViewMenu = false;
    for (QAction* menu : window->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(toggle))
            inViewMenu = true;
    CHECK(inViewMenu);
    window->show();
    toggle->trigger();
    CHECK(toolBar->isHidden());
    toggle->trigger();
    CHECK_FALSE(toolBar->isHidden());
}

TEST_CASE("The undo tooltip follows what there is to undo", "[icons]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    const std::string file = dir.file("w.compact");
    mc::Workspace::create(file, "W").addCompact(mc::test::sampleCompact());
    REQUIRE(window->openWorkspace(QString::fromStdString(file)));
    QAction* undo = window->action(mc::ui::MainWindow::Command::Undo);
    const QString key = undo->shortcut().toString(QKeySequence::NativeText);
    window->deleteCurrentCompact();
    CHECK(undo->toolTip().contains(QStringLiteral("Delete compact")));
    CHECK(undo->toolTip().contains(key));
}
