// `pdf` with versions: --version N prints that version, --all-signed prints
// each compact's latest signed version (an amendment in progress prints the
// version before it), one file or a folder of them.

#include "cli_run.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The PDF's text (poppler's pdftotext), white space as single spaces; empty
// when pdftotext is not installed (tools/install-debian-deps.sh has it).
std::string pdfText(const std::string& pdf) {
    const std::string command = "pdftotext '" + pdf + "' - 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe)
        return {};
    std::string text;
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get()))
        text.append(buffer, n);
    std::string simple;
    for (const char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            simple += c;
        else if (!simple.empty() && simple.back() != ' ')
            simple += ' ';
    return simple;
}

// Two compacts: Ada Lovelace's, signed as version 1 and amended (version 2
// is a draft with a new title), and Grace Hopper's, never signed.
struct Program {
    TempDir dir;
    std::string file = dir.file("program.compact");
    std::string ada;

    Program() {
        REQUIRE(runCli({"new", file, "--scholar", "Ada Lovelace", "--mentor", "Charles Babbage",
                        "--start", "2026-07-01"})
                    .code() == 0);
        ada = mc::Workspace::open(file, mc::OpenMode::ReadOnly).listCompacts().at(0).id;
        REQUIRE(runCli({"new", file, "--scholar", "Grace Hopper", "--mentor", "Howard Aiken",
                        "--start", "2026-07-01"})
                    .code() == 0);
        for (const char* name : {"Ada Lovelace", "Charles Babbage"})
            REQUIRE(
                runCli({"sign", file, "--compact", ada.substr(0, 8), "--person", name}).code() ==
                0);
        REQUIRE(runCli({"amend", file, "--compact", ada.substr(0, 8)}).code() == 0);
        mc::Workspace workspace = mc::Workspace::open(file);
        mc::Compact compact = workspace.loadCompact(ada);
        compact.title = "Amended compact: Ada Lovelace";
        workspace.saveCompactHeader(compact);
    }
};

} // namespace

TEST_CASE("pdf --version prints that version and the latest is the draft", "[cli][pdf]") {
    Program f;
    const auto v1 = runCli({"pdf", f.file, "--compact", f.ada.substr(0, 8), "--version", "1",
                            "--out", f.dir.file("v1.pdf")});
    INFO(v1.err);
    REQUIRE(v1.code() == 0);
    const auto latest =
        runCli({"pdf", f.file, "--compact", f.ada.substr(0, 8), "--out", f.dir.file("v2.pdf")});
    REQUIRE(latest.code() == 0);
    CHECK(contains(mc::test::readFile(f.dir.file("v1.pdf")), "pdfaid:part"));
    CHECK_FALSE(contains(mc::test::readFile(f.dir.file("v2.pdf")), "pdfaid:part"));

    const std::string first = pdfText(f.dir.file("v1.pdf"));
    if (first.empty()) {
        WARN("pdftotext is not installed: the PDFs' text is not checked");
        return;
    }
    CHECK(contains(first, "Version 1"));
    CHECK(contains(first, "Signed as Ada Lovelace"));
    CHECK(contains(first, "Signed as Charles Babbage"));
    CHECK_FALSE(contains(first, "Amended compact"));
    const std::string fingerprint =
        mc::Workspace::open(f.file, mc::OpenMode::ReadOnly).versions(f.ada).at(0).fingerprint;
    CHECK(contains(first, "Fingerprint " + fingerprint.substr(0, 12)));

    const std::string second = pdfText(f.dir.file("v2.pdf"));
    CHECK(contains(second, "Version 2, draft"));
    CHECK(contains(second, "Amended compact: Ada Lovelace"));
    CHECK(contains(second, "DRAFT"));
    CHECK_FALSE(contains(second, "Signed as"));
}

TEST_CASE("pdf --version refuses a version that does not exist", "[cli][pdf]") {
    Program f;
    const auto unknown = runCli(
        {"pdf", f.file, "--compact", f.ada, "--version", "7", "--out", f.dir.file("v7.pdf")});
    CHECK(unknown.code() == 1);
    CHECK(contains(unknown.err, "There is no version 7"));
    CHECK(contains(unknown.err, "versions 1 to 2"));
    CHECK_FALSE(std::filesystem::exists(f.dir.file("v7.pdf")));
    const auto zero = runCli(
        {"pdf", f.file, "--compact", f.ada, "--version", "0", "--out", f.dir.file("v0.pdf")});
    CHECK(zero.code() == 2);
    CHECK(contains(zero.err, "--version"));
    const auto both =
        runCli({"pdf", f.file, "--all-signed", "--version", "1", "--out", f.dir.file("all.pdf")});
    CHECK(both.code() == 2);
    CHECK(contains(both.err, "--version and --all-signed exclude each other"));
    CHECK_FALSE(std::filesystem::exists(f.dir.file("v0.pdf")));
    CHECK_FALSE(std::filesystem::exists(f.dir.file("all.pdf")));
}

TEST_CASE("pdf --all-signed prints the latest signed version of each compact", "[cli][pdf]") {
    Program f;
    const auto one = runCli({"pdf", f.file, "--all-signed", "--out", f.dir.file("all.pdf")});
    INFO(one.err);
    REQUIRE(one.code() == 0);
    const std::filesystem::path folder = f.dir.path() / "signed";
    std::filesystem::create_directory(folder);
    const auto each = runCli({"pdf", f.file, "--all-signed", "--out", folder.string()});
    REQUIRE(each.code() == 0);
    const std::string name = "ada-lovelace-" + f.ada.substr(0, 8) + ".pdf";
    CHECK(each.out == (folder / name).string() + "\n"); // Grace Hopper's was never signed
    CHECK(std::filesystem::exists(folder / name));

    const std::string text = pdfText(f.dir.file("all.pdf"));
    if (text.empty())
        return;
    CHECK(contains(text, "Version 1"));
    CHECK_FALSE(contains(text, "Version 2"));
    CHECK_FALSE(contains(text, "Amended compact"));
    CHECK_FALSE(contains(text, "Grace Hopper"));
    CHECK(contains(pdfText((folder / name).string()), "Signed as Ada Lovelace"));
}
