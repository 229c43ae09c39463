// dashboard-bench: the program director's desk on the 1,000-compact
// benchmark workspace (issue 7; docs/performance.md, "Dashboard and
// reports"). Run by hand, not by the test suite.
//
//   dashboard-bench [--compacts N] [--runs R] [--keep PATH]
//   dashboard-bench --workspace PATH [--runs R]   reuse a file kept before
//   dashboard-bench --rss PATH                    open, dashboard, print memory
//
// The workspace is bench_workspace's compacts made lived-in through the
// store's own functions: signed as their status says (a few part-way, some
// amended, some closed), two submitted worksheets and a meeting log for
// most, and the first year's review signed with all reflections for most of
// those whose first year has ended. "Today" is benchToday().
//
// The dashboard is measured with what it keeps (schema 9) kept, as the
// window leaves it, and with nothing kept; and what keeping costs.
//
// Exits 1 when a sanity check fails (rows missing, a CSV line count that
// does not match); a missed target is only marked MISSED.

#include "bench_stats.h"
#include "bench_workspace.h"
#include "core/dashboard.h"
#include "core/ids.h"
#include "core/review.h"
#include "core/topics.h"
#include "core/workspace.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace fs = std::filesystem;
namespace bg = boost::gregorian;
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

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    if (!(in >> one >> five >> fifteen))
        return "unknown";
    return one + " " + five + " " + fifteen;
}

// VmHWM (peak resident set) and VmRSS of this process, from /proc.
std::string memoryLine() {
    std::ifstream in("/proc/self/status");
    std::string line, out;
    while (std::getline(in, line))
        if (line.starts_with("VmHWM") || line.starts_with("VmRSS"))
            out += (out.empty() ? "" : "; ") + line;
    return out;
}

Worksheet worksheetOf(const Compact& c, std::size_t person, std::mt19937& rng) {
    Worksheet w;
    w.id = newUuid();
    w.compactId = c.id;
    w.personId = c.people[person].id;
    w.status = WorksheetStatus::Submitted;
    w.submitted = c.created;
    int position = 0;
    for (const Topic& topic : allTopics()) {
        WorksheetAnswer& a = w.answers.emplace_back();
        a.id = newUuid();
        a.domain = topic.domain;
        a.topic = std::string(topic.key);
        a.responsibility = 1 + static_cast<int>(rng() % 5);
        a.importance = 1 + static_cast<int>(rng() % 5);
        if (rng() % 3 == 0)
            a.text = "We talk this through at the start of each term.";
        a.position = position++;
        a.created = a.updated = c.created;
    }
    return w;
}

// A meeting every 14 to 21 days from the start, up to a few weeks before
// today (or the end), the scholar and the primary mentor attending.
void addMeetings(const Compact& c, std::mt19937& rng, std::vector<Meeting>& out) {
    const Date last = std::min(c.end, benchToday() - bg::days(static_cast<long>(rng() % 60)));
    for (Date day = c.start + bg::days(7); day <= last;
         day += bg::days(14 + static_cast<long>(rng() % 8))) {
        Meeting& m = out.emplace_back();
        m.id = newUuid();
        m.compactId = c.id;
        m.date = day;
        m.attendees = {{c.people[0].id, c.people[0].name}, {c.people[1].id, c.people[1].name}};
        m.topics = "Progress on the milestones";
        m.created = m.updated = c.created;
    }
}

Date signDay(const Compact& c) {
    const Date created = parseIsoDate(c.created.substr(0, 10)) + bg::days(1);
    return std::min(std::max(c.start, created), benchToday());
}

// The first award year's review, held ten days after it was due: every
// milestone without an outcome is missed, four reflections, all signatures.
void reviewYearOne(Workspace& ws, const Compact& c, std::mt19937& rng) {
    const ReviewPeriod year = reviewPeriods(c.start, c.end).front();
    const Date held = year.due + bg::days(10);
    if (held > benchToday())
        return;
    Review review = ws.startReview(c.id, 1, held, benchToday());
    for (MilestoneReview& m : review.milestones)
        if (!m.outcome)
            m.outcome = MilestoneOutcome::Missed;
    review = ws.saveReview(review, benchToday());
    for (const Person& p : c.people) {
        Reflection r;
        r.personId = p.id;
        r.satisfaction = 2 + static_cast<int>(rng() % 4);
        r.discussion = 2 + static_cast<int>(rng() % 4);
        ws.saveReflection(review.id, r);
        ws.submitReflection(review.id, p.id, held, benchToday());
    }
    for (const Person& p : c.people)
        ws.signReview(review.id, p.id, p.name, held, {}, benchToday());
}

void build(const std::string& path, int count) {
    std::mt19937 rng(kDefaultSeed);
    std::vector<Compact> compacts = generateCompacts(count);
    std::vector<CompactStatus> wanted;
    std::vector<Worksheet> worksheets;
    std::vector<Meeting> meetings;
    for (Compact& c : compacts) {
        wanted.push_back(c.status);
        // Signing and closing happen through the store below.
        c.status = CompactStatus::InNegotiation;
        if (rng() % 10 < 8) {
            worksheets.push_back(worksheetOf(c, 0, rng));
            worksheets.push_back(worksheetOf(c, 1, rng));
        }
        if (rng() % 10 < 9)
            addMeetings(c, rng, meetings);
    }
    Workspace ws = Workspace::create(path, "Benchmark program");
    ws.insertCompactsWithHistory(compacts, {}, worksheets, meetings);
    for (std::size_t i = 0; i < compacts.size(); ++i) {
        const Compact& c = compacts[i];
        const CompactStatus status = wanted[i];
        if (status == CompactStatus::Draft)
            continue;
        if (status == CompactStatus::InNegotiation) { // part-way: the scholar only
            ws.sign(c.id, c.people[0].id, c.people[0].name, signDay(c), {}, benchToday());
            continue;
        }
        for (const Person& p : c.people)
            ws.sign(c.id, p.id, p.name, signDay(c), {}, benchToday());
        if (rng() % 10 < 7)
            reviewYearOne(ws, c, rng);
        if (status == CompactStatus::Amended)
            ws.startAmendment(c.id);
        if (status == CompactStatus::Closed)
            ws.closeCompact(
                c.id,
                {std::min(c.end, benchToday()), ClosingReason::AwardCompleted, "Award completed"},
                benchToday());
    }
    std::printf("built: %zu compacts, %zu worksheets, %zu meetings\n", compacts.size(),
                worksheets.size(), meetings.size());
}

// Forgets what the dashboard keeps (schema 9), as in a file just upgraded
// or one only ever opened read-only: plain SQL, as another tool would.
void forgetKept(const std::string& path) {
    sqlite3* db = nullptr;
    const bool ok =
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
        sqlite3_exec(db, "DELETE FROM live_fingerprints; DELETE FROM alignment_summaries;", nullptr,
                     nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    check(ok, "forgetting the kept figures of " + path);
}

// What keeping costs and saves: the dashboard with nothing kept (every
// figure derived), and updateDashboardCache with everything to derive
// (the first showing after an upgrade) and with nothing to derive (each
// later showing, the window's usual case). Leaves `path` with all kept.
void measureKeeping(const std::string& path, int runs, std::vector<Row>& rows) {
    const Date today = benchToday();
    forgetKept(path);
    {
        const Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
        Samples derived;
        for (int i = 0; i <= runs; ++i) { // the first run warms the caches and is not counted
            const Stopwatch watch;
            const auto dashboard = ws.dashboard(today);
            if (i > 0)
                derived.add(watch);
        }
        rows.push_back(makeRow("dashboard, nothing kept", derived, {},
                               "every figure derived (before schema 9)"));
    }
    Samples everything;
    Samples nothing;
    Workspace::DashboardCacheUpdate update;
    for (int i = 0; i < runs; ++i) {
        forgetKept(path);
        Workspace ws = Workspace::open(path);
        const Stopwatch all;
        update = ws.updateDashboardCache();
        everything.add(all);
        const Stopwatch none;
        const auto again = ws.updateDashboardCache();
        nothing.add(none);
        check(again.fingerprints == 0 && again.alignments == 0, "nothing left to derive");
    }
    rows.push_back(makeRow("keep: derive all (1st show)", everything, {},
                           std::to_string(update.fingerprints) + " fingerprints, " +
                               std::to_string(update.alignments) + " alignments"));
    rows.push_back(makeRow("keep: nothing to derive", nothing, {}, "each later show"));
}

int measure(const std::string& path, int runs, int expected) {
    std::vector<Row> rows;
    measureKeeping(path, runs, rows);
    Samples opening;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        const Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
        opening.add(watch);
    }
    rows.push_back(makeRow("open (read-only)", opening));
    const Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
    const Date today = benchToday();

    std::vector<DashboardRow> dashboard;
    Samples dashboardTimes;
    for (int i = 0; i <= runs; ++i) { // the first run warms the caches and is not counted
        const Stopwatch watch;
        dashboard = ws.dashboard(today);
        if (i > 0)
            dashboardTimes.add(watch);
    }
    std::size_t partSigned = 0;
    for (const DashboardRow& r : dashboard)
        partSigned += !r.locked && r.missingSignatures.size() < 4;
    rows.push_back(makeRow("dashboard, all kept", dashboardTimes, {{Target::Of::Median, 100}},
                           std::to_string(dashboard.size()) + " rows, " +
                               std::to_string(partSigned) + " part-signed"));
    check(static_cast<int>(dashboard.size()) == expected, "dashboard rows");

    Samples filtered;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        const auto some = ws.dashboard(today, {dashboard.front().program, "", false});
        filtered.add(watch);
    }
    rows.push_back(makeRow("dashboard (one program, open)", filtered));

    Samples findingTimes;
    std::size_t findings = 0;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        findings = statusFindings(ws.dashboard(today), today).size();
        findingTimes.add(watch);
    }
    rows.push_back(makeRow("status findings (dashboard+words)", findingTimes, {},
                           std::to_string(findings) + " findings"));

    const std::string csvPath = path + ".measures.csv";
    Samples csvTimes;
    Samples measureTimes;
    std::vector<MeasureRow> measures;
    std::string csv;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        measures = ws.measureRows(today);
        measureTimes.add(watch);
        csv = measuresCsv(measures);
        std::ofstream(csvPath, std::ios::binary) << csv;
        csvTimes.add(watch);
    }
    rows.push_back(makeRow("measure rows", measureTimes, {},
                           std::to_string(measures.size()) + " compact-years"));
    rows.push_back(makeRow("CSV report (rows+text+file)", csvTimes, {{Target::Of::Median, 1000}},
                           formatBytes(csv.size())));
    std::size_t lines = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
        ++lines;
    check(lines == measures.size() + 1, "CSV lines");
    fs::remove(csvPath);

    Samples figureTimes;
    CohortFigures figures;
    for (int i = 0; i < runs; ++i) {
        const Stopwatch watch;
        figures = cohortFigures(measures);
        figureTimes.add(watch);
    }
    rows.push_back(makeRow("cohort figures", figureTimes, {},
                           std::to_string(figures.years.size()) + " award years"));
    printTable(rows);
    std::printf("\n%s\nload average at end: %s\nsanity checks: %s\n", memoryLine().c_str(),
                loadAverage().c_str(), failures ? "FAILED" : "passed");
    return failures ? 1 : 0;
}

// Open the workspace, hold its dashboard rows, report memory: run under
// /usr/bin/time -v for the peak as the kernel counts it.
int rss(const std::string& path) {
    const Workspace ws = Workspace::open(path, OpenMode::ReadOnly);
    const auto rows = ws.dashboard(benchToday());
    const auto measures = ws.measureRows(benchToday());
    std::printf("%zu dashboard rows, %zu measure rows held; %s\n", rows.size(), measures.size(),
                memoryLine().c_str());
    return 0;
}

[[noreturn]] void usage(const char* problem, int status = 2) {
    std::fprintf(status == 0 ? stdout : stderr,
                 "%s\nusage: dashboard-bench [--compacts N] [--runs R] [--keep PATH]\n"
                 "       dashboard-bench --workspace PATH [--runs R]\n"
                 "       dashboard-bench --rss PATH\n",
                 problem);
    std::exit(status);
}

} // namespace

int main(int argc, char** argv) {
    int compacts = 1000;
    int runs = 20;
    std::string keep, workspace, rssPath;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc)
            usage(("incomplete option: " + std::string(arg)).c_str());
        const std::string value = argv[++i];
        if (arg == "--compacts")
            compacts = std::atoi(value.c_str());
        else if (arg == "--runs")
            runs = std::atoi(value.c_str());
        else if (arg == "--keep")
            keep = value;
        else if (arg == "--workspace")
            workspace = value;
        else if (arg == "--rss")
            rssPath = value;
        else
            usage(("unknown option: " + std::string(arg)).c_str());
    }
    if (compacts < 1 || runs < 1)
        usage("--compacts and --runs take a positive number");
    try {
        if (!rssPath.empty())
            return rss(rssPath);
        std::printf("dashboard-bench: today %s; load average at start: %s\n",
                    formatIsoDate(benchToday()).c_str(), loadAverage().c_str());
        if (!workspace.empty()) {
            const auto count = Workspace::open(workspace, OpenMode::ReadOnly).listCompacts().size();
            return measure(workspace, runs, static_cast<int>(count));
        }
        if (!keep.empty() && fs::exists(keep))
            usage((keep + " already exists: choose a new --keep path").c_str());
        const fs::path folder =
            fs::temp_directory_path() / ("dashboard-bench-" + std::to_string(::getpid()));
        fs::create_directories(folder);
        const std::string path = keep.empty() ? (folder / "bench.compact").string() : keep;
        const Stopwatch building;
        build(path, compacts);
        std::printf("built in %.1f s: %s\n\n", building.elapsedMs() / 1000,
                    formatBytes(fs::file_size(path)).c_str());
        const int status = measure(path, runs, compacts);
        fs::remove_all(folder);
        if (!keep.empty())
            std::printf("kept: %s\n", path.c_str());
        return status;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "dashboard-bench: %s\n", error.what());
        return 1;
    }
}
