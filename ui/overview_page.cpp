#include "ui/overview_page.h"

#include "ui/qt_helpers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStringList>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

QLabel* valueLabel(QWidget* parent) {
    QLabel* label = makePlainLabel(QString(), parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void scaleFont(QLabel* label, qreal factor, bool bold) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

QString expectationSummary(const Compact& compact) {
    int agreed = 0;
    for (const auto& expectation : compact.expectations)
        if (expectation.state == ExpectationState::Agreed)
            ++agreed;
    return OverviewPage::tr("%1 (%2 agreed)").arg(compact.expectations.size()).arg(agreed);
}

QString goalSummary(const Compact& compact) {
    int achieved = 0;
    for (const auto& goal : compact.goals)
        if (goal.status == GoalStatus::Achieved)
            ++achieved;
    return OverviewPage::tr("%1 (%2 achieved)").arg(compact.goals.size()).arg(achieved);
}

QString milestoneSummary(const Compact& compact, const Date& today) {
    int achieved = 0;
    int missed = 0;
    int overdue = 0;
    for (const auto& milestone : compact.milestones) {
        if (milestone.status == MilestoneStatus::Achieved)
            ++achieved;
        else if (milestone.status == MilestoneStatus::Missed)
            ++missed;
        else if ((milestone.status == MilestoneStatus::Planned ||
                  milestone.status == MilestoneStatus::Rescheduled) &&
                 milestone.due < today)
            ++overdue;
    }
    return OverviewPage::tr("%1 (%2 achieved, %3 missed, %4 overdue)")
        .arg(compact.milestones.size())
        .arg(achieved)
        .arg(missed)
        .arg(overdue);
}

// "1 Oct 2025 – 1 Oct 2028 (award year 2 of 3)"
QString periodText(const Compact& compact, const Date& today) {
    QString text =
        OverviewPage::tr("%1 – %2").arg(formatDate(compact.start), formatDate(compact.end));
    if (compact.start.is_special() || compact.end.is_special() || today < compact.start ||
        !(today < compact.end))
        return text;
    constexpr int kMaxYears = 50; // a guard against absurd periods
    int year = 1;
    while (year < kMaxYears && anniversary(compact.start, year) <= today)
        ++year;
    int years = year;
    while (years < kMaxYears && anniversary(compact.start, years) < compact.end)
        ++years;
    return text + QLatin1Char(' ') + OverviewPage::tr("(award year %1 of %2)").arg(year).arg(years);
}

QString ordinalWeek(int weekOfMonth) {
    switch (weekOfMonth) {
    case 1:
        return OverviewPage::tr("first");
    case 2:
        return OverviewPage::tr("second");
    case 3:
        return OverviewPage::tr("third");
    case 4:
        return OverviewPage::tr("fourth");
    default:
        return OverviewPage::tr("last");
    }
}

// "Every two weeks on Thursday, 60 minutes"
QString meetingText(const MeetingPlan& plan) {
    const Recurrence& recurrence = plan.recurrence;
    const QString day = recurrence.weekday >= 1 && recurrence.weekday <= 7
                            ? QLocale().dayName(recurrence.weekday)
                            : QString();
    QString when;
    switch (recurrence.cadence) {
    case Cadence::Weekly:
        when = OverviewPage::tr("Weekly on %1").arg(day);
        break;
    case Cadence::EveryTwoWeeks:
        when = OverviewPage::tr("Every two weeks on %1").arg(day);
        break;
    case Cadence::Monthly:
        when =
            OverviewPage::tr("Monthly on the %1 %2").arg(ordinalWeek(recurrence.weekOfMonth), day);
        break;
    case Cadence::Custom:
        when = recurrence.intervalDays == 1
                   ? OverviewPage::tr("Every day")
                   : OverviewPage::tr("Every %1 days").arg(recurrence.intervalDays);
        break;
    }
    return plan.durationMinutes == 1
               ? OverviewPage::tr("%1, 1 minute").arg(when)
               : OverviewPage::tr("%1, %2 minutes").arg(when).arg(plan.durationMinutes);
}

// "Co-mentor · Biostatistics, Riverside University · tomas@example.edu"
QString personDetails(const Person& person) {
    QStringList parts;
    parts << labelOf(person.role);
    QStringList place;
    if (!person.department.empty())
        place << toQString(person.department);
    if (!person.institution.empty())
        place << toQString(person.institution);
    if (!place.isEmpty())
        parts << place.join(QStringLiteral(", "));
    if (!person.email.empty())
        parts << toQString(person.email);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);

    title_ = valueLabel(content);
    title_->setObjectName(QStringLiteral("overviewTitle"));
    scaleFont(title_, 1.6, true);
    column->addWidget(title_);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    program_ = valueLabel(content);
    cohort_ = valueLabel(content);
    period_ = valueLabel(content);
    status_ = valueLabel(content);
    form->addRow(tr("Program:"), program_);
    form->addRow(tr("Cohort:"), cohort_);
    form->addRow(tr("Award period:"), period_);
    form->addRow(tr("Status:"), status_);
    meetings_ = valueLabel(content);
    channels_ = valueLabel(content);
    form->addRow(tr("Meetings:"), meetings_);
    form->addRow(tr("Channels:"), channels_);
    column->addLayout(form);

    auto* peopleBox = new QGroupBox(tr("People and roles"), content);
    peopleLayout_ = new QVBoxLayout(peopleBox);
    column->addWidget(peopleBox);

    auto* contentsBox = new QGroupBox(tr("What the compact holds"), content);
    auto* counts = new QFormLayout(contentsBox);
    counts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    expectations_ = valueLabel(contentsBox);
    goals_ = valueLabel(contentsBox);
    milestones_ = valueLabel(contentsBox);
    counts->addRow(tr("Expectations:"), expectations_);
    counts->addRow(tr("Goals:"), goals_);
    counts->addRow(tr("Milestones:"), milestones_);
    column->addWidget(contentsBox);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void OverviewPage::showCompact(const Compact& compact, const Date& today) {
    compactId_ = compact.id;
    title_->setText(compact.title.empty() ? tr("Untitled compact") : toQString(compact.title));
    program_->setText(toQString(compact.program));
    cohort_->setText(toQString(compact.cohort));
    period_->setText(periodText(compact, today));
    status_->setText(labelOf(compact.status));
    meetings_->setText(meetingText(compact.meetingPlan));
    channels_->setText(toQString(compact.meetingPlan.channels));
    expectations_->setText(expectationSummary(compact));
    goals_->setText(goalSummary(compact));
    milestones_->setText(milestoneSummary(compact, today));
    showPeople(compact);
}

void OverviewPage::clear() {
    compactId_.clear();
    for (QLabel* label : {title_, program_, cohort_, period_, status_, meetings_, channels_,
                          expectations_, goals_, milestones_})
        label->clear();
    showPeople(Compact{});
}

void OverviewPage::showPeople(const Compact& compact) {
    delete people_;
    people_ = new QWidget;
    auto* list = new QVBoxLayout(people_);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(10);
    for (const Person& person : compact.people) {
        auto* entry = new QVBoxLayout;
        entry->setSpacing(2);
        QLabel* name = valueLabel(people_);
        name->setObjectName(QStringLiteral("personName"));
        name->setText(toQString(person.name));
        scaleFont(name, 1.0, true);
        entry->addWidget(name);
        QLabel* details = valueLabel(people_);
        details->setText(personDetails(person));
        entry->addWidget(details);
        if (!person.responsibilities.empty()) {
            QLabel* duties = valueLabel(people_);
            duties->setObjectName(QStringLiteral("personResponsibilities"));
            duties->setText(toQString(person.responsibilities));
            duties->setIndent(12);
            entry->addWidget(duties);
        }
        list->addLayout(entry);
    }
    if (compact.people.empty())
        list->addWidget(makePlainLabel(tr("No one yet."), people_));
    peopleLayout_->addWidget(people_);
}

} // namespace mc::ui
