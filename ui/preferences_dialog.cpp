#include "ui/preferences_dialog.h"

#include "core/error.h"
#include "ui/field_problems.h"
#include "ui/language.h"
#include "ui/qt_helpers.h"
#include "ui/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <vector>

namespace mc::ui {

PreferencesDialog::PreferencesDialog(Settings& settings, FolderChooser chooseFolder,
                                     QWidget* parent)
    : QDialog(parent), settings_(settings), chooseFolder_(std::move(chooseFolder)) {
    setWindowTitle(tr("Preferences"));

    folder_ = new QLineEdit(QDir::toNativeSeparators(settings_.ownTemplatesFolder()), this);
    folder_->setObjectName(QStringLiteral("ownTemplatesFolder"));
    folder_->setAccessibleName(tr("Folder of your program's templates"));
    folder_->setPlaceholderText(tr("none: only the built-in templates"));
    folder_->setClearButtonEnabled(true);
    choose_ = new QPushButton(tr("C&hoose…"), this);
    choose_->setObjectName(QStringLiteral("chooseTemplatesFolder"));
    choose_->setAccessibleName(tr("Choose the folder of your program's templates"));
    choose_->setEnabled(static_cast<bool>(chooseFolder_));
    folderProblems_ = problemLabel(this, QStringLiteral("ownTemplatesFolderProblems"));

    auto* box = new QGroupBox(tr("Templates"), this);
    auto* grid = new QGridLayout(box);
    auto* explain = makePlainLabel(
        tr("New compact offers the built-in templates and those in this folder; Save as "
           "template writes into it. A folder shared with your colleagues gives the whole "
           "program the same starting points."),
        box);
    explain->setWordWrap(true);
    auto* label = new QLabel(tr("&Folder:"), box);
    label->setBuddy(folder_);
    grid->addWidget(explain, 0, 0, 1, 3);
    grid->addWidget(label, 1, 0);
    grid->addWidget(folder_, 1, 1);
    grid->addWidget(choose_, 1, 2);
    grid->addWidget(folderProblems_, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    // Each language under its own name, so anyone can find theirs.
    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageGrid = new QGridLayout(languageBox);
    language_ = new QComboBox(languageBox);
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("System default"), languageChoiceKey(LanguageChoice::System));
    language_->addItem(QStringLiteral("English"), languageChoiceKey(LanguageChoice::English));
    language_->addItem(QStringLiteral("Español"), languageChoiceKey(LanguageChoice::Spanish));
    selectData(language_, settings_.language());
    auto* languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(language_);
    auto* languageNote = makePlainLabel(
        tr("The language is used from the next time Mentoring Compact starts."), languageBox);
    languageNote->setWordWrap(true);
    languageGrid->addWidget(languageLabel, 0, 0);
    languageGrid->addWidget(language_, 0, 1);
    languageGrid->addWidget(languageNote, 1, 0, 1, 2);
    languageGrid->setColumnStretch(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(choose_, &QPushButton::clicked, this, &PreferencesDialog::chooseTemplatesFolder);
    connect(folder_, &QLineEdit::textChanged, this, [this] { refresh(); });

    auto* column = new QVBoxLayout(this);
    column->addWidget(languageBox);
    column->addWidget(box);
    column->addStretch(1);
    column->addWidget(buttons);
    setTabOrder(language_, folder_);
    setTabOrder(folder_, choose_);
    setTabOrder(choose_, buttons);
    resize(620, sizeHint().height());
    refresh();
}

QString PreferencesDialog::folderMessage() const {
    return folderProblems_->text();
}

void PreferencesDialog::chooseTemplatesFolder() {
    if (!chooseFolder_)
        return;
    const QString start =
        folder_->text().trimmed().isEmpty() ? QDir::homePath() : folder_->text().trimmed();
    const QString chosen = chooseFolder_(this, tr("Folder of your program's templates"),
                                         QDir::fromNativeSeparators(start));
    if (!chosen.isEmpty())
        folder_->setText(QDir::toNativeSeparators(chosen));
}

bool PreferencesDialog::refresh() {
    const QString typed = folder_->text().trimmed();
    std::vector<Problem> problems;
    const QFileInfo info(QDir::fromNativeSeparators(typed));
    if (!typed.isEmpty() && info.exists() && !info.isDir())
        problems.push_back(
            {Severity::Error, "folder", toStdString(tr("this is a file, not a folder"))});
    else if (!typed.isEmpty() && !info.exists())
        problems.push_back({Severity::Warning, "folder",
                            toStdString(tr("this folder does not exist yet: Save as template "
                                           "will create it"))});
    showProblems(folderProblems_, folder_, problems, {"folder"});
    return !hasErrors(problems);
}

void PreferencesDialog::accept() {
    if (!refresh()) {
        folder_->setFocus(Qt::OtherFocusReason);
        return;
    }
    settings_.setOwnTemplatesFolder(QDir::fromNativeSeparators(folder_->text().trimmed()));
    settings_.setLanguage(language_->currentData().toString());
    settings_.sync();
    QDialog::accept();
}

} // namespace mc::ui
