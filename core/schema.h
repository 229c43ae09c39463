#pragma once
// The workspace file's schema and its migration ladder. Each step moves a
// file from version N-1 to N inside one transaction and writes
// `PRAGMA user_version` last, so a step that fails leaves the file at N-1.

#include <cstdint>
#include <string>

namespace mc {
namespace sqlite {
class Database;
}

// What the first 100 bytes of a file say about it, read without SQLite so
// that a foreign or newer file is never touched by our code.
struct FileHeader {
    bool isSqlite = false;
    std::int32_t applicationId = 0;
    int userVersion = 0;
};
// Throws mc::Error when the file cannot be read.
FileHeader readFileHeader(const std::string& path);

// Brings an empty database to `targetVersion` (the newest by default).
// Tests pass an older version to make files as older releases wrote them.
void createSchema(sqlite::Database& db, int targetVersion);
// Runs the steps from the file's version up to `targetVersion`, all in one
// transaction: the file ends at `targetVersion` or stays as it was.
void migrateSchema(sqlite::Database& db, int fromVersion, int targetVersion);

} // namespace mc
