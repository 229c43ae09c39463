#pragma once
// The desktop application's own settings (not the workspace's data): window
// geometry and toolbars, splitter position, recently opened files, the last
// page, the folder of the program's own compact templates, the language.
//
// One typed class over a QSettings that is passed in explicitly (no
// singleton): the application uses the platform's settings, tests a
// temporary .ini file. Every key is an enum value with its name and default
// in one table; `kVersion` and migrate() carry older settings forward.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace mc::ui {

class Settings {
public:
    // The version of the layout written by this program. Version 0 is a
    // store with no version key (nothing written yet, or a first draft that
    // kept the recent files as one ';'-separated string).
    static constexpr int kVersion = 1;
    static constexpr int kMaxRecentFiles = 8;

    enum class Key {
        Version,
        WindowGeometry,
        SplitterState,
        RecentFiles,
        LastTab,
        WindowState,
        OwnTemplatesFolder,
        Language
    };

    // Uses `store`, which must outlive this object; migrates it at once.
    explicit Settings(QSettings& store);

    // The name each key is stored under, and its default value.
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    int lastTab() const;
    void setLastTab(int index);
    // QMainWindow::saveState: which toolbars show, and where.
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // The folder of the program's own templates, read after the built-in
    // ones and written by Save as template; empty when none was chosen.
    QString ownTemplatesFolder() const;
    void setOwnTemplatesFolder(const QString& folder);
    // The language chosen in Preferences: "system" (the default), "en" or
    // "es" (ui/language.h); read at start-up.
    QString language() const;
    void setLanguage(const QString& key);

    // Most recent first, at most kMaxRecentFiles, only files that still
    // exist (missing ones are dropped from the list as well).
    QStringList recentFiles();
    // Puts `path` first (moving it if listed already) and trims the list.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    int storedVersion() const;
    // Brings an older store up to kVersion, one step at a time; a store
    // written by a newer program is left as it is. Safe to call again.
    void migrate();
    // Writes everything to permanent storage now.
    void sync();

private:
    QStringList storedRecentFiles() const;

    QSettings& store_;
};

} // namespace mc::ui
