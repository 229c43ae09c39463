// The shell's settings, the New compact dialog, the Help menu's windows
// and the keyboard: shortcuts and accessible names.

#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/date_fields.h"
#include "ui/help_dialogs.h"
#include "ui/main_window.h"
#include "ui/new_compact_dialog.h"
#include "ui/settings.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using mc::test::TestDesktop;
using mc::ui::MainWindow;
using mc::ui::Settings;
using Command = mc::ui::MainWindow::Command;

TEST_CASE("Settings keep typed values, defaults and at most eight recent files", "[shell]") {
    mc::test::TempDir dir;
    const QString ini = QString::fromStdString(dir.file("settings.ini"));
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        files << QString::fromStdString(dir.file("w" + std::to_string(i) + ".compact"));
        mc::test::writeFile(files.back().toStdString(), "x");
    }
    {
        QSettings store(ini, QSettings::IniFormat);
        Settings settings(store);
        CHECK(settings.storedVersion() == Settings::kVersion);
        CHECK(settings.lastTab() == 0);
        CHECK(settings.windowGeometry().isEmpty());
        CHECK(settings.recentFiles().isEmpty());
        CHECK(Settings::defaultValue(Settings::Key::LastTab).toInt() == 0);

        settings.setLastTab(3);
        settings.setWindowGeometry(QByteArray("geometry"));
        settings.setSplitterState(QByteArray("splitter"));
        for (const QString& file : files)
            settings.addRecentFile(file);
        settings.addRecentFile(files[5]); // again: moves to the front
        settings.sync();
    }
    QSettings store(ini, QSettings::IniFormat);
    Settings settings(store);
    CHECK(settings.lastTab() == 3);
    CHECK(settings.windowGeometry() == QByteArray("geometry"));
    CHECK(settings.splitterState() == QByteArray("splitter"));
    QStringList recent = settings.recentFiles();
    REQUIRE(recent.size() == Settings::kMaxRecentFiles);
    CHECK(recent[0] == files[5]);
    CHECK(recent[1] == files[9]);
    CHECK_FALSE(recent.contains(files[0]));

    std::filesystem::remove(files[9].toStdString());
    recent = settings.recentFiles();
    CHECK(recent.size() == Settings::kMaxRecentFiles - 1);
    CHECK_FALSE(recent.contains(files[9]));
    settings.reset(Settings::Key::LastTab);
    CHECK(settings.lastTab() == 0);
}

TEST_CASE("Settings from before the version key are migrated", "[shell]") {
    mc::test::TempDir dir;
    const std::string a = dir.file("a.compact");
    const std::string b = dir.file("b.compact");
    mc::test::writeFile(a, "x");
    mc::test::writeFile(b, "x");
    const QString ini = QString::fromStdString(dir.file("old.ini"));
    {
        QSettings old(ini, QSettings::IniFormat);
        old.setValue(Settings::keyName(Settings::Key::RecentFiles),
                     QString::fromStdString(a + ";" + b));
    }
    QSettings store(ini, QSettings::IniFormat);
    Settings settings(store);
    CHECK(settings.storedVersion() == 1);
    CHECK(settings.recentFiles() ==
          QStringList({QString::fromStdString(a), QString::fromStdString(b)}));

    SECTION("a newer program's settings are left alone") {
        settings.setValue(Settings::Key::Version, 7);
        settings.migrate();
        CHECK(settings.storedVersion() == 7);
    }
}

TEST_CASE("The window puts back its size, splitter and tab from the settings", "[shell]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    const QString demo = desktop.makeDemo();
    QList<int> sizes;
    {
        auto window = desktop.makeWindow();
        REQUIRE(window->openWorkspace(demo));
        window->resize(900, 640);
        window->splitter()->setSizes({250, 650});
        sizes = window->splitter()->sizes();
        window->compactView()->setCurrentPage(3);
        window->close();
        CHECK_FALSE(window->hasWorkspace());
    }
    Settings settings(*desktop.settings);
    CHECK(settings.lastTab() == 3);
    CHECK_FALSE(settings.windowGeometry().isEmpty());

    auto again = desktop.makeWindow();
    CHECK(again->size() == QSize(900, 640));
    CHECK(again->compactView()->currentPage() == 3);
    REQUIRE(again->openWorkspace(demo));
    CHECK(again->compactView()->currentPage() == 3);
    CHECK(again->splitter()->sizes() == sizes);
}

TEST_CASE("The New compact dialog builds a blank compact with the default meeting plan",
          "[shell]") {
    mc::ui::NewCompactDialog dialog(mc::test::kUiToday);
    CHECK(dialog.cohortEdit()->text() == QStringLiteral("2026"));
    CHECK(dialog.startEdit()->displayFormat() == mc::ui::fourDigitYearDateFormat(QLocale()));
    CHECK(dialog.startEdit()->calendarPopup());
    CHECK(dialog.yearsSpin()->minimum() == 1);
    CHECK(dialog.yearsSpin()->maximum() == 10);

    QTest::keyClicks(dialog.scholarEdit(), QStringLiteral("Dr. Lena Ortiz"));
    QTest::keyClicks(dialog.mentorEdit(), QStringLiteral("Prof. Sam Reyes"));
    QTest::keyClicks(dialog.programEdit(), QStringLiteral("KL2"));
    dialog.startEdit()->setDate(QDate(2024, 2, 29));
    dialog.yearsSpin()->setValue(4);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    const mc::Compact compact = dialog.compact();
    CHECK(compact.title == "Mentoring compact: Dr. Lena Ortiz");
    CHECK(compact.program == "KL2");
    CHECK(compact.start == mc::Date(2024, 2, 29));
    CHECK(compact.end == mc::Date(2028, 2, 28));
    REQUIRE(compact.people.size() == 2);
    CHECK(compact.people[0].role == mc::Role::Scholar);
    CHECK(compact.people[1].role == mc::Role::PrimaryMentor);
    CHECK(compact.meetingPlan == mc::MeetingPlan{});

    SECTION("a co-mentor joins when named") {
        dialog.coMentorEdit()->setText(QStringLiteral("Dr. Kim Baker"));
        REQUIRE(dialog.compact().people.size() == 3);
        CHECK(dialog.compact().people[2].role == mc::Role::CoMentor);
    }
}

TEST_CASE("The New compact dialog shows the rules beside the fields and refuses", "[shell]") {
    mc::ui::NewCompactDialog dialog(mc::test::kUiToday);
    // Nothing is shouted at an untouched form.
    CHECK(dialog.fieldMessage("scholar").isEmpty());
    QTest::keyClicks(dialog.scholarEdit(), QStringLiteral("x"));
    QTest::keyClick(dialog.scholarEdit(), Qt::Key_Backspace);
    CHECK(dialog.fieldMessage("scholar").contains(QStringLiteral("Name is empty")));

    dialog.accept();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.fieldMessage("mentor").isEmpty());
    CHECK(dialog.fieldMessage("period").isEmpty());

    dialog.scholarEdit()->setText(QStringLiteral("Dr. Lena Ortiz"));
    dialog.mentorEdit()->setText(QStringLiteral("Prof. Sam Reyes"));
    dialog.titleEdit()->setText(QStringLiteral("<b>Bold</b>"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.compact().title == "<b>Bold</b>");
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->objectName().startsWith(QStringLiteral("newCompactMessage_")))
            CHECK(label->textFormat() == Qt::PlainText);
}

TEST_CASE("The About box shows the version and the guide explains a compact", "[shell]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    mc::ui::DesktopServices services = desktop.services();
    services.version = QStringLiteral("9.8.7");
    MainWindow window(std::move(services));

    window.action(Command::About)->trigger(); // open(): does not block
    REQUIRE(window.aboutDialog() != nullptr);
    const auto* version = window.aboutDialog()->findChild<QLabel*>(QStringLiteral("aboutVersion"));
    REQUIRE(version != nullptr);
    CHECK(version->text() == QStringLiteral("Version 9.8.7"));
    CHECK(window.aboutDialog()
              ->findChild<QLabel*>(QStringLiteral("aboutLicence"))
              ->text()
              .contains(QStringLiteral("Apache")));
    window.aboutDialog()->reject();

    CHECK(window.action(Command::Guide)->shortcut() == QKeySequence(Qt::Key_F1));
    window.action(Command::Guide)->trigger();
    REQUIRE(window.guideDialog() != nullptr);
    CHECK(window.guideDialog()->isVisible());
    const QString text = window.guideDialog()->findChild<QTextBrowser*>()->toPlainText();
    for (const char* words :
         {"scholar", "primary mentor", "goal", "milestone", "expectation", "Research", "Education",
          "Support", "Communication", "Professional development", "Personal conduct",
          "Write separately", "Compare", "Sign", "Review every year"})
        CHECK(text.contains(QString::fromLatin1(words)));
    window.guideDialog()->close();
}

TEST_CASE("Every command has its shortcut and every input an accessible name", "[shell]") {
    mc::test::TempDir dir;
    TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    const std::pair<Command, QKeySequence> shortcuts[] = {
        {Command::NewWorkspace, QKeySequence(QStringLiteral("Ctrl+Shift+N"))},
        {Command::Open, QKeySequence(QStringLiteral("Ctrl+O"))},
        {Command::Close, QKeySequence(QStringLiteral("Ctrl+W"))},
        {Command::NewCompact, QKeySequence(QStringLiteral("Ctrl+N"))},
        {Command::Quit, QKeySequence(QStringLiteral("Ctrl+Q"))},
        {Command::Undo, QKeySequence(QKeySequence::Undo)},
        {Command::Redo, QKeySequence(QKeySequence::Redo)},
        {Command::Guide, QKeySequence(QStringLiteral("F1"))},
    };
    for (const auto& [command, keys] : shortcuts)
        CHECK(window->action(command)->shortcut() == keys);

    const auto& goTo = window->compactView()->goToActions();
    // Overview, Expectations, Goals, Milestones, Meetings, Worksheet,
    // Alignment at least; later pages follow with the next digits.
    REQUIRE(goTo.size() >= 7);
    for (std::size_t i = 0; i < goTo.size(); ++i)
        CHECK(goTo[i]->shortcut() == QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    CHECK(goTo[0]->text().startsWith(QStringLiteral("Go to ")));

    REQUIRE(window->openWorkspace(desktop.makeDemo()));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    CHECK(window->compactView()->currentPage() == 3);
    goTo[1]->trigger();
    CHECK(window->compactView()->currentPage() == 1);

    mc::ui::CompactListPanel* panel = window->listPanel();
    for (QWidget* input :
         {static_cast<QWidget*>(panel->searchField()), static_cast<QWidget*>(panel->statusFilter()),
          static_cast<QWidget*>(panel->listView())})
        CHECK_FALSE(input->accessibleName().isEmpty());
    mc::ui::NewCompactDialog dialog(mc::test::kUiToday);
    for (QWidget* input : dialog.findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(input) && !qobject_cast<QDateEdit*>(input->parent()) &&
            !qobject_cast<QSpinBox*>(input->parent()))
            CHECK_FALSE(input->accessibleName().isEmpty());
    CHECK_FALSE(dialog.startEdit()->accessibleName().isEmpty());
    CHECK_FALSE(dialog.yearsSpin()->accessibleName().isEmpty());
    window->close();
}
