#include "fuzz_entries.h"

#include "core/error.h"
#include "core/json_io.h"
#include "core/templates.h"
#include "core/worksheet.h"
#include "core/workspace.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace mc::fuzz {

namespace {

std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A property that must hold for every input: report and stop, so the
// fuzzer keeps the input as a crash.
void require(bool holds, const char* what) {
    if (!holds) {
        std::fprintf(stderr, "fuzz property broken: %s\n", what);
        std::abort();
    }
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// One temporary folder per process, for the workspace files, removed when
// the fuzzer exits normally (each CI run left one behind in /tmp). After a
// crash it stays, with the workspace that the crashing input wrote.
class ScratchFolder {
public:
    ScratchFolder() {
        char pattern[] = "/tmp/mc-fuzz-XXXXXX";
        const char* made = mkdtemp(pattern);
        require(made != nullptr, "a temporary folder");
        path_ = made;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

const std::string& scratchFolder() {
    static const ScratchFolder folder;
    return folder.path();
}

} // namespace

void jsonImport(const std::uint8_t* data, std::size_t size) {
    JsonDocument document;
    try {
        document = parseJson(asText(data, size));
    } catch (const Error&) {
        return;
    }
    const std::string exported = toJson(document);
    JsonDocument again;
    try {
        again = parseJson(exported);
    } catch (const Error&) {
        require(false, "an accepted document's export parses again");
    }
    require(toJson(again) == exported, "export, parse, export gives the same bytes");
}

void worksheetImport(const std::uint8_t* data, std::size_t size) {
    WorksheetFile file;
    try {
        file = parseWorksheetJson(asText(data, size), "fuzz.json");
    } catch (const Error&) {
        return;
    }
    const std::string written = worksheetToJson(file.worksheet, file.compactTitle, file.personName);
    try {
        const WorksheetFile again = parseWorksheetJson(written, "again.json");
        require(again.worksheet == file.worksheet, "a worksheet reads back as written");
    } catch (const Error&) {
        require(false, "an accepted worksheet's file reads again");
    }
}

void templateLoading(const std::uint8_t* data, std::size_t size) {
    CompactTemplate read;
    try {
        read = parseTemplate(asText(data, size), "fuzz.json");
    } catch (const Error&) {
        return;
    }
    const std::string written = templateToJson(read);
    try {
        const CompactTemplate again = parseTemplate(written, "again.json");
        require(templateToJson(again) == written, "a template writes back the same");
    } catch (const Error&) {
        require(false, "an accepted template's file reads again");
    }
}

void openWorkspace(const std::uint8_t* data, std::size_t size) {
    const std::string path = scratchFolder() + "/input.compact";
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::remove((path + suffix).c_str());
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const std::string before = readFile(path);
    try {
        const Workspace workspace = Workspace::open(path, OpenMode::ReadOnly);
        (void)workspace.loadAllCompacts();
        (void)workspace.check();
        (void)workspace.verify();
    } catch (const Error&) {
        // A clear refusal is the answer to a damaged file.
    }
    require(readFile(path) == before, "opening read-only leaves the file's bytes as they were");
}

} // namespace mc::fuzz
