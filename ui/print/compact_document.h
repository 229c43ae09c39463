#pragma once
// A printable compact: its HTML laid out by QTextDocument on a paged paint
// device (QPdfWriter or QPrinter), with nothing split that belongs together,
// and each page painted with its header, footer and DRAFT mark.
//
//   print::CompactDocument doc(compact, options);  // throws mc::Error
//   QString error = print::writePdf(doc, path);    // pdf_export.h
//
// For QPrintPreviewDialog: in paintRequested(QPrinter* printer), call
// doc.layoutFor(*printer), then paintPage() for each page with
// printer->newPage() between.

#include "core/model.h"
#include "ui/print/print_options.h"

#include <QPageLayout>
#include <QString>
#include <QTextDocument>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace mc::print {

class CompactDocument {
public:
    explicit CompactDocument(const Compact& compact, DocumentOptions options = {});
    ~CompactDocument();
    CompactDocument(const CompactDocument&) = delete;
    CompactDocument& operator=(const CompactDocument&) = delete;

    const QString& html() const { return html_; }
    const QString& title() const { return title_; }
    const QString& shortFingerprint() const { return shortFingerprint_; }
    bool isDraft() const { return draft_; }
    bool isSigned() const { return signed_; }
    // Paper from the options (or the locale), portrait, with our margins.
    QPageLayout pageLayout() const;

    // Lays the document out for `device` (whose page layout must already be
    // set): text in its true size on the device, pages of the body height,
    // rows and clauses that would straddle a page moved to the next one.
    void layoutFor(QPagedPaintDevice& device);
    // After layoutFor: the laid-out document (its pageSize() is one page of
    // body) and the number of pages.
    QTextDocument& textDocument() { return *document_; }
    int pageCount() const;
    // How many things keep-together moved to a later page in the last layout.
    int movedToNextPage() const { return moved_; }

    // Paints page `page` (0-based) of the last layout on a painter that is
    // active on the same device.
    void paintPage(QPainter& painter, int page) const;

private:
    QString html_;
    QString css_;
    QString title_;
    QString version_;
    QString shortFingerprint_;
    DocumentOptions options_;
    bool draft_ = false;
    bool signed_ = false;
    std::unique_ptr<QTextDocument> document_;
    qreal headerHeight_ = 0;
    qreal footerHeight_ = 0;
    qreal pageWidth_ = 0;
    int moved_ = 0;
};

} // namespace mc::print
