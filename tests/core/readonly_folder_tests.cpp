// A read-only folder and a read-only file (issue 8), as a person without
// write permission meets them: the workspace opens read-only and says why,
// everything reads, an edit is refused in words, and neither the file nor
// the folder changes.
//
// Root writes through permission bits, so when the suite runs as root (as
// CI does) the checks run in a child process that has dropped to the
// unprivileged user "nobody" (uid/gid 65534) first; run as anyone else,
// the child simply keeps its user.

#include "core/error.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace mc;
namespace fs = std::filesystem;

namespace {

constexpr uid_t kNobody = 65534;

// What the child found: empty when all was as it should be.
std::string checkAsReader(const std::string& path, const std::string& expectedReason) {
    try {
        Workspace ws = Workspace::open(path);
        if (!ws.isReadOnly())
            return "opened for writing";
        if (ws.openReport().readOnlyReason.english().find(expectedReason) == std::string::npos)
            return "reason \"" + ws.openReport().readOnlyReason.english() + "\"";
        const auto list = ws.listCompacts();
        if (list.size() != 1)
            return "listed " + std::to_string(list.size()) + " compacts";
        Compact compact = ws.loadCompact(list[0].id);
        compact.title = "Changed by someone who may not";
        try {
            ws.saveCompactHeader(compact);
            return "an edit went through";
        } catch (const Error& e) {
            const std::string message = e.what();
            if (message.find(path) == std::string::npos ||
                message.find(expectedReason) == std::string::npos)
                return "refusal without the file or the reason: " + message;
        }
        if (ws.loadCompact(list[0].id).title == compact.title)
            return "the refused edit is visible";
    } catch (const std::exception& e) {
        return std::string("did not open: ") + e.what();
    }
    return {};
}

// Runs checkAsReader in a child process, as nobody when we are root.
std::string checkInChild(const std::string& path, const std::string& expectedReason) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        std::string found;
        if (geteuid() == 0 && (setgid(kNobody) != 0 || setuid(kNobody) != 0))
            found = "could not become nobody";
        else
            found = checkAsReader(path, expectedReason);
        const ssize_t written = write(fds[1], found.data(), found.size());
        _exit(written == static_cast<ssize_t>(found.size()) ? 0 : 1);
    }
    close(fds[1]);
    std::string found;
    char buffer[512];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        found.append(buffer, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    return found;
}

// A workspace in `folder`, the folders above it open to everyone.
std::string makeWorkspace(const test::TempDir& dir, const std::string& folder) {
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read |
                                    fs::perms::others_exec);
    fs::create_directory(dir.path() / folder);
    const std::string path = (dir.path() / folder / "team.compact").string();
    Workspace ws = Workspace::create(path, "Team");
    ws.addCompact(test::sampleCompact());
    return path;
}

std::string folderListing(const fs::path& folder) {
    std::string out;
    for (const auto& item : fs::directory_iterator(folder))
        out += item.path().filename().string() + " ";
    return out;
}

constexpr fs::perms kReadAndEnter = fs::perms::owner_read | fs::perms::owner_exec |
                                    fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec;

} // namespace

TEST_CASE("A workspace in a folder that cannot be written opens read-only", "[files][readonly]") {
    test::TempDir dir;
    const std::string path = makeWorkspace(dir, "shared");
    // The file itself may be written by anyone; its folder by nobody.
    fs::permissions(path, fs::perms::all & ~(fs::perms::owner_exec | fs::perms::group_exec |
                                             fs::perms::others_exec));
    fs::permissions(dir.path() / "shared", kReadAndEnter);
    const std::string bytes = test::readFile(path);
    const std::string listing = folderListing(dir.path() / "shared");

    CHECK(checkInChild(path, "folder") == "");
    CHECK(test::readFile(path) == bytes);
    CHECK(folderListing(dir.path() / "shared") == listing);
    fs::permissions(dir.path() / "shared", fs::perms::owner_all);
}

TEST_CASE("A workspace file marked read-only opens read-only", "[files][readonly]") {
    test::TempDir dir;
    const std::string path = makeWorkspace(dir, "mine");
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(dir.path() / "mine", fs::perms::all);
    const std::string bytes = test::readFile(path);

    CHECK(checkInChild(path, "read-only") == "");
    CHECK(test::readFile(path) == bytes);
}
