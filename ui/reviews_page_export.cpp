// The Reviews page's Export PDF: the shown review printed as the command
// line's `pdf --review` prints it (ui/print/review_document.h).

#include "ui/core_text.h"
#include "ui/print/review_document.h"
#include "ui/qt_helpers.h"
#include "ui/reviews_page.h"
#include "ui/workspace_session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>

namespace mc::ui {

void ReviewsPage::exportPdf() {
    const Review* review = selectedReview();
    if (review == nullptr || session() == nullptr)
        return;
    const QString suggested =
        QDir(QFileInfo(toQString(session()->workspace().path())).absolutePath())
            .filePath(tr("review-year-%1-%2.pdf")
                          .arg(review->awardYear)
                          .arg(toQString(compact_.id.substr(0, 8))));
    const QString path = choosePdfPath_
                             ? choosePdfPath_(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Export review as PDF"),
                                                            suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    try {
        const print::PrintableReview printable =
            print::printableReview(session()->workspace(), compact_.id, review->awardYear);
        error = print::writeReviewPdf(printable, {}, path);
    } catch (const std::exception& thrown) {
        error = coreText(thrown);
    }
    outcome_->setText(error.isEmpty() ? tr("Exported the review of year %1 to %2.")
                                            .arg(review->awardYear)
                                            .arg(QDir::toNativeSeparators(path))
                                      : tr("Could not export the review to %1: %2")
                                            .arg(QDir::toNativeSeparators(path), error));
}

} // namespace mc::ui
