// The main window's template commands: File > Save as template, and
// Edit > Preferences (where the folder of the program's own templates is
// chosen).

#include "core/templates.h"
#include "ui/compact_view.h"
#include "ui/core_text.h"
#include "ui/main_window.h"
#include "ui/preferences_dialog.h"
#include "ui/qt_helpers.h"
#include "ui/save_template_dialog.h"
#include "ui/settings.h"
#include "ui/workspace_session.h"

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <exception>

namespace mc::ui {

namespace {

QString problemsInWords(const std::vector<Problem>& problems) {
    QStringList lines;
    for (const Problem& problem : problems)
        lines << (problem.field.empty()
                      ? coreText(problem)
                      : QStringLiteral("%1: %2").arg(toQString(problem.field), coreText(problem)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void MainWindow::showPreferences() {
    auto* dialog = new PreferencesDialog(*settings_, services_.chooseFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    preferences_ = dialog;
    dialog->open(); // window-modal without blocking
}

void MainWindow::saveAsTemplate() {
    const QString compactId = compactView_->compactId();
    if (!session_ || compactId.isEmpty() || !services_.askTemplateDetails)
        return;
    Compact compact;
    try {
        compact = session_->workspace().loadCompact(toStdString(compactId));
    } catch (const std::exception& error) {
        reportError(coreText(error));
        return;
    }

    // The templates go into the program's own folder: ask for it once.
    QString folder = settings_->ownTemplatesFolder();
    if (folder.isEmpty()) {
        if (!services_.chooseFolder)
            return;
        folder = services_.chooseFolder(this, tr("Choose the folder for your program's templates"),
                                        QDir::homePath());
        if (folder.isEmpty())
            return;
        settings_->setOwnTemplatesFolder(folder);
        settings_->sync();
        folder = settings_->ownTemplatesFolder();
    }

    const TemplateLoad known = loadAllTemplates(toStdString(folder));
    const CompactTemplate* startedFrom =
        compact.templateId.empty() ? nullptr : known.find(compact.templateId);
    const QString suggestedName = compact.program.empty()
                                      ? tr("Our compact template")
                                      : tr("%1 compact").arg(toQString(compact.program));
    CompactTemplate made = templateFromCompact(compact, std::string(), std::string(), startedFrom);
    const std::optional<TemplateDetails> details =
        services_.askTemplateDetails(this, {SaveTemplateDialog::suggestedId(suggestedName),
                                            suggestedName, toQString(made.description)});
    if (!details)
        return;
    made.id = toStdString(details->id);
    made.name = toStdString(details->name);
    made.description = toStdString(details->description);

    // An id in use: the user decides whether theirs replaces it.
    bool replace = false;
    const QString path = QDir(folder).filePath(details->id + QStringLiteral(".json"));
    const CompactTemplate* taken = known.find(made.id);
    if (QFileInfo::exists(path) || taken) {
        const QString question =
            taken && taken->builtIn
                ? tr("The id \"%1\" belongs to the built-in template \"%2\". Save yours under "
                     "this id, so that New compact offers yours instead?")
                      .arg(details->id, toQString(taken->name))
                : tr("A template with the id \"%1\" already exists in %2. Replace it?")
                      .arg(details->id, QDir::toNativeSeparators(folder));
        if (services_.confirm && !services_.confirm(this, question))
            return;
        replace = true;
    }
    try {
        const std::string written = saveTemplate(toStdString(folder), made, replace);
        statusBar()->showMessage(
            tr("Saved the template \"%1\" as %2")
                .arg(details->name, QDir::toNativeSeparators(toQString(written))),
            5000);
    } catch (const ValidationError& error) {
        reportError(
            tr("Could not save the template.\n\n%1").arg(problemsInWords(error.problems())));
    } catch (const std::exception& error) {
        reportError(tr("Could not save the template.\n\n%1").arg(coreText(error)));
    }
}

} // namespace mc::ui
