#include "ui/milestone_timeline.h"

#include "core/workspace.h"
#include "ui/cohort_charts_common.h"
#include "ui/core_text.h"
#include "ui/qt_helpers.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <exception>

namespace mc::ui {

namespace {

constexpr int kRowHeight = 26;   // pixels per milestone
constexpr int kChartExtra = 150; // title, axis and legend
constexpr qsizetype kTitleLength = 40;

qreal timeOf(const Date& date) {
    return static_cast<qreal>(toQDate(date).startOfDay().toMSecsSinceEpoch());
}

QScatterSeries* makeMarkers(const QString& name, QScatterSeries::MarkerShape shape,
                            const QColor& fill, const QColor& line, qreal size) {
    auto* markers = new QScatterSeries;
    markers->setName(name);
    markers->setMarkerShape(shape);
    markers->setMarkerSize(size);
    markers->setColor(fill);
    markers->setBorderColor(line);
    QPen pen(line);
    pen.setWidthF(1.5);
    markers->setPen(pen);
    return markers;
}

// Category labels must be unique: a repeated title gets " (2)".
QString uniqueLabel(const QString& title, QSet<QString>& used) {
    QString label =
        title.size() > kTitleLength ? title.left(kTitleLength - 1) + QChar(0x2026) : title;
    const QString base = label;
    for (int n = 2; used.contains(label); ++n)
        label = QStringLiteral("%1 (%2)").arg(base).arg(n);
    used.insert(label);
    return label;
}

} // namespace

MilestoneTimeline::MilestoneTimeline(QWidget* parent) : QWidget(parent), today_(todayLocal()) {
    picker_ = new QComboBox(this);
    picker_->setObjectName(QStringLiteral("timelineScholar"));
    picker_->setAccessibleName(tr("Scholar whose milestones the timeline shows"));
    // Not AdjustToContents: measuring a thousand names on every refill costs.
    picker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker_->setMinimumContentsLength(36);
    auto* pickerLabel = new QLabel(tr("Scholar:"), this);
    pickerLabel->setBuddy(picker_);
    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("timelineNote"));
    note_->setTextFormat(Qt::PlainText);
    note_->setWordWrap(true);

    view_ = makeChartView(tr("Milestone timeline"), this);
    view_->setObjectName(QStringLiteral("milestoneTimeline"));
    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidget(view_);

    auto* top = new QHBoxLayout;
    top->addWidget(pickerLabel);
    top->addWidget(picker_);
    top->addWidget(note_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll_, 1);

    connect(picker_, &QComboBox::currentIndexChanged, this, [this] {
        if (!filling_)
            reload();
    });
    draw();
}

QChart* MilestoneTimeline::chart() const {
    return view_->chart();
}

void MilestoneTimeline::setWorkspace(const Workspace* workspace) {
    workspace_ = workspace;
    if (workspace_ == nullptr)
        setChoices({});
}

void MilestoneTimeline::setToday(const Date& today) {
    today_ = today;
}

std::string MilestoneTimeline::compactId() const {
    return toStdString(picker_->currentData().toString());
}

void MilestoneTimeline::setChoices(const std::vector<std::pair<std::string, QString>>& choices) {
    const QString current = picker_->currentData().toString();
    filling_ = true;
    picker_->clear();
    for (const auto& [id, label] : choices)
        picker_->addItem(label, toQString(id));
    const int keep = current.isEmpty() ? -1 : picker_->findData(current);
    picker_->setCurrentIndex(keep >= 0 ? keep : (choices.empty() ? -1 : 0));
    filling_ = false;
    reload();
}

void MilestoneTimeline::showCompact(const std::string& compactId) {
    const int at = picker_->findData(toQString(compactId));
    if (at < 0)
        return;
    if (at == picker_->currentIndex())
        reload();
    else
        picker_->setCurrentIndex(at); // reloads
}

void MilestoneTimeline::reload() {
    milestones_.clear();
    QString failure;
    const std::string id = compactId();
    if (workspace_ != nullptr && !id.empty()) {
        try {
            milestones_ = workspace_->milestoneTimeline(id);
        } catch (const std::exception& error) {
            failure = tr("Could not read the milestones: %1").arg(coreText(error));
        }
    }
    draw();
    if (!failure.isEmpty())
        note_->setText(failure);
}

void MilestoneTimeline::draw() {
    QChart* chart = view_->chart();
    clearChart(chart);
    const int count = static_cast<int>(milestones_.size());
    view_->setMinimumHeight(std::max(260, count * kRowHeight + kChartExtra));

    const QColor ink(0x33, 0x33, 0x33);
    QScatterSeries* planned = makeMarkers(tr("Planned"), QScatterSeries::MarkerShapeCircle,
                                          Qt::white, QColor(0x00, 0x72, 0xb2), 11);
    QScatterSeries* movedFrom = makeMarkers(tr("Moved from"), QScatterSeries::MarkerShapeCircle,
                                            QColor(0xe6, 0x9f, 0x00), QColor(0xe6, 0x9f, 0x00), 7);
    QScatterSeries* achieved = makeMarkers(tr("Achieved"), QScatterSeries::MarkerShapeCircle,
                                           QColor(0x00, 0x9e, 0x73), QColor(0x00, 0x6e, 0x50), 12);
    QScatterSeries* missed = makeMarkers(tr("Missed"), QScatterSeries::MarkerShapeRotatedRectangle,
                                         QColor(0xb3, 0x26, 0x1e), QColor(0x80, 0x1b, 0x15), 12);
    QScatterSeries* dropped = makeMarkers(tr("Dropped"), QScatterSeries::MarkerShapeRectangle,
                                          QColor(0xbb, 0xbb, 0xbb), QColor(0x77, 0x77, 0x77), 9);
    std::vector<QLineSeries*> moves;

    Date first(boost::gregorian::not_a_date_time);
    Date last(boost::gregorian::not_a_date_time);
    const auto widen = [&](const Date& date) {
        if (date.is_special())
            return;
        if (first.is_special() || date < first)
            first = date;
        if (last.is_special() || date > last)
            last = date;
    };
    widen(today_);
    int achievedCount = 0;
    int missedCount = 0;
    int movedCount = 0;
    int movesTotal = 0;
    for (int i = 0; i < count; ++i) {
        const TimelineMilestone& m = milestones_[static_cast<std::size_t>(i)];
        const auto y = static_cast<qreal>(count - 1 - i); // the first on top
        widen(m.due);
        if (!m.earlierDues.empty()) {
            auto* move = new QLineSeries;
            move->setName(tr("Moved"));
            QPen pen(QColor(0xe6, 0x9f, 0x00));
            pen.setWidthF(2.0);
            move->setPen(pen);
            for (const Date& earlier : m.earlierDues) {
                move->append(timeOf(earlier), y);
                movedFrom->append(timeOf(earlier), y);
                widen(earlier);
            }
            move->append(timeOf(m.due), y);
            moves.push_back(move);
            ++movedCount;
            movesTotal += static_cast<int>(m.earlierDues.size());
        }
        switch (m.status) {
        case MilestoneStatus::Achieved: {
            const Date on = m.done.value_or(m.due);
            achieved->append(timeOf(on), y);
            widen(on);
            ++achievedCount;
            break;
        }
        case MilestoneStatus::Missed:
            missed->append(timeOf(m.due), y);
            ++missedCount;
            break;
        case MilestoneStatus::Dropped:
            dropped->append(timeOf(m.due), y);
            break;
        case MilestoneStatus::Planned:
        case MilestoneStatus::Rescheduled:
            planned->append(timeOf(m.due), y);
            break;
        }
    }

    chart->setTitle(picker_->currentIndex() >= 0
                        ? tr("Milestones of %1").arg(picker_->currentText())
                        : tr("Milestone timeline"));
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yyyy"));
    time->setTickCount(7);
    const Date from = first - boost::gregorian::days(45);
    const Date to = last + boost::gregorian::days(45);
    time->setRange(toQDate(from).startOfDay(), toQDate(to).startOfDay());
    chart->addAxis(time, Qt::AlignBottom);
    auto* rows = new QCategoryAxis;
    rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    rows->setStartValue(-0.5);
    QSet<QString> used;
    for (int i = count - 1; i >= 0; --i)
        rows->append(uniqueLabel(toQString(milestones_[static_cast<std::size_t>(i)].title), used),
                     (count - 1 - i) + 0.5);
    rows->setRange(-0.5, std::max(count, 1) - 0.5);
    rows->setGridLineVisible(true);
    chart->addAxis(rows, Qt::AlignLeft);

    auto* todayLine = new QLineSeries;
    todayLine->setName(tr("Today"));
    QPen todayPen(ink);
    todayPen.setStyle(Qt::DashLine);
    todayPen.setWidthF(1.0);
    todayLine->setPen(todayPen);
    todayLine->append(timeOf(today_), -0.5);
    todayLine->append(timeOf(today_), std::max(count, 1) - 0.5);

    std::vector<QXYSeries*> all;
    for (QLineSeries* move : moves)
        all.push_back(move);
    for (QXYSeries* series : {static_cast<QXYSeries*>(todayLine), static_cast<QXYSeries*>(planned),
                              static_cast<QXYSeries*>(movedFrom), static_cast<QXYSeries*>(achieved),
                              static_cast<QXYSeries*>(missed), static_cast<QXYSeries*>(dropped)})
        all.push_back(series);
    for (QXYSeries* series : all) {
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(rows);
    }
    // One legend entry for all the moves.
    for (std::size_t i = 1; i < moves.size(); ++i)
        for (QLegendMarker* marker : chart->legend()->markers(moves[i]))
            marker->setVisible(false);
    for (QScatterSeries* markers : {planned, movedFrom, achieved, missed, dropped})
        connect(markers, &QScatterSeries::hovered, this,
                [this, count](const QPointF& point, bool state) {
                    const int i = count - 1 - static_cast<int>(std::lround(point.y()));
                    if (!state || i < 0 || i >= count) {
                        QToolTip::hideText();
                        return;
                    }
                    const QDate day =
                        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date();
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1\n%2").arg(toQString(milestones_[static_cast<std::size_t>(i)].title),
                                         formatDate(fromQDate(day))));
                });

    QString text;
    if (picker_->currentIndex() < 0)
        text = tr("No compact is shown in the table.");
    else if (count == 0)
        text = tr("This compact has no milestones yet.");
    else
        text = tr("%1 milestones: %2 achieved, %3 missed, %4 moved by a signed review (%5 "
                  "times in all).")
                   .arg(count)
                   .arg(achievedCount)
                   .arg(missedCount)
                   .arg(movedCount)
                   .arg(movesTotal);
    note_->setText(text);
    view_->setAccessibleDescription(text);
}

} // namespace mc::ui
