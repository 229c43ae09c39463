// The command line's dispatch: desktop requests, help, version and wrong
// usage. Subcommands on real files are in cli_workflow_tests.cpp.

#include "cli_run.h"

#include <catch2/catch.hpp>

using mc::test::runCli;

TEST_CASE("no arguments start the desktop application", "[cli]") {
    const auto result = runCli({});
    CHECK_FALSE(result.exitCode);
    CHECK(result.gui.workspacePath.empty());
    CHECK_FALSE(result.gui.demo);
    CHECK(result.out.empty());
    CHECK(result.err.empty());
}

TEST_CASE("a file argument opens it in the desktop application", "[cli]") {
    const auto result = runCli({"/some/folder/lab.compact"});
    CHECK_FALSE(result.exitCode);
    CHECK(result.gui.workspacePath == "/some/folder/lab.compact");
    CHECK_FALSE(result.gui.demo);
    CHECK(result.err.empty());
}

TEST_CASE("the --demo option asks the desktop application for a demo workspace", "[cli]") {
    const auto result = runCli({"--demo"});
    CHECK_FALSE(result.exitCode);
    CHECK(result.gui.demo);
    CHECK(result.gui.workspacePath.empty());
}

TEST_CASE("the --demo option with another argument is wrong usage", "[cli]") {
    const auto result = runCli({"--demo", "lab.compact"});
    CHECK(result.code() == 2);
    CHECK(result.err.rfind("mentoring-compact: ", 0) == 0);
}

TEST_CASE("an unknown option without a subcommand is wrong usage", "[cli]") {
    const auto result = runCli({"--frobnicate"});
    CHECK(result.code() == 2);
    CHECK(result.err.find("--frobnicate") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("an unknown subcommand is wrong usage", "[cli]") {
    const auto result = runCli({"frobnicate", "lab.compact"});
    CHECK(result.code() == 2);
    CHECK(result.err.find("unknown subcommand 'frobnicate'") != std::string::npos);
    CHECK(result.err.find("list") != std::string::npos);
}

TEST_CASE("the --version option prints the program and its version", "[cli]") {
    const auto result = runCli({"--version"});
    CHECK(result.code() == 0);
    CHECK(result.out == std::string("mentoring-compact ") + MC_VERSION + "\n");
}

TEST_CASE("the --help option lists every subcommand", "[cli]") {
    for (const char* flag : {"--help", "-h"}) {
        const auto result = runCli({flag});
        CHECK(result.code() == 0);
        for (const char* name : {"new", "import", "list", "show", "export", "check"})
            CHECK(result.out.find(std::string("  ") + name) != std::string::npos);
        CHECK(result.out.find("--demo") != std::string::npos);
        CHECK(result.err.empty());
    }
}

TEST_CASE("every subcommand has --help", "[cli]") {
    for (const char* name : {"new", "import", "list", "show", "export", "check"}) {
        INFO(name);
        const auto result = runCli({name, "--help"});
        CHECK(result.code() == 0);
        CHECK(result.out.find(std::string("mentoring-compact ") + name) != std::string::npos);
        CHECK(result.out.find("FILE") != std::string::npos);
        CHECK(result.err.empty());
    }
}

TEST_CASE("a subcommand without FILE is wrong usage", "[cli]") {
    for (const char* name : {"list", "show", "check", "import"}) {
        INFO(name);
        const auto result = runCli({name});
        CHECK(result.code() == 2);
        CHECK(result.err.find("FILE") != std::string::npos);
        CHECK(result.err.find(std::string("mentoring-compact ") + name + " --help") !=
              std::string::npos);
    }
    const auto created = runCli({"new", "--scholar", "Ada", "--mentor", "Charles"});
    CHECK(created.code() == 2);
    const auto exported = runCli({"export", "--format", "json"});
    CHECK(exported.code() == 2);
}

TEST_CASE("an unknown option of a subcommand is wrong usage", "[cli]") {
    const auto result = runCli({"list", "lab.compact", "--colour"});
    CHECK(result.code() == 2);
    CHECK(result.err.find("--colour") != std::string::npos);
}

TEST_CASE("new needs a scholar and a mentor", "[cli]") {
    CHECK(runCli({"new", "lab.compact", "--mentor", "Charles"}).code() == 2);
    CHECK(runCli({"new", "lab.compact", "--scholar", "Ada"}).code() == 2);
}

TEST_CASE("a bad --start date is wrong usage naming the date", "[cli]") {
    const auto result = runCli(
        {"new", "lab.compact", "--scholar", "Ada", "--mentor", "C", "--start", "2026-02-30"});
    CHECK(result.code() == 2);
    CHECK(result.err.find("--start") != std::string::npos);
    CHECK(result.err.find("2026-02-30") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("a --years value outside 1 to 10 is wrong usage", "[cli]") {
    CHECK(runCli({"new", "x.compact", "--scholar", "A", "--mentor", "B", "--years", "11"}).code() ==
          2);
    CHECK(runCli({"new", "x.compact", "--scholar", "A", "--mentor", "B", "--years", "0"}).code() ==
          2);
    CHECK(runCli({"new", "x.compact", "--scholar", "A", "--mentor", "B", "--years", "three"})
              .code() == 2);
}

TEST_CASE("export needs --format and knows only json", "[cli]") {
    const auto missing = runCli({"export", "lab.compact"});
    CHECK(missing.code() == 2);
    CHECK(missing.err.find("--format") != std::string::npos);

    const auto unknown = runCli({"export", "lab.compact", "--format", "xml"});
    CHECK(unknown.code() == 2);
    CHECK(unknown.err.find("\"xml\"") != std::string::npos);
    CHECK(unknown.err.find("json") != std::string::npos);
}
