#include "ui/print/compact_document.h"

#include "core/fingerprint.h"
#include "ui/print/compact_html.h"
#include "ui/print/page_plan.h"
#include "ui/print/print_font.h"
#include "ui/print/print_texts.h"
#include "ui/print/signature_drawing.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextLayout>

namespace mc::print {

namespace {

constexpr qreal kHeaderMm = 11;
constexpr qreal kFooterMm = 11;
const QColor kRuleColour(0x9f, 0xb0, 0xc3);
const QColor kQuietText(0x4a, 0x5a, 0x6a);
const QColor kBodyText(0x1e, 0x1e, 0x1e);
// Solid colours only: PDF/A-1b allows no transparency.
const QColor kDraftMark(0xf3, 0xdc, 0xdc);

} // namespace

CompactDocument::CompactDocument(const PrintableCompact& printable, DocumentOptions options)
    : options_(std::move(options)) {
    const PrintLayout layout = loadLayout(options_);
    html_ = compactHtml(printable, layout, options_);
    css_ = layout.css;
    title_ = QString::fromStdString(printable.compact.title);
    version_ = options_.versionLabel.isEmpty() && printable.versionNumber > 0
                   ? PrintTexts::versionTitle(printable.versionNumber, printable.isSigned)
                   : PrintTexts::versionLine(versionValue(printable, options_));
    // The stored fingerprint: the one the signers agreed to, even if the
    // text were to hash differently today.
    shortFingerprint_ =
        QString::fromStdString(printable.fingerprint.substr(0, kShortFingerprintLength));
    draft_ = !printable.isSigned;
    signed_ = printable.isSigned;
    for (std::size_t i = 0; i < printable.signatureLines.size(); ++i) {
        const auto& signature = printable.signatureLines[i].signature;
        if (signature && !signature->drawing.empty())
            drawings_.emplace_back(signatureImageName(i), signature->drawing);
    }
}

CompactDocument::CompactDocument(const Compact& compact, DocumentOptions options)
    : CompactDocument(printableAsIs(compact), std::move(options)) {
}

CompactDocument::CompactDocument(DocumentContent content, DocumentOptions options)
    : html_(std::move(content.html)), css_(std::move(content.css)),
      title_(std::move(content.title)), version_(std::move(content.headerLine)),
      shortFingerprint_(std::move(content.shortFingerprint)),
      drawings_(std::move(content.drawings)), options_(std::move(options)),
      draft_(!content.isSigned), signed_(content.isSigned) {
}

CompactDocument::~CompactDocument() = default;

QPageLayout CompactDocument::pageLayout() const {
    return QPageLayout(QPageSize(paperSize(options_.paper)), QPageLayout::Portrait,
                       QMarginsF(20, 14, 20, 12), QPageLayout::Millimeter);
}

bool CompactDocument::printFontCoversText() const {
    // A layout that names a font of its own (a program office's) needs the
    // system's fonts, whatever its text.
    static const QRegularExpression namesAFont(QStringLiteral("font-family|font\\s*:|face="),
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString& layout : {css_, html_})
        if (layout.contains(namesAFont))
            return false;
    // Entities in the layout (&#8594; for an arrow) are drawn as characters
    // the HTML does not spell out; a named one other than these few may be
    // anything.
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"));
    for (const QRegularExpressionMatch& match : entity.globalMatch(html_)) {
        const QString name = match.captured(1);
        if (!name.startsWith(QLatin1Char('#'))) {
            if (!QStringList{"lt", "gt", "amp", "quot", "apos", "nbsp"}.contains(name))
                return false;
            continue;
        }
        bool number = false;
        const bool hex =
            name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
        const char32_t point = hex ? name.mid(2).toUInt(&number, 16) : name.mid(1).toUInt(&number);
        if (!number || !printFontCovers(QString::fromUcs4(&point, 1)))
            return false;
    }
    // The header elides a long title with an ellipsis; page numbers are digits.
    for (const QString& text :
         {html_, title_, version_, QStringLiteral("\u2026"), PrintTexts::draftMark(),
          PrintTexts::fingerprintLine(shortFingerprint_), PrintTexts::pageOf(1234567890, 9)})
        if (!printFontCovers(text))
            return false;
    return true;
}

void CompactDocument::layoutFor(QPagedPaintDevice& device) {
    document_ = std::make_unique<QTextDocument>();
    QTextDocument& document = *document_;
    // Lay out in the device's own units, so text has its true size on paper
    // (QTextDocument assumes 96 dpi otherwise).
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    registerPrintFont();
    document.setDefaultFont(printFont(9));
    document.setDefaultStyleSheet(css_);
    // Drawn signatures as strokes, in place of the <img>s the HTML gives.
    SignatureDrawings::install(document, drawings_);
    const qreal mm = device.logicalDpiY() / 25.4;
    headerHeight_ = kHeaderMm * mm;
    footerHeight_ = kFooterMm * mm;
    pageWidth_ = device.width();
    bodyHeight_ = device.height() - headerHeight_ - footerHeight_;
    // One long page of the body's width: Qt lays it out once, without
    // pagination, and planPages cuts it into pages. The width is set before
    // the HTML, which Qt starts laying out as soon as it has it.
    document.setPageSize(QSizeF(pageWidth_, -1));
    document.setHtml(html_);
    // Keep each block's shaped glyphs after layout: QTextLayout drops them
    // by default, and painting the pages would shape every line again. Qt
    // has already laid out the first part while reading the HTML (a fifth of
    // the work), so this helps the rest; setting the width after the HTML
    // instead, to reach every block, lays out that first part twice and
    // printed 9% slower (measured).
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    plan_ = planPages(document, bodyHeight_);
}

int CompactDocument::pageCount() const {
    return document_ ? static_cast<int>(plan_.pages.size()) : 0;
}

void CompactDocument::paintPage(QPainter& painter, int page) const {
    if (!document_)
        return;
    const qreal mm = painter.device()->logicalDpiY() / 25.4;
    const qreal pageHeight = headerHeight_ + bodyHeight_ + footerHeight_;
    painter.save();

    if (draft_) { // under everything else
        painter.save();
        painter.translate(pageWidth_ / 2, pageHeight / 2);
        painter.rotate(-40);
        painter.setFont(printFont(110, true));
        painter.setPen(kDraftMark);
        painter.drawText(QRectF(-pageHeight, -pageWidth_ / 2, 2 * pageHeight, pageWidth_),
                         Qt::AlignCenter, PrintTexts::draftMark());
        painter.restore();
    }

    // Header: the compact and its version, above a rule.
    const QFont small = printFont(7.5);
    const QFontMetricsF metrics(small, painter.device());
    painter.setFont(small);
    painter.setPen(kQuietText);
    const QRectF headerText(0, 0, pageWidth_, headerHeight_ - 3 * mm);
    const QString& version = version_;
    const qreal titleWidth = pageWidth_ - metrics.horizontalAdvance(version) - 6 * mm;
    painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom, version);
    painter.drawText(QRectF(0, 0, titleWidth, headerText.height()), Qt::AlignLeft | Qt::AlignBottom,
                     metrics.elidedText(title_, Qt::ElideRight, titleWidth));
    painter.setPen(QPen(kRuleColour, 0.25 * mm));
    painter.drawLine(QPointF(0, headerHeight_ - 2 * mm),
                     QPointF(pageWidth_, headerHeight_ - 2 * mm));

    // Body: this page's slice of the laid-out document, under the header
    // rows of a table that continues from the page before.
    const PageSlice& slice = plan_.pages[static_cast<std::size_t>(page)];
    if (slice.repeatsHeader())
        paintSlice(painter, slice.headerTop, slice.headerBottom, headerHeight_);
    paintSlice(painter, slice.top, slice.bottom, headerHeight_ + slice.headerHeight());

    // Footer: the short fingerprint and the page number, below a rule.
    const qreal footerTop = headerHeight_ + bodyHeight_;
    painter.setPen(QPen(kRuleColour, 0.25 * mm));
    painter.drawLine(QPointF(0, footerTop + 2 * mm), QPointF(pageWidth_, footerTop + 2 * mm));
    painter.setPen(kQuietText);
    painter.setFont(small);
    const QRectF footerText(0, footerTop + 3 * mm, pageWidth_, footerHeight_ - 3 * mm);
    painter.drawText(footerText, Qt::AlignLeft | Qt::AlignTop,
                     PrintTexts::fingerprintLine(shortFingerprint_));
    painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop,
                     PrintTexts::pageOf(page + 1, pageCount()));
    painter.restore();
}

void CompactDocument::paintSlice(QPainter& painter, qreal top, qreal bottom, qreal at) const {
    painter.save();
    painter.translate(0, at - top);
    painter.setClipRect(QRectF(0, top, pageWidth_, bottom - top));
    // Qt draws every line that touches the clip; the slice's edges lie
    // between lines, so half a unit in keeps the neighbours' lines out of
    // the PDF (clipped text would still be in it, for pdftotext to read).
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, top + 0.5, pageWidth_, std::max<qreal>(bottom - top - 1, 0));
    context.palette.setColor(QPalette::Text, kBodyText); // compact.css says why here
    document_->documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace mc::print
