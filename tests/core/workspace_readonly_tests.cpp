// Reading a workspace without changing it (the CLI's list, show, export and
// check): the folder and the file are left exactly as they were, and other
// programs writing at the same time are not disturbed.

#include "core/error.h"
#include "core/json_io.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace mc;
namespace fs = std::filesystem;

namespace {

std::string makeWorkspace(const test::TempDir& dir) {
    const std::string path = dir.file("team.compact");
    Workspace ws = Workspace::create(path, "Team");
    ws.addCompact(test::sampleCompact());
    return path;
}

bool hasWalFiles(const std::string& path) {
    return fs::exists(path + "-wal") || fs::exists(path + "-shm");
}

// What `show`, `export` and `check` read.
void readEverything(const Workspace& ws) {
    const auto list = ws.listCompacts();
    REQUIRE(list.size() == 1);
    CHECK(ws.loadCompact(list[0].id).id == list[0].id);
    CHECK(ws.cohortSummary(todayLocal()).size() == 1);
    CHECK(exportJson(ws).find(list[0].id) != std::string::npos);
    CHECK_FALSE(hasErrors(ws.check()));
}

} // namespace

TEST_CASE("A read-only open leaves no -wal or -shm files behind", "[files][readonly]") {
    test::TempDir dir;
    const std::string path = makeWorkspace(dir);
    REQUIRE_FALSE(hasWalFiles(path)); // the writer cleaned up when it closed
    {
        const Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
        CHECK(ws.isReadOnly());
        readEverything(ws);
    }
    CHECK_FALSE(fs::exists(path + "-wal"));
    CHECK_FALSE(fs::exists(path + "-shm"));
}

TEST_CASE("A read-only open leaves the file's bytes unchanged", "[files][readonly]") {
    test::TempDir dir;
    const std::string path = makeWorkspace(dir);
    const std::string before = test::readFile(path);
    {
        Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
        readEverything(ws);
        // Refused edits write nothing either.
        CHECK_THROWS_WITH(ws.rename("Other"), Catch::Contains("read-only"));
        CHECK_THROWS_WITH(ws.addCompact(test::sampleCompact("Dr. New")),
                          Catch::Contains("not saved"));
    }
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(hasWalFiles(path));
}

TEST_CASE("A reader beside a writer sees its commits and leaves its files alone",
          "[files][readonly]") {
    test::TempDir dir;
    const std::string path = makeWorkspace(dir);
    Workspace writer = Workspace::open(path);
    writer.rename("First");
    {
        const Workspace reader = Workspace::open(path, OpenMode::ReadOnly);
        CHECK(reader.info().name == "First");
        writer.rename("Second");
        CHECK(reader.info().name == "Second");
    }
    // The writer's log is still there, and it can go on writing.
    CHECK(fs::exists(path + "-wal"));
    writer.rename("Third");
    CHECK(writer.info().name == "Third");
    writer = Workspace::create(dir.file("other.compact"), "Other"); // closes the first
    CHECK_FALSE(hasWalFiles(path));
    CHECK(Workspace::open(path, OpenMode::ReadOnly).info().name == "Third");
    CHECK_FALSE(hasWalFiles(path));
}
