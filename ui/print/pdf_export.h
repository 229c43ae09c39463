#pragma once
// Writing printable compacts to PDF files.

#include <QString>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace mc::print {

class CompactDocument;

// Lays `document` out on a QPdfWriter and writes it to `path` in one step
// (QSaveFile: the old file or the complete new one, never half of one).
// Signed compacts are written as PDF/A-1b for archiving. Returns an error
// message for a person, or an empty string when the file was written.
QString writePdf(CompactDocument& document, const QString& path);
// Several compacts in one file, each starting on a new page with its own
// page numbers. PDF/A-1b when every one is signed.
QString writePdf(const std::vector<CompactDocument*>& documents, const QString& path);

// One PDF file written a document after another, so a long batch holds one
// laid-out document at a time. Nothing is on disk until commit(); destroyed
// without commit, the file is left as it was. Every function returns an
// error message for a person, or an empty string.
class PdfFile {
public:
    // `archive`: PDF/A-1b (every document to come is signed).
    PdfFile(const QString& path, bool archive, const QString& title);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    QString open();
    // Lays `document` out on the file's writer and paints its pages, from a
    // new page unless it is the first.
    QString add(CompactDocument& document);
    QString commit();

private:
    QString path_;
    bool archive_ = false;
    QString title_;
    int added_ = 0;
    std::unique_ptr<QSaveFile> file_;
    std::unique_ptr<QPdfWriter> writer_;
    std::unique_ptr<QPainter> painter_;
};

} // namespace mc::print
