// print-bench: one compact to PDF in-process, 20 times (docs/performance.md,
// "Printing"). The demo's signed team compact and a long one (60 clauses,
// 40 milestones); each run builds the HTML, lays it out with keep-together
// and writes the PDF, as `mentoring-compact pdf` does after opening the file.

#include "core/demo.h"
#include "ui/print/compact_document.h"
#include "ui/print/pdf_export.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
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

bool measure(const char* name, const mc::Compact& compact, const QString& path, int runs,
             double targetMs) {
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

} // namespace

// print-bench [FOLDER]: with a folder, the last PDF of each compact is kept
// there (team.pdf, long.pdf), for looking at the pages.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const mc::Compact team = mc::makeDemoCompact(boost::gregorian::date(2026, 11, 2));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.path());
    constexpr int kRuns = 20;
    std::printf("print-bench: %d runs each (median of %d), one compact to PDF in-process\n", kRuns,
                kRuns);
    const bool ok =
        measure("demo team compact", team, out.filePath(QStringLiteral("team.pdf")), kRuns, 50) &&
        measure("long compact (60 + 40)", longCompact(team),
                out.filePath(QStringLiteral("long.pdf")), kRuns, 50);
    return ok ? 0 : 1;
}
