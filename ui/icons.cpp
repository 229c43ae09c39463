#include "ui/icons.h"

#include "ui/app_resources.h"
#include "ui/theme_colors.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QKeySequence>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace mc::ui {

namespace {

// The icons' one stroke colour, dark grey: too dark on a dark window.
constexpr char kStroke[] = "#4a5a6a";
constexpr char kStrokeOnDark[] = "#c5ced8";

// The icon drawn with a light stroke, at the sizes toolbars, menus and
// buttons ask for up to a 200% scale, so nothing is scaled up.
QIcon lightStrokeIcon(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QSvgRenderer renderer(file.readAll().replace(kStroke, kStrokeOnDark));
    QIcon icon;
    for (const int size : {16, 20, 22, 24, 32, 40, 44, 48, 64, 96}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon appIcon(const char* name) {
    ensureResources();
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    if (isDarkPalette(QGuiApplication::palette()))
        return lightStrokeIcon(path);
    return QIcon(path);
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
