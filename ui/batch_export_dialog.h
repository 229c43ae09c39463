#pragma once
// File > Export Signed Compacts: which signed compacts (filters by program,
// cohort and the year their latest signed version was signed, with a live
// count and the list of matches), one PDF or one file per compact, and
// where. Only the choice is made here; the main window writes the files
// (print::exportBatch) with a progress dialog.
//
// The folder and file choosers are functions passed in (the desktop
// services' dialogs). Tests set the fields and call accept(); the
// application calls ask(), which runs the dialog modally.

#include <QDialog>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace mc::ui {

// One compact that has a signed version, as the filters see it.
struct SignedCompactRow {
    QString compactId;
    QString scholar;
    QString program;
    QString cohort;
    int version = 1;    // its latest signed version
    int signedYear = 0; // the year that version was signed
};

struct BatchExportChoice {
    QStringList compactIds; // the matching compacts, in the order of the rows
    bool onePerCompact = true;
    // A folder (onePerCompact) or a file ending in .pdf.
    QString outPath;
};

class BatchExportDialog : public QDialog {
    Q_OBJECT
public:
    // Ask for a folder or a .pdf file, starting at `start`; empty when
    // cancelled.
    using FolderChooser =
        std::function<QString(QWidget* parent, const QString& title, const QString& start)>;
    using PdfChooser = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    // `startFolder`: where the files go unless the user says otherwise.
    BatchExportDialog(std::vector<SignedCompactRow> rows, const QString& startFolder,
                      FolderChooser chooseFolder, PdfChooser choosePdf, QWidget* parent = nullptr);

    // Runs the dialog; the choice, or nothing when cancelled.
    static std::optional<BatchExportChoice> ask(QWidget* parent, std::vector<SignedCompactRow> rows,
                                                const QString& startFolder,
                                                FolderChooser chooseFolder, PdfChooser choosePdf);

    BatchExportChoice choice() const;
    // Refuses (showing why beside the field) while nothing matches or the
    // path is wrong.
    void accept() override;
    // The "Choose…" button: a folder or a .pdf file, as the mode asks.
    void choosePath();

    // The parts, for tests. Each filter's first item ("All programs") means no filter.
    QComboBox* programCombo() const { return program_; }
    QComboBox* cohortCombo() const { return cohort_; }
    QComboBox* yearCombo() const { return year_; }
    QLabel* countLabel() const { return count_; }
    QListWidget* matchList() const { return matches_; }
    QRadioButton* onePdfButton() const { return onePdf_; }
    QRadioButton* perCompactButton() const { return perCompact_; }
    QLineEdit* pathEdit() const { return path_; }
    QPushButton* chooseButton() const { return choose_; }
    QPushButton* exportButton() const;
    QString pathMessage() const;

private:
    std::vector<const SignedCompactRow*> matching() const;
    void refreshMatches();
    void modeChanged();
    // Shows the path's problems beside it; true when there is none.
    bool refreshPath();
    QString cleanPath() const;

    std::vector<SignedCompactRow> rows_;
    FolderChooser chooseFolder_;
    PdfChooser choosePdf_;
    QComboBox* program_ = nullptr;
    QComboBox* cohort_ = nullptr;
    QComboBox* year_ = nullptr;
    QLabel* count_ = nullptr;
    QListWidget* matches_ = nullptr;
    QRadioButton* onePdf_ = nullptr;
    QRadioButton* perCompact_ = nullptr;
    QLineEdit* path_ = nullptr;
    QPushButton* choose_ = nullptr;
    QLabel* pathProblems_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
