#pragma once
// The accessibility checks (issue 9) shared by the tests of the pages and
// dialogs: accessible names as a screen reader reads them, Tab in reading
// order, and what the keyboard reaches.

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/main_window.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

class QDialog;
class QWidget;

namespace mc::ui {
class Settings;
}

namespace mc::test {

// What a person fills in or presses in `root`'s window, visible: the
// widgets that need a name.
bool isInput(const QWidget* w, const QWidget* root);
// A widget in words for a failure message: class, object name, text, tip.
QString describe(const QWidget* w);
// The inputs a screen reader would announce without a name.
QStringList unnamed(QWidget* root);
// Inputs that Tab never reaches, a Tab order that leaves `root` and comes
// back, and Tab steps that go back up and to the left.
QStringList tabProblems(QWidget* root);
// What the keyboard cannot do: a button neither Tab nor a key reaches, a
// button or check box without a mnemonic (the Enter and Esc buttons of a
// button box have their keys; the entries of a list made per person or
// row, named "<list>-<id>", need only Tab), a mnemonic letter used twice in the window
// (menu titles and tabs included), an accessible name that does not start with the
// words on the button (speech input says those), a text area Tab is caught in.
QStringList keyboardProblems(QWidget* root);

// Combo boxes a screen reader on Linux announces by their value alone: Qt
// gives a combo's current text as its name there and leaves naming to a
// label whose buddy it is, found among the combo's siblings; without such a
// label, the accessible description must say what the combo is.
QStringList valueOnlyCombos(QWidget* root);

// keyboardProblems of `root` as a Catch check (`what` names it on failure).
void checkKeyboard(QWidget* root, const QString& what);

// The demo workspace in a main window, shown, with its first compact open.
struct DemoWindow {
    TempDir dir;
    TestDesktop desktop{dir};
    std::unique_ptr<ui::MainWindow> window = desktop.makeWindow();

    DemoWindow();
    Workspace& workspace();
    Compact compact();
};

// The dialogs of the program, each opened on the demo's shown compact as a
// person first sees it (not shown yet). The merge dialogs and the Help
// windows are opened by accessibility_conflicts_start_guide_tests.cpp.
struct DemoDialogs {
    explicit DemoDialogs(DemoWindow& demo);
    ~DemoDialogs();

    std::unique_ptr<ui::Settings> settings; // the preferences dialog's, outlives it
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs; // what, dialog
};

// Names and Tab order of `root`, as Catch checks (`what` names it on failure).
void checkWidget(QWidget* root, const QString& what);
// checkWidget on `dialog` shown, then closed.
void showDialog(QDialog& dialog, const QString& what);

} // namespace mc::test
