// The accessibility checks shared by the tests (accessibility_checks.h).

#include "accessibility_checks.h"

#include "ui/batch_export_dialog.h"
#include "ui/clause_dialog.h"
#include "ui/close_compact_dialog.h"
#include "ui/compact_view.h"
#include "ui/goal_dialog.h"
#include "ui/meeting_dialog.h"
#include "ui/milestone_dialog.h"
#include "ui/new_compact_dialog.h"
#include "ui/person_dialog.h"
#include "ui/preferences_dialog.h"
#include "ui/reflection_dialog.h"
#include "ui/save_template_dialog.h"
#include "ui/settings.h"
#include "ui/sign_dialog.h"
#include "ui/workspace_session.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <catch2/catch.hpp>

namespace mc::test {

namespace {

bool takesTab(const QWidget* w) {
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(w->window()) && w->isEnabled();
}

// The letter after a single '&' ("&&" is a literal ampersand), lower case;
// a null QChar when there is none.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// The words a person sees: no '&', no trailing ellipsis or colon.
QString visibleWords(const QString& text) {
    QString words = text;
    words.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    words.remove(QLatin1Char('&'));
    words.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    while (words.endsWith(QChar(0x2026)) || words.endsWith(QLatin1Char(':')) ||
           words.endsWith(QLatin1Char('.')))
        words.chop(1);
    return words.trimmed();
}

// Enter presses a dialog's accept button and Esc its reject button.
bool hasItsOwnKey(const QAbstractButton* button) {
    const auto* box = qobject_cast<const QDialogButtonBox*>(button->parentWidget());
    if (!box)
        return false;
    const QDialogButtonBox::ButtonRole role = box->buttonRole(const_cast<QAbstractButton*>(button));
    return role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::RejectRole;
}

// One of the check boxes or buttons a loop makes per person or per row,
// named "<list>-<id>" ("attendee-<id>"): a letter each would soon run out
// and repeat, so Tab reaches them instead.
bool entryOfList(const QWidget* w) {
    return w->objectName().indexOf(QLatin1Char('-')) > 0;
}

} // namespace

bool isInput(const QWidget* w, const QWidget* root) {
    // Popups (a combo box's list, a date's calendar) are other windows, and
    // headers and the corner button are parts of their view.
    if (w->window() != root->window() || !w->isVisibleTo(w->window()) ||
        qobject_cast<const QScrollBar*>(w) || qobject_cast<const QTabBar*>(w) ||
        qobject_cast<const QHeaderView*>(w) || w->inherits("QTableCornerButton"))
        return false;
    // The inner line edit of a spin box or combo box is its parent's part.
    if (qobject_cast<const QLineEdit*>(w))
        return !qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) &&
               !qobject_cast<const QComboBox*>(w->parentWidget());
    return qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractButton*>(w);
}

QString describe(const QWidget* w) {
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char(' ') + w->objectName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text += QStringLiteral(" \"%1\"").arg(button->text());
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" tip \"%1\"").arg(w->toolTip());
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            text += QStringLiteral(" in ") + p->objectName();
            break;
        }
    return text;
}

QStringList unnamed(QWidget* root) {
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isInput(w, root))
            continue;
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            missing << describe(w);
    }
    return missing;
}

// Tab visits the widgets that take Tab in the window's focus chain. Each
// input of `root` must take Tab (buttons and views may leave it to the
// mnemonics or the page shortcuts), and Tab must visit root's widgets in one
// run: once Tab leaves `root` it comes back only after a full round.
QStringList tabProblems(QWidget* root) {
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>())
        if (isInput(w, root) && w->isEnabled() && !takesTab(w) &&
            !qobject_cast<const QAbstractButton*>(w) &&
            !qobject_cast<const QAbstractItemView*>(w) && !w->focusProxy())
            problems << QStringLiteral("not in the tab order: ") + describe(w);
    QList<QWidget*> order;
    QWidget* start = root->window();
    QWidget* w = start;
    do {
        if (takesTab(w) && !w->focusProxy())
            order.append(w);
        w = w->nextInFocusChain();
    } while (w != start && order.size() < 5000);
    int runs = 0;
    for (int i = 0; i < order.size(); ++i) {
        const bool inside = root->isAncestorOf(order[i]);
        const bool before = root->isAncestorOf(order[(i + order.size() - 1) % order.size()]);
        if (inside && (!before || order.size() == 1))
            ++runs;
    }
    // Reading order: from one widget to the next, Tab goes down or right;
    // a step both up and to the left means the order skipped back.
    QWidget* previous = nullptr;
    for (QWidget* t : order) {
        if (!root->isAncestorOf(t))
            continue;
        if (previous) {
            const QRect from(previous->mapTo(root->window(), QPoint()), previous->size());
            const QRect to(t->mapTo(root->window(), QPoint()), t->size());
            if (to.bottom() < from.top() && to.right() < from.left())
                problems << QStringLiteral("Tab goes back up and left from ") + describe(previous) +
                                QStringLiteral(" to ") + describe(t);
        }
        previous = t;
    }
    if (runs > 1) {
        QStringList sequence;
        for (QWidget* t : order)
            sequence << (root->isAncestorOf(t) ? QStringLiteral("* ") : QStringLiteral("  ")) +
                            describe(t);
        problems << QStringLiteral("Tab leaves and comes back %1 times:\n    ").arg(runs - 1) +
                        sequence.join(QStringLiteral("\n    "));
    }
    return problems;
}

QStringList keyboardProblems(QWidget* root) {
    QStringList problems;
    QMap<QChar, QStringList> letters; // mnemonic -> who uses it
    if (const auto* main = qobject_cast<const QMainWindow*>(root->window());
        main && main->menuBar())
        for (const QAction* menu : main->menuBar()->actions())
            if (const QChar letter = mnemonicOf(menu->text()); !letter.isNull())
                letters[letter] << QStringLiteral("menu ") + menu->text();
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->window() != root->window() || !w->isVisibleTo(w->window()))
            continue;
        // A tab's letter shows its page, and takes the letter like a button.
        if (const auto* bar = qobject_cast<const QTabBar*>(w)) {
            for (int tab = 0; tab < bar->count(); ++tab)
                if (const QChar letter = mnemonicOf(bar->tabText(tab));
                    !letter.isNull() && bar->isTabEnabled(tab) && bar->isTabVisible(tab))
                    letters[letter] << QStringLiteral("tab ") + bar->tabText(tab);
            continue;
        }
        if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy()) {
            if (const QChar letter = mnemonicOf(label->text()); !letter.isNull())
                letters[letter] << QStringLiteral("label ") + label->text();
            continue;
        }
        if (const auto* text = qobject_cast<const QPlainTextEdit*>(w);
            text && !text->tabChangesFocus())
            problems << QStringLiteral("Tab is caught in ") + describe(w);
        if (const auto* text = qobject_cast<const QTextEdit*>(w); text && !text->tabChangesFocus())
            problems << QStringLiteral("Tab is caught in ") + describe(w);
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        // Tool buttons are their actions': shortcuts and menus. The corner
        // button of a table selects all, which Ctrl+A does in the table.
        if (!button || qobject_cast<const QToolButton*>(w) || w->inherits("QTableCornerButton"))
            continue;
        const QChar letter = mnemonicOf(button->text());
        // A disabled button's letter still counts: it comes back when the
        // button is enabled (a row selected).
        if (!letter.isNull())
            letters[letter] << describe(w);
        if (!button->isEnabled())
            continue;
        const bool ownKey = hasItsOwnKey(button) || !button->shortcut().isEmpty() ||
                            (entryOfList(w) && takesTab(w));
        if (letter.isNull() && !ownKey && !button->text().isEmpty())
            problems << QStringLiteral("no mnemonic: ") + describe(w);
        if (letter.isNull() && !ownKey && !takesTab(w))
            problems << QStringLiteral("the keyboard never reaches ") + describe(w);
        const QString words = visibleWords(button->text());
        QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name) : QString();
        if (!words.isEmpty() && !name.startsWith(words, Qt::CaseInsensitive))
            problems
                << QStringLiteral("the name \"%1\" does not begin with the words on ").arg(name) +
                       describe(w);
    }
    for (auto it = letters.cbegin(); it != letters.cend(); ++it)
        if (it->size() > 1)
            problems << QStringLiteral("Alt+%1 is taken %2 times: ")
                                .arg(it.key().toUpper())
                                .arg(it->size()) +
                            it->join(QStringLiteral(", "));
    return problems;
}

QStringList valueOnlyCombos(QWidget* root) {
    QStringList found;
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (!isInput(combo, root) || !combo->accessibleDescription().isEmpty())
            continue;
        bool labelled = false;
        for (const QLabel* label :
             combo->parentWidget()->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly))
            labelled = labelled || label->buddy() == combo;
        if (!labelled)
            found << describe(combo) + QStringLiteral(" named \"%1\"").arg(combo->accessibleName());
    }
    return found;
}

void checkKeyboard(QWidget* root, const QString& what) {
    INFO(what.toStdString());
    const QStringList problems = keyboardProblems(root);
    INFO("keyboard:\n  " + problems.join(QStringLiteral("\n  ")).toStdString());
    CHECK(problems.isEmpty());
}

DemoWindow::DemoWindow() {
    REQUIRE(window->openWorkspace(desktop.makeDemo()));
    window->resize(1400, 900);
    window->show();
    QTest::qWait(20);
    REQUIRE_FALSE(window->compactView()->isShowingHint());
}

Workspace& DemoWindow::workspace() {
    return window->session()->workspace();
}

Compact DemoWindow::compact() {
    return workspace().loadCompact(window->compactView()->compactId().toStdString());
}

DemoDialogs::DemoDialogs(DemoWindow& demo) {
    const Compact compact = demo.compact();
    const Date today = kUiToday;
    REQUIRE_FALSE(compact.goals.empty());
    REQUIRE_FALSE(compact.milestones.empty());
    REQUIRE_FALSE(compact.expectations.empty());
    const auto add = [this](const char* what, QDialog* dialog) {
        dialogs.emplace_back(QString::fromLatin1(what), std::unique_ptr<QDialog>(dialog));
    };
    add("person dialog", new ui::PersonDialog);
    add("goal dialog", new ui::GoalDialog(compact, compact.goals.front()));
    add("milestone dialog", new ui::MilestoneDialog(compact, compact.milestones.front(), today));
    add("clause dialog", new ui::ClauseDialog(compact.expectations.front(), {}));
    Meeting meeting; // a new one, with an action item so that its row is checked too
    meeting.actionItems.emplace_back();
    meeting.actionItems.back().text = "Send the draft aims";
    add("meeting dialog", new ui::MeetingDialog(compact, meeting, today));
    add("sign dialog", new ui::SignDialog(*demo.window->session(), compact.id,
                                          demo.workspace().signers(compact.id), today));
    std::string reviewCompactId, reviewId, personId;
    for (const auto& entry : demo.workspace().listCompacts())
        for (const auto& review : demo.workspace().reviews(entry.id)) {
            reviewCompactId = entry.id;
            reviewId = review.id;
            personId = demo.workspace().loadCompact(entry.id).people.front().id;
        }
    REQUIRE_FALSE(reviewId.empty());
    add("reflection dialog", new ui::ReflectionDialog(*demo.window->session(), reviewCompactId,
                                                      reviewId, personId, today));
    add("new compact dialog", new ui::NewCompactDialog(today));
    add("close compact dialog", new ui::CloseCompactDialog(compact, today));
    add("save template dialog", new ui::SaveTemplateDialog(ui::TemplateDetails{}));
    ui::SignedCompactRow row;
    row.compactId = QString::fromStdString(compact.id);
    row.scholar = QStringLiteral("Dr. Amara Okafor");
    row.program = QStringLiteral("KL2");
    row.cohort = QStringLiteral("2025");
    row.signedYear = 2026;
    add("export signed compacts dialog",
        new ui::BatchExportDialog(
            {row}, QString::fromStdString(demo.dir.path().string()),
            [](QWidget*, const QString&, const QString&) { return QString(); },
            [](QWidget*, const QString&) { return QString(); }));
    settings = std::make_unique<ui::Settings>(*demo.desktop.settings);
    add("preferences dialog",
        new ui::PreferencesDialog(
            *settings, [](QWidget*, const QString&, const QString&) { return QString(); }));
}

DemoDialogs::~DemoDialogs() = default;

void checkWidget(QWidget* root, const QString& what) {
    INFO(what.toStdString());
    const QStringList missing = unnamed(root);
    INFO("without an accessible name:\n  " + missing.join(QStringLiteral("\n  ")).toStdString());
    CHECK(missing.isEmpty());
    const QStringList tabs = tabProblems(root);
    INFO("tab order:\n  " + tabs.join(QStringLiteral("\n  ")).toStdString());
    CHECK(tabs.isEmpty());
}

void showDialog(QDialog& dialog, const QString& what) {
    dialog.show();
    QTest::qWait(10);
    checkWidget(&dialog, what);
    dialog.close();
}

} // namespace mc::test
