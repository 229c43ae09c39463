#include "ui/batch_export_dialog.h"

#include "core/error.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace mc::ui {

namespace {

// The name of the one file when the user gave only a folder.
const QString kOneFileName = QStringLiteral("signed-compacts.pdf");

// A filter combo: "all" first (no data), then each value once, sorted.
QComboBox* filterCombo(QWidget* parent, const QString& objectName, const QString& all,
                       const QStringList& values) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(all);
    for (const QString& value : values)
        combo->addItem(value, value);
    return combo;
}

QStringList distinct(const std::vector<SignedCompactRow>& rows,
                     QString (*valueOf)(const SignedCompactRow&)) {
    std::set<QString> values;
    for (const SignedCompactRow& row : rows)
        values.insert(valueOf(row));
    values.erase(QString());
    return QStringList(values.begin(), values.end());
}

bool passes(const QComboBox* filter, const QString& value) {
    const QVariant wanted = filter->currentData();
    return !wanted.isValid() || wanted.toString() == value;
}

} // namespace

BatchExportDialog::BatchExportDialog(std::vector<SignedCompactRow> rows, const QString& startFolder,
                                     FolderChooser chooseFolder, PdfChooser choosePdf,
                                     QWidget* parent)
    : QDialog(parent), rows_(std::move(rows)), chooseFolder_(std::move(chooseFolder)),
      choosePdf_(std::move(choosePdf)) {
    setWindowTitle(tr("Export Signed Compacts"));

    program_ =
        filterCombo(this, QStringLiteral("batchProgram"), tr("All programs"),
                    distinct(rows_, [](const SignedCompactRow& row) { return row.program; }));
    program_->setAccessibleName(tr("Program"));
    cohort_ = filterCombo(this, QStringLiteral("batchCohort"), tr("All cohorts"),
                          distinct(rows_, [](const SignedCompactRow& row) { return row.cohort; }));
    cohort_->setAccessibleName(tr("Cohort"));
    year_ = filterCombo(this, QStringLiteral("batchYear"), tr("All years"),
                        distinct(rows_, [](const SignedCompactRow& row) {
                            return row.signedYear > 0 ? QString::number(row.signedYear) : QString();
                        }));
    year_->setAccessibleName(tr("Year signed"));
    auto* yearNote =
        makePlainLabel(tr("The year the latest signed version of the compact was signed "
                          "(not its start year: the cohort is that)."),
                       this);
    yearNote->setWordWrap(true);

    auto* filters = new QGroupBox(tr("Which signed compacts"), this);
    auto* form = new QFormLayout(filters);
    form->addRow(tr("&Program:"), program_);
    form->addRow(tr("&Cohort:"), cohort_);
    form->addRow(tr("&Year signed:"), year_);
    form->addRow(QString(), yearNote);

    count_ = makePlainLabel({}, this);
    count_->setObjectName(QStringLiteral("batchCount"));
    QFont bold = count_->font();
    bold.setBold(true);
    count_->setFont(bold);
    matches_ = new QListWidget(this);
    matches_->setObjectName(QStringLiteral("batchMatches"));
    matches_->setAccessibleName(tr("Signed compacts that match"));
    matches_->setSelectionMode(QAbstractItemView::NoSelection);
    matches_->setMinimumHeight(120);

    onePdf_ = new QRadioButton(tr("&One PDF with every compact"), this);
    onePdf_->setObjectName(QStringLiteral("batchOnePdf"));
    perCompact_ = new QRadioButton(tr("One PDF &file per compact"), this);
    perCompact_->setObjectName(QStringLiteral("batchPerCompact"));
    perCompact_->setChecked(true);
    path_ = new QLineEdit(QDir::toNativeSeparators(startFolder), this);
    path_->setObjectName(QStringLiteral("batchPath"));
    path_->setAccessibleName(tr("Save to"));
    choose_ = new QPushButton(tr("C&hoose…"), this);
    choose_->setObjectName(QStringLiteral("batchChoosePath"));
    choose_->setAccessibleName(tr("Choose where to save"));
    pathProblems_ = problemLabel(this, QStringLiteral("batchPathProblems"));

    auto* output = new QGroupBox(tr("Files"), this);
    auto* outputColumn = new QVBoxLayout(output);
    outputColumn->addWidget(perCompact_);
    outputColumn->addWidget(onePdf_);
    auto* pathRow = new QHBoxLayout;
    auto* pathLabel = new QLabel(tr("&Save to:"), output);
    pathLabel->setBuddy(path_);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(choose_);
    outputColumn->addLayout(pathRow);
    outputColumn->addWidget(pathProblems_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &BatchExportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &BatchExportDialog::reject);
    for (QComboBox* filter : {program_, cohort_, year_})
        connect(filter, &QComboBox::currentIndexChanged, this, [this] { refreshMatches(); });
    connect(perCompact_, &QRadioButton::toggled, this, [this] { modeChanged(); });
    connect(path_, &QLineEdit::textChanged, this, [this] { refreshPath(); });
    connect(choose_, &QPushButton::clicked, this, &BatchExportDialog::choosePath);

    auto* column = new QVBoxLayout(this);
    column->addWidget(filters);
    column->addWidget(count_);
    column->addWidget(matches_, 1);
    column->addWidget(output);
    column->addWidget(buttons_);
    resize(760, 560); // wide enough for a whole line of each match
    refreshMatches();
    refreshPath();
}

std::optional<BatchExportChoice> BatchExportDialog::ask(QWidget* parent,
                                                        std::vector<SignedCompactRow> rows,
                                                        const QString& startFolder,
                                                        FolderChooser chooseFolder,
                                                        PdfChooser choosePdf) {
    BatchExportDialog dialog(std::move(rows), startFolder, std::move(chooseFolder),
                             std::move(choosePdf), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

QPushButton* BatchExportDialog::exportButton() const {
    return buttons_->button(QDialogButtonBox::Ok);
}

QString BatchExportDialog::pathMessage() const {
    return pathProblems_->text();
}

std::vector<const SignedCompactRow*> BatchExportDialog::matching() const {
    std::vector<const SignedCompactRow*> found;
    for (const SignedCompactRow& row : rows_)
        if (passes(program_, row.program) && passes(cohort_, row.cohort) &&
            passes(year_, QString::number(row.signedYear)))
            found.push_back(&row);
    return found;
}

void BatchExportDialog::refreshMatches() {
    const auto found = matching();
    const auto count = static_cast<int>(found.size());
    if (count == 0)
        count_->setText(tr("No signed compact matches"));
    else if (count == 1)
        count_->setText(tr("1 signed compact matches"));
    else
        count_->setText(tr("%1 signed compacts match").arg(count));
    matches_->clear();
    for (const SignedCompactRow* row : found)
        matches_->addItem(tr("%1 — %2, cohort %3, version %4 signed in %5")
                              .arg(row->scholar, row->program, row->cohort)
                              .arg(row->version)
                              .arg(row->signedYear));
    exportButton()->setEnabled(count > 0);
}

void BatchExportDialog::modeChanged() {
    // Carry the place over: a folder becomes folder/signed-compacts.pdf and
    // a .pdf file becomes its folder.
    const QString typed = cleanPath();
    if (!typed.isEmpty()) {
        const QFileInfo info(typed);
        if (perCompact_->isChecked() &&
            info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            path_->setText(QDir::toNativeSeparators(info.absolutePath()));
        else if (!perCompact_->isChecked() && info.isDir())
            path_->setText(QDir::toNativeSeparators(QDir(typed).filePath(kOneFileName)));
    }
    refreshPath();
}

QString BatchExportDialog::cleanPath() const {
    return QDir::fromNativeSeparators(path_->text().trimmed());
}

bool BatchExportDialog::refreshPath() {
    const QString typed = cleanPath();
    const QFileInfo info(typed);
    std::vector<Problem> problems;
    auto error = [&problems](const QString& message) {
        problems.push_back({Severity::Error, "path", toStdString(message)});
    };
    if (typed.isEmpty())
        error(perCompact_->isChecked() ? tr("Save to is empty: choose a folder for the PDFs")
                                       : tr("Save to is empty: choose a .pdf file"));
    else if (perCompact_->isChecked() && info.exists() && !info.isDir())
        error(tr("Save to is a file, not a folder"));
    else if (perCompact_->isChecked() && !info.exists())
        problems.push_back({Severity::Warning, "path",
                            toStdString(tr("Save to does not exist yet: it will be created"))});
    else if (!perCompact_->isChecked() && info.isDir())
        error(tr("Save to is a folder: add a file name ending in .pdf"));
    else if (!perCompact_->isChecked() && !info.absoluteDir().exists())
        error(tr("Save to: the folder %1 does not exist")
                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    showProblems(pathProblems_, path_, problems, {"path"});
    return !hasErrors(problems);
}

BatchExportChoice BatchExportDialog::choice() const {
    BatchExportChoice chosen;
    for (const SignedCompactRow* row : matching())
        chosen.compactIds << row->compactId;
    chosen.onePerCompact = perCompact_->isChecked();
    chosen.outPath = cleanPath();
    if (!chosen.onePerCompact && !chosen.outPath.isEmpty() &&
        QFileInfo(chosen.outPath).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        chosen.outPath += QStringLiteral(".pdf");
    return chosen;
}

void BatchExportDialog::accept() {
    if (matching().empty())
        return;
    if (!refreshPath()) {
        path_->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void BatchExportDialog::choosePath() {
    const QString current = cleanPath();
    QString chosen;
    if (perCompact_->isChecked()) {
        if (chooseFolder_)
            chosen = chooseFolder_(this, tr("Folder for the PDFs"),
                                   current.isEmpty() ? QDir::homePath() : current);
    } else if (choosePdf_) {
        chosen =
            choosePdf_(this, current.isEmpty() ? QDir::home().filePath(kOneFileName) : current);
    }
    if (!chosen.isEmpty())
        path_->setText(QDir::toNativeSeparators(chosen));
}

} // namespace mc::ui
