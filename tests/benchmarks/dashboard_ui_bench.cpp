// dashboard-ui-bench: the dashboard of a program-scale workspace shown in the
// main window (issue 7; docs/performance.md, "Dashboard in the window"). Run
// by hand under a display server, not by the test suite:
//
//   build/tests/benchmarks/dashboard-bench --keep /tmp/lived.compact   # once
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/benchmarks/dashboard-ui-bench
//       --workspace /tmp/lived.compact
//
// Without --workspace it writes bench_workspace's 1,000 compacts (no
// reviews, worksheets or meetings) to a temporary file, in a child process
// so the peak memory is the window's alone. Options: --runs N.
//
// Figures: View > Dashboard from the editor until the table is about to
// paint, and until a chart paints with its figures (the workspace opened again before
// each, so every show reads it afresh: updateDashboardCache and
// Workspace::dashboard, the model, the table; then measureRows and the
// charts, which the page reads after the table's paint); a program filter chosen until painted; and
// the process's peak resident memory (VmHWM) with the workspace open and the dashboard shown. Exits
// 1 when a sanity check fails.

#include "bench_stats.h"
#include "bench_workspace.h"
#include "core/workspace.h"
#include "ui/cohort_charts.h"
#include "ui/cohort_charts_achievement.h"
#include "ui/dashboard_model.h"
#include "ui/dashboard_page.h"
#include "ui/main_window.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace mc;
using namespace mc::bench;

namespace {

bool failed = false;

void require(bool ok, const std::string& what) {
    if (!ok) {
        std::printf("SANITY CHECK FAILED: %s\n", what.c_str());
        failed = true;
    }
}

// Notes when `widget` or one of its children is first about to paint once
// `ready` says what it shows is there (always, without one), and how long
// `watch` had run by then.
class PaintWatch : public QObject {
public:
    PaintWatch(QWidget* widget, const Stopwatch& watch, std::function<bool()> ready = {})
        : widget_(widget), watch_(watch), ready_(std::move(ready)) {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~PaintWatch() override { QCoreApplication::instance()->removeEventFilter(this); }
    bool painted() const { return painted_; }
    // The watch's figures at the first paint, as one sample.
    void addTo(Samples& samples) const {
        samples.wall.push_back(wallMs_);
        samples.cpu.push_back(cpuMs_);
        samples.preempted += preempted_ ? 1 : 0;
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (!painted_ && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto* painted = static_cast<QWidget*>(watched);
            if ((painted == widget_ || widget_->isAncestorOf(painted)) && (!ready_ || ready_())) {
                painted_ = true;
                wallMs_ = watch_.elapsedMs();
                cpuMs_ = watch_.cpuMs();
                preempted_ = watch_.preempted();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* widget_;
    const Stopwatch& watch_;
    std::function<bool()> ready_;
    bool painted_ = false;
    double wallMs_ = 0;
    double cpuMs_ = 0;
    bool preempted_ = false;
};

template <typename Done> bool processUntil(Done done) {
    QTimer wake;
    wake.start(50);
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 20'000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void drainEvents() {
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    return in >> one >> five >> fifteen ? one + " " + five + " " + fifteen : "unknown";
}

// A line of /proc/self/status in kB ("VmHWM", "VmRSS"), 0 when missing.
long statusKb(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + ":", 0) == 0)
            return std::strtol(line.c_str() + key.size() + 1, nullptr, 10);
    return 0;
}

// The process's peak over the whole run, kept across resetPeak().
long overallPeak = 0;

// Sets VmHWM back to the current RSS (Linux: clear_refs 5), so a phase's
// peak can be read on its own; the peak so far is kept in overallPeak.
void resetPeak() {
    overallPeak = std::max(overallPeak, statusKb("VmHWM"));
    std::ofstream("/proc/self/clear_refs") << "5";
}

std::string mib(long kb) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(kb) / 1024.0);
    return text;
}

struct Options {
    std::string workspace;
    int runs = 20;
};

Options parseOptions(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--workspace" && i + 1 < argc)
            options.workspace = argv[++i];
        else if (arg == "--runs" && i + 1 < argc)
            options.runs = std::max(2, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: dashboard-ui-bench [--workspace PATH] [--runs N]\n");
            std::exit(arg == "--help" ? 0 : 2);
        }
    }
    return options;
}

int run(const Options& options, int argc, char** argv) {
    fs::path folder;
    std::string path = options.workspace;
    if (path.empty()) {
        std::string pattern = (fs::temp_directory_path() / "dashboard-ui-bench-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("cannot create a temporary folder");
        folder = pattern;
        path = (folder / "program.compact").string();
        // In a child process, so generating leaves this one's peak memory alone.
        const pid_t child = ::fork();
        if (child == 0) {
            Workspace workspace = Workspace::create(path, "Benchmark program");
            workspace.insertCompacts(generateCompacts(1000));
            std::_Exit(0);
        }
        int status = 0;
        if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0)
            throw std::runtime_error("could not write the benchmark workspace");
    }
    int compacts = 0;
    {
        const Workspace workspace = Workspace::open(path, OpenMode::ReadOnly);
        compacts = static_cast<int>(workspace.listCompacts().size());
    }

    QApplication app(argc, argv);
    std::printf("dashboard-ui-bench: %s (%d compacts); today %s; platform %s; load average at "
                "start: %s\n\n",
                path.c_str(), compacts, formatIsoDate(benchToday()).c_str(),
                qPrintable(QApplication::platformName()), loadAverage().c_str());
    std::vector<Row> rows;
    long rssOpen = 0;
    long rssShown = 0;
    long peakOpen = 0; // VmHWM of the first open alone
    long peakShow = 0; // VmHWM of the first show of the dashboard alone
    {
        ui::DesktopServices services;
        services.reportError = [](QWidget*, const QString& message) {
            std::printf("error shown: %s\n", qPrintable(message));
        };
        services.today = [] {
            return benchToday();
        };
        ui::MainWindow window(services);
        window.resize(1600, 1000);
        window.show();
        require(processUntil([&] { return window.windowHandle()->isExposed(); }),
                "the window was never exposed");
        drainEvents();
        ui::DashboardPage* dashboard = window.dashboard();
        QWidget* chart = dashboard->charts()->achievement()->view();

        Samples first;
        Samples again;
        Samples firstTable;
        Samples againTable;
        for (int rep = 0; rep < options.runs; ++rep) {
            window.closeWorkspace();
            if (rep == 0)
                resetPeak();
            require(window.openWorkspace(QString::fromStdString(path)), "the workspace opened");
            drainEvents();
            if (rep == 0) {
                rssOpen = statusKb("VmRSS");
                peakOpen = statusKb("VmHWM");
                resetPeak();
            }
            const Stopwatch watch;
            PaintWatch table(dashboard->table()->viewport(), watch);
            // The chart's paint with its figures: the measures are read and
            // handed to the charts after the table's first paint.
            PaintWatch charts(chart, watch, [&] { return !dashboard->shownMeasures().empty(); });
            window.showDashboard(true);
            const bool shown = processUntil([&] { return table.painted() && charts.painted(); });
            require(shown, "the dashboard did not paint");
            table.addTo(rep == 0 ? firstTable : againTable);
            charts.addTo(rep == 0 ? first : again);
            require(dashboard->model()->rowCount() == compacts,
                    "the dashboard lists " + std::to_string(dashboard->model()->rowCount()) +
                        " compacts, not " + std::to_string(compacts));
            drainEvents();
            if (rep == 0) {
                rssShown = statusKb("VmRSS");
                peakShow = statusKb("VmHWM");
            }
            window.showDashboard(false);
            drainEvents();
        }
        rows.push_back(makeRow("show dashboard, 1st: table", firstTable,
                               {{Target::Of::Median, 100}}, "editor -> the table paints"));
        rows.push_back(
            makeRow("show dashboard, 1st: charts", first, {}, "-> a chart paints its figures"));
        rows.push_back(makeRow("show dashboard, again: table", againTable,
                               {{Target::Of::Median, 100}}, "workspace opened again before each"));
        rows.push_back(
            makeRow("show dashboard, again: charts", again, {}, "-> a chart paints its figures"));

        // Core's share of a show: the two reads the page makes, in this process.
        Samples coreDashboard;
        Samples coreMeasures;
        for (int rep = 0; rep < options.runs; ++rep) {
            const Stopwatch rowsWatch;
            const auto read = window.workspace()->dashboard(benchToday());
            coreDashboard.add(rowsWatch);
            const Stopwatch measuresWatch;
            const auto measures = window.workspace()->measureRows(benchToday());
            coreMeasures.add(measuresWatch);
            require(static_cast<int>(read.size()) == compacts && !measures.empty(),
                    "core's reads gave too few rows");
        }
        rows.push_back(makeRow("  of which Workspace::dashboard", coreDashboard, {}, "core"));
        rows.push_back(makeRow("  of which Workspace::measureRows", coreMeasures, {}, "core"));

        // A program chosen in the filter (the charts follow the rows shown).
        window.showDashboard(true);
        drainEvents();
        QComboBox* program = dashboard->programFilter();
        require(program->count() > 1, "no program to filter by");
        Samples filter;
        for (int rep = 0; rep < options.runs && program->count() > 1; ++rep) {
            const Stopwatch watch;
            PaintWatch table(dashboard->table()->viewport(), watch);
            program->setCurrentIndex(rep % 2 == 0 ? 1 + (rep / 2) % (program->count() - 1) : 0);
            const bool painted = processUntil([&] { return table.painted(); });
            filter.add(watch);
            require(painted, "the filtered table did not paint");
        }
        rows.push_back(makeRow("choose a program filter", filter, {},
                               std::to_string(program->count() - 1) + " programs, and all"));
        window.closeWorkspace();
    }
    printTable(rows);
    resetPeak();
    const long peak = overallPeak;
    std::printf("\nresident memory (VmRSS): %s with the workspace open, %s with the dashboard "
                "shown\npeak (VmHWM): opening %s, first show of the dashboard %s, whole run "
                "%s (target 150 MiB: %s)\n",
                mib(rssOpen).c_str(), mib(rssShown).c_str(), mib(peakOpen).c_str(),
                mib(peakShow).c_str(), mib(peak).c_str(), peak <= 150 * 1024 ? "met" : "MISSED");
    std::printf("sanity checks: %s\nload average at end: %s\n", failed ? "FAILED" : "passed",
                loadAverage().c_str());
    if (!folder.empty()) {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parseOptions(argc, argv);
    try {
        return run(options, argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "dashboard-ui-bench: %s\n", error.what());
        return 1;
    }
}
