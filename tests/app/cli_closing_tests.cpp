// `close` and `reopen` on real files: the closing is stored, `list` shows
// the compact closed, and wrong arguments name the option.

#include "cli_run.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <string>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

struct OneCompact {
    TempDir dir;
    std::string file = dir.file("close.compact");
    std::string id;

    OneCompact() {
        REQUIRE(runCli({"new", file, "--scholar", "Ada Lovelace", "--mentor", "Charles Babbage",
                        "--start", "2024-07-01"})
                    .code() == 0);
        id = mc::Workspace::open(file, mc::OpenMode::ReadOnly).listCompacts().at(0).id;
    }
};

} // namespace

TEST_CASE("close stores the closing and reopen takes it back", "[cli][closing]") {
    OneCompact f;
    const auto closed = runCli({"close", f.file, "--compact", f.id.substr(0, 8), "--reason",
                                "left_program", "--date", "2025-03-01", "--note", "Moved abroad"});
    INFO(closed.err);
    REQUIRE(closed.code() == 0);
    CHECK(contains(closed.out, "Closed"));
    CHECK(contains(closed.out, "2025-03-01"));
    {
        const mc::Workspace ws = mc::Workspace::open(f.file, mc::OpenMode::ReadOnly);
        const mc::Compact compact = ws.loadCompact(f.id);
        REQUIRE(compact.closing);
        CHECK(compact.closing->reason == mc::ClosingReason::LeftProgram);
        CHECK(compact.closing->note == "Moved abroad");
    }
    CHECK(contains(runCli({"list", f.file}).out, "\tclosed"));

    const auto reopened = runCli({"reopen", f.file, "--compact", f.id.substr(0, 8)});
    REQUIRE(reopened.code() == 0);
    CHECK(contains(reopened.out, "Reopened"));
    CHECK_FALSE(mc::Workspace::open(f.file, mc::OpenMode::ReadOnly).loadCompact(f.id).closing);
}

TEST_CASE("close refuses a bad reason, a bad date and a date before the start", "[cli][closing]") {
    OneCompact f;
    const auto reason = runCli({"close", f.file, "--compact", f.id, "--reason", "bored"});
    CHECK(reason.code() == 2);
    CHECK(contains(reason.err, "--reason"));
    CHECK(contains(reason.err, "award_completed"));

    const auto badDate =
        runCli({"close", f.file, "--compact", f.id, "--reason", "other", "--date", "2025-02-30"});
    CHECK(badDate.code() == 2);
    CHECK(contains(badDate.err, "--date"));

    const auto early =
        runCli({"close", f.file, "--compact", f.id, "--reason", "other", "--date", "2020-01-01"});
    CHECK(early.code() == 1);
    CHECK(contains(early.err, "closing.on"));
    CHECK_FALSE(mc::Workspace::open(f.file, mc::OpenMode::ReadOnly).loadCompact(f.id).closing);
}
