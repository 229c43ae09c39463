#pragma once
// Preferences: the language (used from the next start) and the folder of the
// program's own compact templates (read after the built-in ones by New
// compact, written by Save as template). The folder
// is typed or chosen with "Choose…", which asks through a function passed in
// (the desktop services' folder dialog; tests answer at once).
//
// Tests set the fields and call accept(), which writes the settings.

#include <QDialog>
#include <QString>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mc::ui {

class Settings;

// Asks for a folder, starting at `start`; empty when cancelled.
using FolderChooser =
    std::function<QString(QWidget* parent, const QString& title, const QString& start)>;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `settings` must outlive the dialog.
    PreferencesDialog(Settings& settings, FolderChooser chooseFolder, QWidget* parent = nullptr);

    // Writes the settings and closes; refuses a folder that is a file.
    void accept() override;
    // Asks for the folder (the "Choose…" button).
    void chooseTemplatesFolder();

    QLineEdit* templatesFolderEdit() const { return folder_; }
    QPushButton* chooseButton() const { return choose_; }
    QComboBox* languageCombo() const { return language_; }
    QString folderMessage() const;

private:
    // Shows what is wrong with the folder as typed; true when it will do.
    bool refresh();

    Settings& settings_;
    FolderChooser chooseFolder_;
    QLineEdit* folder_ = nullptr;
    QPushButton* choose_ = nullptr;
    QLabel* folderProblems_ = nullptr;
    QComboBox* language_ = nullptr;
};

} // namespace mc::ui
