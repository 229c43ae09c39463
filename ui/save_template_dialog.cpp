#include "ui/save_template_dialog.h"

#include "core/templates.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <vector>

namespace mc::ui {

SaveTemplateDialog::SaveTemplateDialog(const TemplateDetails& suggestion, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Save as template"));

    id_ = new QLineEdit(suggestion.id, this);
    id_->setObjectName(QStringLiteral("templateId"));
    id_->setAccessibleName(tr("Template id"));
    id_->setPlaceholderText(tr("for example: kl2-our-program"));
    name_ = new QLineEdit(suggestion.name, this);
    name_->setObjectName(QStringLiteral("templateName"));
    name_->setAccessibleName(tr("Template name"));
    description_ = new QPlainTextEdit(suggestion.description, this);
    description_->setObjectName(QStringLiteral("templateDescription"));
    description_->setAccessibleName(tr("Template description"));
    description_->setTabChangesFocus(true);
    description_->setFixedHeight(description_->fontMetrics().lineSpacing() * 4 + 12);
    idProblems_ = problemLabel(this, QStringLiteral("templateIdProblems"));
    nameProblems_ = problemLabel(this, QStringLiteral("templateNameProblems"));

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    const auto addRow = [this, grid](const QString& text, QWidget* field, QLabel* problems) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(field, row, 1);
        if (problems)
            grid->addWidget(problems, row, 2, Qt::AlignTop);
    };
    addRow(tr("&Id:"), id_, idProblems_);
    addRow(tr("&Name:"), name_, nameProblems_);
    addRow(tr("&Description:"), description_, nullptr);

    auto* intro = makePlainLabel(
        tr("The compact's clauses, goals, milestones, meeting plan and the team's "
           "responsibilities become a template for the next pairs of your program. The "
           "names of the people are left out."),
        this);
    intro->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Save template"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &SaveTemplateDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &SaveTemplateDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addWidget(intro);
    column->addLayout(grid);
    column->addStretch(1);
    column->addWidget(buttons_);
    setTabOrder(id_, name_);
    setTabOrder(name_, description_);
    setTabOrder(description_, buttons_);

    connect(id_, &QLineEdit::textChanged, this, [this] { refresh(); });
    connect(name_, &QLineEdit::textChanged, this, [this] { refresh(); });
    resize(680, sizeHint().height());
    refresh();
}

std::optional<TemplateDetails> SaveTemplateDialog::ask(QWidget* parent,
                                                       const TemplateDetails& suggestion) {
    SaveTemplateDialog dialog(suggestion, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.details();
}

QString SaveTemplateDialog::suggestedId(const QString& text) {
    QString id;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !id.isEmpty())
                id += QLatin1Char('-');
            id += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true; // accents fall away, everything else separates words
        }
    }
    return id.left(64);
}

TemplateDetails SaveTemplateDialog::details() const {
    return {id_->text().trimmed(), name_->text().simplified(),
            description_->toPlainText().trimmed()};
}

QString SaveTemplateDialog::idMessage() const {
    return idProblems_->text();
}

QString SaveTemplateDialog::nameMessage() const {
    return nameProblems_->text();
}

bool SaveTemplateDialog::refresh() {
    const TemplateDetails now = details();
    std::vector<Problem> problems;
    if (Text why = templateIdProblem(toStdString(now.id)); !why.empty())
        problems.push_back(Problem(Severity::Error, "id", std::move(why)));
    if (now.name.isEmpty())
        problems.push_back({Severity::Error, "name",
                            toStdString(tr("the template needs a name, as people will see it "
                                           "in the New compact dialog"))});
    showProblems(idProblems_, id_, problems, {"id"});
    showProblems(nameProblems_, name_, problems, {"name"});
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problems.empty());
    return problems.empty();
}

void SaveTemplateDialog::accept() {
    if (!refresh()) {
        (idMessage().isEmpty() ? name_ : id_)->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace mc::ui
