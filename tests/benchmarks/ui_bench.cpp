// ui-bench: the editor on a program-scale workspace (1,000 compacts), and
// start-up to a shown window. Run by hand under a display server, not by
// the test suite; the method and the figures are in docs/performance.md:
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" build-bench/tests/benchmarks/ui-bench
//
// Options: --compacts N, --opens N, --switches N, --runs N (start-up),
// --app PATH (mentoring-compact), --empty PATH (empty-window-bench),
// --no-startup. Exits 1 when a sanity check fails.

#include "bench_stats.h"
#include "bench_workspace.h"
#include "core/workspace.h"
#include "ui/compact_list_model.h"
#include "ui/compact_list_panel.h"
#include "ui/compact_view.h"
#include "ui/main_window.h"
#include "ui/milestones_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTabWidget>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;
using namespace mc;
using namespace mc::bench;

namespace {

struct Options {
    int compacts = 1000;
    int opens = 20;
    int switches = 200;
    int runs = 20;
    bool startup = true;
    std::string app;
    std::string empty;
};

bool failed = false;

void require(bool ok, const std::string& what) {
    if (!ok) {
        std::printf("SANITY CHECK FAILED: %s\n", what.c_str());
        failed = true;
    }
}

// Notes when `widget` or one of its children receives a paint event (a
// page whose fields change may repaint only the fields). The event is
// handled (the widget painted) before processEvents returns to the caller.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QWidget* widget) : widget_(widget) {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~PaintWatch() override { QCoreApplication::instance()->removeEventFilter(this); }
    bool painted() const { return painted_; }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto* painted = static_cast<QWidget*>(watched);
            if (painted == widget_ || widget_->isAncestorOf(painted))
                painted_ = true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* widget_;
    bool painted_ = false;
};

// Runs the event loop until `done` holds (false after 20 s). It sleeps
// while there is nothing to do, so waiting costs no CPU time.
template <typename Done> bool processUntil(Done done) {
    QTimer wake; // a sleeping loop wakes at least this often to look again
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

// Handles what is already queued (deferred layouts, model signals).
void drainEvents() {
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    return in >> one >> five >> fifteen ? one + " " + five + " " + fifteen : "unknown";
}

// (a) File > Open's code path (MainWindow::openWorkspace, as the Open
// action calls it) from the call until the compact list's viewport and the
// first compact's page have both painted. The window is already shown on
// its start page; each repetition closes the workspace first.
void measureOpen(ui::MainWindow& window, const QString& path, int count, int opens,
                 std::vector<Row>& rows) {
    Samples first;
    Samples again;
    for (int rep = 0; rep < opens; ++rep) {
        window.closeWorkspace();
        drainEvents();
        PaintWatch list(window.compactList()->viewport());
        PaintWatch page(window.compactView()->tabs());
        const Stopwatch watch;
        const bool opened = window.openWorkspace(path);
        const bool shown = processUntil([&] { return list.painted() && page.painted(); });
        (rep == 0 ? first : again).add(watch);
        require(opened && shown, "the workspace did not open and show");
        require(window.compactListModel()->rowCount() == count,
                "the list holds " + std::to_string(window.compactListModel()->rowCount()) +
                    " compacts, not " + std::to_string(count));
        require(!window.compactView()->compactId().isEmpty(), "no compact is shown after open");
    }
    rows.push_back(makeRow("open + show list, 1st in process", first, {{Target::Of::Median, 200}},
                           "start page -> list and first compact painted"));
    rows.push_back(makeRow("open + show list, again", again, {{Target::Of::Median, 200}},
                           "after closeWorkspace"));
}

// (b) Selecting another compact in the list (as a click or an arrow key
// does) until the compact view has loaded it, refreshed the page shown (the others refresh when
// shown), and the current page has painted; then the queued events are handled too.
void measureSwitch(ui::MainWindow& window, int pageIndex, const std::string& pageName, int switches,
                   std::vector<Row>& rows) {
    ui::CompactView* view = window.compactView();
    view->setCurrentPage(pageIndex);
    drainEvents();
    const int count = window.compactListModel()->rowCount();
    Samples samples;
    int wrong = 0;
    for (int k = 0; k < switches; ++k) {
        // A stride prime to the count visits compacts all over the list.
        const int row = static_cast<int>((static_cast<long long>(k) * 7919 + 1) % count);
        const QString id = window.compactListModel()
                               ->index(row)
                               .data(ui::CompactListModel::CompactIdRole)
                               .toString();
        if (id == view->compactId())
            continue;
        // The page itself, not the tab's holder: pages are built lazily
        // inside a holder widget (ui/compact_view.h).
        PaintWatch page(view->tabs()->currentWidget()->findChild<ui::CompactPage*>());
        const Stopwatch watch;
        window.listPanel()->selectCompact(id);
        const bool painted = processUntil([&] { return page.painted(); });
        drainEvents();
        samples.add(watch);
        wrong += painted && view->compactId() == id ? 0 : 1;
    }
    require(wrong == 0, std::to_string(wrong) + " switches did not show the chosen compact");
    rows.push_back(makeRow("switch compact, " + pageName + " page", samples,
                           {{Target::Of::Median, 30}}, "the page shown refreshed"));
}

struct Launch {
    double wallMs = 0;
    double cpuMs = 0;
    bool preempted = false;
    bool ok = false;
};

// (c) One start of `exe args` with MC_STARTUP_PROBE=1: from just before
// posix_spawn until the probe's CLOCK_MONOTONIC stamp at the first expose
// (handled, so painted), and the CPU time the process used until then.
Launch launchOnce(const std::string& exe, const std::vector<std::string>& args,
                  const std::string& home) {
    Launch launch;
    int out[2];
    if (::pipe(out) != 0)
        return launch;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<std::string> argStore{exe};
    argStore.insert(argStore.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : argStore)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    // Settings and demo files go to a folder of the benchmark's own.
    std::vector<std::string> envStore{"MC_STARTUP_PROBE=1", "XDG_CONFIG_HOME=" + home + "/config",
                                      "XDG_DATA_HOME=" + home + "/data",
                                      "XDG_CACHE_HOME=" + home + "/cache"};
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        if (!entry.starts_with("MC_STARTUP_PROBE=") && !entry.starts_with("XDG_CONFIG_HOME=") &&
            !entry.starts_with("XDG_DATA_HOME=") && !entry.starts_with("XDG_CACHE_HOME="))
            envStore.push_back(entry);
    }
    std::vector<char*> envp;
    for (auto& entry : envStore)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    timespec start{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        ::close(out[0]);
        return launch;
    }
    std::string text;
    pollfd fd{out[0], POLLIN, 0};
    char buffer[512];
    while (::poll(&fd, 1, 30'000) > 0) {
        const ssize_t n = ::read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(out[0]);
    ::kill(pid, SIGTERM); // normally gone already; a hung start stops here
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    long long exposedNs = 0;
    long long cpuUs = 0;
    const auto at = text.find("mc-startup-probe ");
    if (at == std::string::npos ||
        std::sscanf(text.c_str() + at, "mc-startup-probe exposed_ns=%lld cpu_us=%lld", &exposedNs,
                    &cpuUs) != 2)
        return launch;
    const long long startNs = start.tv_sec * 1'000'000'000LL + start.tv_nsec;
    launch.wallMs = static_cast<double>(exposedNs - startNs) / 1e6;
    launch.cpuMs = static_cast<double>(cpuUs) / 1e3;
    launch.preempted = usage.ru_nivcsw > 0;
    launch.ok = true;
    return launch;
}

void measureStartup(const Options& options, const std::string& home, std::vector<Row>& rows) {
    struct Program {
        std::string figure;
        std::string exe;
        std::vector<std::string> args;
        std::vector<Target> targets;
        std::string note;
        Samples samples;
    };
    std::vector<Program> programs{
        {"start-up: mentoring-compact --demo",
         options.app,
         {"--demo"},
         {{Target::Of::Median, 200}},
         "exec -> main window exposed",
         {}},
        {"start-up: empty Qt window", options.empty, {}, {}, "for comparison", {}}};
    for (Program& program : programs) {
        require(fs::exists(program.exe), program.exe + " does not exist: build it first");
        launchOnce(program.exe, program.args, home); // warm-up: libraries into the page cache
    }
    // Taken in turn, so both see the same load.
    for (int run = 0; run < options.runs; ++run)
        for (Program& program : programs) {
            const Launch launch = launchOnce(program.exe, program.args, home);
            require(launch.ok, program.exe + " did not report its first expose");
            if (!launch.ok)
                continue;
            program.samples.wall.push_back(launch.wallMs);
            program.samples.cpu.push_back(launch.cpuMs);
            program.samples.preempted += launch.preempted ? 1 : 0;
        }
    for (Program& program : programs)
        rows.push_back(makeRow(program.figure, program.samples, program.targets, program.note));
}

int intOption(const char* value, int low, int high, const char* name) {
    char* end = nullptr;
    const long number = std::strtol(value, &end, 10);
    if (*end != '\0' || number < low || number > high) {
        std::fprintf(stderr, "ui-bench: %s takes a number from %d to %d\n", name, low, high);
        std::exit(2);
    }
    return static_cast<int>(number);
}

Options parseOptions(int argc, char** argv) {
    Options options;
    // By default the programs built beside this one.
    const fs::path self = fs::read_symlink("/proc/self/exe");
    options.empty = (self.parent_path() / "empty-window-bench").string();
    options.app =
        (self.parent_path().parent_path().parent_path() / "app" / "mentoring-compact").string();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--compacts" && hasValue)
            options.compacts = intOption(argv[++i], 2, 100'000, "--compacts");
        else if (arg == "--opens" && hasValue)
            options.opens = intOption(argv[++i], 2, 1000, "--opens");
        else if (arg == "--switches" && hasValue)
            options.switches = intOption(argv[++i], 1, 100'000, "--switches");
        else if (arg == "--runs" && hasValue)
            options.runs = intOption(argv[++i], 1, 1000, "--runs");
        else if (arg == "--app" && hasValue)
            options.app = argv[++i];
        else if (arg == "--empty" && hasValue)
            options.empty = argv[++i];
        else if (arg == "--no-startup")
            options.startup = false;
        else {
            std::fprintf(stderr, "usage: ui-bench [--compacts N] [--opens N] [--switches N] "
                                 "[--runs N] [--app PATH] [--empty PATH] [--no-startup]\n");
            std::exit(arg == "--help" ? 0 : 2);
        }
    }
    return options;
}

int run(const Options& options, int argc, char** argv) {
    std::string pattern = (fs::temp_directory_path() / "ui-bench-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("cannot create a temporary folder");
    const fs::path folder = pattern;
    const std::string path = (folder / "program.compact").string();
    {
        Workspace workspace = Workspace::create(path, "Benchmark program");
        workspace.insertCompacts(generateCompacts(options.compacts));
    }

    QApplication app(argc, argv);
    std::printf("ui-bench: %d compacts; platform %s; load average at start: %s\n\n",
                options.compacts, qPrintable(QApplication::platformName()), loadAverage().c_str());
    std::vector<Row> rows;
    {
        ui::DesktopServices services;
        services.reportError = [](QWidget*, const QString& message) {
            std::printf("error shown: %s\n", qPrintable(message));
        };
        ui::MainWindow window(services);
        window.show();
        require(processUntil([&] { return window.windowHandle()->isExposed(); }),
                "the window was never exposed");
        drainEvents();
        measureOpen(window, QString::fromStdString(path), options.compacts, options.opens, rows);
        measureSwitch(window, 0, "Overview", options.switches, rows);
        ui::CompactView* view = window.compactView();
        const int milestones =
            view->tabs()->indexOf(view->page<ui::MilestonesPage>()->parentWidget());
        require(milestones >= 0, "no Milestones page");
        measureSwitch(window, milestones, "Milestones", options.switches, rows);
        window.closeWorkspace();
    }
    if (options.startup)
        measureStartup(options, folder.string(), rows);

    printTable(rows);
    std::printf("\nsanity checks: %s\nload average at end: %s\n", failed ? "FAILED" : "passed",
                loadAverage().c_str());
    std::error_code ignored;
    fs::remove_all(folder, ignored);
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parseOptions(argc, argv);
    try {
        return run(options, argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ui-bench: %s\n", error.what());
        return 1;
    }
}
