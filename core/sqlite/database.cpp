#include "core/sqlite/database.h"

#include "core/error.h"

#include <sqlite3.h>

namespace mc::sqlite {

namespace {

// Turns SQLite's result codes into words for the person whose file it is.
Text explain(int code, const std::string& path, std::string_view detail) {
    const std::string details(detail);
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return text(MC_TR("core", "%1 is damaged and cannot be read (%2). Open a backup copy, or "
                                  "run `mentoring-compact check` on it."),
                    path, details);
    case SQLITE_READONLY:
        return text(MC_TR("core", "%1 cannot be changed: the file or its folder is read-only."),
                    path);
    case SQLITE_FULL:
        return text(MC_TR("core", "The disk holding %1 is full: the last change was not saved."),
                    path);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return text(MC_TR("core", "%1 is busy: another program is writing to it. Try again in a "
                                  "moment."),
                    path);
    case SQLITE_CANTOPEN:
        return text(MC_TR("core", "%1 cannot be opened (%2)."), path, details);
    case SQLITE_IOERR:
        // A short write is what a full disk (or one past a quota) gives
        // when SQLite cannot tell it from ENOSPC.
        if (code == SQLITE_IOERR_WRITE)
            return text(MC_TR("core", "Writing %1 failed (%2): the disk may be full or gone; the "
                                      "last change was not saved."),
                        path, details);
        return text(MC_TR("core", "Reading or writing %1 failed (%2): the last change was not "
                                  "saved."),
                    path, details);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return text(MC_TR("core", "%1 cannot be used: permission denied."), path);
    default:
        return literal(path + ": " + details);
    }
}

} // namespace

Database::Database(const std::string& path, int flags, std::string displayPath)
    : displayPath_(std::move(displayPath)) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw Error(explain(rc, displayPath_, detail));
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

void Database::fail(int code, std::string_view doing) const {
    std::string detail = sqlite3_errmsg(db_);
    if (!doing.empty())
        detail = std::string(doing) + ": " + detail;
    throw Error(explain(code, displayPath_, detail));
}

void Database::exec(const std::string& sql) {
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, {});
}

std::int64_t Database::queryInteger(const std::string& sql) {
    Statement statement(*this, sql);
    return statement.step() ? statement.integer(0) : 0;
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

Statement::Statement(Database& db, std::string_view sql, bool persistent) : db_(db) {
    const unsigned flags = persistent ? SQLITE_PREPARE_PERSISTENT : 0;
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), flags,
                                      &stmt_, nullptr);
    if (rc != SQLITE_OK)
        db_.fail(rc, {});
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    const int rc =
        sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        db_.fail(rc, {});
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK)
        db_.fail(rc, {});
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK)
        db_.fail(rc, {});
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(stmt_);
    db_.fail(rc, {});
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    if (data == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

int Statement::integer32(int column) const {
    return sqlite3_column_int(stmt_, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace mc::sqlite
