// Opening, creating and reading a workspace file.

#include "core/workspace.h"

#include "core/error.h"
#include "core/ids.h"
#include "core/schema.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace mc {

namespace {

// Connection settings that do not change the file: wait for a busy file
// rather than fail at once, check references, and in WAL mode sync at
// checkpoints only (a crash of the program loses nothing committed; a power
// cut may lose the last moments, never consistency).
void configureConnection(sqlite::Database& db) {
    // Statement journals and sorting go to memory, not to files in /var/tmp:
    // an import of a 1,000-compact workspace spent half its time there.
    // A page cache of up to 16 MiB instead of 2: a large insert no longer
    // spills dirty pages to the WAL mid-transaction only to read them back
    // (insertCompacts of 1,000 compacts: 1.9 s -> 1.1 s of CPU). It fills
    // only as pages are read.
    db.exec("PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; "
            "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
            "PRAGMA cache_size = -16384;");
}

// Why a file cannot be written, or empty when it can. A file without any
// write permission is treated as read-only even for root, respecting what
// its owner meant.
Text readOnlyReason(const fs::path& file) {
    const fs::perms perms = fs::status(file).permissions();
    if ((perms & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) ==
        fs::perms::none)
        return text(MC_TR("core", "the file is marked read-only"));
    if (::access(file.c_str(), W_OK) != 0)
        return text(MC_TR("core", "you do not have permission to change the file"));
    const fs::path folder = fs::absolute(file).parent_path();
    if (::access(folder.c_str(), W_OK) != 0)
        return text(MC_TR("core", "its folder cannot be written"));
    return {};
}

std::string backupPathFor(const std::string& path, int version) {
    std::string candidate = path + ".v" + std::to_string(version) + ".bak";
    for (int n = 2; fs::exists(candidate); ++n)
        candidate = path + ".v" + std::to_string(version) + "-" + std::to_string(n) + ".bak";
    return candidate;
}

// A new workspace is built under a hidden name beside its own and renamed
// into place whole, so a kill leaves either no file or a finished one:
// ".NAME.creating-PID-RANDOM". The process id tells a later create whether
// the one that left it is still running.
std::string creationPrefix(const fs::path& target) {
    std::string prefix = ".";
    prefix += target.filename().string();
    prefix += ".creating-";
    return prefix;
}

void removeWithJournals(const std::string& file) {
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(file + suffix, ignored);
}

// Removes the temporaries (and their journals) of creations of `target`
// whose process is gone: what a kill during create left.
void removeStrayCreations(const fs::path& target) {
    const std::string prefix = creationPrefix(target);
    std::vector<fs::path> strays;
    std::error_code ec;
    for (fs::directory_iterator item(target.parent_path(), ec), end; !ec && item != end;
         item.increment(ec)) {
        const std::string name = item->path().filename().string();
        if (!name.starts_with(prefix))
            continue;
        const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            strays.push_back(item->path());
    }
    for (const fs::path& stray : strays)
        fs::remove(stray, ec);
}

// Flushes a file or folder to the disk, so that after a power cut the
// renamed workspace is there with its content. 0, or the errno.
int syncToDisk(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | flags);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

Text existsMessage(const std::string& path) {
    return text(MC_TR("core", "%1 already exists: choose another name, or open it instead."), path);
}

// Gives the finished temporary its name, unless something took that name
// meanwhile (then it is refused as before, never replaced).
void moveIntoPlace(const std::string& temporary, const std::string& path) {
    if (const int error = syncToDisk(temporary, 0); error != 0)
        throw Error(text(MC_TR("core", "Writing %1 failed (%2): the disk may be full or gone; the "
                                       "workspace was not created."),
                         path, std::strerror(error)));
    int error = 0;
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) != 0)
        error = errno;
    // A file system that cannot rename without replacing: check, then rename.
    if (error == EINVAL || error == ENOSYS || error == ENOTSUP) {
        if (fs::exists(path))
            throw Error(existsMessage(path));
        error = std::rename(temporary.c_str(), path.c_str()) == 0 ? 0 : errno;
    }
    if (error == EEXIST)
        throw Error(existsMessage(path));
    if (error != 0)
        throw Error(text(MC_TR("core", "%1 cannot be created (%2)."), path, std::strerror(error)));
    // The file is in place: a folder that cannot be flushed only matters
    // after a power cut, so it does not undo the create.
    syncToDisk(fs::absolute(path).parent_path(), O_DIRECTORY);
}

std::string sqlQuoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace

Workspace::Workspace(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Workspace Workspace::create(const std::string& path, const std::string& name) {
    std::string trimmedName = name;
    if (trimmedName.find_first_not_of(" \t\r\n") == std::string::npos)
        throw Error(text(MC_TR("core", "The workspace name is empty: give the workspace a name.")));
    if (fs::exists(path))
        throw Error(existsMessage(path));
    const fs::path target = fs::absolute(path);
    if (!fs::is_directory(target.parent_path()))
        throw Error(
            text(MC_TR("core", "The folder %1 does not exist."), target.parent_path().string()));
    removeStrayCreations(target);
    const std::string temporary =
        (target.parent_path() /
         (creationPrefix(target) + std::to_string(::getpid()) + "-" + newUuid().substr(0, 8)))
            .string();
    try {
        {
            // SQLite's messages name the workspace, not the temporary.
            sqlite::Database db(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
            configureConnection(db);
            createSchema(db, kSchemaVersion);
            const std::string now = utcTimestampNow();
            sqlite::Statement insert(db, "INSERT INTO workspace (id, name, created, updated) "
                                         "VALUES (?, ?, ?, ?)");
            insert.bind(1, newUuid()).bind(2, name).bind(3, now).bind(4, now);
            insert.run();
            // WAL last: until here each commit went into the file itself
            // (rollback journal), so once closed it is whole without a -wal.
            db.exec("PRAGMA journal_mode = WAL");
        }
        moveIntoPlace(temporary, path);
    } catch (...) {
        removeWithJournals(temporary);
        throw;
    }
    return open(path);
}

namespace {

// Refuses a file that is not ours, written by a newer version, or whose
// creation never finished, naming it.
void refuseHeader(const std::string& path, std::int32_t applicationId, int userVersion) {
    if (applicationId != Workspace::kApplicationId)
        throw Error(text(MC_TR("core", "%1 is a database of another program, not a Mentoring "
                                       "Compact workspace."),
                         path));
    if (userVersion > Workspace::kSchemaVersion)
        throw Error(text(MC_TR("core", "%1 was written by a newer version of Mentoring Compact "
                                       "(file format %2; this version reads up to %3). Open it "
                                       "with the newer version."),
                         path, userVersion, Workspace::kSchemaVersion));
    if (userVersion < 1)
        throw Error(text(MC_TR("core", "%1 is an unfinished Mentoring Compact workspace (its "
                                       "creation was interrupted) and holds nothing to open."),
                         path));
}

} // namespace

Workspace Workspace::open(const std::string& path, OpenMode mode) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error(text(MC_TR("core", "%1 does not exist."), path));
    if (!fs::is_regular_file(status))
        throw Error(text(MC_TR("core", "%1 is not a file."), path));
    if (fs::file_size(path, ec) == 0)
        throw Error(
            text(MC_TR("core", "%1 is empty: it is not a Mentoring Compact workspace."), path));

    FileHeader header = readFileHeader(path);
    if (!header.isSqlite)
        throw Error(text(MC_TR("core", "%1 is not a Mentoring Compact workspace."), path));
    // After a crash the newest header may still be in the -wal file (an
    // upgrade committed but not yet copied back): then SQLite's view below
    // decides. Without one, the bytes decide before SQLite touches the file.
    std::error_code walError;
    const bool pendingLog = fs::file_size(path + "-wal", walError) > 0 && !walError;
    if (!pendingLog)
        refuseHeader(path, header.applicationId, header.userVersion);
    OpenReport report;
    const Text fileReadOnlyReason = readOnlyReason(path);
    report.readOnlyReason = mode == OpenMode::ReadOnly
                                ? text(MC_TR("core", "it was opened for reading only"))
                                : fileReadOnlyReason;
    report.readOnly = !report.readOnlyReason.empty();

    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    std::string uri = "file:" + fs::absolute(path).string();
    // The URI needs '?' and '#' escaped; other characters pass as they are.
    for (std::size_t at = 0; (at = uri.find_first_of("?#%", at)) != std::string::npos; at += 3)
        uri.replace(at, 1, uri[at] == '?' ? "%3f" : uri[at] == '#' ? "%23" : "%25");
    // Reading only a file we could write (list, show, export, check): open
    // it read-write but refuse writes (requireWritable, and query_only
    // below). A read-only SQLite connection in WAL mode creates the -wal and
    // -shm files but never removes them; a read-write one, when it is the
    // last to close, checkpoints the (empty) log and deletes both, leaving
    // the folder as it was. It stays an ordinary WAL reader, so another
    // program writing at the same time is safe: we read committed
    // snapshots, and the files stay while that program still has them
    // open. (immutable=1 would be wrong then: it reads without locks.)
    const bool readOnlyConnection = !fileReadOnlyReason.empty();
    if (readOnlyConnection) {
        flags |= SQLITE_OPEN_READONLY;
        // Without a writable folder SQLite cannot make its WAL index; read
        // the file as it is instead.
        uri += ::access(fs::absolute(path).parent_path().c_str(), W_OK) == 0 ? "?mode=ro"
                                                                             : "?immutable=1";
    } else {
        flags |= SQLITE_OPEN_READWRITE;
    }

    auto impl = std::make_unique<Impl>(path, uri, flags);
    // The header as SQLite reads it, -wal file included.
    header.applicationId =
        static_cast<std::int32_t>(impl->db.queryInteger("PRAGMA application_id"));
    header.userVersion = static_cast<int>(impl->db.queryInteger("PRAGMA user_version"));
    refuseHeader(path, header.applicationId, header.userVersion);
    configureConnection(impl->db);
    if (report.readOnly && !readOnlyConnection)
        impl->db.exec("PRAGMA query_only = ON");
    // Reading the schema touches the first pages: a damaged file fails here.
    impl->db.queryInteger("SELECT count(*) FROM sqlite_schema");

    report.fromVersion = header.userVersion;
    report.toVersion = header.userVersion;
    if (header.userVersion < kSchemaVersion) {
        if (report.readOnly)
            throw Error(text(MC_TR("core", "%1 was written by an older version and must be "
                                           "upgraded, but %2. Copy it somewhere writable and "
                                           "open the copy."),
                             path, report.readOnlyReason));
        report.backupPath = backupPathFor(path, header.userVersion);
        impl->db.exec("VACUUM INTO " + sqlQuoted(report.backupPath));
        try {
            migrateSchema(impl->db, header.userVersion, kSchemaVersion);
        } catch (const Error& error) {
            // SQLite's words alone ("table worksheets already exists") do
            // not say what happened: a file whose tables do not match the
            // format it claims (a damaged header, say) fails here.
            throw Error(text(MC_TR("core", "%1 could not be upgraded from file format %2 to %3 "
                                           "(%4): it may be damaged. A copy from before the "
                                           "upgrade is at %5."),
                             path, header.userVersion, kSchemaVersion,
                             error.text().empty() ? literal(error.what()) : error.text(),
                             report.backupPath));
        }
        report.toVersion = kSchemaVersion;
    }
    impl->report = report;
    return Workspace(std::move(impl));
}

const std::string& Workspace::path() const {
    return impl_->path;
}
bool Workspace::isReadOnly() const {
    return impl_->report.readOnly;
}
const OpenReport& Workspace::openReport() const {
    return impl_->report;
}

void Workspace::Impl::requireWritable() const {
    if (report.readOnly)
        throw Error(text(MC_TR("core", "%1 is open read-only (%2): the change was not saved."),
                         path, report.readOnlyReason));
}

WorkspaceInfo Workspace::info() const {
    auto row = impl_->statement("SELECT id, name, created, updated FROM workspace LIMIT 1");
    WorkspaceInfo info;
    if (row.step()) {
        info.id = row.text(0);
        info.name = row.text(1);
        info.created = row.text(2);
        info.updated = row.text(3);
    }
    info.schemaVersion = static_cast<int>(impl_->db.queryInteger("PRAGMA user_version"));
    return info;
}

void Workspace::rename(const std::string& name) {
    impl_->requireWritable();
    if (name.find_first_not_of(" \t\r\n") == std::string::npos)
        throw ValidationError({{Severity::Error, "name", "the workspace name is empty"}});
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("UPDATE workspace SET name = ?, updated = ?");
    row.bind(1, name).bind(2, utcTimestampNow());
    row.run();
    transaction.commit();
}

void Workspace::adoptIdentity(const WorkspaceInfo& identity) {
    impl_->requireWritable();
    std::vector<Problem> problems;
    if (!isUuid(identity.id))
        problems.push_back(
            Problem(Severity::Error, "workspace.id",
                    text(MC_TR("core", "\"%1\" is not an id (a UUID)"), identity.id)));
    if (identity.name.find_first_not_of(" \t\r\n") == std::string::npos)
        problems.push_back(Problem(Severity::Error, "workspace.name",
                                   text(MC_TR("core", "the workspace name is empty"))));
    for (const auto& [field, stamp] : {std::pair{"workspace.created", &identity.created},
                                       std::pair{"workspace.updated", &identity.updated}})
        if (!isUtcTimestamp(*stamp))
            problems.push_back(
                Problem(Severity::Error, field,
                        text(MC_TR("core", "\"%1\" is not a UTC timestamp"), *stamp)));
    if (!problems.empty())
        throw ValidationError(std::move(problems));
    sqlite::Transaction transaction(impl_->db);
    if (impl_->db.queryInteger("SELECT count(*) FROM compacts") > 0)
        throw Error(
            text(MC_TR("core", "%1 already holds compacts: its identity cannot be replaced."),
                 impl_->path));
    auto row = impl_->statement("UPDATE workspace SET id = ?, name = ?, created = ?, updated = ?");
    row.bind(1, identity.id).bind(2, identity.name).bind(3, identity.created);
    row.bind(4, identity.updated);
    row.run();
    transaction.commit();
}

std::vector<CompactListEntry> Workspace::listCompacts() const {
    std::vector<CompactListEntry> entries;
    std::map<std::string, std::size_t, std::less<>> indexById;
    auto compacts = impl_->statement("SELECT id, title, program, cohort, status, start_date, "
                                     "end_date FROM compacts ORDER BY created, id");
    while (compacts.step()) {
        CompactListEntry& entry = entries.emplace_back();
        entry.id = compacts.text(0);
        entry.title = compacts.text(1);
        entry.program = compacts.text(2);
        entry.cohort = compacts.text(3);
        entry.status = fromKey<CompactStatus>(compacts.text(4)).value_or(CompactStatus::Draft);
        entry.start = parseIsoDate(compacts.text(5));
        entry.end = parseIsoDate(compacts.text(6));
        indexById.emplace(entry.id, entries.size() - 1);
    }
    auto people = impl_->statement("SELECT compact_id, role, name FROM people "
                                   "ORDER BY compact_id, position, rowid");
    while (people.step()) {
        const auto found = indexById.find(people.text(0));
        const auto role = fromKey<Role>(people.text(1));
        if (found == indexById.end() || !role)
            continue;
        CompactListEntry& entry = entries[found->second];
        if (*role == Role::Scholar && entry.scholar.empty())
            entry.scholar = people.text(2);
        else if (isMentorRole(*role))
            entry.mentors.push_back(people.text(2));
    }
    auto reviewed = impl_->statement(
        "SELECT compact_id, award_year FROM reviews WHERE state = 'signed' ORDER BY award_year");
    while (reviewed.step())
        if (const auto found = indexById.find(reviewed.text(0)); found != indexById.end())
            entries[found->second].signedReviewYears.push_back(reviewed.integer32(1));
    return entries;
}

std::vector<CohortRow> Workspace::cohortSummary(const Date& today) const {
    auto row = impl_->statement(
        "SELECT c.id, c.program, c.cohort, c.status, "
        " (SELECT p.name FROM people p WHERE p.compact_id = c.id AND p.role = 'scholar' "
        "  ORDER BY p.position LIMIT 1), "
        " (SELECT count(*) FROM milestones m WHERE m.compact_id = c.id), "
        " (SELECT count(*) FROM milestones m WHERE m.compact_id = c.id "
        "  AND m.status = 'achieved'), "
        " (SELECT count(*) FROM milestones m WHERE m.compact_id = c.id "
        "  AND m.status IN ('planned', 'rescheduled') AND m.due_date < ?1), "
        " (SELECT count(*) FROM milestones m WHERE m.compact_id = c.id "
        "  AND m.status IN ('planned', 'rescheduled') AND m.due_date BETWEEN ?1 AND ?2) "
        "FROM compacts c ORDER BY c.created, c.id");
    row.bind(1, formatIsoDate(today)).bind(2, formatIsoDate(today + boost::gregorian::days(90)));
    std::vector<CohortRow> rows;
    while (row.step()) {
        CohortRow& r = rows.emplace_back();
        r.compactId = row.text(0);
        r.program = row.text(1);
        r.cohort = row.text(2);
        r.status = fromKey<CompactStatus>(row.text(3)).value_or(CompactStatus::Draft);
        r.scholar = row.text(4);
        r.milestonesTotal = row.integer32(5);
        r.milestonesAchieved = row.integer32(6);
        r.milestonesOverdue = row.integer32(7);
        r.milestonesDue = row.integer32(8);
    }
    return rows;
}

bool Workspace::hasCompact(const std::string& compactId) const {
    auto row = impl_->statement("SELECT 1 FROM compacts WHERE id = ?");
    row.bind(1, compactId);
    const bool found = row.step();
    return found;
}

Compact Workspace::loadCompact(const std::string& compactId) const {
    Compact compact = impl_->loadHeader(compactId);
    compact.people = impl_->loadPeople(compactId);
    compact.expectations = impl_->loadExpectations(compactId);
    compact.goals = impl_->loadGoals(compactId);
    compact.milestones = impl_->loadMilestones(compactId);
    compact.meetingPlan = impl_->loadMeetingPlan(compactId);
    return compact;
}

std::vector<Compact> Workspace::loadAllCompacts() const {
    std::vector<Compact> compacts;
    for (const auto& entry : listCompacts())
        compacts.push_back(loadCompact(entry.id));
    return compacts;
}

std::string Workspace::resolveCompactId(const std::string& prefix) const {
    if (prefix.size() < 4)
        throw Error(
            text(MC_TR("core", "The compact id \"%1\" is too short: give at least 4 characters."),
                 prefix));
    std::vector<std::string> matches;
    auto row = impl_->statement("SELECT id FROM compacts WHERE substr(id, 1, ?2) = ?1");
    row.bind(1, prefix).bind(2, static_cast<int>(prefix.size()));
    while (row.step())
        matches.push_back(row.text(0));
    if (matches.empty())
        throw Error(text(MC_TR("core", "There is no compact with an id starting \"%1\" in %2."),
                         prefix, impl_->path));
    if (matches.size() > 1)
        throw Error(text(
            MC_TR("core", "Several compacts have an id starting \"%1\": give more characters."),
            prefix));
    return matches.front();
}

std::vector<Problem> Workspace::check() const {
    std::vector<Problem> problems;
    auto integrity = impl_->statement("PRAGMA integrity_check");
    while (integrity.step()) {
        const std::string line = integrity.text(0);
        if (line != "ok")
            problems.push_back({Severity::Error, "file", line});
    }
    auto foreignKeys = impl_->statement("PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems.push_back(
            {Severity::Error, "file",
             "a row of " + foreignKeys.text(0) + " refers to a missing " + foreignKeys.text(2)});
    if (hasErrors(problems))
        return problems;
    for (const Compact& compact : loadAllCompacts()) {
        const Person* scholar = compact.scholar();
        const std::string label = "compact " + compact.id.substr(0, 8) +
                                  (scholar ? " (" + scholar->name + ")" : std::string());
        for (Problem problem : validateCompact(compact)) {
            problem.field = label + (problem.field.empty() ? "" : " " + problem.field);
            problems.push_back(std::move(problem));
        }
    }
    return problems;
}

std::int64_t Workspace::dataVersion() const {
    return impl_->db.queryInteger("PRAGMA data_version");
}

} // namespace mc
