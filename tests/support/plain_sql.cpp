#include "support/plain_sql.h"

#include <catch2/catch.hpp>

namespace mc::test {

int runPlainSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char* message = nullptr;
    const int before = sqlite3_total_changes(db);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    const int changed = sqlite3_total_changes(db) - before;
    const std::string error = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    INFO(sql << ": " << error);
    REQUIRE(rc == SQLITE_OK);
    return changed;
}

long long plainSqlNumber(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    const bool prepared = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK;
    const bool hasRow = prepared && sqlite3_step(statement) == SQLITE_ROW;
    const long long value = hasRow ? sqlite3_column_int64(statement, 0) : 0;
    const std::string error = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    INFO(sql << ": " << error);
    REQUIRE(hasRow);
    return value;
}

WriteLock::WriteLock(const std::string& path) {
    REQUIRE(sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
}

WriteLock::~WriteLock() {
    release();
}

void WriteLock::release() {
    if (db_ == nullptr)
        return;
    sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
    db_ = nullptr;
}

} // namespace mc::test
