#pragma once
// One desktop application per user session: `mentoring-compact FILE` (or a
// double-click on a .compact file) while a window is open hands FILE to that
// window instead of starting a second program on the same files. A local
// socket in the user's runtime folder carries the request (QLocalServer).

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace mc::ui {

class MainWindow;

class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `serverName`: a socket path, or a bare name Qt places in the temporary folder.
    explicit SingleInstance(QString serverName, QObject* parent = nullptr);
    ~SingleInstance() override;
    SingleInstance(const SingleInstance&) = delete;
    SingleInstance& operator=(const SingleInstance&) = delete;

    // The user's socket: mentoring-compact.socket in the runtime folder
    // ($XDG_RUNTIME_DIR, private to the user).
    static QString defaultServerName();
    const QString& serverName() const { return name_; }

    // Asks the running instance to open `path`, made absolute here (the
    // other program has another working folder). True when it answered that
    // it will; false when none runs or none answered within timeoutMs.
    // Blocks; needs no event loop.
    bool handOver(const QString& path, int timeoutMs = 3000) const;

    // Takes the requests of later instances. False when another instance
    // listens already or the socket cannot be made: this one then runs on
    // its own. A socket left behind by a program that ended is replaced.
    bool listen();
    bool isListening() const;

signals:
    // A later instance asked to open this absolute path.
    void openRequested(const QString& path);

private:
    void acceptConnections();
    void readRequest(QLocalSocket* socket);

    QString name_;
    QLocalServer* server_ = nullptr;
};

// Opens in `window` each file a later instance hands over, and brings the
// window forward.
void openHandedOverFiles(SingleInstance& instance, MainWindow& window);

} // namespace mc::ui
