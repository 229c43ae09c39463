// Every input kept from fuzzing (tests/data/fuzz/<target>/: the seeds and
// each input that once crashed, hung or leaked, kept after the fix) goes
// through its fuzz entry again on every run, under the ordinary build and
// the sanitizer build: a refusal is fine, a crash or a broken property
// (the entry aborts) fails the suite. The fuzzers themselves need clang:
// tools/run-fuzzers.sh (docs/reliability.md).

#include "fuzz/fuzz_entries.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Entry = void (*)(const std::uint8_t*, std::size_t);

// Runs `entry` on each file of tests/data/fuzz/<target>; how many there were.
int replay(const std::string& target, Entry entry) {
    const fs::path folder = fs::path(MC_TEST_DATA_DIR) / "fuzz" / target;
    std::vector<fs::path> files;
    for (const auto& item : fs::directory_iterator(folder))
        if (item.is_regular_file())
            files.push_back(item.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        INFO(file.string());
        const std::string bytes = mc::test::readFile(file.string());
        entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    return static_cast<int>(files.size());
}

} // namespace

TEST_CASE("Kept fuzz inputs for JSON import go through", "[fuzz]") {
    CHECK(replay("json_import", mc::fuzz::jsonImport) >= 1);
}

TEST_CASE("Kept fuzz inputs for worksheet import go through", "[fuzz]") {
    CHECK(replay("worksheet_import", mc::fuzz::worksheetImport) >= 1);
}

TEST_CASE("Kept fuzz inputs for template loading go through", "[fuzz]") {
    CHECK(replay("template_loading", mc::fuzz::templateLoading) >= 1);
}

TEST_CASE("Kept fuzz inputs for opening workspaces go through", "[fuzz]") {
    CHECK(replay("open_workspace", mc::fuzz::openWorkspace) >= 2);
}
