// `sign`, `versions`, `verify` and `amend` on real files.

#include "cli_run.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A workspace made by `new`: Ada Lovelace and her mentor Charles Babbage.
struct Pair {
    TempDir dir;
    std::string file = dir.file("pair.compact");
    std::string id;

    Pair() {
        REQUIRE(runCli({"new", file, "--scholar", "Ada Lovelace", "--mentor", "Charles Babbage",
                        "--start", "2026-07-01"})
                    .code() == 0);
        id = mc::Workspace::open(file, mc::OpenMode::ReadOnly).listCompacts().at(0).id;
    }

    mc::test::CliResult sign(const std::string& name) const {
        return runCli({"sign", file, "--compact", id.substr(0, 8), "--person", name});
    }
};

void tamper(const std::string& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("sign by both people locks the version and versions shows it", "[cli][signing]") {
    Pair f;
    const auto first = f.sign("ada lovelace");
    INFO(first.err);
    REQUIRE(first.code() == 0);
    CHECK(contains(first.out, "Ada Lovelace signed version 1"));
    CHECK(contains(first.out, "not locked yet: still to sign: Charles Babbage"));

    const auto second = f.sign("Charles Babbage");
    REQUIRE(second.code() == 0);
    CHECK(contains(second.out, "Version 1 is signed by everyone required and locked now"));

    const auto history = runCli({"versions", f.file, "--compact", f.id});
    REQUIRE(history.code() == 0);
    CHECK(contains(history.out, "Version 1: signed and locked on"));
    CHECK(contains(history.out, "Ada Lovelace (Scholar), typed \"ada lovelace\""));
    CHECK(contains(history.out, "Charles Babbage (Primary mentor)"));
    CHECK(contains(history.out, ": valid"));
    CHECK_FALSE(contains(history.out, "Still to sign"));
    const auto fingerprint = mc::Workspace::open(f.file).versions(f.id).at(0).fingerprint;
    CHECK(contains(history.out, "fingerprint " + fingerprint));
}

TEST_CASE("sign refuses a stranger and a date in the future", "[cli][signing]") {
    Pair f;
    const auto stranger = f.sign("Grace Hopper");
    CHECK(stranger.code() == 1);
    CHECK(contains(stranger.err, "nobody in the compact"));
    CHECK(contains(stranger.err, "Ada Lovelace, Charles Babbage"));
    const auto future = runCli(
        {"sign", f.file, "--compact", f.id, "--person", "Ada Lovelace", "--date", "2999-01-01"});
    CHECK(future.code() == 1);
    CHECK(contains(future.err, "in the future"));
    const auto badDate =
        runCli({"sign", f.file, "--compact", f.id, "--person", "Ada Lovelace", "--date", "soon"});
    CHECK(badDate.code() == 2);
}

TEST_CASE("verify passes, then fails naming the field changed behind its back", "[cli][verify]") {
    Pair f;
    CHECK(runCli({"verify", f.file}).out == "all 0 signed versions verified\n");
    REQUIRE(f.sign("Ada Lovelace").code() == 0);
    REQUIRE(f.sign("Charles Babbage").code() == 0);
    const auto clean = runCli({"verify", f.file});
    CHECK(clean.code() == 0);
    CHECK(clean.out == "all 1 signed version verified\n");

    tamper(f.file, "UPDATE compacts SET end_date = '2031-06-30'");
    const auto broken = runCli({"verify", f.file});
    CHECK(broken.code() == 1);
    CHECK(contains(broken.out, f.id.substr(0, 8)));
    CHECK(contains(broken.out, "version 1"));
    CHECK(contains(broken.out, "end date changed from"));
    CHECK(contains(broken.out, "\"2031-06-30\""));
    CHECK(contains(broken.out, "1 problem found in 1 signed version"));
}

TEST_CASE("amend starts a draft that can be edited and signed again", "[cli][versions]") {
    Pair f;
    const auto early = runCli({"amend", f.file, "--compact", f.id});
    CHECK(early.code() == 1);
    CHECK(contains(early.err, "not signed yet"));
    f.sign("Ada Lovelace");
    f.sign("Charles Babbage");
    const auto amend = runCli({"amend", f.file, "--compact", f.id});
    REQUIRE(amend.code() == 0);
    CHECK(contains(amend.out, "Started version 2"));
    const auto history = runCli({"versions", f.file, "--compact", f.id});
    CHECK(contains(history.out, "Version 2: draft"));
    CHECK(contains(history.out, "Still to sign: Ada Lovelace, Charles Babbage"));
    CHECK(runCli({"verify", f.file}).code() == 0);
}
