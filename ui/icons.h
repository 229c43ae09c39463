#pragma once
// The application's own icons: small SVG drawings in resources/icons/,
// compiled in through resources.qrc and drawn by Qt's SVG icon engine at
// whatever size and device pixel ratio a screen asks for.

#include <QIcon>
#include <QString>
#include <QStringList>

class QAbstractButton;
class QAction;

namespace mc::ui {

// The icon ":/icons/<name>.svg" ("undo", "add", "move-up"...). Registers
// the resources first, so it works before any window exists.
QIcon appIcon(const char* name);
// The names of every icon in the resources, without ".svg".
QStringList appIconNames();

// What a tooltip says for an action: its text without mnemonic or ellipsis,
// then its shortcut in the platform's words, "Open (Ctrl+O)".
QString toolTipWithShortcut(const QAction* action);
// Sets that tooltip on `action`.
void setShortcutToolTip(QAction* action);

} // namespace mc::ui
