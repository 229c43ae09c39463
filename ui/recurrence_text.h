#pragma once
// A meeting plan in plain words for people: "Every two weeks on Thursday,
// 60 minutes", "Monthly on the last Friday, 90 minutes". Translated; the
// weekday names come from the user's locale.

#include "core/model.h"

#include <QCoreApplication>
#include <QString>

namespace mc::ui {

class RecurrenceText {
    Q_DECLARE_TR_FUNCTIONS(RecurrenceText)
public:
    // "Thursday" for 4 (ISO: Monday = 1 ... Sunday = 7); empty when out of range.
    static QString weekdayName(int weekday);
    // "first", "second", "third", "fourth" for 1 to 4, "last" for -1.
    static QString weekOfMonthName(int weekOfMonth);
    // "Every two weeks on Thursday"
    static QString recurrence(const Recurrence& recurrence);
    // "Every two weeks on Thursday, 60 minutes"
    static QString summary(const MeetingPlan& plan);
};

} // namespace mc::ui
