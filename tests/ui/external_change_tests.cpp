// Two programs on one file (issue 8): what another program (here another
// connection, as the command line would be) commits shows in the window by
// itself, through the session's polling, without any action in the window.

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "ui/compact_list_panel.h"
#include "ui/main_window.h"
#include "ui/workspace_session.h"

#include <QElapsedTimer>
#include <QTest>
#include <catch2/catch.hpp>

TEST_CASE("Another program's new compact appears in the window by itself", "[ui][session]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    const QString path = desktop.makeDemo();
    REQUIRE(window->openWorkspace(path));
    // Polled often enough that a change shows within a second.
    CHECK(window->session()->pollInterval() <= 500);
    const int before = window->listPanel()->totalCount();
    {
        mc::Workspace other = mc::Workspace::open(path.toStdString());
        other.addCompact(mc::test::sampleCompact("Dr. Other Program"));
    }
    QElapsedTimer shown;
    shown.start();
    // No call into the window or the session: only its timer and the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(window->listPanel()->totalCount() == before + 1, 5000);
    INFO("shown after " << shown.elapsed() << " ms");
    CHECK(desktop.errors.isEmpty());
}
