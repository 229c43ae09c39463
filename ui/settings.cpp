#include "ui/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <array>

namespace mc::ui {

namespace {

struct KeyEntry {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

// The one table of keys, their stored names and defaults.
const std::array<KeyEntry, 8>& keyTable() {
    static const std::array<KeyEntry, 8> table{{
        {Settings::Key::Version, "settingsVersion", QVariant(0)},
        {Settings::Key::WindowGeometry, "window/geometry", QVariant(QByteArray())},
        {Settings::Key::SplitterState, "window/splitter", QVariant(QByteArray())},
        {Settings::Key::RecentFiles, "files/recent", QVariant(QStringList())},
        {Settings::Key::LastTab, "editor/lastTab", QVariant(0)},
        {Settings::Key::WindowState, "window/state", QVariant(QByteArray())},
        {Settings::Key::OwnTemplatesFolder, "templates/ownFolder", QVariant(QString())},
        {Settings::Key::Language, "ui/language", QVariant(QStringLiteral("system"))},
    }};
    return table;
}

const KeyEntry& entryOf(Settings::Key key) {
    for (const KeyEntry& entry : keyTable())
        if (entry.key == key)
            return entry;
    return keyTable().front();
}

QString normalised(const QString& path) {
    const QFileInfo info(path);
    return QDir::cleanPath(info.isRelative() ? info.absoluteFilePath() : path);
}

} // namespace

Settings::Settings(QSettings& store) : store_(store) {
    migrate();
}

QString Settings::keyName(Key key) {
    return QString::fromLatin1(entryOf(key).name);
}

QVariant Settings::defaultValue(Key key) {
    return entryOf(key).defaultValue;
}

QVariant Settings::value(Key key) const {
    return store_.value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    store_.setValue(keyName(key), value);
}

void Settings::reset(Key key) {
    store_.remove(keyName(key));
}

QByteArray Settings::windowGeometry() const {
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::splitterState() const {
    return value(Key::SplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state) {
    setValue(Key::SplitterState, state);
}

int Settings::lastTab() const {
    bool ok = false;
    const int index = value(Key::LastTab).toInt(&ok);
    return ok && index >= 0 ? index : 0;
}

void Settings::setLastTab(int index) {
    setValue(Key::LastTab, index);
}

QByteArray Settings::windowState() const {
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    setValue(Key::WindowState, state);
}

QString Settings::ownTemplatesFolder() const {
    return value(Key::OwnTemplatesFolder).toString();
}

void Settings::setOwnTemplatesFolder(const QString& folder) {
    if (folder.isEmpty())
        reset(Key::OwnTemplatesFolder);
    else
        setValue(Key::OwnTemplatesFolder, QDir::cleanPath(folder));
}

QString Settings::language() const {
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString& key) {
    setValue(Key::Language, key);
}

QStringList Settings::storedRecentFiles() const {
    return value(Key::RecentFiles).toStringList();
}

QStringList Settings::recentFiles() {
    const QStringList stored = storedRecentFiles();
    QStringList existing;
    for (const QString& path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    while (existing.size() > kMaxRecentFiles)
        existing.removeLast();
    if (existing != stored)
        setValue(Key::RecentFiles, existing);
    return existing;
}

void Settings::addRecentFile(const QString& path) {
    if (path.isEmpty())
        return;
    const QString clean = normalised(path);
    QStringList files = storedRecentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    setValue(Key::RecentFiles, files);
}

void Settings::removeRecentFile(const QString& path) {
    QStringList files = storedRecentFiles();
    files.removeAll(normalised(path));
    setValue(Key::RecentFiles, files);
}

void Settings::clearRecentFiles() {
    setValue(Key::RecentFiles, QStringList());
}

int Settings::storedVersion() const {
    return value(Key::Version).toInt();
}

void Settings::migrate() {
    int version = storedVersion();
    if (version >= kVersion)
        return; // current, or written by a newer program: leave it alone
    if (version < 1) {
        // Version 0 kept the recent files as one string joined with ';'.
        const QVariant recent = store_.value(keyName(Key::RecentFiles));
        if (recent.typeId() == QMetaType::QString) {
            QStringList files = recent.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
            while (files.size() > kMaxRecentFiles)
                files.removeLast();
            setValue(Key::RecentFiles, files);
        }
        version = 1;
    }
    // The version is written last, once every step has run.
    setValue(Key::Version, version);
}

void Settings::sync() {
    store_.sync();
}

} // namespace mc::ui
