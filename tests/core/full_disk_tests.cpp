// A full disk (issue 8): writes beyond a limit fail as they would on a full
// disk, and the store says so in words, keeps the last committed state and
// goes on working once there is room again.
//
// The limit is the process's file size limit (RLIMIT_FSIZE), with SIGXFSZ
// ignored so a write past it fails with EFBIG instead of killing the
// process: no root, no mount, and it hits the very writes SQLite makes
// (the -wal file's frames). Raised back before each check.

#include "core/error.h"
#include "core/json_io.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace mc;

namespace {

// Caps the size of any file this process writes while alive.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        REQUIRE(getrlimit(RLIMIT_FSIZE, &saved_) == 0);
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved_;
        limited.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit saved_{};
    void (*previousHandler_)(int) = SIG_DFL;
};

// A clause of about 150 KB: far more than the room left.
Expectation longClause() {
    Expectation clause;
    clause.domain = Domain::Research;
    clause.topic = "research.productivity";
    clause.text.reserve(150'000);
    while (clause.text.size() < 150'000)
        clause.text += "The scholar drafts one paper each term and the mentor reads it within "
                       "two weeks. ";
    return clause;
}

} // namespace

TEST_CASE("A full disk refuses the edit in words and loses nothing", "[files][full-disk]") {
    test::TempDir dir;
    const std::string path = dir.file("full.compact");
    std::string compactId;
    {
        Workspace ws = Workspace::create(path, "Full disk");
        compactId = ws.addCompact(test::sampleCompact()).id;
    } // closed: the -wal file is folded into the file and removed
    Workspace ws = Workspace::open(path);
    const std::string before = exportJson(ws);

    std::string message;
    {
        // Room for a few pages of -wal, not for 150 KB.
        const FileSizeLimit limit(32 * 1024);
        try {
            ws.saveExpectation(compactId, longClause());
        } catch (const Error& e) {
            message = e.what();
        }
    }
    INFO(message);
    REQUIRE_FALSE(message.empty());
    CHECK(message.find(path) != std::string::npos);
    CHECK(message.find("the last change was not saved") != std::string::npos);
    CHECK(message.find("full") != std::string::npos);

    // The same session goes on: the last committed state, then new edits.
    CHECK(exportJson(ws) == before);
    Expectation small = longClause();
    small.text = "We meet every second Thursday.";
    const Expectation stored = ws.saveExpectation(compactId, small);
    CHECK(ws.loadCompact(compactId).expectations.size() == 2);
    ws.deleteExpectation(compactId, stored.id);
    CHECK(exportJson(ws) == before);
    CHECK(ws.check().empty());
}

TEST_CASE("A file reopened after a full disk holds the last committed state",
          "[files][full-disk]") {
    test::TempDir dir;
    const std::string path = dir.file("full.compact");
    std::string before;
    std::string compactId;
    {
        Workspace ws = Workspace::create(path, "Full disk");
        compactId = ws.addCompact(test::sampleCompact()).id;
    }
    {
        Workspace ws = Workspace::open(path);
        before = exportJson(ws);
        const FileSizeLimit limit(32 * 1024);
        CHECK_THROWS_AS(ws.saveExpectation(compactId, longClause()), Error);
        // The workspace is closed while the disk is still full.
    }
    const Workspace reopened = Workspace::open(path);
    CHECK(exportJson(reopened) == before);
    CHECK(reopened.check().empty()); // SQLite's integrity check and every rule
}
