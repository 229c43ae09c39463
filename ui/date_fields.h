#pragma once
// Date fields in the user's locale (issue 9): the order and separators of
// the locale's short date format (12/31/2027 in the United States,
// 31/12/2027 in Spain), always with a four-digit year, since the short
// format's two-digit year hides the century of a date years away.

#include <QString>
#include <string>

class QDate;
class QDateEdit;
class QLocale;

namespace mc::ui {

// A QDate format with every year field widened to four digits ("M/d/yy"
// gives "M/d/yyyy"); quoted literal text ('yy') is left alone.
QString withFourDigitYear(const QString& format);
// `locale`'s short date format with a four-digit year.
QString fourDigitYearDateFormat(const QLocale& locale);

// Shows `edit`'s date in its locale (the default locale of the language
// chosen at start-up, ui/language.h, unless the widget was given another).
void showDateInLocale(QDateEdit* edit);

// A date as `locale` shows it in a date field (fourDigitYearDateFormat).
QString dateFieldText(const QDate& date, const QLocale& locale);
// A date typed as a date field shows it, or as ISO 8601 ("2027-12-31");
// an invalid QDate when it is neither. A two-digit year is not read: it
// would guess the century.
QDate readDateField(const QString& text, const QLocale& locale);

// A stored UTC timestamp ("2026-12-05T21:50:00.123Z") as the local date and
// time in the default locale, four-digit year; the stamp as it is when it
// does not read as one.
QString formatTimestamp(const std::string& stamp);

} // namespace mc::ui
