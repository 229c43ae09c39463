// Kills during a migration (issue 8, crash safety): an older workspace file
// (schema version 1, as the first release wrote it, holding many compacts)
// is opened by a child process, which backs it up and upgrades it; the
// child is killed with SIGKILL at a random moment. Each time the file must
// be at version 1 or at the newest version, never in between, and must then
// open normally with every compact and no problem found.
//
//   migration_kill_test [KILLS] [SEED]
//
// KILLS defaults to 30 (the test suite); MC_KILLS overrides it (the long
// run, docs/reliability.md). Exit status 0 when every kill was survived;
// otherwise the first failure on stderr and 1.

#include "core/error.h"
#include "core/schema.h"
#include "core/sqlite/database.h"
#include "crash_script.h"
#include "support/donor_rows.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <signal.h>
#include <sqlite3.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

constexpr int kCompacts = 400;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "migration_kill_test: FAILED: %s\n", what.c_str());
    std::exit(1);
}

// A schema 1 file with kCompacts compacts, written as version 1 did: the
// rows of a current workspace copied into version 1's tables.
void makeOldFile(const fs::path& folder, const std::string& path) {
    const std::string donor = (folder / "donor.compact").string();
    {
        mc::Workspace current = mc::Workspace::create(donor, "Migration");
        std::vector<mc::Compact> compacts;
        for (int i = 0; i < kCompacts; ++i)
            compacts.push_back(mc::crash::compactNamed("compact " + std::to_string(i),
                                                       "Scholar " + std::to_string(i)));
        for (mc::Compact& compact : compacts)
            compact = current.addCompact(compact);
    }
    mc::sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
    db.exec("PRAGMA journal_mode = WAL");
    mc::createSchema(db, 1);
    db.exec("ATTACH DATABASE '" + donor + "' AS donor");
    for (const char* table : {"workspace", "compacts", "people", "expectations", "goals",
                              "milestones", "meeting_plans"})
        db.exec(mc::test::copyFromDonorSql(table));
    db.exec("DETACH DATABASE donor");
}

void removeCopies(const std::string& path) {
    const fs::path file(path);
    for (const auto& item : fs::directory_iterator(file.parent_path()))
        if (item.path().filename().string().starts_with(file.filename().string()))
            fs::remove(item.path());
}

int userVersion(const std::string& path) {
    mc::sqlite::Database db(path, SQLITE_OPEN_READONLY, path);
    return static_cast<int>(db.queryInteger("PRAGMA user_version"));
}

// The file opens (upgrading it if still old) with every compact, and
// check() finds no error.
void checkOpens(const std::string& path, int kill) {
    try {
        const mc::Workspace ws = mc::Workspace::open(path);
        if (ws.listCompacts().size() != static_cast<std::size_t>(kCompacts))
            fail("kill " + std::to_string(kill) + ": " + std::to_string(ws.listCompacts().size()) +
                 " compacts after the kill, not " + std::to_string(kCompacts));
        for (const mc::Problem& problem : ws.check())
            if (problem.severity == mc::Severity::Error)
                fail("kill " + std::to_string(kill) + ": " + problem.field + ": " +
                     problem.message);
    } catch (const mc::Error& e) {
        fail("kill " + std::to_string(kill) + ": the file does not open: " + e.what());
    }
}

// Opens (and so upgrades) `path` in a child process, killed `delay` after
// the start unless it finished first. True when it was killed.
bool upgradeAndKill(const std::string& path, std::chrono::microseconds delay) {
    const pid_t pid = fork();
    if (pid < 0)
        fail("fork failed");
    if (pid == 0) {
        try {
            mc::Workspace::open(path);
        } catch (...) {
            _exit(3);
        }
        _exit(0);
    }
    usleep(static_cast<useconds_t>(delay.count()));
    const bool killed = kill(pid, SIGKILL) == 0;
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        fail("the upgrade failed by itself (exit " + std::to_string(WEXITSTATUS(status)) + ")");
    return killed && WIFSIGNALED(status);
}

} // namespace

int main(int argc, char** argv) {
    int kills = argc > 1 ? std::atoi(argv[1]) : 30;
    if (const char* fromEnv = std::getenv("MC_KILLS"))
        kills = std::atoi(fromEnv);
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atol(argv[2]))
                                   : static_cast<unsigned>(std::random_device{}());
    char pattern[] = "/tmp/mc-migration-XXXXXX";
    if (!mkdtemp(pattern))
        fail("no temporary folder");
    const fs::path folder(pattern);
    const std::string old = (folder / "old.compact").string();
    const std::string work = (folder / "work" / "work.compact").string();
    fs::create_directories(folder / "work");
    makeOldFile(folder, old);

    // How long an upgrade takes here: the kills land anywhere up to twice
    // that, so some come before it starts and some after it ends.
    fs::copy_file(old, work);
    const auto start = std::chrono::steady_clock::now();
    mc::Workspace::open(work);
    const auto upgrade = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);
    std::mt19937 random(seed);
    std::uniform_int_distribution<long> delay(0, 2 * upgrade.count());

    int atOld = 0;
    int atNew = 0;
    int finished = 0;
    for (int k = 1; k <= kills; ++k) {
        removeCopies(work);
        fs::copy_file(old, work);
        if (!upgradeAndKill(work, std::chrono::microseconds(delay(random))))
            ++finished;
        const int version = userVersion(work);
        if (version == 1)
            ++atOld;
        else if (version == mc::Workspace::kSchemaVersion)
            ++atNew;
        else
            fail("kill " + std::to_string(k) + ": the file is at version " +
                 std::to_string(version) + ", between 1 and " +
                 std::to_string(mc::Workspace::kSchemaVersion));
        checkOpens(work, k);
    }
    fs::remove_all(folder);
    std::printf("migration_kill_test: %d kills (seed %u, upgrade %.1f ms): %d left the file at "
                "version 1, %d at version %d, %d upgrades finished first; every file opened "
                "with its %d compacts\n",
                kills, seed, static_cast<double>(upgrade.count()) / 1000.0, atOld, atNew,
                mc::Workspace::kSchemaVersion, finished, kCompacts);
    return 0;
}
