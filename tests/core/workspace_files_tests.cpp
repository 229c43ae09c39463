// Opening files that are not what they should be: each gives a clear
// message and leaves the file exactly as it was.

#include "core/error.h"
#include "core/schema.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"
#include "support/donor_rows.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sqlite3.h>

using namespace mc;
namespace fs = std::filesystem;

namespace {

// Opening must fail with a message containing `expected`, and the file's
// bytes must be the same afterwards.
void requireRefused(const std::string& path, const std::string& expected) {
    const std::string before = test::readFile(path);
    CHECK_THROWS_WITH(Workspace::open(path), Catch::Contains(expected));
    CHECK(test::readFile(path) == before);
}

std::string makeWorkspaceWithCompact(const test::TempDir& dir, const std::string& name) {
    const std::string path = dir.file(name);
    Workspace ws = Workspace::create(path, "Sample");
    ws.addCompact(test::sampleCompact());
    return path;
}

} // namespace

TEST_CASE("Opening a missing file says so", "[files]") {
    test::TempDir dir;
    CHECK_THROWS_WITH(Workspace::open(dir.file("nowhere.compact")),
                      Catch::Contains("does not exist"));
    CHECK_FALSE(fs::exists(dir.file("nowhere.compact")));
}

TEST_CASE("Opening an empty file says it is not a workspace", "[files]") {
    test::TempDir dir;
    test::writeFile(dir.file("empty.compact"), "");
    requireRefused(dir.file("empty.compact"), "is empty");
}

TEST_CASE("Opening a text file says it is not a workspace", "[files]") {
    test::TempDir dir;
    test::writeFile(dir.file("notes.compact"), std::string(4096, 'x') + "Dear mentor,\n");
    requireRefused(dir.file("notes.compact"), "is not a Mentoring Compact workspace");
}

TEST_CASE("Opening another program's SQLite database says whose it is not", "[files]") {
    test::TempDir dir;
    const std::string path = dir.file("other.db");
    {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
        db.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')");
    }
    requireRefused(path, "database of another program");
}

TEST_CASE("Opening a file written by a newer version asks for that version", "[files]") {
    test::TempDir dir;
    const std::string path = makeWorkspaceWithCompact(dir, "newer.compact");
    {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE, path);
        db.exec("PRAGMA user_version = " + std::to_string(Workspace::kSchemaVersion + 5));
    }
    requireRefused(path, "newer version");
}

TEST_CASE("Opening a truncated file reports damage and changes nothing", "[files]") {
    test::TempDir dir;
    const std::string path = makeWorkspaceWithCompact(dir, "cut.compact");
    const std::string whole = test::readFile(path);
    REQUIRE(whole.size() > 8192);
    for (std::size_t keep : {std::size_t{50}, std::size_t{1024}, whole.size() / 2}) {
        const std::string cut = dir.file("cut-" + std::to_string(keep) + ".compact");
        test::writeFile(cut, whole.substr(0, keep));
        INFO("kept " << keep << " bytes");
        const std::string before = test::readFile(cut);
        bool refused = false;
        try {
            Workspace ws = Workspace::open(cut);
            ws.loadAllCompacts();
        } catch (const Error& error) {
            refused = true;
            const std::string message = error.what();
            CHECK((message.find("damaged") != std::string::npos ||
                   message.find("not a Mentoring Compact") != std::string::npos));
        }
        CHECK(refused);
        CHECK(test::readFile(cut) == before);
    }
}

TEST_CASE("A file without write permission opens read-only and refuses edits", "[files]") {
    test::TempDir dir;
    const std::string path = makeWorkspaceWithCompact(dir, "locked.compact");
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = test::readFile(path);
    {
        Workspace ws = Workspace::open(path);
        CHECK(ws.isReadOnly());
        CHECK_THAT(ws.openReport().readOnlyReason.english(), Catch::Contains("read-only"));
        const auto list = ws.listCompacts();
        REQUIRE(list.size() == 1);
        Compact compact = ws.loadCompact(list[0].id);
        compact.title = "changed";
        CHECK_THROWS_WITH(ws.saveCompactHeader(compact), Catch::Contains("read-only"));
        CHECK_THROWS_WITH(ws.addCompact(test::sampleCompact("Dr. New")),
                          Catch::Contains("not saved"));
    }
    CHECK(test::readFile(path) == before);
}

TEST_CASE("Opening for reading only refuses edits", "[files]") {
    test::TempDir dir;
    const std::string path = makeWorkspaceWithCompact(dir, "ro.compact");
    Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
    CHECK(ws.isReadOnly());
    CHECK_THROWS_WITH(ws.rename("Other"), Catch::Contains("read-only"));
    CHECK(ws.info().name == "Sample");
}

TEST_CASE("A file of schema version 1 is backed up and migrated step by step", "[files]") {
    test::TempDir dir;
    const std::string path = dir.file("old.compact");
    {
        // Write a file as version 1 of the program did, with a compact in it.
        Workspace current = Workspace::create(dir.file("donor.compact"), "Donor");
        current.addCompact(test::sampleCompact());
    }
    {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
        db.exec("PRAGMA journal_mode = WAL");
        createSchema(db, 1);
        db.exec("ATTACH DATABASE '" + dir.file("donor.compact") + "' AS donor");
        for (const char* table : {"workspace", "compacts", "people", "expectations", "goals",
                                  "milestones", "meeting_plans"})
            db.exec(test::copyFromDonorSql(table));
        db.exec("DETACH DATABASE donor");
        REQUIRE(db.queryInteger("PRAGMA user_version") == 1);
    }
    const std::string original = test::readFile(path);

    Workspace ws = Workspace::open(path);
    const OpenReport& report = ws.openReport();
    CHECK(report.fromVersion == 1);
    CHECK(report.toVersion == Workspace::kSchemaVersion);
    CHECK(report.backupPath == path + ".v1.bak");
    CHECK(ws.info().schemaVersion == Workspace::kSchemaVersion);
    REQUIRE(ws.listCompacts().size() == 1);
    CHECK(ws.listCompacts()[0].scholar == "Dr. Lena Ortiz");

    // The backup is the old file as it was: still version 1, same compact.
    REQUIRE(fs::exists(report.backupPath));
    sqlite::Database backup(report.backupPath, SQLITE_OPEN_READONLY, report.backupPath);
    CHECK(backup.queryInteger("PRAGMA user_version") == 1);
    CHECK(backup.queryInteger("SELECT count(*) FROM compacts") == 1);
    CHECK(original.size() > 0);
}

TEST_CASE("A read-only file of an older version is refused, not half-migrated", "[files]") {
    test::TempDir dir;
    const std::string path = dir.file("old-ro.compact");
    {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
        createSchema(db, 1);
    }
    fs::permissions(path, fs::perms::owner_read);
    requireRefused(path, "must be upgraded");
    CHECK_FALSE(fs::exists(path + ".v1.bak"));
}
