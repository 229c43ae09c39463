// print-bench: one compact to PDF in-process, 20 times (docs/performance.md,
// "Printing"). The demo's signed team compact and a long one (60 clauses,
// 40 milestones); each run builds the HTML, lays it out, cuts it into pages
// and writes the PDF, as `mentoring-compact pdf` does after opening the file.
//
// print-bench --batch [COUNT [FOLDER [ONLY]]]: COUNT (1,000) compacts of the
// benchmark workspace, each signed by every required signer, read back as
// their latest signed versions and exported with exportBatch: one file per
// compact on 1 and on 2 threads, then all in one file. ONLY runs one of
// these: "1", "2" (threads, one file per compact) or "one" (one file).

#include "bench_workspace.h"
#include "core/dates.h"
#include "core/demo.h"
#include "core/workspace.h"
#include "ui/print/batch_export.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"
#include "ui/print/printable.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

mc::Compact longCompact(mc::Compact compact) {
    const mc::Expectation model = compact.expectations.front();
    compact.expectations.clear();
    for (int i = 0; i < 60; ++i) {
        mc::Expectation e = model;
        e.id.clear();
        e.domain = static_cast<mc::Domain>(i % 6);
        e.position = i;
        for (int k = 0; k < i % 4; ++k)
            e.text += " " + model.text;
        compact.expectations.push_back(e);
    }
    const mc::Milestone first = compact.milestones.front();
    compact.milestones.clear();
    for (int i = 0; i < 40; ++i) {
        mc::Milestone m = first;
        m.title = "Milestone " + std::to_string(i + 1) + ": " + first.title;
        m.due = first.due + boost::gregorian::days(20 * i);
        compact.milestones.push_back(m);
    }
    return compact;
}

bool measure(const char* name, const mc::print::PrintableCompact& compact, const QString& path,
             int runs, double targetMs) {
    std::vector<double> wall;
    std::vector<double> cpu;
    int pages = 0;
    for (int i = 0; i <= runs; ++i) { // the first run warms caches and is not counted
        const double cpuStart = threadCpuMs();
        const auto start = std::chrono::steady_clock::now();
        mc::print::CompactDocument document(compact);
        const QString error = mc::print::writePdf(document, path);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "print-bench: %s\n", qPrintable(error));
            return false;
        }
        pages = document.pageCount();
        if (i > 0) {
            wall.push_back(ms);
            cpu.push_back(threadCpuMs() - cpuStart);
        }
    }
    const double med = median(wall);
    std::printf("%-28s %2d pages  wall min %6.1f  median %6.1f  max %6.1f ms   cpu median %6.1f ms"
                "   target %4.0f ms %s\n",
                name, pages, *std::min_element(wall.begin(), wall.end()), med,
                *std::max_element(wall.begin(), wall.end()), median(cpu), targetMs,
                med <= targetMs ? "met" : "MISSED");
    return true;
}

double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// One exportBatch, timed: wall and the CPU of the whole process (all threads).
bool measureBatch(const char* name, const mc::print::BatchRequest& request, double targetSeconds) {
    const double cpuStart = processCpuMs();
    const auto start = std::chrono::steady_clock::now();
    const mc::print::BatchResult result = mc::print::exportBatch(request);
    const double wall = secondsSince(start);
    const double cpu = (processCpuMs() - cpuStart) / 1e3;
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "print-bench: %s\n", qPrintable(result.error));
        return false;
    }
    std::printf("%-34s %4zu compacts  %5lld files  wall %6.1f s  cpu %6.1f s  %5.1f ms/compact"
                "   target %2.0f s %s\n",
                name, request.compacts.size(), static_cast<long long>(result.written.size()), wall,
                cpu, wall * 1e3 / static_cast<double>(request.compacts.size()), targetSeconds,
                wall <= targetSeconds ? "met" : "MISSED");
    std::fflush(stdout);
    return true;
}

int runBatch(int count, const QString& folder, const std::string& only) {
    const QDir out(folder);
    const QString workspacePath = out.filePath(QStringLiteral("bench.compact"));
    QFile::remove(workspacePath);
    auto start = std::chrono::steady_clock::now();
    mc::Workspace workspace = mc::Workspace::create(workspacePath.toStdString(), "Print bench");
    workspace.insertCompacts(mc::bench::generateCompacts(count));
    const mc::Date today = mc::todayLocal();
    std::vector<std::string> ids;
    for (const auto& entry : workspace.listCompacts()) {
        ids.push_back(entry.id);
        for (const mc::Signer& signer : workspace.signers(entry.id))
            if (signer.required)
                workspace.sign(entry.id, signer.personId, signer.name, today,
                               signer.role == mc::Role::Scholar
                                   ? mc::Drawing{{{80, 620}, {240, 380}, {420, 640}, {900, 470}}}
                                   : mc::Drawing{},
                               today);
    }
    std::printf("print-bench --batch: %d compacts made and signed in %.1f s (not timed below)\n",
                count, secondsSince(start));
    start = std::chrono::steady_clock::now();
    mc::print::BatchRequest request;
    request.compacts = mc::print::latestSignedVersions(workspace, ids);
    std::printf("latestSignedVersions: %zu signed versions read in %.2f s\n",
                request.compacts.size(), secondsSince(start));
    if (static_cast<int>(request.compacts.size()) != count)
        return 1;
    request.options.paper = mc::print::Paper::A4;
    for (const int threads : {1, 2}) {
        if (!only.empty() && only != std::to_string(threads))
            continue;
        const QString each = out.filePath(QStringLiteral("each-%1").arg(threads));
        QDir(each).removeRecursively();
        QDir().mkpath(each);
        request.outPath = each;
        request.threads = threads;
        request.onePerCompact = true;
        const std::string name = "one file per compact, " + std::to_string(threads) + " thread" +
                                 (threads > 1 ? "s" : "");
        if (!measureBatch(name.c_str(), request, 30))
            return 1;
    }
    if (!only.empty() && only != "one")
        return 0;
    request.outPath = out.filePath(QStringLiteral("all.pdf"));
    request.onePerCompact = false;
    return measureBatch("all in one file (1 worker)", request, 30) ? 0 : 1;
}

// print-bench [FOLDER]: with a folder, the demo workspace (demo.compact) and
// the last PDF of each compact are kept there (team.pdf: the demo's signed
// team compact; long.pdf), for looking at the pages and timing the process.
int run(int argc, char** argv) {
    if (argc > 1 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
        std::printf("usage: print-bench [FOLDER]\n"
                    "       print-bench --batch [COUNT [FOLDER [1|2|one]]]\n"
                    "FOLDER (an existing folder) keeps the PDFs; docs/performance.md explains.\n");
        return 0;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    if (argc > 1 && std::string(argv[1]) == "--batch")
        return runBatch(argc > 2 ? std::stoi(argv[2]) : 1000,
                        argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.path(),
                        argc > 4 ? argv[4] : "");
    // The demo's team compact as its signed version 1 prints (signatures,
    // the scholar's drawn one among them), read from a demo workspace.
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.path());
    const std::string demoPath = out.filePath(QStringLiteral("demo.compact")).toStdString();
    QFile::remove(QString::fromStdString(demoPath));
    mc::createDemoWorkspace(demoPath, mc::todayLocal());
    const mc::Workspace demo = mc::Workspace::open(demoPath, mc::OpenMode::ReadOnly);
    std::optional<mc::print::PrintableCompact> team;
    for (const auto& entry : demo.listCompacts()) {
        auto p = mc::print::printableCompact(demo, entry.id);
        if (p.isSigned && p.compact.program == "Clinical and Translational Science KL2")
            team = std::move(p);
    }
    if (!team)
        return 1;
    constexpr int kRuns = 20;
    std::printf("print-bench: %d runs each (median of %d), one compact to PDF in-process\n", kRuns,
                kRuns);
    const bool ok =
        measure("demo team compact, signed v1", *team, out.filePath(QStringLiteral("team.pdf")),
                kRuns, 50) &&
        measure("long compact (60 + 40)", mc::print::printableAsIs(longCompact(team->compact)),
                out.filePath(QStringLiteral("long.pdf")), kRuns, 50);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    try {
        return run(argc, argv);
    } catch (const std::exception& e) { // a folder that does not exist, a full disk
        std::fprintf(stderr, "print-bench: %s\n", e.what());
        return 2;
    }
}
