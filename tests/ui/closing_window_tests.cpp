// Close and archive in the window (issue 7): the dialog's answer is stored,
// the compact leaves the working list, shows again under "All, archived
// too", can be reopened, and undo takes each step back. The dialog itself
// refuses a day before the start or after today.

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "ui/close_compact_dialog.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/main_window.h"
#include "ui/qt_helpers.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <catch2/catch.hpp>

using mc::ui::MainWindow;

namespace {

mc::CompactStatus storedStatus(MainWindow& window, const QString& id) {
    return window.workspace()->loadCompact(mc::ui::toStdString(id)).status;
}

} // namespace

TEST_CASE("Close and archive, then reopen, from the window", "[ui][closing]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    mc::ui::DesktopServices services = desktop.services();
    const mc::Closing answer{mc::test::kUiToday, mc::ClosingReason::Independence,
                             "Tenure-track post <b>& still in touch</b>"};
    mc::Compact asked;
    services.askClosing = [&](QWidget*, const mc::Compact& compact, const mc::Date&) {
        asked = compact;
        return std::optional<mc::Closing>(answer);
    };
    MainWindow window(services);
    REQUIRE(window.openWorkspace(desktop.makeDemo()));
    mc::ui::CompactListPanel* list = window.listPanel();
    const int total = list->totalCount();
    REQUIRE(list->visibleCount() == total);
    const QString id = window.compactView()->compactId();
    REQUIRE_FALSE(id.isEmpty());
    const mc::CompactStatus before = storedStatus(window, id);
    CHECK_FALSE(window.action(MainWindow::Command::ReopenCompact)->isEnabled());
    REQUIRE(window.action(MainWindow::Command::CloseCompact)->isEnabled());

    window.action(MainWindow::Command::CloseCompact)->trigger();
    CHECK(asked.id == mc::ui::toStdString(id));
    const mc::Compact closed = window.workspace()->loadCompact(mc::ui::toStdString(id));
    REQUIRE(closed.closing);
    CHECK(*closed.closing == answer);
    CHECK(list->visibleCount() == total - 1); // archived: out of the working list
    CHECK(desktop.errors.isEmpty());

    REQUIRE(list->selectCompact(id)); // shows archived compacts again to find it
    CHECK(list->visibleCount() == total);
    CHECK(list->currentStatus() == mc::CompactStatus::Closed);
    const auto* closingLabel = window.compactView()->findChild<QLabel*>("overviewClosing");
    REQUIRE(closingLabel);
    CHECK(closingLabel->text().contains(QStringLiteral("Closed on")));
    CHECK(closingLabel->text().contains(QStringLiteral("<b>& still in touch</b>")));
    CHECK(window.action(MainWindow::Command::ReopenCompact)->isEnabled());
    CHECK_FALSE(window.action(MainWindow::Command::CloseCompact)->isEnabled());

    window.action(MainWindow::Command::ReopenCompact)->trigger();
    CHECK(storedStatus(window, id) == before);
    window.undoStack()->undo(); // closed again, as it was
    const mc::Compact again = window.workspace()->loadCompact(mc::ui::toStdString(id));
    REQUIRE(again.closing);
    CHECK(*again.closing == answer);
    window.undoStack()->undo(); // the close undone: open again
    CHECK(storedStatus(window, id) == before);
    CHECK_FALSE(window.workspace()->loadCompact(mc::ui::toStdString(id)).closing);
    CHECK(desktop.errors.isEmpty());
}

TEST_CASE("The closing dialog refuses a day before the start or after today", "[ui][closing]") {
    mc::Compact compact;
    compact.title = "Mentoring compact";
    compact.start = mc::Date(2025, 9, 1);
    compact.end = mc::Date(2028, 8, 31);
    const mc::Date today(2026, 11, 23);
    mc::ui::CloseCompactDialog dialog(compact, today);
    CHECK(dialog.dateField()->date() == QDate(2026, 11, 23)); // today: the award runs on
    CHECK(dialog.dateProblem().isEmpty());

    dialog.dateField()->setDate(QDate(2025, 8, 31));
    CHECK(dialog.dateProblem().contains(QStringLiteral("cannot end before")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    dialog.dateField()->setDate(QDate(2026, 11, 24));
    CHECK(dialog.dateProblem().contains(QStringLiteral("still to come")));

    dialog.dateField()->setDate(QDate(2026, 6, 30));
    dialog.reasonField()->setCurrentIndex(
        dialog.reasonField()->findData(static_cast<int>(mc::ClosingReason::LeftProgram)));
    dialog.noteField()->setPlainText(QStringLiteral("Moved abroad"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const mc::Closing closing = dialog.closing();
    CHECK(closing.on == mc::Date(2026, 6, 30));
    CHECK(closing.reason == mc::ClosingReason::LeftProgram);
    CHECK(closing.note == "Moved abroad");
}
