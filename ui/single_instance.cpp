#include "ui/single_instance.h"

#include "ui/main_window.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace mc::ui {

namespace {

// A request is the verb and the absolute path; the answer "ok" or "refused".
const QString kOpen = QStringLiteral("open");
const QString kOk = QStringLiteral("ok");
const QString kRefused = QStringLiteral("refused");
constexpr auto kStreamVersion = QDataStream::Qt_6_4;
// Nothing a request holds comes near this: a stranger's bytes are dropped.
constexpr qint64 kMaxRequestBytes = 64 * 1024;

QByteArray encode(const QStringList& words) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    for (const QString& word : words)
        out << word;
    return bytes;
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent), name_(std::move(serverName)) {
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder + QStringLiteral("/mentoring-compact.socket");
}

bool SingleInstance::handOver(const QString& path, int timeoutMs) const {
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name_);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime())))
        return false;
    socket.write(encode({kOpen, QFileInfo(path).absoluteFilePath()}));
    if (!socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime())))
        return false;
    QDataStream in(&socket);
    in.setVersion(kStreamVersion);
    for (;;) {
        in.startTransaction();
        QString answer;
        in >> answer;
        if (in.commitTransaction())
            return answer == kOk;
        if (deadline.hasExpired() ||
            !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            return false;
    }
}

bool SingleInstance::listen() {
    if (isListening())
        return true;
    {
        QLocalSocket probe;
        probe.connectToServer(name_);
        if (probe.waitForConnected(500))
            return false; // another instance answers
    }
    QLocalServer::removeServer(name_); // left by a program that ended
    server_ = new QLocalServer(this);
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    connect(server_, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    if (server_->listen(name_))
        return true;
    delete server_;
    server_ = nullptr;
    return false;
}

bool SingleInstance::isListening() const {
    return server_ && server_->isListening();
}

void SingleInstance::acceptConnections() {
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket* socket) {
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.setVersion(kStreamVersion);
    in.startTransaction();
    QString verb;
    QString path;
    in >> verb >> path;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    const bool ok = verb == kOpen && QFileInfo(path).isAbsolute();
    socket->write(encode({ok ? kOk : kRefused}));
    socket->flush();
    // After the answer has gone: opening may ask questions in dialogs.
    if (ok)
        QTimer::singleShot(0, this, [this, path] { emit openRequested(path); });
}

void openHandedOverFiles(SingleInstance& instance, MainWindow& window) {
    QObject::connect(
        &instance, &SingleInstance::openRequested, &window, [&window](const QString& path) {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
            window.openWorkspace(path);
        });
}

} // namespace mc::ui
