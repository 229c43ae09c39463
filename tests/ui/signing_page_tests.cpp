#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/compact_view.h"
#include "ui/goals_page.h"
#include "ui/main_window.h"
#include "ui/qt_helpers.h"
#include "ui/sign_dialog.h"
#include "ui/signature_pad.h"
#include "ui/signing_page.h"
#include "ui/workspace_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>
#include <sqlite3.h>

using mc::ui::CompactView;
using mc::ui::SignDialog;
using mc::ui::SigningPage;

namespace {

struct Fixture {
    Fixture() {
        mc::Workspace ws = mc::Workspace::create(dir.file("signing.compact"), "T");
        compact = ws.addCompact(mc::test::sampleCompact());
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(ws), stack);
        view.setSession(
            session.get(), [this](QWidget*, const QString& message) { refusals << message; },
            [this] { return today; });
        view.showCompact(QString::fromStdString(compact.id));
        // The Signatures tab is the one shown, as for a person signing:
        // hidden pages are refreshed only when shown.
        view.setCurrentPage(7);
        page = view.page<SigningPage>();
        REQUIRE(page != nullptr);
        page->setConfirmer([](QWidget*, const QString&) { return true; });
    }

    // Signs through the dialog as person `index` of the sample, typing `name`.
    SignDialog* lastDialog = nullptr;
    QString nameProblem;
    bool signAs(std::size_t index, const std::string& name) {
        bool accepted = false;
        page->setDialogRunner([&](SignDialog& dialog) {
            dialog.typedNameEdit()->setText(QString::fromStdString(name));
            dialog.dateEdit()->setDate(QDate(today.year(), today.month(), today.day()));
            dialog.accept();
            nameProblem = dialog.nameProblem()->text();
            accepted = dialog.result() == QDialog::Accepted;
            return accepted;
        });
        page->signAs(compact.people[index].id);
        return accepted;
    }

    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    CompactView view;
    SigningPage* page = nullptr;
    mc::Compact compact;
    mc::Date today = mc::todayLocal();
    QStringList refusals;
};

} // namespace

TEST_CASE("Signing by the scholar and both mentors locks the version and every page",
          "[signing-page]") {
    Fixture f;
    REQUIRE(f.signAs(0, "Dr. Lena Ortiz"));
    REQUIRE_FALSE(f.session->workspace().currentVersion(f.compact.id).second);
    REQUIRE(f.signAs(1, "prof.  sam reyes"));
    REQUIRE(f.signAs(2, "Dr. Kim Baker"));
    const auto [number, locked] = f.session->workspace().currentVersion(f.compact.id);
    CHECK(number == 1);
    CHECK(locked);
    CHECK(f.stack.count() == 0); // signing is final
    CHECK(f.page->versionLabel()->text().contains(QStringLiteral("signed")));
    CHECK_FALSE(f.page->lockedLabel()->isHidden());
    CHECK(f.page->lockedLabel()->text().contains(QStringLiteral("locked")));
    CHECK_FALSE(f.page->signButton()->isEnabled());
    CHECK(f.page->amendButton()->isEnabled());
    auto* addGoal =
        f.view.page<mc::ui::GoalsPage>()->findChild<QPushButton*>(QStringLiteral("addGoalButton"));
    REQUIRE(addGoal != nullptr);
    CHECK_FALSE(addGoal->isEnabled());
    auto* banner = f.view.findChild<QLabel*>(QStringLiteral("lockBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->text().contains(QStringLiteral("amendment")));

    mc::Expectation clause = f.compact.expectations.at(0);
    clause.text = "We meet every Monday.";
    const QString refusal = f.session->saveExpectation(f.compact.id, clause);
    CHECK(refusal.contains(QStringLiteral("amendment")));
    CHECK(f.session->workspace().loadCompact(f.compact.id).expectations.at(0).text ==
          f.compact.expectations.at(0).text);
    // The history shows the version and its three valid signatures.
    CHECK(f.page->history()->count() == 4);
    CHECK(f.page->history()->item(1)->text().contains(QStringLiteral("valid")));
}

// The texts of the Signatures page's labels.
QStringList labelTexts(const QWidget* page) {
    // The rows of before a refresh go with deleteLater.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QStringList texts;
    for (const QLabel* label : page->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

TEST_CASE("Each signer's standing is in the page's words and the locale's date", "[signing-page]") {
    Fixture f;
    CHECK(labelTexts(f.page).count(QStringLiteral("not signed yet")) == 3);
    REQUIRE(f.signAs(0, "Dr. Lena Ortiz"));
    const QString signedOn = QStringLiteral("signed on %1").arg(mc::ui::formatDate(f.today));
    CHECK(labelTexts(f.page).contains(signedOn));
    CHECK(labelTexts(f.page).count(QStringLiteral("not signed yet")) == 2);
}

TEST_CASE("A typed name that does not match shows beside the field and stores nothing",
          "[signing-page]") {
    Fixture f;
    CHECK_FALSE(f.signAs(0, "Lena O."));
    CHECK(f.nameProblem.contains(QStringLiteral("Dr. Lena Ortiz")));
    const auto versions = f.session->workspace().versions(f.compact.id);
    REQUIRE(versions.size() == 1);
    CHECK(versions.front().signatures.empty());
}

TEST_CASE("The program director acknowledges: the required box is disabled", "[signing-page]") {
    Fixture f;
    mc::Person director;
    director.role = mc::Role::ProgramDirector;
    director.name = "Dr. Pat Lee";
    director.position = 3;
    REQUIRE(f.session->savePerson(f.compact.id, director).isEmpty());
    const mc::Compact stored = f.session->workspace().loadCompact(f.compact.id);
    for (const mc::Person& person : stored.people) {
        QCheckBox* box = f.page->requiredBox(person.id);
        REQUIRE(box != nullptr);
        CHECK(box->isEnabled() == (person.role != mc::Role::ProgramDirector));
    }
    // Unticking the co-mentor is stored (no undo entry beyond the person added).
    QCheckBox* coMentor = f.page->requiredBox(f.compact.people[2].id);
    coMentor->setChecked(false);
    bool required = true;
    for (const mc::Signer& signer : f.session->workspace().signers(f.compact.id))
        if (signer.personId == f.compact.people[2].id)
            required = signer.required;
    CHECK_FALSE(required);
}

TEST_CASE("Starting an amendment makes the compact editable and the redline shows the edit",
          "[signing-page]") {
    Fixture f;
    REQUIRE(f.signAs(0, "Dr. Lena Ortiz"));
    REQUIRE(f.signAs(1, "Prof. Sam Reyes"));
    REQUIRE(f.signAs(2, "Dr. Kim Baker"));
    f.page->amendButton()->click();
    const auto [number, locked] = f.session->workspace().currentVersion(f.compact.id);
    CHECK(number == 2);
    CHECK_FALSE(locked);
    auto* addGoal =
        f.view.page<mc::ui::GoalsPage>()->findChild<QPushButton*>(QStringLiteral("addGoalButton"));
    REQUIRE(addGoal != nullptr);
    CHECK(addGoal->isEnabled());

    mc::Expectation clause = f.compact.expectations.at(0);
    clause.text = "We meet every Monday at nine.";
    REQUIRE(f.session->saveExpectation(f.compact.id, clause).isEmpty());
    bool found = false;
    for (int row = 0; row < f.page->redline()->count(); ++row)
        found = found || f.page->redline()->item(row)->text().contains(
                             QStringLiteral("We meet every Monday at nine."));
    CHECK(found);
}

TEST_CASE("A signature drawn on the pad is stored in the 0..1000 box", "[signing-page]") {
    Fixture f;
    const auto signers = f.session->workspace().signers(f.compact.id);
    SignDialog dialog(*f.session, f.compact.id, signers, f.today);
    dialog.setPerson(f.compact.people[0].id);
    mc::ui::SignaturePad* pad = dialog.pad();
    pad->resize(400, 100);
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(10, 10));
    QTest::mouseMove(pad, QPoint(100, 50));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(100, 50));
    REQUIRE(pad->drawing().size() == 1);
    dialog.typedNameEdit()->setText(QStringLiteral("Dr. Lena Ortiz"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto versions = f.session->workspace().versions(f.compact.id);
    REQUIRE(versions.back().signatures.size() == 1);
    const mc::Drawing& stored = versions.back().signatures.front().signature.drawing;
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().front() == mc::DrawnPoint{25, 100});
    // Clear empties the pad.
    pad->clear();
    CHECK(pad->isEmpty());
}

TEST_CASE("Opening a file whose signed text was altered behind the program's back warns",
          "[signing-page]") {
    mc::test::TempDir dir;
    const std::string file = dir.file("altered.compact");
    std::string compactId;
    {
        mc::Workspace ws = mc::Workspace::create(file, "T");
        const mc::Compact compact = ws.addCompact(mc::test::sampleCompact());
        compactId = compact.id;
        const mc::Date today = mc::todayLocal();
        for (const mc::Person& person : compact.people)
            ws.sign(compact.id, person.id, person.name, today, {}, today);
        REQUIRE(ws.currentVersion(compact.id).second);
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, "UPDATE expectations SET text = 'We never meet.'", nullptr,
                                nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);

    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    REQUIRE(window->openWorkspace(QString::fromStdString(file)));
    REQUIRE(desktop.errors.size() == 1);
    CHECK(desktop.errors.front().contains(QStringLiteral("altered.compact")));
    CHECK(desktop.errors.front().contains(QStringLiteral("version 1"), Qt::CaseInsensitive));
    CHECK(desktop.errors.front().contains(QStringLiteral("Lena Ortiz")));
}

// Writes docs/screenshots/page-signatures.png and page-redline.png when run
// by name with MC_SCREENSHOT_DIR set (hidden from the normal run).
TEST_CASE("Screenshots of the Signatures page on the demo", "[.][signing-screenshot]") {
    const QString out = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    mc::test::TempDir dir;
    mc::test::TestDesktop desktop(dir);
    mc::Workspace ws = mc::Workspace::open(desktop.makeDemo().toStdString());
    QUndoStack stack;
    mc::ui::WorkspaceSession session(std::move(ws), stack);
    CompactView view;
    view.setSession(&session, {}, [] { return mc::todayLocal(); });
    view.resize(1100, 720);
    const auto shoot = [&](const std::string& program, const QString& name) {
        for (const auto& entry : session.workspace().listCompacts())
            if (session.workspace().loadCompact(entry.id).program == program)
                view.showCompact(QString::fromStdString(entry.id));
        REQUIRE_FALSE(view.isShowingHint());
        view.setCurrentPage(7);
        view.show();
        QTest::qWait(50);
        CHECK(view.grab().save(out + QLatin1Char('/') + name));
    };
    shoot("Clinical and Translational Science KL2", QStringLiteral("page-signatures.png"));
    shoot("Postdoctoral Research Training", QStringLiteral("page-redline.png"));
}
