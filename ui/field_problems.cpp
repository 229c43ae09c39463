#include "ui/field_problems.h"

#include "ui/core_text.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPalette>
#include <QStringList>
#include <algorithm>

namespace mc::ui {

QLabel* problemLabel(QWidget* parent, const QString& objectName) {
    QLabel* label = makePlainLabel(QString(), parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setMinimumWidth(220);
    return label;
}

void showProblems(QLabel* label, QWidget* field, const std::vector<Problem>& problems,
                  std::initializer_list<std::string_view> paths) {
    QStringList lines;
    bool anyError = false;
    for (const Problem& problem : problems) {
        if (std::find(paths.begin(), paths.end(), problem.field) == paths.end())
            continue;
        QString message = coreText(problem);
        if (!message.isEmpty())
            message[0] = message[0].toUpper();
        const bool isError = problem.severity == Severity::Error;
        anyError = anyError || isError;
        lines << QCoreApplication::translate("FieldProblems", isError ? "Error: %1" : "Warning: %1")
                     .arg(message);
    }
    label->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, anyError ? errorColor(palette) : warningColor(palette));
    label->setPalette(palette);
    if (field)
        describeProblems(field, label->text());
}

void describeProblems(QWidget* field, const QString& problems) {
    if (!qobject_cast<QComboBox*>(field)) {
        field->setAccessibleDescription(problems);
        return;
    }
    const QString name = field->accessibleName();
    field->setAccessibleDescription(problems.isEmpty() ? name
                                                       : name + QStringLiteral(": ") + problems);
}

} // namespace mc::ui
