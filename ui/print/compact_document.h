#pragma once
// A printable compact: its HTML laid out by QTextDocument on a paged paint
// device (QPdfWriter or QPrinter), with nothing split that belongs together,
// and each page painted with its header, footer and DRAFT mark.
//
//   print::CompactDocument doc(printableCompact(workspace, id), options);
//   QString error = print::writePdf(doc, path);    // pdf_export.h
//
// Constructing throws mc::Error (a broken layout). One document belongs to
// one thread: batch export makes one per compact on its worker thread.
//
// For QPrintPreviewDialog: in paintRequested(QPrinter* printer), call
// doc.layoutFor(*printer), then paintPage() for each page with
// printer->newPage() between.

#include "core/model.h"
#include "core/signing.h"
#include "ui/print/page_plan.h"
#include "ui/print/print_options.h"
#include "ui/print/printable.h"

#include <QPageLayout>
#include <QString>
#include <QTextDocument>
#include <memory>
#include <utility>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace mc::print {

// What any printed document brings (a compact, a yearly review: see
// review_html.h): its HTML and style sheet, the header's title and right-hand
// line, the footer's short fingerprint, and the drawn signatures its HTML
// names (image name, strokes). Not signed: printed with the DRAFT mark.
struct DocumentContent {
    QString html;
    QString css;
    QString title;
    QString headerLine;
    QString shortFingerprint;
    bool isSigned = false;
    std::vector<std::pair<QString, Drawing>> drawings;
};

class CompactDocument {
public:
    // A version of a compact: "Version N" or "Version N, draft" in the title
    // block and the header, the version's (stored) fingerprint in the footer,
    // its signatures in the signature block.
    explicit CompactDocument(const PrintableCompact& printable, DocumentOptions options = {});
    // A compact as it is (printableAsIs): "Version: draft" unless
    // options.versionLabel says otherwise.
    explicit CompactDocument(const Compact& compact, DocumentOptions options = {});
    // Any other document laid out and painted the same way (a review).
    explicit CompactDocument(DocumentContent content, DocumentOptions options = {});
    ~CompactDocument();
    CompactDocument(const CompactDocument&) = delete;
    CompactDocument& operator=(const CompactDocument&) = delete;

    const QString& html() const { return html_; }
    const QString& title() const { return title_; }
    // "Version 2", "Version 3, draft" or "Version: draft": the page header's.
    const QString& versionLine() const { return version_; }
    const QString& shortFingerprint() const { return shortFingerprint_; }
    bool isDraft() const { return draft_; }
    bool isSigned() const { return signed_; }
    // Paper from the options (or the locale), portrait, with our margins.
    QPageLayout pageLayout() const;
    // True when the print font draws everything these pages show (the
    // body, the header, the footer and the DRAFT mark) and the layout asks
    // for no other font (print_font.h).
    bool printFontCoversText() const;

    // Lays the document out for `device` (whose page layout must already be
    // set): text in its true size on the device, as one long page of the
    // body's width, then cut into pages of the body's height with nothing
    // split that belongs together (page_plan.h).
    void layoutFor(QPagedPaintDevice& device);
    // After layoutFor: the laid-out document, where each page comes from
    // (pages()) and the number of pages.
    QTextDocument& textDocument() { return *document_; }
    const std::vector<PageSlice>& pages() const { return plan_.pages; }
    int pageCount() const;
    // The height of one page's body, between header and footer.
    qreal bodyHeight() const { return bodyHeight_; }
    // How many pages end early so that a row, clause or block stays whole.
    int movedToNextPage() const { return plan_.keptTogether; }

    // Paints page `page` (0-based) of the last layout on a painter that is
    // active on the same device.
    void paintPage(QPainter& painter, int page) const;

private:
    // Paints the document's range [top, bottom) with its top at `at`.
    void paintSlice(QPainter& painter, qreal top, qreal bottom, qreal at) const;

    QString html_;
    QString css_;
    QString title_;
    QString version_;
    QString shortFingerprint_;
    std::vector<std::pair<QString, Drawing>> drawings_; // image name, strokes
    DocumentOptions options_;
    bool draft_ = false;
    bool signed_ = false;
    std::unique_ptr<QTextDocument> document_;
    qreal headerHeight_ = 0;
    qreal footerHeight_ = 0;
    qreal pageWidth_ = 0;
    qreal bodyHeight_ = 0;
    PagePlan plan_;
};

} // namespace mc::print
