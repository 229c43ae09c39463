#pragma once
// The Reviews page (Ctrl+9; issue 6): the compact's award years with each
// review's due date and state (overdue in red, and in words), "Start
// review" for a year, and the selected review: its milestones with their
// outcomes (failures shown as plainly as successes), the goals, the
// expectations revisited, a summary, the reflections (each written alone
// in the reflection dialog, shown here only once everyone has submitted),
// the signatures (the sign dialog), and the milestones' history across the
// years. A signed review is locked and shows read-only.
//
// Not on the undo stack (see workspace_session.h): saving a draft again is
// the way back, and reflections and signatures are final.

#include "core/review.h"
#include "ui/compact_page.h"

#include <QStringList>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace mc::ui {

class ReflectionDialog;
class SignDialog;

class ReviewsPage : public CompactPage {
    Q_OBJECT
public:
    explicit ReviewsPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    // Run the dialogs (exec() by default); tests replace them to fill the
    // fields and press the buttons.
    void setReflectionRunner(std::function<void(ReflectionDialog&)> run) {
        runReflection_ = std::move(run);
    }
    void setSignRunner(std::function<bool(SignDialog&)> run) { runSign_ = std::move(run); }
    // Asks where to write the review's PDF (a save dialog by default; an
    // empty answer cancels); tests give a path.
    void setPdfPathChooser(std::function<QString(const QString& suggested)> choose) {
        choosePdfPath_ = std::move(choose);
    }

    QTableWidget* yearsTable() const { return years_; }
    QLabel* standingLabel() const { return standing_; }
    QDateEdit* heldOnEdit() const { return heldOn_; }
    QPushButton* startButton() const { return start_; }
    QLabel* headingLabel() const { return heading_; }
    // Whether a review is shown (the selected year has one).
    bool editorVisible() const;
    // Columns: title, due, outcome (combo), date (yyyy-mm-dd), note.
    QTableWidget* milestonesTable() const { return milestones_; }
    // Columns: goal, status (combo), progress.
    QTableWidget* goalsTable() const { return goals_; }
    // Columns: expectation, verdict (combo), new text, note.
    QTableWidget* expectationsTable() const { return expectations_; }
    QPlainTextEdit* summaryEdit() const { return summary_; }
    QPushButton* saveButton() const { return save_; }
    QLabel* problemsLabel() const { return problems_; }
    QLabel* reflectionStatusLabel() const { return reflectionStatus_; }
    QComboBox* reflectorCombo() const { return reflector_; }
    QPushButton* reflectButton() const { return reflect_; }
    QPlainTextEdit* revealedView() const { return revealed_; }
    QLabel* signersLabel() const { return signers_; }
    QComboBox* signerCombo() const { return signAs_; }
    QPushButton* signButton() const { return sign_; }
    QLabel* outcomeLabel() const { return outcome_; }
    QListWidget* historyList() const { return history_; }
    QPushButton* exportButton() const { return export_; }

    // The award year shown below the table (selects its row).
    void selectYear(int awardYear);
    int selectedYear() const { return selectedYear_; }
    void startReview();
    // Saves the shown draft; returns true when it was stored.
    bool save();
    void writeReflection(const std::string& personId);
    void signAs(const std::string& personId);
    // reviews_page_export.cpp: the shown review as a PDF to file (DRAFT
    // until signed, PDF/A once signed); says where it went or what failed.
    void exportPdf();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Review* selectedReview() const;
    void showYears();
    void showSelected(bool rebuild);
    void showReflections(const Review& review);
    void showSigners(const Review& review);
    void showHistory();
    void setEditable(bool editable);
    // reviews_page_tables.cpp: the tables of a review, and back.
    void fillTables(const Review& review);
    Review fromTables(QStringList& unreadable) const;
    void markProblems(const std::vector<Problem>& problems);

    std::function<void(ReflectionDialog&)> runReflection_;
    std::function<bool(SignDialog&)> runSign_;
    std::function<QString(const QString&)> choosePdfPath_;
    Compact compact_;
    Date today_;
    std::vector<Review> reviews_;
    int selectedYear_ = 0;
    std::string shownId_;      // the review in the tables
    std::string shownUpdated_; // its stamp then: a refresh keeps what is typed
    QTableWidget* years_ = nullptr;
    QLabel* standing_ = nullptr;
    QDateEdit* heldOn_ = nullptr;
    QWidget* startBox_ = nullptr; // held on, and Start review
    QPushButton* start_ = nullptr;
    QWidget* editor_ = nullptr;
    QLabel* heading_ = nullptr;
    QTableWidget* milestones_ = nullptr;
    QTableWidget* goals_ = nullptr;
    QTableWidget* expectations_ = nullptr;
    QPlainTextEdit* summary_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* problems_ = nullptr;
    QLabel* reflectionStatus_ = nullptr;
    QComboBox* reflector_ = nullptr;
    QPushButton* reflect_ = nullptr;
    QLabel* revealedLabel_ = nullptr;
    QPlainTextEdit* revealed_ = nullptr;
    QLabel* signers_ = nullptr;
    QComboBox* signAs_ = nullptr;
    QPushButton* sign_ = nullptr;
    QPushButton* export_ = nullptr;
    QLabel* outcome_ = nullptr;
    QListWidget* history_ = nullptr;
};

} // namespace mc::ui
