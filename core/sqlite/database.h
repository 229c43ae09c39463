#pragma once
// Small RAII wrappers over the sqlite3 C API: a connection, a prepared
// statement and a transaction guard. No copies; everything is released in
// destructors, so no code path has to remember to finalize or roll back.
// Errors become mc::Error with a message a person can act on.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace mc::sqlite {

class Database {
public:
    // `flags` are sqlite3_open_v2 flags; `path` may be a file: URI when
    // SQLITE_OPEN_URI is among them. `displayPath` names the file in messages.
    Database(const std::string& path, int flags, std::string displayPath);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return db_; }
    const std::string& displayPath() const { return displayPath_; }

    // Runs one or more statements that bind nothing (schema, pragmas).
    void exec(const std::string& sql);
    // The first column of the first row of a query that binds nothing.
    std::int64_t queryInteger(const std::string& sql);
    int changes() const;

    // Throws the mc::Error that describes SQLite result code `code`.
    [[noreturn]] void fail(int code, std::string_view doing) const;

private:
    sqlite3* db_ = nullptr;
    std::string displayPath_;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql, bool persistent = false);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& text);

    // Advances to the next row; false when there are no more.
    bool step();
    // Steps a statement that returns no rows, then resets it for reuse.
    void run();
    // Clears bindings and rewinds, ready to bind again.
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    int integer32(int column) const;
    bool isNull(int column) const;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// A cached statement lent for one use. It is reset when the use ends, so a
// query read only partly (one row of many) never keeps a read transaction,
// and with it an old snapshot of the file, open after the caller is done.
class StatementUse {
public:
    explicit StatementUse(Statement& statement) : statement_(statement) {}
    ~StatementUse() { statement_.reset(); }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;

    template <typename T> StatementUse& bind(int index, const T& value) {
        statement_.bind(index, value);
        return *this;
    }
    StatementUse& bindNull(int index) {
        statement_.bindNull(index);
        return *this;
    }
    bool step() { return statement_.step(); }
    void run() { statement_.run(); }
    std::string text(int column) const { return statement_.text(column); }
    std::int64_t integer(int column) const { return statement_.integer(column); }
    int integer32(int column) const { return statement_.integer32(column); }
    bool isNull(int column) const { return statement_.isNull(column); }

private:
    Statement& statement_;
};

// BEGIN IMMEDIATE on construction (takes the write lock at once, so a busy
// file fails before any work is done); ROLLBACK in the destructor unless
// commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

} // namespace mc::sqlite
