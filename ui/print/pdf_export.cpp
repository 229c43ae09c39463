#include "ui/print/pdf_export.h"

#include "ui/print/compact_document.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>

namespace mc::print {

namespace {

// Enough for sharp text and exact layout; more only makes layout slower.
constexpr int kResolution = 300;

class PdfTexts {
    Q_DECLARE_TR_FUNCTIONS(PdfTexts)
public:
    static QString cannotWrite(const QString& path, const QString& why) {
        return tr("cannot write %1: %2").arg(path, why);
    }
    static QString nothingToWrite() { return tr("there is no compact to write"); }
    static QString cannotPaint() { return tr("the PDF writer could not start"); }
};

} // namespace

PdfFile::PdfFile(const QString& path, bool archive, const QString& title)
    : path_(path), archive_(archive), title_(title) {
}

PdfFile::~PdfFile() {
    if (painter_ && painter_->isActive())
        painter_->end();
    painter_.reset();
    writer_.reset();
    if (file_ && file_->isOpen())
        file_->cancelWriting();
}

QString PdfFile::open() {
    file_ = std::make_unique<QSaveFile>(path_);
    if (!file_->open(QIODevice::WriteOnly))
        return PdfTexts::cannotWrite(path_, file_->errorString());
    writer_ = std::make_unique<QPdfWriter>(file_.get());
    writer_->setResolution(kResolution);
    writer_->setCreator(QStringLiteral("Mentoring Compact"));
    writer_->setTitle(title_);
    if (archive_)
        writer_->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    painter_ = std::make_unique<QPainter>();
    return {};
}

QString PdfFile::add(CompactDocument& document) {
    if (!writer_)
        return PdfTexts::cannotPaint();
    writer_->setPageLayout(document.pageLayout());
    if (added_ > 0)
        writer_->newPage();
    document.layoutFor(*writer_);
    // The painter starts after the first page layout is set: QPdfWriter
    // takes the first page's size when painting begins.
    if (added_ == 0 && !painter_->begin(writer_.get()))
        return PdfTexts::cannotPaint();
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            writer_->newPage();
        document.paintPage(*painter_, page);
    }
    ++added_;
    return {};
}

QString PdfFile::commit() {
    if (added_ == 0)
        return PdfTexts::nothingToWrite();
    painter_->end();
    writer_.reset(); // flushes the PDF's trailer into the file
    if (!file_->commit())
        return PdfTexts::cannotWrite(path_, file_->errorString());
    return {};
}

QString writePdf(CompactDocument& document, const QString& path) {
    return writePdf(std::vector<CompactDocument*>{&document}, path);
}

QString writePdf(const std::vector<CompactDocument*>& documents, const QString& path) {
    if (documents.empty())
        return PdfTexts::nothingToWrite();
    const bool archive = std::all_of(documents.begin(), documents.end(),
                                     [](const CompactDocument* d) { return d->isSigned(); });
    PdfFile file(path, archive, documents.front()->title());
    QString error = file.open();
    for (std::size_t i = 0; error.isEmpty() && i < documents.size(); ++i)
        error = file.add(*documents[i]);
    return error.isEmpty() ? file.commit() : error;
}

} // namespace mc::print
