#pragma once
// Save as template: asks for the new template's id (a slug, checked by core's
// checkTemplateId beside the field), its name and a description. Only the
// words are asked here; the main window turns the compact into a template
// and writes it into the program's own templates folder.
//
// Tests fill the fields through the accessors and call accept(); the
// application calls ask(), which runs the dialog modally.

#include <QDialog>
#include <QString>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mc::ui {

struct TemplateDetails {
    QString id;
    QString name;
    QString description;
};

class SaveTemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit SaveTemplateDialog(const TemplateDetails& suggestion, QWidget* parent = nullptr);

    // Runs the dialog; the details, or nothing when cancelled.
    static std::optional<TemplateDetails> ask(QWidget* parent, const TemplateDetails& suggestion);
    // An id made from `text`: lower-case letters and digits, words joined
    // by dashes, "KL2 Scholars: 2026" -> "kl2-scholars-2026".
    static QString suggestedId(const QString& text);

    TemplateDetails details() const;
    // Refuses (showing why beside the field) while the id or name is wrong.
    void accept() override;

    QLineEdit* idEdit() const { return id_; }
    QLineEdit* nameEdit() const { return name_; }
    QPlainTextEdit* descriptionEdit() const { return description_; }
    QString idMessage() const;
    QString nameMessage() const;

private:
    // Shows the problems of the fields as they stand; true when none.
    bool refresh();

    QLineEdit* id_ = nullptr;
    QLineEdit* name_ = nullptr;
    QPlainTextEdit* description_ = nullptr;
    QLabel* idProblems_ = nullptr;
    QLabel* nameProblems_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
