// The Worksheet page's modal parts and files: the real dialogs, the own
// topic dialog, and exporting and importing worksheet files.

#include "ui/core_text.h"
#include "ui/qt_helpers.h"
#include "ui/worksheet_page.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace mc::ui {

PageDialogs interactivePageDialogs() {
    PageDialogs dialogs;
    dialogs.chooseSavePath = [](QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    };
    dialogs.chooseOpenPath = [](QWidget* parent, const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    };
    dialogs.confirm = [](QWidget* parent, const QString& question, const QString& yes) {
        QMessageBox box(QMessageBox::Question, WorksheetPage::tr("Please confirm"), question,
                        QMessageBox::Cancel, parent);
        box.setTextFormat(Qt::PlainText);
        QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yesButton;
    };
    dialogs.inform = [](QWidget* parent, const QString& message) {
        QMessageBox box(QMessageBox::Information, WorksheetPage::tr("Mentoring Compact"), message,
                        QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    return dialogs;
}

std::optional<std::pair<Domain, QString>> WorksheetPage::askOwnTopicModally(QWidget* parent) {
    QDialog dialog(parent);
    dialog.setWindowTitle(WorksheetPage::tr("Add my own topic"));
    auto* domain = new QComboBox(&dialog);
    domain->setAccessibleName(WorksheetPage::tr("Domain of the new topic"));
    fillEnumCombo<Domain>(domain);
    auto* title = new QLineEdit(&dialog);
    title->setAccessibleName(WorksheetPage::tr("Title of the new topic"));
    title->setPlaceholderText(WorksheetPage::tr("For example: Parental leave"));
    auto* form = new QFormLayout;
    auto* domainLabel = new QLabel(WorksheetPage::tr("&Domain:"), &dialog);
    domainLabel->setBuddy(domain);
    auto* titleLabel = new QLabel(WorksheetPage::tr("&Title:"), &dialog);
    titleLabel->setBuddy(title);
    form->addRow(domainLabel, domain);
    form->addRow(titleLabel, title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    QObject::connect(title, &QLineEdit::textChanged, ok,
                     [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::make_pair(comboValue<Domain>(domain), title->text().trimmed());
}

void WorksheetPage::exportWorksheet() {
    if (!session() || !own_ || !own_->isSubmitted() || !dialogs_.chooseSavePath)
        return;
    const QString suggested =
        tr("%1 worksheet.json").arg(personName(viewerId()).remove(QLatin1Char('/')));
    const QString path = dialogs_.chooseSavePath(this, tr("Export worksheet"), suggested,
                                                 tr("Worksheet files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        const std::string text =
            exportWorksheetJson(session()->workspace(), compact_.id, viewerId());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(text.data(), static_cast<qint64>(text.size())) !=
                static_cast<qint64>(text.size()) ||
            !file.commit()) {
            accepted(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
    } catch (const std::exception& error) {
        accepted(coreText(error));
        return;
    }
    if (dialogs_.inform)
        dialogs_.inform(this, tr("The worksheet was exported to %1. Send this file to the others "
                                 "so they can import it.")
                                  .arg(QDir::toNativeSeparators(path)));
}

void WorksheetPage::importWorksheet() {
    if (!session() || !dialogs_.chooseOpenPath)
        return;
    const QString path = dialogs_.chooseOpenPath(this, tr("Import worksheet"),
                                                 tr("Worksheet files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        accepted(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray text = file.readAll();
    Worksheet imported;
    if (!accepted(session()->importWorksheet(compact_.id, text.toStdString(),
                                             toStdString(QFileInfo(path).fileName()), &imported)))
        return;
    showViewer();
    if (dialogs_.inform)
        dialogs_.inform(
            this,
            tr("The submitted worksheet of %1 was imported.").arg(personName(imported.personId)));
}

} // namespace mc::ui
