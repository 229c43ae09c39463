#include "ui/icons.h"

#include "ui/app_resources.h"

#include <QAction>
#include <QDir>
#include <QKeySequence>

namespace mc::ui {

QIcon appIcon(const char* name) {
    ensureResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QStringList appIconNames() {
    ensureResources();
    QStringList names;
    const QStringList files =
        QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QString& file : files)
        names << file.chopped(4);
    return names;
}

QString toolTipWithShortcut(const QAction* action) {
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026)); // the ellipsis of "Open…"
    text = text.trimmed();
    const QKeySequence key = action->shortcut();
    if (key.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

void setShortcutToolTip(QAction* action) {
    action->setToolTip(toolTipWithShortcut(action));
}

} // namespace mc::ui
