// One desktop application per session: a later `mentoring-compact FILE`
// hands FILE to the running instance's window (ui/single_instance.h).

#include "core/workspace.h"
#include "desktop_test_support.h"
#include "support/temp_dir.h"
#include "ui/main_window.h"
#include "ui/single_instance.h"
#include "ui/workspace_session.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using mc::test::TempDir;
using mc::ui::SingleInstance;

namespace {

QString socketIn(const TempDir& dir) {
    return QString::fromStdString(dir.file("instance.socket"));
}

// A later instance, as another process would be: its own thread, blocking.
class LaterInstance {
public:
    LaterInstance(QString serverName, QString path)
        : thread_([this, serverName, path] {
              handedOver_ = SingleInstance(serverName).handOver(path, 5000);
              done_ = true;
          }) {}
    ~LaterInstance() { thread_.join(); }
    LaterInstance(const LaterInstance&) = delete;
    LaterInstance& operator=(const LaterInstance&) = delete;

    // Runs this thread's events (the listening instance's) until it is done.
    bool finish() {
        const QDeadlineTimer deadline(10000);
        while (!done_ && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        thread_.join();
        thread_ = std::thread([] {});
        return handedOver_;
    }

private:
    std::atomic<bool> handedOver_{false};
    std::atomic<bool> done_{false};
    std::thread thread_;
};

void processEventsFor(int ms) {
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

TEST_CASE("With no instance running, a file is not handed over", "[ui][single-instance]") {
    TempDir dir;
    const SingleInstance later(socketIn(dir));
    CHECK_FALSE(later.handOver(QStringLiteral("lab.compact"), 1000));
}

TEST_CASE("A later instance hands its file to the listening one, as an absolute path",
          "[ui][single-instance]") {
    TempDir dir;
    SingleInstance running(socketIn(dir));
    REQUIRE(running.listen());
    CHECK(running.isListening());
    QSignalSpy requested(&running, &SingleInstance::openRequested);

    LaterInstance later(running.serverName(), QStringLiteral("relative/lab.compact"));
    CHECK(later.finish());
    processEventsFor(50); // the request is passed on after the answer
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() ==
          QDir::current().absoluteFilePath(QStringLiteral("relative/lab.compact")));
}

TEST_CASE("Only one instance listens, and a socket left behind is replaced",
          "[ui][single-instance]") {
    TempDir dir;
    const QString name = socketIn(dir);
    {
        SingleInstance first(name);
        REQUIRE(first.listen());
        SingleInstance second(name);
        CHECK_FALSE(second.listen());
        CHECK_FALSE(second.isListening());
    }
    // The first has ended and removed its socket; a program that crashed
    // leaves one nobody answers.
    QFile leftBehind(name);
    REQUIRE(leftBehind.open(QIODevice::WriteOnly));
    leftBehind.close();
    SingleInstance third(name);
    CHECK(third.listen());
}

TEST_CASE("A file handed over opens in the running window", "[ui][single-instance]") {
    TempDir dir;
    mc::test::TestDesktop desktop(dir);
    auto window = desktop.makeWindow();
    window->show();
    SingleInstance running(socketIn(dir));
    REQUIRE(running.listen());
    openHandedOverFiles(running, *window);
    REQUIRE(window->isShowingStartPage());

    const QString demo = desktop.makeDemo();
    LaterInstance later(running.serverName(), demo);
    CHECK(later.finish());
    const QDeadlineTimer deadline(5000);
    while (window->isShowingStartPage() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK_FALSE(window->isShowingStartPage());
    REQUIRE(window->session() != nullptr);
    CHECK(QFileInfo(QString::fromStdString(window->session()->workspace().path())) ==
          QFileInfo(demo));
    CHECK(desktop.errors.isEmpty());
}
