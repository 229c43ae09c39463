// empty-window-bench: the floor for start-up. A QApplication and one empty
// QWidget, shown; at the first expose, handled and so painted, it prints
// the same line as mentoring-compact's MC_STARTUP_PROBE and quits. ui-bench
// starts it beside the real application (docs/performance.md).

#include <QApplication>
#include <QWidget>
#include <QWindow>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

class ExposeProbe : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Expose && !fired_) {
            fired_ = true;
            QMetaObject::invokeMethod(this, &ExposeProbe::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report() {
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        const auto us = [](const timeval& t) {
            return t.tv_sec * 1'000'000LL + t.tv_usec;
        };
        std::printf("mc-startup-probe exposed_ns=%lld cpu_us=%lld\n",
                    now.tv_sec * 1'000'000'000LL + now.tv_nsec,
                    us(usage.ru_utime) + us(usage.ru_stime));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }
    bool fired_ = false;
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1100, 720); // the main window's size
    window.show();
    ExposeProbe probe;
    window.windowHandle()->installEventFilter(&probe);
    return QApplication::exec();
}
