#include "bench_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace mc::bench {

namespace {

double nearestRank(const std::vector<double>& sorted, double fraction) {
    const auto rank =
        static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

std::string targetText(const Target& target) {
    char text[64];
    std::snprintf(text, sizeof text, "%s <= %g ms",
                  target.of == Target::Of::Median ? "median" : "p99", target.limitMs);
    return text;
}

bool holds(const Target& target, const Stats& stats) {
    return (target.of == Target::Of::Median ? stats.median : stats.p99) <= target.limitMs;
}

} // namespace

Stats summarize(std::vector<double> samplesMs) {
    Stats stats;
    if (samplesMs.empty())
        return stats;
    std::sort(samplesMs.begin(), samplesMs.end());
    stats.count = samplesMs.size();
    stats.min = samplesMs.front();
    stats.median = nearestRank(samplesMs, 0.5);
    stats.p99 = nearestRank(samplesMs, 0.99);
    stats.max = samplesMs.back();
    return stats;
}

double Stopwatch::threadCpuMs() {
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

long Stopwatch::involuntarySwitches() {
    rusage usage{};
    ::getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}

Row makeRow(std::string figure, const Samples& samples, std::vector<Target> targets,
            std::string note) {
    return {std::move(figure), summarize(samples.wall), summarize(samples.cpu),
            samples.preempted, std::move(targets),      std::move(note)};
}

Row makeRow(std::string figure, const Stopwatch& watch, std::vector<Target> targets,
            std::string note) {
    Samples samples;
    samples.add(watch);
    return makeRow(std::move(figure), samples, std::move(targets), std::move(note));
}

std::string verdict(const Row& row) {
    if (row.targets.empty())
        return "-";
    for (const Target& target : row.targets)
        if (!holds(target, row.stats))
            return "MISSED";
    return "met";
}

void printTable(const std::vector<Row>& rows) {
    std::printf("%-30s %5s %10s %10s %10s %10s %10s %10s %9s  %-30s %-7s %s\n", "figure (ms)", "n",
                "min", "median", "p99", "max", "cpu median", "cpu p99", "preempted", "target",
                "result", "note");
    for (const Row& row : rows) {
        std::string targets;
        for (const Target& target : row.targets)
            targets += (targets.empty() ? "" : ", ") + targetText(target);
        std::printf("%-30s %5zu %10.3f %10.3f %10.3f %10.3f %10.3f %10.3f %9zu  %-30s %-7s %s\n",
                    row.figure.c_str(), row.stats.count, row.stats.min, row.stats.median,
                    row.stats.p99, row.stats.max, row.cpu.median, row.cpu.p99, row.preempted,
                    targets.empty() ? "-" : targets.c_str(), verdict(row).c_str(),
                    row.note.c_str());
    }
}

std::string formatBytes(std::uintmax_t bytes) {
    char text[64];
    std::snprintf(text, sizeof text, "%.1f MiB (%ju bytes)",
                  static_cast<double>(bytes) / (1024.0 * 1024.0), bytes);
    return text;
}

} // namespace mc::bench
