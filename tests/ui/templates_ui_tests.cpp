// Templates in the desktop application: the New compact dialog offers them
// (and names broken files without dropping the others), Save as template
// writes one into the folder chosen in the preferences, and the
// Preferences dialog keeps that folder.

#include "core/templates.h"
#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/compact_list_panel.h"
#include "ui/main_window.h"
#include "ui/new_compact_dialog.h"
#include "ui/preferences_dialog.h"
#include "ui/save_template_dialog.h"
#include "ui/settings.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using mc::ui::MainWindow;
using Command = MainWindow::Command;

namespace {

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// A workspace with the sample compact open in a test window.
struct WindowFixture {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop{dir};
    std::unique_ptr<MainWindow> window;
    std::string compactId;

    WindowFixture() {
        const std::string file = dir.file("work.compact");
        {
            mc::Workspace workspace = mc::Workspace::create(file, "Work");
            compactId = workspace.addCompact(mc::test::sampleCompact()).id;
        }
        window = desktop.makeWindow();
        REQUIRE(window->openWorkspace(QString::fromStdString(file)));
    }
};

} // namespace

TEST_CASE("Choosing a template in New compact gives its expectations goals and milestones",
          "[templates-ui]") {
    const mc::TemplateLoad load = mc::loadAllTemplates();
    const mc::CompactTemplate* postdoc = load.find("postdoctoral");
    REQUIRE(postdoc);

    mc::ui::NewCompactDialog dialog(mc::test::kUiToday, load);
    QComboBox* combo = dialog.templateCombo();
    REQUIRE(combo->count() == static_cast<int>(load.templates.size()) + 1);
    CHECK(combo->itemText(0) == QStringLiteral("Blank compact"));
    CHECK(combo->findText(QString::fromStdString(postdoc->name)) > 0);
    CHECK(combo->accessibleName() == QStringLiteral("Template"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("postdoctoral")));
    REQUIRE(dialog.chosenTemplate());
    CHECK(dialog.chosenTemplate()->id == "postdoctoral");
    CHECK(dialog.yearsSpin()->value() == postdoc->awardYears);
    QTest::keyClicks(dialog.scholarEdit(), QStringLiteral("Dr. Noor Haddad"));
    QTest::keyClicks(dialog.mentorEdit(), QStringLiteral("Prof. Ines Varga"));
    QTest::keyClicks(dialog.programEdit(), QStringLiteral("Postdoc Fellows"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const mc::Compact made = dialog.compact();

    // What `new --template postdoctoral` makes for the same people.
    const mc::Compact expected = mc::compactFromTemplate(*postdoc, "Dr. Noor Haddad",
                                                         {"Prof. Ines Varga"}, mc::test::kUiToday);
    CHECK(made.templateId == "postdoctoral");
    CHECK(made.program == "Postdoc Fellows");
    CHECK(made.title == "Mentoring compact: Dr. Noor Haddad");
    REQUIRE(made.expectations.size() == expected.expectations.size());
    REQUIRE(made.goals.size() == postdoc->goals.size());
    CHECK(made.milestones.size() == expected.milestones.size());
    CHECK_FALSE(made.milestones.empty());
    CHECK(made.expectations.front().text == expected.expectations.front().text);
    CHECK(made.meetingPlan == expected.meetingPlan);

    // Through the window it is stored as it is, and one undo takes it away.
    WindowFixture fixture;
    fixture.desktop.settings->setValue(QStringLiteral("templates/ownFolder"),
                                       QString::fromStdString(fixture.dir.file("own")));
    fixture.desktop.nextNewCompact = made;
    fixture.window->action(Command::NewCompact)->trigger();
    CHECK(fixture.desktop.lastTemplatesFolder == QString::fromStdString(fixture.dir.file("own")));
    CHECK(fixture.desktop.errors.isEmpty());
    const auto list = fixture.window->workspace()->listCompacts();
    REQUIRE(list.size() == 2);
    const QString newId = fixture.window->listPanel()->currentCompactId();
    const mc::Compact stored = fixture.window->workspace()->loadCompact(newId.toStdString());
    CHECK(stored.templateId == "postdoctoral");
    CHECK(stored.expectations.size() == made.expectations.size());
    CHECK(stored.goals.size() == made.goals.size());
    CHECK(stored.milestones.size() == made.milestones.size());
    fixture.window->action(Command::Undo)->trigger();
    CHECK(fixture.window->workspace()->listCompacts().size() == 1);
}

TEST_CASE("A blank compact is still the first choice of New compact", "[templates-ui]") {
    mc::ui::NewCompactDialog dialog(mc::test::kUiToday, mc::loadAllTemplates());
    CHECK(dialog.chosenTemplate() == nullptr);
    QTest::keyClicks(dialog.scholarEdit(), QStringLiteral("Dr. A"));
    QTest::keyClicks(dialog.mentorEdit(), QStringLiteral("Prof. B"));
    const mc::Compact blank = dialog.compact();
    CHECK(blank.templateId.empty());
    CHECK(blank.expectations.empty());
    CHECK(blank.goals.empty());
    CHECK(dialog.templateProblemsText().isEmpty());
}

TEST_CASE("A broken template file is named in New compact and the others are offered",
          "[templates-ui]") {
    mc::test::TempDir dir;
    const std::string own = dir.file("own");
    std::filesystem::create_directories(own);
    // One good template of the program's own, saved from a compact...
    mc::Compact compact = mc::test::sampleCompact();
    mc::CompactTemplate good = mc::templateFromCompact(compact, "our-kl2", "Our KL2 compact");
    mc::saveTemplate(own, good);
    // ...and two broken ones.
    writeFile(own + "/broken-json.json", "{ \"format\": \"mentoring-compact-template\", ");
    writeFile(own + "/no-name.json",
              "{\"format\": \"mentoring-compact-template\", \"version\": 1, \"id\": \"no-name\"}");

    const mc::TemplateLoad load = mc::loadAllTemplates(own);
    mc::ui::NewCompactDialog dialog(mc::test::kUiToday, load);
    const QString problems = dialog.templateProblemsText();
    CHECK(problems.contains(QStringLiteral("broken-json.json")));
    CHECK(problems.contains(QStringLiteral("no-name.json")));
    const auto* label = dialog.findChild<QLabel*>(QStringLiteral("newCompactTemplateProblems"));
    REQUIRE(label);
    CHECK(label->text() == problems);
    CHECK(label->textFormat() == Qt::PlainText);
    CHECK_FALSE(label->isHidden());

    // The others still offer themselves: the built-in ones and ours.
    QComboBox* combo = dialog.templateCombo();
    CHECK(combo->findData(QStringLiteral("our-kl2")) > 0);
    CHECK(combo->findData(QStringLiteral("postdoctoral")) > 0);
    CHECK(combo->count() == static_cast<int>(mc::loadAllTemplates().templates.size()) + 2);
    REQUIRE(dialog.chooseTemplate("our-kl2"));
    QTest::keyClicks(dialog.scholarEdit(), QStringLiteral("Dr. C"));
    QTest::keyClicks(dialog.mentorEdit(), QStringLiteral("Prof. D"));
    const mc::Compact made = dialog.compact();
    CHECK(made.templateId == "our-kl2");
    CHECK(made.expectations.size() == compact.expectations.size());
}

TEST_CASE("Save as template writes a file that loading then finds", "[templates-ui]") {
    WindowFixture fixture;
    const QString own = QString::fromStdString(fixture.dir.file("program-templates"));
    QAction* save = fixture.window->action(Command::SaveAsTemplate);
    REQUIRE(save);
    REQUIRE(save->isEnabled());

    // No folder yet: the window asks for one first, and keeps it.
    fixture.desktop.nextFolder = own;
    fixture.desktop.nextTemplateDetails =
        mc::ui::TemplateDetails{QStringLiteral("kl2-ours"), QStringLiteral("Our KL2 compact"),
                                QStringLiteral("What our program expects.")};
    save->trigger();
    CHECK(fixture.desktop.errors.isEmpty());
    CHECK(fixture.window->settings().ownTemplatesFolder() == own);
    CHECK_FALSE(fixture.desktop.lastTemplateSuggestion.name.isEmpty());
    CHECK(mc::checkTemplateId(fixture.desktop.lastTemplateSuggestion.id.toStdString()).empty());
    REQUIRE(QFileInfo::exists(own + QStringLiteral("/kl2-ours.json")));

    const mc::TemplateLoad load = mc::loadAllTemplates(own.toStdString());
    const mc::CompactTemplate* found = load.find("kl2-ours");
    REQUIRE(found);
    CHECK_FALSE(found->builtIn);
    CHECK(found->name == "Our KL2 compact");
    CHECK(found->description == "What our program expects.");
    const mc::Compact source = fixture.window->workspace()->loadCompact(fixture.compactId);
    REQUIRE(found->goals.size() == source.goals.size());
    CHECK(found->goals.front().text == source.goals.front().text);
    const mc::TemplateTopic* meetings = found->findTopic("communication.meeting_frequency");
    REQUIRE(meetings);
    REQUIRE(meetings->clauses.size() == 1);
    CHECK(meetings->clauses.front().text == source.expectations.front().text);

    SECTION("saving again under the same id asks, and No keeps the file") {
        QFile::resize(own + QStringLiteral("/kl2-ours.json"), 0);
        fixture.desktop.confirmAnswer = false;
        fixture.desktop.nextTemplateDetails = mc::ui::TemplateDetails{
            QStringLiteral("kl2-ours"), QStringLiteral("Another"), QString()};
        save->trigger();
        REQUIRE(fixture.desktop.questions.size() == 1);
        CHECK(fixture.desktop.questions.front().contains(QStringLiteral("kl2-ours")));
        CHECK(QFileInfo(own + QStringLiteral("/kl2-ours.json")).size() == 0);
        // Yes replaces it.
        fixture.desktop.confirmAnswer = true;
        fixture.desktop.nextTemplateDetails = mc::ui::TemplateDetails{
            QStringLiteral("kl2-ours"), QStringLiteral("Another"), QString()};
        save->trigger();
        const mc::TemplateLoad again = mc::loadAllTemplates(own.toStdString());
        REQUIRE(again.find("kl2-ours"));
        CHECK(again.find("kl2-ours")->name == "Another");
    }
    SECTION("a folder that cannot be written shows the message and writes nothing") {
        const std::string blocked = fixture.dir.file("blocked");
        writeFile(blocked, "a file where the folder should be");
        fixture.window->settings().setOwnTemplatesFolder(QString::fromStdString(blocked));
        fixture.desktop.nextTemplateDetails = mc::ui::TemplateDetails{
            QStringLiteral("kl2-blocked"), QStringLiteral("Blocked"), QString()};
        save->trigger();
        REQUIRE(fixture.desktop.errors.size() == 1);
        CHECK(fixture.desktop.errors.front().startsWith(QStringLiteral("Could not save")));
        CHECK_FALSE(QFileInfo::exists(QString::fromStdString(blocked) +
                                      QStringLiteral("/kl2-blocked.json")));
    }
    SECTION("cancelling the details writes nothing") {
        fixture.desktop.nextTemplateDetails.reset();
        const auto before = QDir(own).entryList(QDir::Files);
        save->trigger();
        CHECK(QDir(own).entryList(QDir::Files) == before);
        CHECK(fixture.desktop.errors.isEmpty());
    }
}

TEST_CASE("The Save as template dialog checks the id beside the field", "[templates-ui]") {
    CHECK(mc::ui::SaveTemplateDialog::suggestedId(QStringLiteral("KL2 Scholars: Café 2026")) ==
          QStringLiteral("kl2-scholars-cafe-2026"));
    mc::ui::SaveTemplateDialog dialog(
        {QStringLiteral("ours"), QStringLiteral("Ours"), QStringLiteral("About it")});
    CHECK(dialog.idMessage().isEmpty());
    dialog.idEdit()->clear();
    QTest::keyClicks(dialog.idEdit(), QStringLiteral("Our Template"));
    CHECK(dialog.idMessage().contains(QStringLiteral("lower-case")));
    CHECK(dialog.idEdit()->accessibleDescription() == dialog.idMessage());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.nameEdit()->clear();
    CHECK_FALSE(dialog.nameMessage().isEmpty());
    dialog.idEdit()->setText(QStringLiteral("our-template"));
    dialog.nameEdit()->setText(QStringLiteral("Our template"));
    CHECK(dialog.idMessage().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.details().id == QStringLiteral("our-template"));
    CHECK(dialog.details().description == QStringLiteral("About it"));
}

TEST_CASE("Preferences keep the folder of the program's own templates", "[templates-ui]") {
    mc::test::TempDir dir;
    QSettings store(QString::fromStdString(dir.file("settings.ini")), QSettings::IniFormat);
    mc::ui::Settings settings(store);
    CHECK(settings.ownTemplatesFolder().isEmpty());
    const QString chosen = QString::fromStdString(dir.file("templates"));
    int asked = 0;
    mc::ui::PreferencesDialog dialog(settings, [&](QWidget*, const QString&, const QString&) {
        ++asked;
        return chosen;
    });
    CHECK(dialog.templatesFolderEdit()->accessibleName().size() > 0);
    QTest::mouseClick(dialog.chooseButton(), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(QDir::fromNativeSeparators(dialog.templatesFolderEdit()->text()) == chosen);
    // It does not exist yet: a note, not a refusal.
    CHECK(dialog.folderMessage().contains(QStringLiteral("does not exist")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(settings.ownTemplatesFolder() == chosen);
    CHECK(mc::ui::Settings(store).ownTemplatesFolder() == chosen);

    // A file is not a folder: refused, and the setting stays.
    const std::string file = dir.file("a-file");
    writeFile(file, "x");
    mc::ui::PreferencesDialog again(settings, {});
    CHECK_FALSE(again.chooseButton()->isEnabled());
    again.templatesFolderEdit()->setText(QString::fromStdString(file));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.folderMessage().contains(QStringLiteral("not a folder")));
    CHECK(settings.ownTemplatesFolder() == chosen);
}

TEST_CASE("Edit Preferences opens the dialog without blocking", "[templates-ui]") {
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    QAction* preferences = window->action(Command::Preferences);
    REQUIRE(preferences);
    CHECK_FALSE(preferences->shortcut().isEmpty());
    preferences->trigger();
    auto* dialog = qobject_cast<mc::ui::PreferencesDialog*>(window->preferencesDialog());
    REQUIRE(dialog);
    desktop.nextFolder = QString::fromStdString(dir.file("mine"));
    dialog->chooseTemplatesFolder();
    dialog->accept();
    CHECK(window->settings().ownTemplatesFolder() == QString::fromStdString(dir.file("mine")));
}
