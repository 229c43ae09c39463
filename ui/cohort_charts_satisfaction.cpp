#include "ui/cohort_charts_satisfaction.h"

#include "ui/cohort_charts_common.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

namespace mc::ui {

namespace {

QLineSeries* makeLine(const QString& name, const QColor& colour, bool dashed) {
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->setPointsVisible(true);
    line->setMarkerSize(8);
    return line;
}

QString meanText(const Mean& mean) {
    if (mean.count == 0)
        return SatisfactionChart::tr("none");
    // The count is of compacts: a compact's mentors are averaged first.
    const QString value = QLocale().toString(mean.value, 'f', 1);
    return mean.count == 1 ? SatisfactionChart::tr("%1 (one compact)").arg(value)
                           : SatisfactionChart::tr("%1 (%2 compacts)").arg(value).arg(mean.count);
}

} // namespace

SatisfactionChart::SatisfactionChart(QWidget* parent) : QWidget(parent) {
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("satisfactionNote"));
    note_->setTextFormat(Qt::PlainText);
    note_->setWordWrap(true);
    view_ = makeChartView(tr("Satisfaction of scholars and mentors by award year"), this);
    view_->setObjectName(QStringLiteral("satisfactionChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note_);
    layout->addWidget(view_, 1);
    setFigures({});
}

QChart* SatisfactionChart::chart() const {
    return view_->chart();
}

void SatisfactionChart::setFigures(const CohortFigures& figures) {
    QChart* chart = view_->chart();
    clearChart(chart);
    chart->setTitle(tr("Satisfaction with the relationship (1 poor – 5 excellent)"));

    const QColor scholarColour(0x00, 0x72, 0xb2);
    const QColor mentorColour(0xd5, 0x5e, 0x00);
    QLineSeries* scholars = makeLine(tr("Scholars"), scholarColour, false);
    QLineSeries* mentors = makeLine(tr("Mentors"), mentorColour, false);
    QLineSeries* scholarsDiscussion =
        makeLine(tr("Expectations discussed (scholars)"), scholarColour, true);
    QLineSeries* mentorsDiscussion =
        makeLine(tr("Expectations discussed (mentors)"), mentorColour, true);
    QStringList lines;
    for (const YearFigures& year : figures.years) {
        const auto x = static_cast<qreal>(year.awardYear);
        if (year.satisfactionScholar.count > 0)
            scholars->append(x, year.satisfactionScholar.value);
        if (year.satisfactionMentors.count > 0)
            mentors->append(x, year.satisfactionMentors.value);
        if (year.discussionScholar.count > 0)
            scholarsDiscussion->append(x, year.discussionScholar.value);
        if (year.discussionMentors.count > 0)
            mentorsDiscussion->append(x, year.discussionMentors.value);
        if (year.satisfactionScholar.count > 0 || year.satisfactionMentors.count > 0)
            lines << tr("%1: scholars %2, mentors %3")
                         .arg(awardYearName(year.awardYear), meanText(year.satisfactionScholar),
                              meanText(year.satisfactionMentors));
    }

    auto* years = new QCategoryAxis;
    years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    const int last = figures.years.empty() ? 1 : figures.years.back().awardYear;
    years->setStartValue(0.5);
    for (int year = 1; year <= last; ++year)
        years->append(awardYearName(year), year + 0.5);
    years->setRange(0.5, last + 0.5);
    chart->addAxis(years, Qt::AlignBottom);
    auto* scale = new QValueAxis;
    scale->setRange(1, 5);
    scale->setTickCount(5);
    scale->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(scale, Qt::AlignLeft);
    for (QLineSeries* line : {scholars, mentors, scholarsDiscussion, mentorsDiscussion}) {
        chart->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(scale);
    }

    QString text;
    if (figures.years.empty())
        text = tr("No award year has started for the compacts shown.");
    else if (lines.isEmpty())
        text = tr("No reflection has been submitted in a yearly review yet.");
    else
        text = lines.join(QStringLiteral("; ")) + QLatin1Char('.');
    note_->setText(text);
    view_->setAccessibleDescription(text);
}

} // namespace mc::ui
