// Accessibility (issue 9): the keyboard on every page of the compact view,
// the dashboard and every dialog, in English and in Spanish (the letters
// change with the words), and the editors inside table cells, which a
// screen reader must hear by what they are and for which row.

#include "accessibility_checks.h"
#include "core/workspace.h"
#include "ui/compact_view.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/reviews_page.h"
#include "ui/worksheet_model.h"
#include "ui/worksheet_page.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using mc::test::checkKeyboard;
using mc::test::DemoWindow;
using mc::test::keyboardProblems;

namespace {

constexpr int kReviewsPage = 8; // Ctrl+9

// Each compact of the demo, each page in turn: the whole window's central
// area is checked, so a page's letters meet the compact list's.
void checkEveryPage(DemoWindow& demo, const QString& language) {
    mc::ui::CompactView* view = demo.window->compactView();
    for (const mc::CompactListEntry& entry : demo.workspace().listCompacts()) {
        view->showCompact(QString::fromStdString(entry.id));
        for (int page = 0; page < view->tabs()->count(); ++page) {
            view->goToActions()[static_cast<std::size_t>(page)]->trigger();
            QTest::qWait(5);
            REQUIRE(view->currentPage() == page);
            checkKeyboard(demo.window->centralWidget(),
                          QStringLiteral("%1, %2, page %3")
                              .arg(language, QString::fromStdString(entry.title),
                                   view->tabs()->tabText(page)));
        }
    }
    demo.window->showDashboard(true);
    QTest::qWait(10);
    checkKeyboard(demo.window->centralWidget(), language + QStringLiteral(", the dashboard"));
}

void checkEveryDialog(DemoWindow& demo, const QString& language) {
    mc::test::DemoDialogs dialogs(demo);
    for (auto& [what, dialog] : dialogs.dialogs) {
        dialog->show();
        QTest::qWait(5);
        checkKeyboard(dialog.get(), language + QStringLiteral(", ") + what);
        dialog->close();
    }
}

// The worksheet's "Add my own topic" runs its dialog itself: checked once
// it shows, then cancelled.
void checkOwnTopicDialog(const QString& language) {
    int checked = 0;
    QTimer::singleShot(20, [&] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QDialog*>(top); dialog && dialog->isVisible()) {
                mc::test::checkWidget(dialog, language + QStringLiteral(", own topic dialog"));
                checkKeyboard(dialog, language + QStringLiteral(", own topic dialog"));
                ++checked;
                dialog->reject();
            }
    });
    CHECK_FALSE(mc::ui::WorksheetPage::askOwnTopicModally(nullptr).has_value());
    CHECK(checked == 1);
}

QString spoken(QWidget* w, QAccessible::Text text) {
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(text) : QString();
}

} // namespace

TEST_CASE("The keyboard check counts tabs and disabled buttons and lets a list of people go by "
          "Tab",
          "[a11y]") {
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* tabs = new QTabWidget;
    tabs->addTab(new QWidget, QStringLiteral("&Goals"));
    auto* next = new QPushButton(QStringLiteral("&Go on"));
    next->setEnabled(false); // enabled later, and then Alt+G is taken twice
    layout->addWidget(tabs);
    layout->addWidget(next);
    window.show();
    QTest::qWait(10);
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().startsWith(QStringLiteral("Alt+G is taken 2 times")));
    next->setText(QStringLiteral("Go &on"));
    CHECK(keyboardProblems(&window).isEmpty());

    auto* person = new QCheckBox(QStringLiteral("Dr. Ana Ruiz (Scholar)"));
    layout->addWidget(person);
    QTest::qWait(10);
    REQUIRE(keyboardProblems(&window).size() == 1);
    CHECK(keyboardProblems(&window).front().startsWith(QStringLiteral("no mnemonic")));
    person->setObjectName(QStringLiteral("attendee-1")); // one of a list: Tab reaches it
    CHECK(keyboardProblems(&window).isEmpty());
    person->setFocusPolicy(Qt::NoFocus); // then nothing does
    CHECK(keyboardProblems(&window).size() == 2);
}

TEST_CASE("Every page and the dashboard have a letter for each button, in English and Spanish",
          "[a11y]") {
    SECTION("English") {
        DemoWindow demo;
        checkEveryPage(demo, QStringLiteral("English"));
    }
    SECTION("Spanish") {
        mc::ui::Translations translations;
        REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
        DemoWindow demo;
        checkEveryPage(demo, QStringLiteral("Spanish"));
    }
}

TEST_CASE("Every dialog has a letter for each button, in English and Spanish", "[a11y]") {
    SECTION("English") {
        DemoWindow demo;
        checkEveryDialog(demo, QStringLiteral("English"));
    }
    SECTION("Spanish") {
        mc::ui::Translations translations;
        REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
        DemoWindow demo;
        checkEveryDialog(demo, QStringLiteral("Spanish"));
    }
}

TEST_CASE("The worksheet's own topic dialog reads and has its letters, in English and Spanish",
          "[a11y]") {
    SECTION("English") {
        checkOwnTopicDialog(QStringLiteral("English"));
    }
    SECTION("Spanish") {
        mc::ui::Translations translations;
        REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
        checkOwnTopicDialog(QStringLiteral("Spanish"));
    }
}

TEST_CASE("Every combo box of the pages and dialogs says what it is, not only its value",
          "[a11y]") {
    DemoWindow demo;
    QStringList found;
    mc::ui::CompactView* view = demo.window->compactView();
    for (const mc::CompactListEntry& entry : demo.workspace().listCompacts()) {
        view->showCompact(QString::fromStdString(entry.id));
        for (int page = 0; page < view->tabs()->count(); ++page) {
            view->goToActions()[static_cast<std::size_t>(page)]->trigger();
            QTest::qWait(5);
            found << mc::test::valueOnlyCombos(demo.window->centralWidget());
        }
    }
    {
        mc::test::DemoDialogs dialogs(demo);
        for (auto& [what, dialog] : dialogs.dialogs) {
            dialog->show();
            QTest::qWait(5);
            found << mc::test::valueOnlyCombos(dialog.get());
            dialog->close();
        }
    }
    demo.window->showDashboard(true);
    QTest::qWait(10);
    found << mc::test::valueOnlyCombos(demo.window->centralWidget());
    found.removeDuplicates();
    INFO("read by their value alone:\n  " + found.join(QStringLiteral("\n  ")).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("Each editor in a review table is named for what it is and for its row", "[a11y]") {
    DemoWindow demo;
    mc::ui::CompactView* view = demo.window->compactView();
    for (const mc::CompactListEntry& entry : demo.workspace().listCompacts())
        if (!demo.workspace().reviews(entry.id).empty())
            view->showCompact(QString::fromStdString(entry.id));
    view->goToActions()[kReviewsPage]->trigger();
    QTest::qWait(10);
    auto* page = view->page<mc::ui::ReviewsPage>();
    page->selectYear(1); // the demo's review in progress
    REQUIRE(page->editorVisible());
    int combos = 0;
    int edits = 0;
    for (QTableWidget* table :
         {page->milestonesTable(), page->goalsTable(), page->expectationsTable()}) {
        REQUIRE(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 1; column < table->columnCount(); ++column) {
                QWidget* cell = table->cellWidget(row, column);
                if (!cell)
                    continue;
                // The start of the row's title is enough to tell the rows apart.
                const QString rowTitle = table->item(row, 0)->text().left(30);
                const QString what = table->horizontalHeaderItem(column)->text();
                INFO(table->objectName().toStdString()
                     << " row " << row << " column " << what.toStdString() << ": name \""
                     << cell->accessibleName().toStdString() << "\"");
                CHECK(cell->accessibleName().contains(rowTitle));
                CHECK(cell->accessibleName().contains(what, Qt::CaseInsensitive));
                const QString name = spoken(cell, QAccessible::Name);
                const QString description = spoken(cell, QAccessible::Description);
                if (qobject_cast<QComboBox*>(cell)) {
                    // On Linux Qt speaks a combo box's value as its name and
                    // leaves naming to a label; there is none in a cell, so
                    // the description says what it is.
                    CHECK((name.contains(rowTitle) || description.contains(rowTitle)));
                    CHECK(description.contains(what, Qt::CaseInsensitive));
                    ++combos;
                } else {
                    REQUIRE(qobject_cast<QLineEdit*>(cell));
                    CHECK(name.contains(rowTitle));
                    ++edits;
                }
            }
    }
    CHECK(combos >= 3);
    CHECK(edits >= 4);
}

TEST_CASE("A worksheet answer's editor is named for its column and its topic", "[a11y]") {
    QStandardItemModel model(1, mc::ui::WorksheetModel::ColumnCount);
    model.setHorizontalHeaderLabels({QStringLiteral("Topic"), QStringLiteral("Who is responsible"),
                                     QStringLiteral("Importance"),
                                     QStringLiteral("In my own words")});
    model.setData(model.index(0, mc::ui::WorksheetModel::TopicColumn),
                  QStringLiteral("Authorship"));
    const QModelIndex importance = model.index(0, mc::ui::WorksheetModel::ImportanceColumn);
    model.setData(importance,
                  QVariantList{QVariantList{QStringLiteral("Essential"), 5},
                               QVariantList{QStringLiteral("Minor"), 1}},
                  mc::ui::WorksheetModel::ChoicesRole);
    model.setData(model.index(0, mc::ui::WorksheetModel::TextColumn),
                  QStringLiteral("First authorship is shared"));
    mc::ui::WorksheetDelegate delegate;
    QWidget parent;
    QWidget* combo = delegate.createEditor(&parent, QStyleOptionViewItem(), importance);
    REQUIRE(qobject_cast<QComboBox*>(combo));
    CHECK(combo->accessibleName() == QStringLiteral("Importance for topic \u201cAuthorship\u201d"));
    // Qt on Linux speaks the value as the name; the description says what it is.
    CHECK(spoken(combo, QAccessible::Description).contains(QStringLiteral("Authorship")));
    QWidget* words = delegate.createEditor(&parent, QStyleOptionViewItem(),
                                           model.index(0, mc::ui::WorksheetModel::TextColumn));
    REQUIRE(words);
    CHECK(spoken(words, QAccessible::Name).contains(QStringLiteral("Authorship")));
}
