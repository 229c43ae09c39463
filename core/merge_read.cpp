// Reading the file to merge (a workspace or a JSON export, told apart by
// content), and the words of the merge's values.

#include "core/error.h"
#include "core/merge.h"
#include "core/merge_plan.h"
#include "core/schema.h"
#include "core/workspace.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace mc {

namespace {

// A message that names the file, whatever the lower layer said.
Text naming(const std::string& path, const Error& error) {
    const Text message = error.text().empty() ? literal(error.what()) : error.text();
    if (std::string(error.what()).find(path) != std::string::npos)
        return message;
    return mc::text(MC_TR("core", "%1: %2"), path, message);
}

// An older workspace must be upgraded to be read; that happens in a copy
// in a temporary folder, removed again, so the file itself is untouched.
class TemporaryCopy {
public:
    explicit TemporaryCopy(const std::string& path) {
        folder_ =
            fs::temp_directory_path() / ("mc-merge-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(folder_);
        copy_ = (folder_ / fs::path(path).filename()).string();
        fs::copy_file(path, copy_);
        fs::permissions(copy_, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::add);
    }
    ~TemporaryCopy() {
        std::error_code ignored;
        fs::remove_all(folder_, ignored);
    }
    TemporaryCopy(const TemporaryCopy&) = delete;
    TemporaryCopy& operator=(const TemporaryCopy&) = delete;
    const std::string& path() const { return copy_; }

private:
    fs::path folder_;
    std::string copy_;
};

JsonDocument readWorkspace(const std::string& path, const FileHeader& header) {
    // Read from the store as exportJson would, without the text in between;
    // the merge checks what it adds with the store's rules.
    if (header.applicationId == Workspace::kApplicationId && header.userVersion >= 1 &&
        header.userVersion < Workspace::kSchemaVersion) {
        TemporaryCopy copy(path);
        return workspaceDocument(Workspace::open(copy.path()), nullptr);
    }
    return workspaceDocument(Workspace::open(path, OpenMode::ReadOnly), nullptr);
}

} // namespace

JsonDocument workspaceDocument(const Workspace& workspace, const std::vector<std::string>* ids) {
    JsonDocument document;
    document.workspace = workspace.info();
    std::set<std::string> wanted;
    if (ids != nullptr) {
        for (const std::string& id : *ids)
            if (workspace.hasCompact(id))
                wanted.insert(id);
        if (wanted.empty())
            return document;
    }
    if (ids == nullptr || wanted.size() > 20) {
        for (Compact& c : workspace.loadAllCompacts())
            if (ids == nullptr || wanted.count(c.id) != 0)
                document.compacts.push_back(std::move(c));
    } else {
        for (const std::string& id : wanted)
            document.compacts.push_back(workspace.loadCompact(id));
    }
    // As exportJson: histories, submitted worksheets, meeting logs, reviews
    // with their submitted reflections (drafts stay: blind entry).
    for (const Compact& compact : document.compacts) {
        SigningHistory history = workspace.signingHistory(compact.id);
        if (!history.signers.empty() || !history.versions.empty())
            document.signing.push_back(std::move(history));
        for (Worksheet& w : workspace.submittedWorksheets(compact.id))
            document.worksheets.push_back(std::move(w));
        for (Meeting& m : workspace.meetings(compact.id))
            document.meetings.push_back(std::move(m));
        for (ReviewRecord& rr : workspace.reviewRecords(compact.id)) {
            std::erase_if(rr.reflections, [](const Reflection& x) { return !x.submitted(); });
            document.reviews.push_back(std::move(rr));
        }
    }
    return document;
}

namespace {} // namespace

std::string_view conflictChoiceKey(ConflictChoice choice) {
    switch (choice) {
    case ConflictChoice::Flag:
        return "flag";
    case ConflictChoice::KeepOurs:
        return "keep-ours";
    case ConflictChoice::TakeTheirs:
        return "take-theirs";
    }
    return "flag";
}

std::optional<ConflictChoice> conflictChoiceFromKey(std::string_view key) {
    for (ConflictChoice c :
         {ConflictChoice::Flag, ConflictChoice::KeepOurs, ConflictChoice::TakeTheirs})
        if (conflictChoiceKey(c) == key)
            return c;
    return std::nullopt;
}

std::string conflictValueInWords(const std::string& jsonValue) {
    const auto value = nlohmann::json::parse(jsonValue, nullptr, false);
    if (value.is_discarded())
        return jsonValue;
    if (value.is_null())
        return "(none)";
    if (value.is_string())
        return value.get<std::string>().empty() ? "(empty)" : value.get<std::string>();
    return value.dump();
}

JsonDocument readMergeSource(const std::string& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        throw Error(mc::text(MC_TR("core", "%1 does not exist."), path));
    if (!fs::is_regular_file(status))
        throw Error(mc::text(MC_TR("core", "%1 is not a file."), path));
    if (fs::file_size(path, ec) == 0)
        throw Error(
            mc::text(MC_TR("core", "%1 is empty: it is neither a Mentoring Compact workspace "
                                   "nor a JSON export."),
                     path));
    const FileHeader header = readFileHeader(path);
    try {
        if (header.isSqlite)
            return readWorkspace(path, header);
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const std::string content = text.str();
        const auto first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        if (first == std::string::npos || content[first] != '{')
            throw Error(
                mc::text(MC_TR("core", "%1 is neither a Mentoring Compact workspace nor a JSON "
                                       "export."),
                         path));
        return parseJson(content);
    } catch (const ValidationError&) {
        throw; // every problem with its JSON path: the caller names the file
    } catch (const Error& e) {
        throw Error(naming(path, e));
    }
}

MergeReport mergeFile(Workspace& target, const std::string& path, MergeOptions options) {
    std::error_code ec;
    if (fs::equivalent(path, target.path(), ec))
        throw Error(mc::text(
            MC_TR("core", "%1 is the workspace itself: choose another file to merge."), path));
    const JsonDocument incoming = readMergeSource(path);
    if (options.sourceName.empty())
        options.sourceName = fs::path(path).filename().string();
    return target.merge(incoming, options);
}

} // namespace mc
