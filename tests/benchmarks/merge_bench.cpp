// merge-bench: importing (merging) a 1,000-compact workspace into another
// (issue 7, target <= 5 s): into an empty workspace, into a copy of itself
// (nothing changes), and the same file again (nothing changes). Run by hand;
// the figures are in docs/performance.md ("Merging").
//
//   merge-bench [--compacts N] [--runs R]
//
// Exits 1 when a sanity check fails: the target not holding every compact
// after the merge, or a merge that should change nothing reporting changes.

#include "bench_stats.h"
#include "bench_workspace.h"
#include "core/merge.h"
#include "core/workspace.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace fs = std::filesystem;
using namespace mc;
using namespace mc::bench;

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
    if (!ok) {
        std::printf("SANITY CHECK FAILED: %s\n", what.c_str());
        ++failures;
    }
}

double seconds(const Stopwatch& w) {
    return w.elapsedMs() / 1000.0;
}

} // namespace

int main(int argc, char** argv) {
    int compacts = 1000;
    int runs = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view arg = argv[i];
        if (arg == "--compacts")
            compacts = std::atoi(argv[i + 1]);
        else if (arg == "--runs")
            runs = std::atoi(argv[i + 1]);
    }
    if (compacts < 1 || runs < 1) {
        std::fprintf(stderr, "usage: merge-bench [--compacts N] [--runs R]\n");
        return 2;
    }
    const fs::path folder =
        fs::temp_directory_path() / ("merge-bench-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const std::string source = (folder / "source.compact").string();
    {
        Workspace ws = Workspace::create(source, "Source");
        ws.insertCompacts(generateCompacts(compacts));
    }
    std::printf("merge-bench: %d compacts, file %.1f MiB, %d runs\n", compacts,
                static_cast<double>(fs::file_size(source)) / (1024.0 * 1024.0), runs);
    std::printf("%-34s %10s %10s  %s\n", "figure", "wall s", "CPU s", "result");
    const auto row = [](const char* name, const Stopwatch& w, const MergeReport& r) {
        std::printf("%-34s %10.2f %10.2f  added %d, updated %d, conflicts %zu%s\n", name,
                    seconds(w), w.cpuMs() / 1000.0, r.compactsAdded, r.compactsUpdated,
                    r.conflicts.size(), w.preempted() ? " (preempted)" : "");
    };
    for (int run = 0; run < runs; ++run) {
        const std::string empty = (folder / ("empty-" + std::to_string(run) + ".compact")).string();
        const std::string copy = (folder / ("copy-" + std::to_string(run) + ".compact")).string();
        fs::copy_file(source, copy);
        {
            Workspace target = Workspace::create(empty, "Program");
            const Stopwatch w;
            const MergeReport r = mergeFile(target, source, {});
            row("into an empty workspace", w, r);
            check(r.compactsAdded == compacts, "every compact added");
            check(static_cast<int>(target.listCompacts().size()) == compacts, "all stored");
            const Stopwatch again;
            const MergeReport second = mergeFile(target, source, {});
            row("  the same file again", again, second);
            check(!second.changedAnything() && second.conflicts.empty(), "again: no change");
        }
        {
            Workspace target = Workspace::open(copy);
            const Stopwatch w;
            const MergeReport r = mergeFile(target, source, {});
            row("into a copy of itself", w, r);
            check(!r.changedAnything() && r.conflicts.empty(), "copy: no change");
        }
        fs::remove(empty);
        fs::remove(copy);
    }
    fs::remove_all(folder);
    return failures == 0 ? 0 : 1;
}
