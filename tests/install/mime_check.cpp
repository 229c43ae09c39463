// Checks the installed MIME type of .compact files as a desktop reads it,
// through Qt's shared-mime-info database (XDG_DATA_DIRS must name the
// installed share folder first): known, a kind of SQLite database, with its
// own icon, matched by name and, for a renamed file, by content: "SQLite
// format 3" at 0 and the application id "MCPT" at 68. Another program's
// SQLite file stays a plain SQLite database.
//   mime_check WORKSPACE.compact SCRATCH_DIR
// Exit code 0 when every check passes, 1 otherwise (each failure printed).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QMimeType>
#include <cstdio>

namespace {

const QString kType = QStringLiteral("application/x-mentoring-compact");
int failures = 0;

void check(bool ok, const QString& what) {
    if (!ok) {
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(what));
        ++failures;
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: mime_check WORKSPACE.compact SCRATCH_DIR\n");
        return 2;
    }
    const QString workspace = QString::fromLocal8Bit(argv[1]);
    const QDir scratch(QString::fromLocal8Bit(argv[2]));
    QMimeDatabase db;

    const QMimeType type = db.mimeTypeForName(kType);
    check(type.isValid(), kType + " is not known: is the installed share folder in XDG_DATA_DIRS?");
    check(type.inherits(QStringLiteral("application/vnd.sqlite3")),
          kType + " is not a kind of application/vnd.sqlite3");
    check(type.iconName() == QStringLiteral("application-x-mentoring-compact"),
          "the icon is " + type.iconName());
    check(type.globPatterns().contains(QStringLiteral("*.compact")),
          "the globs are " + type.globPatterns().join(QLatin1Char(' ')));

    const QString byName = db.mimeTypeForFile(workspace).name();
    check(byName == kType, "the workspace " + workspace + " is " + byName);

    // The same bytes under a name that says nothing: only the content tells.
    const QString renamed = scratch.filePath(QStringLiteral("renamed.data"));
    QFile::remove(renamed);
    check(QFile::copy(workspace, renamed), "cannot copy the workspace to " + renamed);
    const QString byContent = db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name();
    check(byContent == kType, "a renamed workspace is " + byContent);

    // Another program's SQLite file: application id 0 instead of MCPT.
    const QString other = scratch.filePath(QStringLiteral("other.data"));
    QFile::remove(other);
    check(QFile::copy(workspace, other), "cannot copy the workspace to " + other);
    QFile file(other);
    if (file.open(QIODevice::ReadWrite)) {
        check(file.seek(68) && file.write(QByteArray(4, '\0')) == 4, "cannot write " + other);
        file.close();
    } else {
        check(false, "cannot open " + other);
    }
    const QString otherType = db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name();
    check(otherType == QStringLiteral("application/vnd.sqlite3"),
          "another program's SQLite file is " + otherType);

    return failures == 0 ? 0 : 1;
}
