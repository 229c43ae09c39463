// Export and import of a workspace through the JSON interchange format.
// Writing is in json_write.cpp, reading and checking in json_read.cpp.

#include "core/json_io.h"

#include "core/error.h"
#include "core/workspace.h"

#include <map>

namespace mc {

namespace {

// Every id a compact holds, with the JSON path of its holder.
std::vector<std::pair<std::string, std::string>> idsOf(const Compact& compact,
                                                       const std::string& path) {
    std::vector<std::pair<std::string, std::string>> ids;
    const auto add = [&ids](const std::string& id, std::string where) {
        if (!id.empty())
            ids.emplace_back(id, std::move(where));
    };
    const auto item = [&path](const char* list, std::size_t i) {
        return path + "." + list + "[" + std::to_string(i) + "]";
    };
    for (std::size_t i = 0; i < compact.people.size(); ++i)
        add(compact.people[i].id, item("people", i));
    for (std::size_t i = 0; i < compact.expectations.size(); ++i)
        add(compact.expectations[i].id, item("expectations", i));
    for (std::size_t i = 0; i < compact.goals.size(); ++i)
        add(compact.goals[i].id, item("goals", i));
    for (std::size_t i = 0; i < compact.milestones.size(); ++i)
        add(compact.milestones[i].id, item("milestones", i));
    return ids;
}

// Ids are unique in the whole workspace, not only within a compact: a part
// of an imported compact may not take the id of a part already stored (a
// compact copied by hand with a new compact id but the old part ids).
std::vector<Problem> idsTakenInWorkspace(const Workspace& workspace,
                                         const std::vector<Compact>& compacts) {
    std::vector<Problem> problems;
    if (workspace.listCompacts().empty())
        return problems;
    std::map<std::string, std::string, std::less<>> stored; // id -> compact title
    for (const Compact& compact : workspace.loadAllCompacts())
        for (const auto& [id, where] : idsOf(compact, ""))
            stored.emplace(id, compact.title);
    for (std::size_t i = 0; i < compacts.size(); ++i) {
        if (workspace.hasCompact(compacts[i].id))
            continue; // the store names the compact itself
        for (const auto& [id, where] : idsOf(compacts[i], "compacts[" + std::to_string(i) + "]"))
            if (const auto it = stored.find(id); it != stored.end())
                problems.emplace_back(
                    Severity::Error, where + ".id",
                    mc::text(MC_TR("core", "the id \"%1\" is already used in this "
                                           "workspace by the compact \"%2\""),
                             id, it->second));
    }
    return problems;
}

// The signing history of each compact that has one.
void addSigning(const Workspace& workspace, JsonDocument& document) {
    for (const Compact& compact : document.compacts) {
        SigningHistory history = workspace.signingHistory(compact.id);
        if (!history.signers.empty() || !history.versions.empty())
            document.signing.push_back(std::move(history));
    }
}

// The submitted worksheets of each compact (drafts stay here: blind entry).
void addWorksheets(const Workspace& workspace, JsonDocument& document) {
    for (const Compact& compact : document.compacts)
        for (Worksheet& w : workspace.submittedWorksheets(compact.id))
            document.worksheets.push_back(std::move(w));
}

// The meeting log of each compact, newest first.
void addMeetings(const Workspace& workspace, JsonDocument& document) {
    for (const Compact& compact : document.compacts)
        for (Meeting& m : workspace.meetings(compact.id))
            document.meetings.push_back(std::move(m));
}

// The yearly reviews of each compact with their submitted reflections; a
// draft reflection stays here, as a draft worksheet does (blind entry).
void addReviews(const Workspace& workspace, JsonDocument& document) {
    for (const Compact& compact : document.compacts)
        for (ReviewRecord& r : workspace.reviewRecords(compact.id)) {
            std::erase_if(r.reflections, [](const Reflection& x) { return !x.submitted(); });
            document.reviews.push_back(std::move(r));
        }
}

} // namespace

std::string exportJson(const Workspace& workspace, const std::string& compactId) {
    JsonDocument document;
    document.workspace = workspace.info();
    if (compactId.empty())
        document.compacts = workspace.loadAllCompacts();
    else
        document.compacts.push_back(workspace.loadCompact(compactId));
    addSigning(workspace, document);
    addWorksheets(workspace, document);
    addMeetings(workspace, document);
    addReviews(workspace, document);
    return toJson(document);
}

int importJson(Workspace& workspace, std::string_view text) {
    const JsonDocument document = parseJson(text);
    if (document.compacts.empty())
        return 0;
    if (auto problems = idsTakenInWorkspace(workspace, document.compacts); !problems.empty())
        throw ValidationError(std::move(problems));
    if (!document.signing.empty()) {
        // Versions and signatures go in the same transaction as the compacts.
        workspace.insertCompactsWithHistory(document.compacts, document.signing,
                                            document.worksheets, document.meetings,
                                            document.reviews);
        return static_cast<int>(document.compacts.size());
    }
    // One transaction: the store refuses the whole lot (with the same
    // compacts[i] paths) when a compact is already here. parseJson has
    // checked every rule, so the store does not check them again.
    // Their submitted worksheets go in the same transaction.
    workspace.insertCompacts(document.compacts, Workspace::Rules::CheckedByCaller,
                             document.worksheets, document.meetings, document.reviews);
    return static_cast<int>(document.compacts.size());
}

} // namespace mc
