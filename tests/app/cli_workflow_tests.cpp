// The subcommands on real files: new, list, show, export, import, check.

#include "cli_run.h"
#include "core/json_io.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

using mc::test::readFile;
using mc::test::runCli;
using mc::test::TempDir;
using mc::test::writeFile;

namespace {

// Creates a compact in `file` and returns its id.
std::string newCompact(const std::string& file, const std::string& scholar = "Ada Lovelace") {
    const auto result = runCli({"new", file, "--scholar", scholar, "--mentor", "Charles Babbage",
                                "--mentor", "Mary Somerville", "--program", "KL2 Scholars",
                                "--cohort", "2026", "--start", "2026-07-01"});
    REQUIRE(result.code() == 0);
    REQUIRE(result.err.empty());
    REQUIRE(result.out.size() == 37); // a UUID and a newline
    return result.out.substr(0, 36);
}

} // namespace

TEST_CASE("new creates the workspace and a compact with its people", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const std::string id = newCompact(file);

    const mc::Workspace workspace = mc::Workspace::open(file, mc::OpenMode::ReadOnly);
    CHECK(workspace.info().name == "lab");
    const mc::Compact compact = workspace.loadCompact(id);
    CHECK(compact.title == "Mentoring compact: Ada Lovelace");
    CHECK(compact.program == "KL2 Scholars");
    CHECK(compact.cohort == "2026");
    CHECK(compact.status == mc::CompactStatus::Draft);
    CHECK(mc::formatIsoDate(compact.start) == "2026-07-01");
    CHECK(mc::formatIsoDate(compact.end) == "2029-06-30");
    REQUIRE(compact.people.size() == 3);
    CHECK(compact.people[0].role == mc::Role::Scholar);
    CHECK(compact.people[0].name == "Ada Lovelace");
    CHECK(compact.people[1].role == mc::Role::PrimaryMentor);
    CHECK(compact.people[1].name == "Charles Babbage");
    CHECK(compact.people[2].role == mc::Role::CoMentor);
    CHECK(compact.meetingPlan.recurrence.cadence == mc::Cadence::EveryTwoWeeks);
}

TEST_CASE("new adds to an existing workspace and honours title and years", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result =
        runCli({"new", file, "--scholar", "Grace Hopper", "--mentor", "Howard Aiken", "--title",
                "Hopper and Aiken", "--start", "2024-02-29", "--years", "5"});
    REQUIRE(result.code() == 0);
    const std::string id = result.out.substr(0, 36);

    const mc::Workspace workspace = mc::Workspace::open(file, mc::OpenMode::ReadOnly);
    CHECK(workspace.listCompacts().size() == 2);
    const mc::Compact compact = workspace.loadCompact(id);
    CHECK(compact.title == "Hopper and Aiken");
    CHECK(mc::formatIsoDate(compact.end) == "2029-02-27");
}

TEST_CASE("new with a template says templates are not there yet", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const auto result =
        runCli({"new", file, "--scholar", "Ada", "--mentor", "Charles", "--template", "kl2"});
    CHECK(result.code() == 1);
    CHECK(result.err.find("templates") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("new with an empty scholar name creates no file", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const auto result = runCli({"new", file, "--scholar", "", "--mentor", "Charles"});
    CHECK(result.code() == 1);
    CHECK(result.err.find("error: ") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("list prints one tab-separated line per compact", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const std::string id = newCompact(file);
    const auto result = runCli({"list", file});
    CHECK(result.code() == 0);
    CHECK(result.out == id + "\tAda Lovelace\tCharles Babbage, Mary Somerville\tdraft\n");
    CHECK(result.err.empty());
}

TEST_CASE("show prints the compact as text by id prefix or all of them", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const std::string id = newCompact(file);
    newCompact(file, "Grace Hopper");

    const auto one = runCli({"show", file, "--compact", id.substr(0, 8)});
    CHECK(one.code() == 0);
    CHECK(one.out.find("Mentoring compact: Ada Lovelace") == 0);
    CHECK(one.out.find("Program:    KL2 Scholars") != std::string::npos);
    CHECK(one.out.find("Cohort:     2026") != std::string::npos);
    CHECK(one.out.find("Period:     2026-07-01 to 2029-06-30") != std::string::npos);
    CHECK(one.out.find("Status:     Draft") != std::string::npos);
    CHECK(one.out.find("  Scholar: Ada Lovelace") != std::string::npos);
    CHECK(one.out.find("  Primary mentor: Charles Babbage") != std::string::npos);
    CHECK(one.out.find("  Co-mentor: Mary Somerville") != std::string::npos);
    CHECK(one.out.find("Every two weeks on Mondays, 60 minutes") != std::string::npos);
    CHECK(one.out.find("Grace Hopper") == std::string::npos);

    const auto all = runCli({"show", file});
    CHECK(all.code() == 0);
    CHECK(all.out.find("Ada Lovelace") != std::string::npos);
    CHECK(all.out.find("Grace Hopper") != std::string::npos);
}

TEST_CASE("show of an unknown compact is a problem", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result = runCli({"show", file, "--compact", "zzzzzzzz"});
    CHECK(result.code() == 1);
    CHECK(result.err.find("mentoring-compact: ") == 0);
    CHECK(result.out.empty());
}

TEST_CASE("a file that is not a workspace is a problem for every subcommand", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("notes.compact");
    writeFile(file, "these are my notes, not a database\n");
    for (const char* name : {"list", "show", "check"}) {
        INFO(name);
        const auto result = runCli({name, file});
        CHECK(result.code() == 1);
        CHECK(result.err.find("mentoring-compact: ") == 0);
        CHECK(result.err.find("notes.compact") != std::string::npos);
    }
    CHECK(runCli({"export", file, "--format", "json"}).code() == 1);
    CHECK(runCli({"new", file, "--scholar", "A", "--mentor", "B"}).code() == 1);
    CHECK(readFile(file) == "these are my notes, not a database\n");
}

TEST_CASE("a missing file is a problem", "[cli]") {
    TempDir dir;
    const auto result = runCli({"list", dir.file("missing.compact")});
    CHECK(result.code() == 1);
    CHECK(result.err.find("missing.compact") != std::string::npos);
}

TEST_CASE("export then import into a new file then export again gives the same bytes", "[cli]") {
    TempDir dir;
    const std::string first = dir.file("first.compact");
    newCompact(first);
    newCompact(first, "Grace Hopper");

    const auto toStdout = runCli({"export", first, "--format", "json"});
    REQUIRE(toStdout.code() == 0);
    const std::string firstJson = dir.file("first.json");
    const auto toFile = runCli({"export", first, "--format", "json", "--out", firstJson});
    REQUIRE(toFile.code() == 0);
    CHECK(toFile.out.empty());
    CHECK(readFile(firstJson) == toStdout.out);
    CHECK_FALSE(std::filesystem::exists(firstJson + ".tmp"));

    const std::string second = dir.file("second.compact");
    const auto imported = runCli({"import", second, firstJson});
    REQUIRE(imported.code() == 0);
    CHECK(imported.out == "imported 2 compacts\n");

    const auto list = runCli({"list", second});
    CHECK(list.out == runCli({"list", first}).out);

    const std::string secondJson = dir.file("second.json");
    REQUIRE(runCli({"export", second, "--format", "json", "--out", secondJson}).code() == 0);
    // The new file takes over the exported workspace's identity (id, name,
    // stamps), so the whole export is the same, byte for byte.
    CHECK(readFile(secondJson) == readFile(firstJson));
    CHECK(mc::parseJson(readFile(secondJson)).workspace.name == "first");
    CHECK(mc::Workspace::open(second, mc::OpenMode::ReadOnly).info().name == "first");
}

TEST_CASE("export of one compact holds only that compact", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const std::string id = newCompact(file);
    newCompact(file, "Grace Hopper");
    const auto result = runCli({"export", file, "--format", "json", "--compact", id.substr(0, 6)});
    REQUIRE(result.code() == 0);
    const mc::JsonDocument document = mc::parseJson(result.out);
    REQUIRE(document.compacts.size() == 1);
    CHECK(document.compacts[0].id == id);
}

TEST_CASE("export --out replaces an existing file", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const std::string json = dir.file("out.json");
    writeFile(json, "old");
    REQUIRE(runCli({"export", file, "--format", "json", "--out", json}).code() == 0);
    CHECK(readFile(json) != "old");
    CHECK_NOTHROW(mc::parseJson(readFile(json)));
}

TEST_CASE("export --out into a missing folder is a problem and writes nothing", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result =
        runCli({"export", file, "--format", "json", "--out", dir.file("nowhere/out.json")});
    CHECK(result.code() == 1);
    CHECK(result.err.find("nowhere") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("nowhere")));
}

TEST_CASE("export --out onto the workspace itself is refused", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result = runCli({"export", file, "--format", "json", "--out", file});
    CHECK(result.code() == 2);
    CHECK(runCli({"list", file}).code() == 0);
}

TEST_CASE("import into an existing workspace adds the compacts", "[cli]") {
    TempDir dir;
    const std::string source = dir.file("source.compact");
    newCompact(source);
    const std::string json = dir.file("source.json");
    REQUIRE(runCli({"export", source, "--format", "json", "--out", json}).code() == 0);

    const std::string target = dir.file("target.compact");
    newCompact(target, "Grace Hopper");
    const auto result = runCli({"import", target, json});
    CHECK(result.code() == 0);
    CHECK(result.out.find("merged source.json: 1 compact added, 0 updated, 0 conflicts\n") == 0);
    CHECK(mc::Workspace::open(target, mc::OpenMode::ReadOnly).listCompacts().size() == 2);

    // Importing the same file again is a merge that changes nothing.
    const auto again = runCli({"import", target, json});
    CHECK(again.code() == 0);
    CHECK(again.out == "merged source.json: 0 compacts added, 0 updated, 0 conflicts\n");
    CHECK(mc::Workspace::open(target, mc::OpenMode::ReadOnly).listCompacts().size() == 2);
}

TEST_CASE("a failed import leaves no file behind", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("new.compact");

    SECTION("input that is not JSON") {
        const std::string json = dir.file("broken.json");
        writeFile(json, "{ this is not json");
        const auto result = runCli({"import", file, json});
        CHECK(result.code() == 1);
        CHECK(result.err.find("broken.json") != std::string::npos);
    }
    SECTION("input with a broken date") {
        const std::string source = dir.file("source.compact");
        newCompact(source);
        std::string text = runCli({"export", source, "--format", "json"}).out;
        const auto at = text.find("2026-07-01");
        REQUIRE(at != std::string::npos);
        text.replace(at, 10, "2026-13-01");
        const std::string json = dir.file("bad-date.json");
        writeFile(json, text);
        const auto result = runCli({"import", file, json});
        CHECK(result.code() == 1);
        CHECK(result.err.find("error: ") != std::string::npos);
        CHECK(result.err.find("2026-13-01") != std::string::npos);
    }
    SECTION("input holding the same compact twice") {
        const std::string source = dir.file("source.compact");
        const std::string id = newCompact(source);
        const mc::Workspace workspace = mc::Workspace::open(source, mc::OpenMode::ReadOnly);
        mc::JsonDocument document;
        document.workspace = workspace.info();
        document.compacts = {workspace.loadCompact(id), workspace.loadCompact(id)};
        const std::string json = dir.file("twice.json");
        writeFile(json, mc::toJson(document));
        const auto result = runCli({"import", file, json});
        CHECK(result.code() == 1);
        CHECK(result.err.find("mentoring-compact: ") == 0);
    }
    SECTION("a missing input file") {
        const auto result = runCli({"import", file, dir.file("missing.json")});
        CHECK(result.code() == 1);
        CHECK(result.err.find("missing.json") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK_FALSE(std::filesystem::exists(file + "-journal"));
}

TEST_CASE("check on a good workspace finds no problems", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result = runCli({"check", file});
    CHECK(result.code() == 0);
    CHECK(result.out == file + ": no problems found\n");
    CHECK(result.err.empty());
}

TEST_CASE("check of an empty workspace is fine and list prints nothing", "[cli]") {
    TempDir dir;
    const std::string file = dir.file("empty.compact");
    mc::Workspace::create(file, "Empty");
    CHECK(runCli({"check", file}).code() == 0);
    const auto list = runCli({"list", file});
    CHECK(list.code() == 0);
    CHECK(list.out.empty());
}
