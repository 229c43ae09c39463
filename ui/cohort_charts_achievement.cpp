#include "ui/cohort_charts_achievement.h"

#include "ui/cohort_charts_common.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace mc::ui {

namespace {

constexpr MeasureKind kKinds[] = {MeasureKind::Publication, MeasureKind::GrantSubmission,
                                  MeasureKind::GrantAward, MeasureKind::Promotion,
                                  MeasureKind::Other};

const KindCounts& countsOf(const std::array<KindCounts, kMeasureKinds>& all, MeasureKind kind) {
    return all[static_cast<std::size_t>(kind)];
}

} // namespace

AchievementChart::AchievementChart(QWidget* parent) : QWidget(parent) {
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("achievementNote"));
    note_->setTextFormat(Qt::PlainText);
    note_->setWordWrap(true);
    view_ = makeChartView(tr("Milestones achieved by kind and award year"), this);
    view_->setObjectName(QStringLiteral("achievementChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note_);
    layout->addWidget(view_, 1);
    setFigures({});
}

QChart* AchievementChart::chart() const {
    return view_->chart();
}

void AchievementChart::setFigures(const CohortFigures& figures) {
    figures_ = figures;
    QChart* chart = view_->chart();
    clearChart(chart);
    chart->setTitle(tr("Milestones achieved, by award year"));

    auto* series = new QBarSeries;
    series->setName(tr("Achieved"));
    int highest = 0;
    for (const MeasureKind kind : kKinds) {
        auto* set = new QBarSet(measureKindName(kind));
        set->setColor(measureKindColor(kind));
        set->setBorderColor(measureKindColor(kind).darker(120));
        for (const YearFigures& year : figures.years) {
            const int achieved = countsOf(year.milestones, kind).achieved;
            *set << achieved;
            highest = std::max(highest, achieved);
        }
        series->append(set);
    }
    connect(series, &QBarSeries::hovered, this, &AchievementChart::showToolTip);
    chart->addSeries(series);

    auto* years = new QBarCategoryAxis;
    for (const YearFigures& year : figures.years)
        years->append(awardYearName(year.awardYear));
    chart->addAxis(years, Qt::AlignBottom);
    series->attachAxis(years);
    auto* counts = new QValueAxis;
    setCountRange(counts, highest);
    counts->setTitleText(tr("Achieved"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);

    QStringList parts;
    for (const MeasureKind kind : kKinds) {
        const KindCounts& all = countsOf(figures.milestones, kind);
        if (all.due == 0)
            continue;
        parts << tr("%1: %2 of %3 due achieved (%4 missed)")
                     .arg(measureKindName(kind))
                     .arg(all.achieved)
                     .arg(all.due)
                     .arg(all.missed);
    }
    QString text;
    if (figures.years.empty())
        text = tr("No award year has started for the compacts shown.");
    else if (parts.isEmpty())
        text = tr("No milestone was due in the award years so far.");
    else
        text = tr("All years: %1.").arg(parts.join(QStringLiteral("; ")));
    note_->setText(text);
    view_->setAccessibleDescription(text);
}

void AchievementChart::showToolTip(bool hovering, int index, QBarSet* set) {
    if (!hovering || set == nullptr || index < 0 ||
        index >= static_cast<int>(figures_.years.size())) {
        QToolTip::hideText();
        return;
    }
    const YearFigures& year = figures_.years[static_cast<std::size_t>(index)];
    for (const MeasureKind kind : kKinds) {
        if (measureKindName(kind) != set->label())
            continue;
        const KindCounts& counts = countsOf(year.milestones, kind);
        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 achieved, %4 missed, of %5 due")
                                               .arg(awardYearName(year.awardYear), set->label())
                                               .arg(counts.achieved)
                                               .arg(counts.missed)
                                               .arg(counts.due));
        return;
    }
}

} // namespace mc::ui
