// compact-bench: how Mentoring Compact copes with a whole program's
// workspace (1,000 compacts). Run by hand, not by the test suite; the method
// and the latest figures are in docs/performance.md.
//
//   compact-bench [--compacts N] [--out PATH] [--keep]
//
// Exits 1 when a sanity check fails (wrong row count, a compact that does
// not load back as written, a JSON round trip that changes bytes); a missed
// target is only marked MISSED.

#include "bench_stats.h"
#include "bench_workspace.h"
#include "core/error.h"
#include "core/json_io.h"
#include "core/workspace.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using namespace mc;
using namespace mc::bench;

namespace {

constexpr int kOpenReps = 20;
constexpr int kLoads = 500;
constexpr int kEdits = 1000;

struct Options {
    int compacts = 1000;
    std::string out;
    bool keep = false;
};

[[noreturn]] void usage(const char* problem, int status = 2) {
    std::fprintf(status == 0 ? stdout : stderr,
                 "%s\nusage: compact-bench [--compacts N] [--out PATH] [--keep]\n"
                 "  --compacts N  how many compacts to generate (default 1000)\n"
                 "  --out PATH    write the generated workspace to PATH and keep it\n"
                 "  --keep        keep the temporary folder with all files written\n",
                 problem);
    std::exit(status);
}

Options parseOptions(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--keep") {
            options.keep = true;
        } else if ((arg == "--compacts" || arg == "--out") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--out") {
                options.out = value;
                continue;
            }
            char* end = nullptr;
            const long count = std::strtol(value.c_str(), &end, 10);
            if (*end != '\0' || count < 1 || count > 1'000'000)
                usage("--compacts takes a number from 1 to 1000000");
            options.compacts = static_cast<int>(count);
        } else if (arg == "--help" || arg == "-h") {
            usage("compact-bench: time a program-scale workspace", 0);
        } else {
            usage(("unknown or incomplete option: " + std::string(arg)).c_str());
        }
    }
    return options;
}

// Sanity checks: each failure is printed and makes the exit status 1.
class Checks {
public:
    void require(bool ok, const std::string& what) {
        if (!ok) {
            std::printf("SANITY CHECK FAILED: %s\n", what.c_str());
            failed_ = true;
        }
    }
    bool failed() const { return failed_; }

private:
    bool failed_ = false;
};

// The expected cohort summary row of a generated compact.
CohortRow expectedRow(const Compact& compact, const Date& today) {
    CohortRow row;
    row.milestonesTotal = static_cast<int>(compact.milestones.size());
    for (const Milestone& m : compact.milestones) {
        const bool open =
            m.status == MilestoneStatus::Planned || m.status == MilestoneStatus::Rescheduled;
        row.milestonesAchieved += m.status == MilestoneStatus::Achieved ? 1 : 0;
        row.milestonesOverdue += open && m.due < today ? 1 : 0;
        row.milestonesDue +=
            open && m.due >= today && m.due <= today + boost::gregorian::days(90) ? 1 : 0;
    }
    return row;
}

Row openAndSummarize(const std::string& path, const std::vector<Compact>& compacts, Checks& checks,
                     std::size_t& summaryRows) {
    std::map<std::string, const Compact*> byId;
    for (const Compact& compact : compacts)
        byId.emplace(compact.id, &compact);
    Samples samples;
    for (int rep = 0; rep < kOpenReps; ++rep) {
        std::vector<CohortRow> rows;
        {
            const Stopwatch watch;
            const Workspace workspace = Workspace::open(path);
            rows = workspace.cohortSummary(benchToday());
            samples.add(watch);
        }
        if (rep > 0)
            continue;
        summaryRows = rows.size();
        checks.require(rows.size() == compacts.size(),
                       "cohortSummary returned " + std::to_string(rows.size()) + " rows, not " +
                           std::to_string(compacts.size()));
        for (const CohortRow& row : rows) {
            const auto found = byId.find(row.compactId);
            if (found == byId.end()) {
                checks.require(false, "cohortSummary names an unknown compact " + row.compactId);
                continue;
            }
            const CohortRow want = expectedRow(*found->second, benchToday());
            checks.require(row.milestonesTotal == want.milestonesTotal &&
                               row.milestonesAchieved == want.milestonesAchieved &&
                               row.milestonesOverdue == want.milestonesOverdue &&
                               row.milestonesDue == want.milestonesDue &&
                               row.scholar == found->second->people[0].name,
                           "cohortSummary row of " + row.compactId + " has the wrong counts");
        }
    }
    return makeRow("open + cohortSummary", samples, {{Target::Of::Median, 50}},
                   "a new Workspace each time");
}

Row loadCompacts(const Workspace& workspace, const std::vector<Compact>& compacts, Checks& checks) {
    Samples samples;
    int mismatches = 0;
    for (int k = 0; k < kLoads; ++k) {
        // A stride prime to the count visits compacts all over the file.
        const Compact& want = compacts[static_cast<std::size_t>(k) * 7919 % compacts.size()];
        const Stopwatch watch;
        const Compact loaded = workspace.loadCompact(want.id);
        samples.add(watch);
        mismatches += loaded == want ? 0 : 1;
    }
    checks.require(mismatches == 0,
                   std::to_string(mismatches) + " loaded compacts differ from the generated ones");
    return makeRow("loadCompact (whole compact)", samples, {{Target::Of::Median, 5}});
}

// The edit an editor commits: a milestone's status and outcome note.
Milestone editedMilestone(Milestone milestone, int k) {
    constexpr MilestoneStatus kCycle[] = {MilestoneStatus::Achieved, MilestoneStatus::Missed,
                                          MilestoneStatus::Rescheduled, MilestoneStatus::Planned,
                                          MilestoneStatus::Dropped};
    MilestoneStatus next = kCycle[k % 5];
    if (next == milestone.status)
        next = kCycle[(k + 1) % 5];
    milestone.status = next;
    milestone.done.reset();
    if (next == MilestoneStatus::Achieved)
        milestone.done = milestone.due;
    milestone.outcomeNote = "Benchmark edit " + std::to_string(k) + ": status changed.";
    return milestone;
}

Row editMilestones(Workspace& workspace, const std::vector<Compact>& compacts, Checks& checks) {
    Samples samples;
    int wrong = 0;
    for (int k = 0; k < kEdits; ++k) {
        const Compact& compact = compacts[static_cast<std::size_t>(k) % compacts.size()];
        const std::size_t index =
            (static_cast<std::size_t>(k) * 13 + static_cast<std::size_t>(k) / compacts.size()) %
            compact.milestones.size();
        // The caller holds the previous value (the editor's undo keeps it);
        // only the save itself is timed.
        const Milestone changed = editedMilestone(compact.milestones[index], k);
        const Stopwatch watch;
        const Milestone saved = workspace.saveMilestone(compact.id, changed);
        samples.add(watch);
        wrong += saved.status == changed.status && saved.outcomeNote == changed.outcomeNote ? 0 : 1;
    }
    checks.require(wrong == 0, std::to_string(wrong) + " edits did not store what was asked");
    return makeRow("saveMilestone (one edit)", samples,
                   {{Target::Of::Median, 0.2}, {Target::Of::P99, 1}},
                   "each a committed transaction");
}

// The part of an export after the workspace header. The header names the
// file itself (its id, name, stamps), which a new file has of its own unless
// the import hands it over; the compacts must come back byte for byte.
std::string_view compactsPart(std::string_view json) {
    const auto at = json.find("\"compacts\":");
    return at == std::string_view::npos ? std::string_view{} : json.substr(at);
}

// The load average, to tell a quiet machine from a busy one in the output.
std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    if (!(in >> one >> five >> fifteen))
        return "unknown";
    return one + " " + five + " " + fifteen;
}

// A new folder under the system's temporary folder, removed at the end
// (also when a step throws) unless it is to be kept.
class TempFolder {
public:
    explicit TempFolder(bool keep) : keep_(keep) {
        std::string pattern = (fs::temp_directory_path() / "compact-bench-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw Error("cannot create a temporary folder under " +
                        fs::temp_directory_path().string());
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ignored;
        if (!keep_)
            fs::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    bool keep_;
    fs::path path_;
};

int run(const Options& options) {
    const TempFolder temp(options.keep);
    const fs::path& folder = temp.path();
    const std::string path =
        options.out.empty() ? (folder / "program.compact").string() : options.out;
    const std::string importPath = (folder / "imported.compact").string();
    std::printf("compact-bench: %d compacts, seed %u, today %s\nfiles: %s%s\nload average at "
                "start: %s\n\n",
                options.compacts, kDefaultSeed, formatIsoDate(benchToday()).c_str(), path.c_str(),
                options.out.empty() ? "" : (" and " + folder.string()).c_str(),
                loadAverage().c_str());
    Checks checks;
    std::vector<Row> rows;

    // 1. Generate and write.
    const Stopwatch generating;
    const std::vector<Compact> compacts = generateCompacts(options.compacts);
    rows.push_back(makeRow("generate in memory", generating));
    const Stopwatch writing;
    {
        Workspace workspace = Workspace::create(path, "Benchmark program");
        workspace.insertCompacts(compacts);
    } // closing checkpoints the write-ahead log into the file: part of writing
    rows.push_back(makeRow("write (create+insert+close)", writing, {},
                           "file " + formatBytes(fs::file_size(path))));

    // 2. Measure.
    std::size_t summaryRows = 0;
    rows.push_back(openAndSummarize(path, compacts, checks, summaryRows));
    std::string exported;
    {
        Workspace workspace = Workspace::open(path);
        rows.push_back(loadCompacts(workspace, compacts, checks));
        rows.push_back(editMilestones(workspace, compacts, checks));
        const Stopwatch exporting;
        exported = exportJson(workspace);
        rows.push_back(
            makeRow("exportJson (whole workspace)", exporting, {}, formatBytes(exported.size())));
    }
    {
        const Stopwatch parsing;
        const JsonDocument document = parseJson(exported);
        rows.push_back(makeRow("parseJson alone", parsing, {}, "for comparison with the import"));
        checks.require(toJson(document) == exported, "toJson(parseJson(export)) changes bytes");
    }
    std::string reexported;
    {
        const Stopwatch importing;
        Workspace imported = Workspace::create(importPath, "Benchmark import");
        const int count = importJson(imported, exported);
        rows.push_back(makeRow("import (create + importJson)", importing,
                               {{Target::Of::Median, 5000}}, "into a new file"));
        checks.require(count == options.compacts,
                       "importJson imported " + std::to_string(count) + " compacts");
        reexported = exportJson(imported);
    }

    printTable(rows);
    const bool identical =
        !compactsPart(exported).empty() && compactsPart(exported) == compactsPart(reexported);
    checks.require(identical, "export -> import -> export is not byte-identical");
    std::printf("\nverification: export -> import -> export byte-identical: %s (whole text "
                "including the workspace header: %s); cohortSummary rows: %zu of %d; sanity "
                "checks: %s\n",
                identical ? "yes" : "NO", exported == reexported ? "yes" : "no", summaryRows,
                options.compacts, checks.failed() ? "FAILED" : "passed");
    std::printf("load average at end: %s\n", loadAverage().c_str());
    if (options.keep)
        std::printf("kept: %s\n", folder.string().c_str());
    return checks.failed() ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parseOptions(argc, argv);
    try {
        if (!options.out.empty() && fs::exists(options.out))
            usage((options.out + " already exists: choose a new --out path").c_str());
        return run(options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "compact-bench: %s\n", error.what());
        return 1;
    }
}
