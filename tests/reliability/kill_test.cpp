// The kill harness's runner (issue 8, crash safety). Starts crash_driver on
// a workspace, reads its "committed <n>" lines, kills it with SIGKILL after
// a random delay, then opens the file with core and checks it: check()
// finds no error (PRAGMA integrity_check, foreign keys, every rule), every
// edit the driver reported committed is there, nothing after the first
// missing edit is, every JSON import is all or nothing, and the next run
// resumes exactly at the first missing edit. A fresh file every
// KILLS_PER_FILE kills keeps each check quick.
//
//   kill_test DRIVER [KILLS] [SEED]
//
// KILLS defaults to 50 (the test suite); MC_KILLS in the environment
// overrides it (docs/reliability.md: the long run). Exit status 0 when
// every kill was survived; otherwise the first failure on stderr and 1.

#include "core/error.h"
#include "crash_script.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <poll.h>
#include <random>
#include <signal.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

constexpr int kKillsPerFile = 10;
// The kill lands a random time, up to a window, after the start or after
// the driver has opened the file: about a dozen edits in (each a few
// milliseconds in Release). A slower build (Debug with sanitizers) widens
// the window while kills after the open find no edit made, up to a bound.
constexpr int kWindowMicros = 60000;
constexpr int kWidestWindowMicros = 1000000;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "kill_test: FAILED: %s\n", what.c_str());
    std::exit(1);
}

struct Run {
    int resume = 0;        // from the driver's "resume <n>", 0 if not printed
    int lastCommitted = 0; // the last "committed <n>", 0 if none
    bool killed = false;   // false: the driver ended by itself
    int status = 0;
};

// Runs the driver on `file` and kills it `delay` after the start, or after
// it printed "resume" (its file open) when `afterOpen`: so a slower build
// (Debug, sanitizers) still gets kills among the edits, not only at start-up.
Run runAndKill(const std::string& driver, const std::string& file, std::chrono::microseconds delay,
               bool afterOpen) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        fail(std::string("pipe: ") + std::strerror(errno));
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0)
        fail(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        execl(driver.c_str(), driver.c_str(), file.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipeFds[1]);
    std::string output;
    char buffer[4096];
    bool eof = false;
    // Waiting for "resume" is bounded too, should the driver hang.
    auto deadline = afterOpen ? start + std::chrono::seconds(30) : start + delay;
    bool opened = !afterOpen;
    // Read as lines come until the deadline, so the driver never waits on a
    // full pipe, then kill.
    while (!eof) {
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        pollfd fd{pipeFds[0], POLLIN, 0};
        const int ready = poll(&fd, 1, static_cast<int>(left.count() / 1000));
        if (ready > 0) {
            const ssize_t got = read(pipeFds[0], buffer, sizeof buffer);
            if (got <= 0)
                eof = true;
            else
                output.append(buffer, static_cast<std::size_t>(got));
            if (!opened && output.find('\n') != std::string::npos) {
                opened = true;
                deadline = std::chrono::steady_clock::now() + delay;
            }
        } else if (ready == 0 && left.count() < 1000) {
            usleep(static_cast<useconds_t>(left.count()));
        }
    }
    Run run;
    if (!eof)
        kill(pid, SIGKILL);
    if (waitpid(pid, &run.status, 0) != pid)
        fail(std::string("waitpid: ") + std::strerror(errno));
    run.killed = WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGKILL;
    // What was written before the kill is still in the pipe.
    for (ssize_t got; (got = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, static_cast<std::size_t>(got));
    close(pipeFds[0]);

    std::istringstream lines(output);
    std::string word;
    int n = 0;
    while (lines >> word >> n) {
        if (word == "resume")
            run.resume = n;
        else if (word == "committed")
            run.lastCommitted = n;
        else
            fail("unexpected output from the driver: " + output);
    }
    return run;
}

struct Figures {
    int kills = 0;
    int beforeFirstCommit = 0; // killed before it reported any edit
    int importNext = 0;        // killed with an import as the next edit, not in the file
    int worksheetNext = 0;     // killed with a worksheet import next, not in the file
    long editsFound = 0;       // edits in the files at the end
};

// Opens the file with core and checks it after a kill. Returns the first
// missing edit.
int checkAfterKill(const std::string& file, int lastCommitted, Figures& figures) {
    mc::Workspace ws = mc::Workspace::open(file);
    for (const mc::Problem& problem : ws.check())
        if (problem.severity == mc::Severity::Error)
            fail(file + ": check after a kill: " + problem.field + ": " + problem.message);
    const auto titles = mc::crash::compactsByTitle(ws);
    const int missing = mc::crash::firstMissing(ws);
    if (missing <= lastCommitted)
        fail(file + ": edit " + std::to_string(missing) + " was reported committed (up to " +
             std::to_string(lastCommitted) + ") but is not in the file");
    // Nothing after the first gap: edits are applied in order, one
    // transaction each.
    for (int n = missing + 1; n <= missing + mc::crash::kGroup; ++n)
        if (mc::crash::editPresent(ws, titles, n))
            fail(file + ": edit " + std::to_string(n) + " is in the file but edit " +
                 std::to_string(missing) + " is not");
    // Every import all or nothing, the complete ones only before the gap.
    for (int n = mc::crash::kGroup; n <= missing + mc::crash::kGroup; n += mc::crash::kGroup) {
        const int found = mc::crash::importedOf(titles, n);
        if (found != 0 && found != mc::crash::kImportSize)
            fail(file + ": import edit " + std::to_string(n) +
                 " is in the file in part: " + std::to_string(found) + " of " +
                 std::to_string(mc::crash::kImportSize) + " compacts");
        if ((found == mc::crash::kImportSize) != (n < missing))
            fail(file + ": import edit " + std::to_string(n) + " disagrees with the first " +
                 "missing edit " + std::to_string(missing));
    }
    // Every worksheet import all or nothing.
    for (const auto& [title, id] : titles) {
        const int answers = mc::crash::worksheetAnswersOf(ws, id);
        if (answers != -1 && answers != mc::crash::kWorksheetAnswers)
            fail(file + ": the worksheet imported into \"" + title +
                 "\" is in the file in part: " + std::to_string(answers) + " of " +
                 std::to_string(mc::crash::kWorksheetAnswers) + " answers");
    }
    if (missing % mc::crash::kGroup == 0)
        ++figures.importNext;
    if (missing % mc::crash::kGroup == mc::crash::kGroup - 1)
        ++figures.worksheetNext;
    return missing;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 4) {
        std::fprintf(stderr, "usage: kill_test DRIVER [KILLS] [SEED]\n");
        return 2;
    }
    const std::string driver = fs::absolute(argv[1]).string();
    int kills = argc >= 3 ? std::atoi(argv[2]) : 50;
    if (const char* env = std::getenv("MC_KILLS"))
        kills = std::atoi(env);
    const unsigned seed = argc >= 4 ? static_cast<unsigned>(std::atol(argv[3])) : 8u;
    if (kills <= 0)
        fail("KILLS must be a positive number");

    std::string pattern = (fs::temp_directory_path() / "mc-kill-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr)
        fail("cannot create a temporary folder");
    const fs::path dir = pattern;

    std::mt19937 random(seed);
    int window = kWindowMicros;
    Figures figures;
    const auto started = std::chrono::steady_clock::now();
    std::string file;
    int expectedResume = 1;
    int lastCommitted = 0;
    try {
        for (int k = 0; k < kills; ++k) {
            if (k % kKillsPerFile == 0) {
                if (!file.empty()) {
                    fs::remove(file);
                    fs::remove(file + "-wal");
                    fs::remove(file + "-shm");
                }
                file = (dir / ("kill-" + std::to_string(k / kKillsPerFile) + ".compact")).string();
                // Created here, not by the driver: kills during creation
                // are create_kill_test's.
                mc::Workspace::create(file, "Kill test");
                expectedResume = 1;
                lastCommitted = 0;
            }
            // One kill in five may land while the file is being opened.
            const bool afterOpen = random() % 5 != 0;
            const Run run = runAndKill(
                driver, file,
                std::chrono::microseconds(std::uniform_int_distribution<int>(0, window)(random)),
                afterOpen);
            if (!run.killed)
                fail("the driver ended by itself (status " + std::to_string(run.status) + ") on " +
                     file + "; see its message above");
            ++figures.kills;
            if (run.resume != 0 && run.resume != expectedResume)
                fail(file + ": the driver resumed at edit " + std::to_string(run.resume) +
                     ", the first missing edit is " + std::to_string(expectedResume));
            if (run.lastCommitted == 0)
                ++figures.beforeFirstCommit;
            const int made = run.lastCommitted == 0 ? 0 : run.lastCommitted - run.resume + 1;
            if (afterOpen && made == 0)
                window = std::min(window * 3 / 2, kWidestWindowMicros);
            else if (made > 30)
                window = std::max(window * 2 / 3, kWindowMicros);
            lastCommitted = std::max(lastCommitted, run.lastCommitted);
            expectedResume = checkAfterKill(file, lastCommitted, figures);
            if (k % kKillsPerFile == kKillsPerFile - 1 || k == kills - 1)
                figures.editsFound += expectedResume - 1;
        }
    } catch (const std::exception& e) {
        fail(std::string("core: ") + e.what());
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("kill_test: %d kills survived (seed %u): %ld edits committed and all found, "
                "%d kills before the first commit, %d with an import next and absent, "
                "%d with a worksheet import next and absent, nothing lost; %.1f s (kill window "
                "%d ms at the end)\n",
                figures.kills, seed, figures.editsFound, figures.beforeFirstCommit,
                figures.importNext, figures.worksheetNext, seconds, window / 1000);
    return 0;
}
