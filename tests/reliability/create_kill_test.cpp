// Kills during Workspace::create (issue 8, crash safety): a child process
// creates a workspace and is killed with SIGKILL at a random moment. After
// each kill the name holds either nothing or a whole workspace: one that
// opens, passes check() (PRAGMA integrity_check, foreign keys, every rule)
// and carries its name. When nothing is there, creating the same name again
// succeeds and leaves no temporary file of the killed creation behind.
//
//   create_kill_test [KILLS] [SEED]
//
// KILLS defaults to 50 (the test suite); MC_KILLS overrides it (the long
// run, docs/reliability.md). Exit status 0 when every kill was survived;
// otherwise the first failure on stderr and 1.

#include "core/error.h"
#include "core/workspace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <signal.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::string kName = "Created under fire";

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "create_kill_test: FAILED: %s\n", what.c_str());
    std::exit(1);
}

// Every file in the folder but the workspace itself: temporaries, journals.
std::vector<std::string> othersBeside(const fs::path& target) {
    std::vector<std::string> names;
    for (const auto& item : fs::directory_iterator(target.parent_path()))
        if (item.path().filename() != target.filename())
            names.push_back(item.path().filename().string());
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

// Starts a child process that creates `path` and exits.
pid_t startCreate(const std::string& path) {
    const pid_t pid = fork();
    if (pid < 0)
        fail("fork failed");
    if (pid == 0) {
        try {
            mc::Workspace::create(path, kName);
        } catch (...) {
            _exit(3);
        }
        _exit(0);
    }
    return pid;
}

// Waits for the child; true when SIGKILL ended it, fails when the create
// failed by itself.
bool reap(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        fail("a create failed by itself (exit " + std::to_string(WEXITSTATUS(status)) + ")");
    return WIFSIGNALED(status);
}

// Creates `path` in a child process, killed `delay` after the fork unless
// it finished first. True when it was killed.
bool createAndKill(const std::string& path, std::chrono::microseconds delay) {
    const pid_t pid = startCreate(path);
    usleep(static_cast<useconds_t>(delay.count()));
    kill(pid, SIGKILL);
    return reap(pid);
}

// The workspace at `path` opens, is whole and carries its name.
void checkWhole(const std::string& path, const std::string& when) {
    try {
        const mc::Workspace ws = mc::Workspace::open(path);
        for (const mc::Problem& problem : ws.check())
            if (problem.severity == mc::Severity::Error)
                fail(when + ": " + problem.field + ": " + problem.message);
        if (ws.info().name != kName)
            fail(when + ": the workspace is named '" + ws.info().name + "'");
    } catch (const mc::Error& e) {
        fail(when + ": the file does not open: " + e.what());
    }
}

void removeWorkspace(const fs::path& target) {
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(target.string() + suffix);
}

// How long a create takes in a child, fork to exit: the median of a few.
std::chrono::microseconds createTime(const fs::path& target) {
    std::vector<long> times;
    for (int i = 0; i < 7; ++i) {
        const auto start = std::chrono::steady_clock::now();
        reap(startCreate(target.string()));
        times.push_back(std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count());
        removeWorkspace(target);
    }
    std::sort(times.begin(), times.end());
    return std::chrono::microseconds(times[times.size() / 2]);
}

} // namespace

int main(int argc, char** argv) {
    int kills = argc > 1 ? std::atoi(argv[1]) : 50;
    if (const char* fromEnv = std::getenv("MC_KILLS"))
        kills = std::atoi(fromEnv);
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2]))
                                   : static_cast<unsigned>(std::random_device{}());
    char pattern[] = "/tmp/mc-create-XXXXXX";
    if (!mkdtemp(pattern))
        fail("no temporary folder");
    const fs::path target = fs::path(pattern) / "new.compact";
    const std::string path = target.string();

    // The kills land anywhere up to a little past the time a create takes,
    // so a few come after it ended and most while it runs.
    const std::chrono::microseconds typical = createTime(target);
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> delay(0, typical.count() * 5 / 4);

    int absent = 0;
    int leftovers = 0;
    int whole = 0;
    int finished = 0;
    for (int k = 1; k <= kills; ++k) {
        const std::string when = "kill " + std::to_string(k);
        if (!createAndKill(path, std::chrono::microseconds(delay(random))))
            ++finished;
        const std::vector<std::string> others = othersBeside(target);
        if (fs::exists(target)) {
            ++whole;
            checkWhole(path, when);
            // Nothing of the creation is left beside a finished workspace.
            if (!othersBeside(target).empty())
                fail(when + ": beside the workspace: " + joined(othersBeside(target)));
        } else {
            ++absent;
            if (!others.empty())
                ++leftovers;
            try {
                mc::Workspace::create(path, kName);
            } catch (const mc::Error& e) {
                fail(when + ": no workspace was left, yet creating it again failed: " + e.what());
            }
            checkWhole(path, when + ", created again");
            if (!othersBeside(target).empty())
                fail(when + ": the new create left beside it: " + joined(othersBeside(target)));
        }
        removeWorkspace(target);
    }
    fs::remove_all(target.parent_path());
    std::printf("create_kill_test: %d kills (seed %u, a create takes %.1f ms): %d left no "
                "workspace (%d of them a temporary file, removed by the next create), %d a "
                "whole one (%d creates finished before the kill); every file opened whole and "
                "every new create succeeded\n",
                kills, seed, static_cast<double>(typical.count()) / 1000.0, absent, leftovers,
                whole, finished);
    return 0;
}
