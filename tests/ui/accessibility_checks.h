#pragma once
// The accessibility checks (issue 9) shared by the tests of the pages and
// dialogs: accessible names as a screen reader reads them, Tab in reading
// order, and what the keyboard reaches.

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

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
// button box have their keys), a mnemonic letter used twice in the window
// (menu titles included), an accessible name that does not start with the
// words on the button (speech input says those), a text area Tab is caught in.
QStringList keyboardProblems(QWidget* root);

// Names and Tab order of `root`, as Catch checks (`what` names it on failure).
void checkWidget(QWidget* root, const QString& what);
// checkWidget on `dialog` shown, then closed.
void showDialog(QDialog& dialog, const QString& what);

} // namespace mc::test
