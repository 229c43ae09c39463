#pragma once
// Plain SQLite on a workspace file through a connection of its own, as
// another tool or program would use it (foreign keys off, SQLite's
// defaults): for tests of tampering, of kept rows forgotten behind the
// program's back, and of a second writer. Fails the running test when the
// SQL does.

#include <sqlite3.h>
#include <string>

namespace mc::test {

// Runs `sql` (any number of statements) and returns the rows it changed.
int runPlainSql(const std::string& path, const std::string& sql);
// The first column of the first row of `sql`, read on a read-only connection.
long long plainSqlNumber(const std::string& path, const std::string& sql);

// Another program in the middle of a write transaction: holds SQLite's
// write lock (BEGIN IMMEDIATE) until released or destroyed.
class WriteLock {
public:
    explicit WriteLock(const std::string& path);
    ~WriteLock();
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;
    // Commits and closes the connection.
    void release();

private:
    sqlite3* db_ = nullptr;
};

} // namespace mc::test
