#include "ui/core_text.h"

#include "core/enums.h"
#include "ui/enum_labels.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace mc::ui {

namespace {

template <typename E> std::optional<QString> labelFor(const std::string& key) {
    const std::optional<E> value = fromKey<E>(key);
    if (!value)
        return std::nullopt;
    return EnumLabels::label(*value);
}

// A closed vocabulary's label in the user's language; core's English when the
// vocabulary or key is unknown here.
QString vocabularyLabel(const Text& text) {
    std::optional<QString> label;
    if (text.vocabulary == "role")
        label = labelFor<Role>(text.key);
    else if (text.vocabulary == "milestone status")
        label = labelFor<MilestoneStatus>(text.key);
    else if (text.vocabulary == "compact status")
        label = labelFor<CompactStatus>(text.key);
    if (!label)
        return QString::fromStdString(text.source);
    // Mid-sentence, as core wrote it ("the department chair").
    if (!label->isEmpty() && !text.source.empty() && text.source[0] >= 'a' && text.source[0] <= 'z')
        (*label)[0] = label->at(0).toLower();
    return *label;
}

QString problemLine(const Problem& problem) {
    const QString message = coreText(problem);
    return problem.field.empty() ? message
                                 : QCoreApplication::translate("CoreText", "%1: %2")
                                       .arg(QString::fromStdString(problem.field), message);
}

} // namespace

QString fillPlaces(const QString& pattern, const QStringList& values) {
    QString out;
    out.reserve(pattern.size());
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
            out += c;
            ++i;
            continue;
        }
        // Up to two digits, as QString::arg reads them.
        qsizetype number = pattern.at(i + 1).digitValue();
        qsizetype length = 2;
        if (i + 2 < pattern.size() && pattern.at(i + 2).isDigit()) {
            number = number * 10 + pattern.at(i + 2).digitValue();
            length = 3;
        }
        if (number >= 1 && number <= values.size())
            out += values.at(number - 1);
        else
            out += pattern.mid(i, length);
        i += length;
    }
    return out;
}

QString coreText(const Text& text) {
    if (!text.vocabulary.empty())
        return vocabularyLabel(text);
    if (!text.translatable)
        return QString::fromStdString(text.source);
    QStringList values;
    values.reserve(static_cast<qsizetype>(text.args.size()));
    for (const Text& arg : text.args)
        values << coreText(arg);
    return fillPlaces(QCoreApplication::translate("core", text.source.c_str()), values);
}

QString coreText(const Problem& problem) {
    return problem.text.empty() ? QString::fromStdString(problem.message) : coreText(problem.text);
}

QString coreText(const std::exception& error) {
    if (const auto* invalid = dynamic_cast<const ValidationError*>(&error)) {
        QStringList lines;
        for (Severity wanted : {Severity::Error, Severity::Warning})
            for (const Problem& problem : invalid->problems())
                if (problem.severity == wanted)
                    lines << (wanted == Severity::Warning
                                  ? QCoreApplication::translate("CoreText", "warning: %1")
                                        .arg(problemLine(problem))
                                  : problemLine(problem));
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
    }
    // Any other core error, and a ValidationError without problems (its own
    // text: "invalid data").
    if (const auto* failure = dynamic_cast<const Error*>(&error);
        failure && !failure->text().empty())
        return coreText(failure->text());
    return QString::fromUtf8(error.what());
}

} // namespace mc::ui
