// The yearly review on the Reviews page (issue 6), driven through the real
// compact view and its widgets: starting the review of year 1, outcomes set
// in the table, reflections written and submitted in the reflection dialog
// (blind until all have submitted), signatures through the sign dialog, and
// the locked review carried into the compact.

#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/compact_view.h"
#include "ui/milestones_model.h"
#include "ui/milestones_page.h"
#include "ui/qt_helpers.h"
#include "ui/reflection_dialog.h"
#include "ui/reviews_page.h"
#include "ui/sign_dialog.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

using mc::ui::ReflectionDialog;
using mc::ui::ReviewsPage;
using mc::ui::SignDialog;

namespace {

const mc::Date kToday(2026, 12, 5);
constexpr int kReviewsTab = 8;

QDate qdate(const mc::Date& d) {
    return QDate(d.year(), d.month(), d.day());
}

// Every text the page shows, to look for words that must not be there.
QString allText(const QWidget* root) {
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>())
        texts << label->text();
    for (const QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        texts << edit->toPlainText();
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>())
        texts << edit->text();
    return texts.join(QLatin1Char('\n'));
}

struct Fixture {
    Fixture() {
        mc::Workspace ws = mc::Workspace::create(dir.file("reviews.compact"), "T");
        mc::Compact sample = mc::test::sampleCompact();
        // Created before every date signed below, whatever the clock says.
        sample.created = sample.updated = "2026-08-01T09:00:00.000Z";
        sample.expectations.at(0).state = mc::ExpectationState::Agreed;
        // Two milestones in award year 1 (2026-09-01 to 2027-08-31).
        mc::Milestone paper = sample.milestones.at(0);
        paper.title = "Submit the first paper";
        paper.kind = mc::MilestoneKind::Publication;
        paper.due = mc::Date(2026, 11, 1);
        mc::Milestone grant = paper;
        grant.title = "Submit the K99";
        grant.kind = mc::MilestoneKind::GrantSubmission;
        grant.due = mc::Date(2027, 3, 1);
        sample.milestones = {paper, grant, sample.milestones.at(0)};
        compact = ws.addCompact(sample);
        session = std::make_unique<mc::ui::WorkspaceSession>(std::move(ws), stack);
        view.setSession(
            session.get(), [this](QWidget*, const QString& message) { refusals << message; },
            [] { return kToday; });
        view.showCompact(QString::fromStdString(compact.id));
        view.setCurrentPage(kReviewsTab); // hidden pages refresh only when shown
        page = view.page<ReviewsPage>();
        REQUIRE(page != nullptr);
    }

    const mc::Person& person(std::size_t i) const { return compact.people.at(i); }
    std::vector<mc::Review> reviews() const { return session->workspace().reviews(compact.id); }

    void startYearOne() {
        page->selectYear(1);
        page->heldOnEdit()->setDate(QDate(2026, 12, 1));
        REQUIRE(page->startButton()->isEnabled());
        page->startButton()->click();
        REQUIRE(refusals.isEmpty());
        REQUIRE(reviews().size() == 1);
    }

    QComboBox* combo(QTableWidget* table, int row, int column) const {
        auto* found = qobject_cast<QComboBox*>(table->cellWidget(row, column));
        REQUIRE(found != nullptr);
        return found;
    }
    QLineEdit* line(QTableWidget* table, int row, int column) const {
        auto* found = qobject_cast<QLineEdit*>(table->cellWidget(row, column));
        REQUIRE(found != nullptr);
        return found;
    }
    // Picks the combo entry whose text is `text`.
    static void choose(QComboBox* box, const QString& text) {
        const int index = box->findText(text);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
    }

    // Opens the reflection dialog as person `i` through the page's own
    // controls; `fill` drives the dialog. Returns what `fill` saw.
    template <typename F> void asPerson(std::size_t i, F fill) {
        page->setReflectionRunner([&](ReflectionDialog& dialog) {
            dialog.setConfirmer([](QWidget*, const QString&) { return true; });
            fill(dialog);
        });
        const int index = page->reflectorCombo()->findData(QString::fromStdString(person(i).id));
        REQUIRE(index >= 0);
        page->reflectorCombo()->setCurrentIndex(index);
        REQUIRE(page->reflectButton()->isEnabled());
        page->reflectButton()->click();
    }
    static QString words(std::size_t i) {
        return QStringLiteral("secret words of person %1").arg(i);
    }
    void reflect(std::size_t i) {
        asPerson(i, [&](ReflectionDialog& dialog) {
            choose(dialog.satisfactionCombo(), QStringLiteral("4 (Very good)"));
            dialog.satisfactionWordsEdit()->setPlainText(words(i));
            choose(dialog.discussionCombo(), QStringLiteral("3 (Good)"));
            dialog.differentlyEdit()->setPlainText(QStringLiteral("More time for writing"));
            CHECK(dialog.mentorBetterEdit()->isHidden() == (i == 0));
            if (i > 0)
                dialog.mentorBetterEdit()->setPlainText(QStringLiteral("Read drafts sooner"));
            REQUIRE(dialog.saveDraft());
            REQUIRE(dialog.submit());
            CHECK_FALSE(dialog.submitButton()->isEnabled()); // locked once submitted
        });
    }

    mc::SignOutcome lastOutcome;
    bool signAs(std::size_t i) {
        bool accepted = false;
        page->setSignRunner([&](SignDialog& dialog) {
            CHECK(dialog.personId() == person(i).id);
            dialog.typedNameEdit()->setText(QString::fromStdString(person(i).name));
            dialog.dateEdit()->setDate(qdate(kToday));
            dialog.accept();
            accepted = dialog.result() == QDialog::Accepted;
            lastOutcome = dialog.outcome();
            return accepted;
        });
        const int index = page->signerCombo()->findData(QString::fromStdString(person(i).id));
        REQUIRE(index >= 0);
        page->signerCombo()->setCurrentIndex(index);
        page->signButton()->click();
        return accepted;
    }

    mc::test::TempDir dir;
    QUndoStack stack;
    std::unique_ptr<mc::ui::WorkspaceSession> session;
    mc::ui::CompactView view;
    ReviewsPage* page = nullptr;
    mc::Compact compact;
    QStringList refusals;
};

} // namespace

TEST_CASE("A yearly review from start to signatures on the Reviews page", "[reviews-ui]") {
    Fixture f;
    // Three award years; the first one is due next and not started.
    REQUIRE(f.page->yearsTable()->rowCount() == 3);
    CHECK(f.page->yearsTable()->item(0, 3)->text() == QStringLiteral("not started"));
    CHECK(f.page->yearsTable()->item(0, 2)->text().contains(QStringLiteral("2027")));
    CHECK(f.page->standingLabel()->text().contains(QStringLiteral("next review")));
    CHECK(f.page->editorVisible() == false);

    f.startYearOne();
    CHECK(f.page->editorVisible());
    CHECK(f.page->yearsTable()->item(0, 3)->text().startsWith(QStringLiteral("draft")));
    QTableWidget* milestones = f.page->milestonesTable();
    REQUIRE(milestones->rowCount() == 2);
    CHECK(milestones->item(0, 0)->text() == QStringLiteral("Submit the first paper"));
    CHECK(milestones->item(1, 0)->text() == QStringLiteral("Submit the K99"));

    // An achieved milestone without its date is refused, naming the field.
    f.choose(f.combo(milestones, 0, 2), QStringLiteral("Achieved"));
    CHECK_FALSE(f.page->save());
    CHECK(f.page->problemsLabel()->text().contains(QStringLiteral("Submit the first paper")));
    CHECK(f.page->problemsLabel()->text().contains(QStringLiteral("date")));
    CHECK_FALSE(f.reviews().front().milestones[0].outcome.has_value());

    // The outcomes: the paper achieved, the grant missed, with a note kept.
    f.line(milestones, 0, 3)->setText(QStringLiteral("2026-10-28"));
    f.choose(f.combo(milestones, 1, 2), QStringLiteral("Missed"));
    f.line(milestones, 1, 4)->setText(QStringLiteral("The study section met late"));
    REQUIRE(f.page->goalsTable()->rowCount() == 1);
    f.line(f.page->goalsTable(), 0, 2)->setText(QStringLiteral("Two papers drafted"));
    REQUIRE(f.page->expectationsTable()->rowCount() == 1);
    f.page->summaryEdit()->setPlainText(QStringLiteral("A first year with one miss."));
    REQUIRE(f.page->save());
    mc::Review stored = f.reviews().front();
    REQUIRE(stored.milestones[1].outcome == mc::MilestoneOutcome::Missed);
    CHECK(stored.milestones[0].date == mc::Date(2026, 10, 28));
    CHECK(stored.milestones[1].note == "The study section met late");
    CHECK(stored.goals[0].progress == "Two papers drafted");
    CHECK(stored.summary == "A first year with one miss.");

    // Signing before the reflections are in is refused and says why.
    CHECK_FALSE(f.signAs(0));
    CHECK(f.page->signersLabel()->text().contains(QStringLiteral("has not submitted")));

    // Blind: the scholar submits; the mentor's dialog and the page do not
    // show the scholar's words.
    f.reflect(0);
    f.asPerson(1, [&](ReflectionDialog& dialog) {
        CHECK(dialog.satisfactionWordsEdit()->toPlainText().isEmpty());
        CHECK(dialog.othersView()->isHidden());
        CHECK_FALSE(allText(&dialog).contains(Fixture::words(0)));
    });
    CHECK_FALSE(allText(f.page).contains(Fixture::words(0)));
    CHECK(f.page->revealedView()->isHidden());
    CHECK(f.page->reflectionStatusLabel()->text().contains(QStringLiteral("submitted on")));
    f.reflect(1);
    CHECK_FALSE(allText(f.page).contains(Fixture::words(1)));
    f.reflect(2);
    // Revealed once all three have submitted, on the page and to each.
    CHECK_FALSE(f.page->revealedView()->isHidden());
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(f.page->revealedView()->toPlainText().contains(Fixture::words(i)));
    f.asPerson(0, [&](ReflectionDialog& dialog) {
        CHECK(dialog.othersView()->toPlainText().contains(Fixture::words(2)));
        CHECK_FALSE(dialog.satisfactionCombo()->isEnabled());
    });

    // Three signatures; the last locks the review.
    REQUIRE(f.signAs(0));
    CHECK_FALSE(f.lastOutcome.locked);
    CHECK(f.page->outcomeLabel()->text().contains(QStringLiteral("Still to sign")));
    // Each signer's standing in the page's words, the date in the locale's.
    CHECK(f.page->signersLabel()->text().contains(
        QStringLiteral("signed on %1").arg(mc::ui::formatDate(kToday))));
    CHECK(f.page->signersLabel()->text().contains(QStringLiteral("not signed yet")));
    REQUIRE(f.signAs(1));
    REQUIRE(f.signAs(2));
    CHECK(f.lastOutcome.locked);
    CHECK(f.lastOutcome.amendment == 0);
    CHECK(f.page->outcomeLabel()->text().contains(QStringLiteral("locked")));

    // Locked in core; the outcomes are in the compact.
    stored = f.reviews().front();
    CHECK(stored.locked());
    CHECK(stored.signatures.size() == 3);
    const mc::Compact live = f.session->workspace().loadCompact(f.compact.id);
    const auto status = [&](const std::string& title) {
        return std::find_if(live.milestones.begin(), live.milestones.end(),
                            [&](const mc::Milestone& m) { return m.title == title; })
            ->status;
    };
    CHECK(status("Submit the first paper") == mc::MilestoneStatus::Achieved);
    CHECK(status("Submit the K99") == mc::MilestoneStatus::Missed);
    CHECK(status("Submit the first R01") == mc::MilestoneStatus::Planned);

    // The page shows it signed and read-only.
    CHECK(f.page->yearsTable()->item(0, 3)->text().startsWith(QStringLiteral("signed on")));
    CHECK(f.page->headingLabel()->text().contains(QStringLiteral("locked")));
    CHECK_FALSE(f.page->saveButton()->isEnabled());
    CHECK_FALSE(f.page->signButton()->isEnabled());
    CHECK_FALSE(f.page->reflectButton()->isEnabled());
    CHECK(f.page->summaryEdit()->isReadOnly());
    CHECK_FALSE(f.combo(f.page->milestonesTable(), 1, 2)->isEnabled());
    CHECK_FALSE(f.line(f.page->milestonesTable(), 1, 4)->isEnabled());
    CHECK(f.page->milestonesTable()->item(1, 0)->text() == QStringLiteral("Submit the K99"));
    // The history across the years shows the miss.
    bool missShown = false;
    for (int row = 0; row < f.page->historyList()->count(); ++row)
        missShown =
            missShown ||
            (f.page->historyList()->item(row)->text().contains(QStringLiteral("Submit the K99")) &&
             f.page->historyList()->item(row)->text().contains(QStringLiteral("year 1")));
    CHECK(missShown);
    CHECK(f.stack.count() == 0); // not on the undo stack
    CHECK(f.refusals.size() == 0);
}

TEST_CASE("The Milestones page refreshes after a signed review", "[reviews-ui]") {
    Fixture f;
    auto* milestonesPage = f.view.page<mc::ui::MilestonesPage>();
    REQUIRE(milestonesPage != nullptr);
    f.startYearOne();
    f.choose(f.combo(f.page->milestonesTable(), 0, 2), QStringLiteral("Dropped"));
    f.choose(f.combo(f.page->milestonesTable(), 1, 2), QStringLiteral("Dropped"));
    REQUIRE(f.page->save());
    for (std::size_t i = 0; i < 3; ++i)
        f.reflect(i);
    for (std::size_t i = 0; i < 3; ++i)
        REQUIRE(f.signAs(i));
    // The Milestones tab, built before the review, shows the new statuses.
    f.view.setCurrentPage(3);
    mc::ui::MilestonesModel* model = milestonesPage->model();
    QStringList statuses;
    for (int row = 0; row < model->rowCount(); ++row)
        statuses << model->index(row, mc::ui::MilestonesModel::StatusColumn).data().toString();
    CHECK(statuses.count(QStringLiteral("Dropped")) == 2);
}

TEST_CASE("A signed compact's review goes on, and a rescheduled milestone starts an amendment",
          "[reviews-ui]") {
    Fixture f;
    // The compact is signed (version 1 locked): the other pages are
    // read-only, the review is not.
    for (std::size_t i = 0; i < 3; ++i)
        f.session->workspace().sign(f.compact.id, f.person(i).id, f.person(i).name, kToday, {},
                                    kToday);
    f.view.showCompact(QString::fromStdString(f.compact.id));
    REQUIRE(f.session->workspace().currentVersion(f.compact.id) == std::make_pair(1, true));
    f.startYearOne();
    QTableWidget* milestones = f.page->milestonesTable();
    f.choose(f.combo(milestones, 0, 2), QStringLiteral("Achieved"));
    f.line(milestones, 0, 3)->setText(QStringLiteral("2026-10-28"));
    f.choose(f.combo(milestones, 1, 2), QStringLiteral("Rescheduled"));
    // Not a date: said in words, nothing stored.
    f.line(milestones, 1, 3)->setText(QStringLiteral("June"));
    CHECK_FALSE(f.page->save());
    CHECK(f.page->problemsLabel()->text().contains(QStringLiteral("\u201cJune\u201d")));
    f.line(milestones, 1, 3)->setText(QStringLiteral("2027-06-01"));
    REQUIRE(f.page->save());
    for (std::size_t i = 0; i < 3; ++i)
        f.reflect(i);
    for (std::size_t i = 0; i < 3; ++i)
        REQUIRE(f.signAs(i));
    CHECK(f.lastOutcome.amendment == 2);
    CHECK(f.page->outcomeLabel()->text().contains(QStringLiteral("amendment 2")));
    CHECK(f.page->outcomeLabel()->text().contains(QStringLiteral("needs signing again")));
    CHECK(f.session->workspace().currentVersion(f.compact.id) == std::make_pair(2, false));
    const mc::Compact live = f.session->workspace().loadCompact(f.compact.id);
    const auto grant =
        std::find_if(live.milestones.begin(), live.milestones.end(),
                     [](const mc::Milestone& m) { return m.title == "Submit the K99"; });
    REQUIRE(grant != live.milestones.end());
    CHECK(grant->due == mc::Date(2027, 6, 1));
    CHECK(grant->status == mc::MilestoneStatus::Rescheduled);
}

TEST_CASE("The Reviews page exports the shown review as a PDF to file", "[reviews-ui]") {
    Fixture f;
    f.startYearOne();
    QString suggested;
    const QString path = QString::fromStdString(f.dir.file("year1.pdf"));
    f.page->setPdfPathChooser([&](const QString& proposal) {
        suggested = proposal;
        return path;
    });
    REQUIRE(f.page->exportButton()->isEnabled());
    f.page->exportButton()->click();
    CHECK(suggested.endsWith(QStringLiteral("review-year-1-%1.pdf")
                                 .arg(QString::fromStdString(f.compact.id.substr(0, 8)))));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(f.page->outcomeLabel()->text().contains(QStringLiteral("Exported the review of year 1")));

    const std::string pdftotext = MC_PDFTOTEXT;
    if (pdftotext.empty() || pdftotext.ends_with("NOTFOUND"))
        return;
    QProcess process;
    process.start(QString::fromStdString(pdftotext), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Review of year 1")));
    CHECK(text.contains(QStringLiteral("DRAFT")));
    CHECK(text.contains(QStringLiteral("Submit the K99")));

    // Cancelling the file dialog writes nothing.
    f.page->setPdfPathChooser([](const QString&) { return QString(); });
    QFile::remove(path);
    f.page->exportButton()->click();
    CHECK_FALSE(QFile::exists(path));
}
