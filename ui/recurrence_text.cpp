#include "ui/recurrence_text.h"

#include <QLocale>

namespace mc::ui {

QString RecurrenceText::weekdayName(int weekday) {
    if (weekday < 1 || weekday > 7)
        return QString();
    return QLocale().dayName(weekday);
}

QString RecurrenceText::weekOfMonthName(int weekOfMonth) {
    switch (weekOfMonth) {
    case 1:
        return tr("first");
    case 2:
        return tr("second");
    case 3:
        return tr("third");
    case 4:
        return tr("fourth");
    case -1:
        return tr("last");
    default:
        return QString::number(weekOfMonth);
    }
}

QString RecurrenceText::recurrence(const Recurrence& recurrence) {
    const QString day = weekdayName(recurrence.weekday);
    switch (recurrence.cadence) {
    case Cadence::Weekly:
        return tr("Weekly on %1").arg(day);
    case Cadence::EveryTwoWeeks:
        return tr("Every two weeks on %1").arg(day);
    case Cadence::Monthly:
        return tr("Monthly on the %1 %2").arg(weekOfMonthName(recurrence.weekOfMonth), day);
    case Cadence::Custom:
        return recurrence.intervalDays == 1 ? tr("Every day")
                                            : tr("Every %1 days").arg(recurrence.intervalDays);
    }
    return QString();
}

QString RecurrenceText::summary(const MeetingPlan& plan) {
    const QString when = recurrence(plan.recurrence);
    return plan.durationMinutes == 1 ? tr("%1, 1 minute").arg(when)
                                     : tr("%1, %2 minutes").arg(when).arg(plan.durationMinutes);
}

} // namespace mc::ui
