// Date fields in the user's locale (date_fields.h).

#include "ui/date_fields.h"

#include <QDateEdit>
#include <QDateTime>
#include <QLocale>

namespace mc::ui {

QString withFourDigitYear(const QString& format) {
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            out += c;
            ++i;
            continue;
        }
        if (quoted || c != QLatin1Char('y')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < format.size() && format.at(i + run) == QLatin1Char('y'))
            ++run;
        out += QStringLiteral("yyyy");
        i += run;
    }
    return out;
}

QString fourDigitYearDateFormat(const QLocale& locale) {
    return withFourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

void showDateInLocale(QDateEdit* edit) {
    edit->setDisplayFormat(fourDigitYearDateFormat(edit->locale()));
}

QString dateFieldText(const QDate& date, const QLocale& locale) {
    return locale.toString(date, fourDigitYearDateFormat(locale));
}

QDate readDateField(const QString& text, const QLocale& locale) {
    const QString trimmed = text.trimmed();
    const QDate shown = locale.toDate(trimmed, fourDigitYearDateFormat(locale));
    return shown.isValid() ? shown : QDate::fromString(trimmed, Qt::ISODate);
}

QString formatTimestamp(const std::string& stamp) {
    const QString text = QString::fromStdString(stamp);
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return text;
    const QLocale locale;
    return locale.toString(when.toLocalTime(), fourDigitYearDateFormat(locale) + QLatin1Char(' ') +
                                                   locale.timeFormat(QLocale::ShortFormat));
}

} // namespace mc::ui
