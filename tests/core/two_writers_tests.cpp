// Issue 8, two programs at once: two Workspace connections on one file, as
// two instances of the program (or the program and the command line) have.
// Interleaved and concurrent edits are all kept, each connection sees the
// other's commits (dataVersion changes, the reads show them), a writer
// waits for a busy file within core's busy timeout (PRAGMA busy_timeout =
// 5000 in core/workspace.cpp) and says so in words when it stays busy, and
// the file passes check() afterwards.

#include "core/error.h"
#include "core/workspace.h"
#include "support/plain_sql.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <set>
#include <thread>

using namespace mc;

namespace {

Milestone milestoneTitled(const Compact& compact, const std::string& title) {
    Milestone milestone;
    milestone.responsibleId = compact.people.at(0).id;
    milestone.kind = MilestoneKind::Other;
    milestone.title = title;
    milestone.due = boost::gregorian::date(2028, 1, 1);
    return milestone;
}

std::set<std::string> milestoneTitles(const Workspace& ws, const std::string& compactId) {
    std::set<std::string> titles;
    for (const Milestone& m : ws.loadCompact(compactId).milestones)
        titles.insert(m.title);
    return titles;
}

} // namespace

TEST_CASE("Two connections see each other's edits", "[reliability]") {
    test::TempDir dir;
    const std::string path = dir.file("shared.compact");
    Workspace a = Workspace::create(path, "Shared");
    Workspace b = Workspace::open(path);

    const std::int64_t bBefore = b.dataVersion();
    const Compact compact = a.addCompact(test::sampleCompact());
    CHECK(b.dataVersion() != bBefore);
    REQUIRE(b.hasCompact(compact.id));
    CHECK(b.loadCompact(compact.id) == a.loadCompact(compact.id));

    const std::int64_t aBefore = a.dataVersion();
    b.saveMilestone(compact.id, milestoneTitled(compact, "written by b"));
    CHECK(a.dataVersion() != aBefore);
    CHECK(milestoneTitles(a, compact.id).count("written by b") == 1);

    // A connection's own commits do not change its data_version.
    const std::int64_t own = a.dataVersion();
    a.saveMilestone(compact.id, milestoneTitled(compact, "written by a"));
    CHECK(a.dataVersion() == own);
    CHECK(milestoneTitles(b, compact.id).count("written by a") == 1);
}

TEST_CASE("Interleaved edits of two connections are all kept", "[reliability]") {
    test::TempDir dir;
    const std::string path = dir.file("interleaved.compact");
    Workspace a = Workspace::create(path, "Shared");
    Workspace b = Workspace::open(path);
    const Compact compact = a.addCompact(test::sampleCompact());

    std::set<std::string> written;
    for (int i = 0; i < 40; ++i) {
        Workspace& writer = i % 2 == 0 ? a : b;
        const std::string title = (i % 2 == 0 ? "a " : "b ") + std::to_string(i);
        writer.saveMilestone(compact.id, milestoneTitled(compact, title));
        written.insert(title);
        // The other one edits the same compact's header in between.
        Workspace& other = i % 2 == 0 ? b : a;
        Compact header = other.loadCompact(compact.id);
        header.cohort = std::to_string(2000 + i);
        other.saveCompactHeader(header);
    }
    written.insert("Submit the first R01");
    CHECK(milestoneTitles(a, compact.id) == written);
    CHECK(milestoneTitles(b, compact.id) == written);
    CHECK(a.loadCompact(compact.id).cohort == "2039");
    CHECK(!hasErrors(a.check()));
}

TEST_CASE("Two programs writing at the same time lose nothing", "[reliability]") {
    test::TempDir dir;
    const std::string path = dir.file("concurrent.compact");
    std::string compactId;
    Compact compact;
    {
        Workspace ws = Workspace::create(path, "Shared");
        compact = ws.addCompact(test::sampleCompact());
        compactId = compact.id;
    }
    constexpr int kEdits = 60;
    const auto writer = [&](const std::string& who, std::string& error) {
        try {
            Workspace ws = Workspace::open(path);
            for (int i = 0; i < kEdits; ++i) {
                ws.saveMilestone(compactId, milestoneTitled(compact, who + std::to_string(i)));
                ws.addCompact(test::sampleCompact("Dr. " + who + std::to_string(i)));
            }
        } catch (const std::exception& e) {
            error = e.what();
        }
    };
    std::string errorA;
    std::string errorB;
    std::thread first(writer, "A", std::ref(errorA));
    std::thread second(writer, "B", std::ref(errorB));
    first.join();
    second.join();
    CHECK(errorA.empty());
    CHECK(errorB.empty());

    Workspace ws = Workspace::open(path);
    const auto titles = milestoneTitles(ws, compactId);
    for (const char* who : {"A", "B"})
        for (int i = 0; i < kEdits; ++i)
            CHECK(titles.count(who + std::to_string(i)) == 1);
    CHECK(ws.listCompacts().size() == 1 + 2 * kEdits);
    CHECK(!hasErrors(ws.check()));
}

TEST_CASE("A writer waits for another program's transaction to end", "[reliability]") {
    test::TempDir dir;
    const std::string path = dir.file("busy.compact");
    Workspace ws = Workspace::create(path, "Shared");
    const Compact compact = ws.addCompact(test::sampleCompact());

    test::WriteLock lock(path);
    std::thread releaser([&lock] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        lock.release();
    });
    // Blocks until the other transaction ends (well within the timeout),
    // then stores the edit.
    CHECK_NOTHROW(ws.saveMilestone(compact.id, milestoneTitled(compact, "after the wait")));
    releaser.join();
    CHECK(milestoneTitles(ws, compact.id).count("after the wait") == 1);
}

TEST_CASE("A file busy for longer than the timeout is refused in words, nothing half-written",
          "[reliability]") {
    test::TempDir dir;
    const std::string path = dir.file("busy.compact");
    Workspace ws = Workspace::create(path, "Shared");
    const Compact compact = ws.addCompact(test::sampleCompact());
    {
        test::WriteLock lock(path); // held past core's 5 s busy timeout
        try {
            ws.saveMilestone(compact.id, milestoneTitled(compact, "while busy"));
            FAIL("the edit went through a held write lock");
        } catch (const Error& error) {
            CHECK_THAT(error.what(), Catch::Contains(path) && Catch::Contains("busy"));
        }
    }
    CHECK(milestoneTitles(ws, compact.id).count("while busy") == 0);
    // Once the other program is done, the same edit goes through.
    ws.saveMilestone(compact.id, milestoneTitled(compact, "while busy"));
    CHECK(milestoneTitles(ws, compact.id).count("while busy") == 1);
}
