#pragma once
// Writing many compacts to PDF at once (a program director's "export all
// signed compacts"), using every core: each worker thread lays out and
// paints its own QTextDocument onto its own QPdfWriter (Qt allows painting
// on QPdfWriter/QImage outside the GUI thread; QTextDocument and QPdfWriter
// objects are never shared between threads).

#include "ui/print/print_options.h"
#include "ui/print/printable.h"

#include <QString>
#include <QStringList>
#include <exception>
#include <functional>
#include <vector>

namespace mc::print {

struct BatchRequest {
    std::vector<PrintableCompact> compacts;
    DocumentOptions options;
    // A folder (onePerCompact) or a .pdf file (everything in one file).
    QString outPath;
    bool onePerCompact = true;
    // 0: QThread::idealThreadCount().
    int threads = 0;
    // How a failure from core or the layout is told to a person: what()
    // (English) by default; the desktop passes coreText, which translates
    // core's messages. Called on the worker threads.
    std::function<QString(const std::exception&)> describeError;
};

struct BatchResult {
    QStringList written; // the files written, in the order of the request
    bool cancelled = false;
    QString error; // for a person; empty when everything was written
};

// Called on the calling thread after each compact is done; returning false
// cancels. Workers finish the compact in hand and start no other.
using BatchProgress = std::function<bool(int done, int total)>;

// Runs on the calling thread (which must own the QGuiApplication's event
// loop or none at all) and returns when the batch is done or cancelled.
// While it waits it processes that thread's events (a progress dialog
// repaints and hears Cancel), so guard against starting a second batch.
// One file per compact: up to `threads` workers, each writing a hidden
// ".NAME.part" file in the folder; renamed to their names when all are done.
// One file: one worker lays out and paints the compacts in order (a layout
// belongs to the writer it was made for, so it is not split over threads).
// All or nothing: on an error or a cancel no file of this batch is left
// behind (a one-file batch goes through QSaveFile; per-compact files are
// removed again), and files that were there before are untouched.
BatchResult exportBatch(const BatchRequest& request, const BatchProgress& progress = {});

// "ortiz-lena-3f2a9c1b.pdf": the scholar's name made safe for any file
// system, and the id's start so names never clash.
QString pdfFileNameFor(const Compact& compact);

} // namespace mc::print
