// Batch export: worker threads lay out and paint, the calling thread
// reports progress, honours a cancel and decides what is kept.
//
// One file per compact: each worker takes the next compact, writes it to a
// hidden ".part" file in the target folder (its own CompactDocument,
// QTextDocument and QPdfWriter), and only when every compact is written are
// the parts renamed to their names. One file: a single worker writes the
// compacts in order into one PdfFile (QSaveFile): a PDF is one stream of
// pages, and a layout belongs to the paint device it was made for, so
// laying out on other threads would mean laying out twice.

#include "ui/print/batch_export.h"

#include "core/error.h"
#include "ui/print/compact_document.h"
#include "ui/print/compact_html.h"
#include "ui/print/pdf_export.h"
#include "ui/print/print_font.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>

namespace mc::print {

namespace {

class BatchTexts {
    Q_DECLARE_TR_FUNCTIONS(BatchTexts)
public:
    static QString nothing() { return tr("there is no compact to export"); }
    static QString noFolder(const QString& folder) {
        return tr("the folder %1 does not exist").arg(folder);
    }
    static QString cannotWriteIn(const QString& folder, const QString& why) {
        return tr("cannot write in the folder %1: %2").arg(folder, why);
    }
    static QString cannotRename(const QString& path, const QString& why) {
        return tr("cannot write %1: %2").arg(path, why);
    }
};

// What the workers tell the calling thread, in the order they finish.
struct Mailbox {
    std::mutex mutex;
    std::condition_variable changed;
    int done = 0;       // compacts finished
    int running = 0;    // workers not yet returned
    QString firstError; // the first worker error
    std::atomic<bool> stop = false;

    void finished() {
        const std::lock_guard lock(mutex);
        ++done;
        changed.notify_all();
    }
    void failed(const QString& error) {
        const std::lock_guard lock(mutex);
        if (firstError.isEmpty())
            firstError = error;
        stop = true;
        changed.notify_all();
    }
    void workerReturned() {
        const std::lock_guard lock(mutex);
        --running;
        changed.notify_all();
    }
};

// Waits on the calling thread until the workers have returned, calling
// `progress` after each compact and keeping the calling thread's events
// going (a progress dialog repaints, its Cancel button is heard).
bool waitForWorkers(Mailbox& mailbox, int total, const BatchProgress& progress) {
    const bool ownsEvents = QCoreApplication::instance() &&
                            QThread::currentThread() == QCoreApplication::instance()->thread();
    bool cancelled = false;
    int reported = 0;
    std::unique_lock lock(mailbox.mutex);
    while (true) {
        mailbox.changed.wait_for(lock, std::chrono::milliseconds(30));
        const int done = mailbox.done;
        const bool allReturned = mailbox.running == 0;
        lock.unlock();
        if (done != reported && !mailbox.stop) {
            reported = done;
            if (progress && !progress(done, total)) {
                cancelled = true;
                mailbox.stop = true; // workers finish the compact in hand
            }
        }
        if (ownsEvents)
            QCoreApplication::processEvents();
        lock.lock();
        if (allReturned && mailbox.running == 0)
            break;
    }
    return cancelled;
}

QString describe(const BatchRequest& request, const std::exception& error) {
    return request.describeError ? request.describeError(error)
                                 : QString::fromStdString(error.what());
}

QString runDocument(const BatchRequest& request, std::size_t index, const QString& path) {
    try {
        CompactDocument document(request.compacts[index], request.options);
        return writePdf(document, path);
    } catch (const std::exception& e) {
        return describe(request, e);
    }
}

// Unique names in the folder: a compact printed twice in one batch (two
// versions) gets "-v2" before ".pdf".
QStringList fileNamesFor(const std::vector<PrintableCompact>& compacts) {
    QStringList names;
    std::set<QString> used;
    for (const PrintableCompact& p : compacts) {
        QString name = pdfFileNameFor(p.compact);
        if (used.count(name))
            name.insert(name.size() - 4, QStringLiteral("-v%1").arg(p.versionNumber));
        for (int n = 2; used.count(name); ++n)
            name.insert(name.size() - 4, QStringLiteral("-%1").arg(n));
        used.insert(name);
        names.push_back(name);
    }
    return names;
}

// A probe file created and removed, so an unwritable folder is named before
// any work is done (permissions alone do not say it: root, read-only mounts).
QString checkFolder(const QString& folder) {
    const QFileInfo info(folder);
    if (!info.isDir())
        return BatchTexts::noFolder(folder);
    QSaveFile probe(QDir(folder).filePath(QStringLiteral(".mentoring-compact-probe")));
    if (!probe.open(QIODevice::WriteOnly))
        return BatchTexts::cannotWriteIn(folder, probe.errorString());
    probe.cancelWriting();
    return {};
}

BatchResult exportEach(const BatchRequest& request, const BatchProgress& progress) {
    BatchResult result;
    if (QString error = checkFolder(request.outPath); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QDir folder(request.outPath);
    const int total = static_cast<int>(request.compacts.size());
    const QStringList names = fileNamesFor(request.compacts);
    const QString batchTag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QStringList parts;
    for (const QString& name : names)
        parts.push_back(folder.filePath(QStringLiteral(".%1.%2.part").arg(name, batchTag)));

    const int threads =
        std::clamp(request.threads > 0 ? request.threads : QThread::idealThreadCount(), 1, total);
    Mailbox mailbox;
    mailbox.running = threads;
    std::atomic<int> next = 0;
    // QThreads, not std::threads: QTextDocument's layout starts timers, which
    // need a thread with Qt's event dispatcher.
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&] {
            for (int i = next++; i < total && !mailbox.stop; i = next++) {
                const QString error = runDocument(request, static_cast<std::size_t>(i), parts[i]);
                if (!error.isEmpty()) {
                    mailbox.failed(error);
                    break;
                }
                mailbox.finished();
            }
            mailbox.workerReturned();
        }));
        workers.back()->start();
    }
    result.cancelled = waitForWorkers(mailbox, total, progress);
    for (const auto& worker : workers)
        worker->wait();

    result.error = result.cancelled ? QString() : mailbox.firstError;
    if (result.cancelled || !result.error.isEmpty()) {
        for (const QString& part : parts)
            QFile::remove(part);
        return result;
    }
    // Every part is complete: give each its name (rename within one folder
    // replaces an older file of that name in one step).
    for (int i = 0; i < total; ++i) {
        const QString path = folder.filePath(names[i]);
        std::error_code failure;
        std::filesystem::rename(parts[i].toStdString(), path.toStdString(), failure);
        if (failure) {
            result.error =
                BatchTexts::cannotRename(path, QString::fromStdString(failure.message()));
            for (int k = i; k < total; ++k)
                QFile::remove(parts[k]);
            for (int k = 0; k < i; ++k) // the new ones already named: all or nothing
                QFile::remove(result.written[k]);
            result.written.clear();
            return result;
        }
        result.written.push_back(path);
    }
    return result;
}

BatchResult exportOneFile(const BatchRequest& request, const BatchProgress& progress) {
    BatchResult result;
    const int total = static_cast<int>(request.compacts.size());
    const QString folder = QFileInfo(request.outPath).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        result.error = BatchTexts::noFolder(folder);
        return result;
    }
    const bool archive = std::all_of(request.compacts.begin(), request.compacts.end(),
                                     [](const PrintableCompact& p) { return p.isSigned; });
    Mailbox mailbox;
    mailbox.running = 1;
    const std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            PdfFile file(request.outPath, archive,
                         QString::fromStdString(request.compacts.front().compact.title));
            QString error = file.open();
            for (int i = 0; error.isEmpty() && i < total && !mailbox.stop; ++i) {
                CompactDocument document(request.compacts[static_cast<std::size_t>(i)],
                                         request.options);
                error = file.add(document);
                if (error.isEmpty())
                    mailbox.finished();
            }
            // Cancelled: the file is dropped with `file` (QSaveFile).
            if (error.isEmpty() && !mailbox.stop)
                error = file.commit();
            if (!error.isEmpty())
                mailbox.failed(error);
        } catch (const std::exception& e) {
            mailbox.failed(describe(request, e));
        }
        mailbox.workerReturned();
    }));
    worker->start();
    result.cancelled = waitForWorkers(mailbox, total, progress);
    worker->wait();
    result.error = result.cancelled ? QString() : mailbox.firstError;
    if (!result.cancelled && result.error.isEmpty())
        result.written.push_back(request.outPath);
    return result;
}

} // namespace

BatchResult exportBatch(const BatchRequest& request, const BatchProgress& progress) {
    if (request.compacts.empty())
        return {{}, false, BatchTexts::nothing()};
    // Loads the compiled-in layouts once on this thread before the workers
    // read them, and adds the print font here too, so Qt's signal that the
    // font database changed comes from the calling thread.
    try {
        loadLayout(request.options);
    } catch (const std::exception& e) {
        return {{}, false, describe(request, e)};
    }
    registerPrintFont();
    return request.onePerCompact ? exportEach(request, progress) : exportOneFile(request, progress);
}

QString pdfFileNameFor(const Compact& compact) {
    const Person* scholar = compact.scholar();
    std::string stem;
    for (const char c : scholar ? scholar->name : compact.title) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            stem += static_cast<char>(std::tolower(u));
        else if (!stem.empty() && stem.back() != '-')
            stem += '-';
    }
    while (!stem.empty() && stem.back() == '-')
        stem.pop_back();
    if (stem.empty())
        stem = "compact";
    return QString::fromStdString(stem + "-" + compact.id.substr(0, 8) + ".pdf");
}

} // namespace mc::print
