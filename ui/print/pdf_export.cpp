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

QString writePdf(CompactDocument& document, const QString& path) {
    return writePdf(std::vector<CompactDocument*>{&document}, path);
}

QString writePdf(const std::vector<CompactDocument*>& documents, const QString& path) {
    if (documents.empty())
        return PdfTexts::nothingToWrite();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PdfTexts::cannotWrite(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("Mentoring Compact"));
        writer.setTitle(documents.front()->title());
        const bool archive = std::all_of(documents.begin(), documents.end(),
                                         [](const CompactDocument* d) { return d->isSigned(); });
        if (archive)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(documents.front()->pageLayout());
        QPainter painter;
        for (std::size_t i = 0; i < documents.size(); ++i) {
            CompactDocument& document = *documents[i];
            if (i > 0) {
                writer.setPageLayout(document.pageLayout());
                writer.newPage();
            }
            document.layoutFor(writer);
            if (i == 0 && !painter.begin(&writer))
                return PdfTexts::cannotPaint();
            for (int page = 0; page < document.pageCount(); ++page) {
                if (page > 0)
                    writer.newPage();
                document.paintPage(painter, page);
            }
        }
        painter.end();
    }
    if (!file.commit())
        return PdfTexts::cannotWrite(path, file.errorString());
    return {};
}

} // namespace mc::print
