#pragma once
// Timing and reporting for compact-bench: wall-clock samples from
// std::chrono::steady_clock and a plain table with each figure next to its
// target.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mc::bench {

// Wall clock (the figure that counts) and, over the same span, the CPU time
// of this thread and whether the scheduler took the CPU away from it. Where
// wall clock and CPU time differ, the time went to waiting: for the disk, or
// for a CPU on a busy machine (then the span counts as preempted).
class Stopwatch {
public:
    Stopwatch()
        : switchesStart_(involuntarySwitches()), cpuStart_(threadCpuMs()),
          start_(std::chrono::steady_clock::now()) {}
    double elapsedMs() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_)
            .count();
    }
    double cpuMs() const { return threadCpuMs() - cpuStart_; }
    bool preempted() const { return involuntarySwitches() != switchesStart_; }

private:
    static double threadCpuMs();
    static long involuntarySwitches();

    long switchesStart_;
    double cpuStart_;
    std::chrono::steady_clock::time_point start_;
};

// Wall-clock and CPU samples of one figure, in milliseconds, and how many
// of them were preempted.
struct Samples {
    std::vector<double> wall;
    std::vector<double> cpu;
    std::size_t preempted = 0;
    void add(const Stopwatch& watch) {
        wall.push_back(watch.elapsedMs());
        cpu.push_back(watch.cpuMs());
        if (watch.preempted())
            ++preempted;
    }
};

// Milliseconds. Percentiles by the nearest-rank method: p99 of 20 samples
// is the largest, of 1,000 the tenth largest.
struct Stats {
    std::size_t count = 0;
    double min = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats summarize(std::vector<double> samplesMs);

// A limit on one statistic of a figure: "median <= 50 ms".
struct Target {
    enum class Of { Median, P99 };
    Of of = Of::Median;
    double limitMs = 0;
};

struct Row {
    std::string figure;
    Stats stats; // wall clock
    Stats cpu;   // CPU time of this thread over the same spans
    std::size_t preempted = 0;
    std::vector<Target> targets;
    std::string note; // sizes, counts: anything that is not a time
};

// A table row from samples (or one stopwatch) and the targets of the figure.
Row makeRow(std::string figure, const Samples& samples, std::vector<Target> targets = {},
            std::string note = {});
Row makeRow(std::string figure, const Stopwatch& watch, std::vector<Target> targets = {},
            std::string note = {});

// "met" when every target holds, "MISSED" when any fails, "-" without one.
std::string verdict(const Row& row);
void printTable(const std::vector<Row>& rows);

std::string formatBytes(std::uintmax_t bytes);

} // namespace mc::bench
