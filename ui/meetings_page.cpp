#include "ui/meetings_page.h"

#include "core/validation.h"
#include "ui/core_text.h"
#include "ui/field_problems.h"
#include "ui/meeting_log_panel.h"
#include "ui/qt_helpers.h"
#include "ui/recurrence_text.h"
#include "ui/theme_colors.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

namespace mc::ui {

namespace {

// Enough years for six meetings of any valid plan (the longest custom
// interval is 366 days), and within meetingDates' limit of 20 years.
constexpr int kLookAheadYears = 7;
constexpr int kMinDuration = 5;
constexpr int kMaxDuration = 480;
constexpr int kDurationStep = 15;
// Wider than the rule (1 to 366) so that a mistyped number gets a message
// in words beside the field instead of being silently clamped.
constexpr int kMaxIntervalTyped = 9999;
constexpr int kTextHeight = 76;

QLabel* problemLabel(const QString& objectName, QWidget* parent) {
    QLabel* label = makePlainLabel(QString(), parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setMinimumWidth(160);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

// The field with its problem label beside it, as one row of the form.
QWidget* withProblem(QWidget* field, QLabel* problem, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(problem, 1, Qt::AlignTop);
    return row;
}

int comboData(const QComboBox* combo) {
    return combo->currentData().toInt();
}

void selectData(QComboBox* combo, int value) {
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

bool endsWith(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           std::string_view(text).substr(text.size() - suffix.size()) == suffix;
}

} // namespace

MeetingsPage::MeetingsPage(QWidget* parent) : CompactPage(parent) {
    buildForm();
    setUpTabOrder();
    connectInputs();
    showCompact(Compact{}, todayLocal(), true);
}

MeetingsPage::~MeetingsPage() {
    // Children are destroyed after this object: their focus-out signals and
    // events must no longer reach it.
    for (QWidget* input : inputs()) {
        input->disconnect(this);
        input->removeEventFilter(this);
    }
}

QString MeetingsPage::pageTitle() const {
    return tr("Meetings");
}

void MeetingsPage::buildForm() {
    auto* formBox = new QGroupBox(tr("Meeting plan"), this);
    form_ = new QFormLayout(formBox);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto addRow = [this, formBox](const QString& text, QWidget* field, QLabel* problem,
                                  const QString& accessibleName) {
        field->setAccessibleName(accessibleName);
        describeProblems(field, {});
        auto* label = new QLabel(text, formBox);
        label->setBuddy(field);
        form_->addRow(label, withProblem(field, problem, formBox));
    };

    cadence_ = new QComboBox(formBox);
    cadence_->setWhatsThis(
        tr("How often the pair meets: weekly, every two weeks, monthly on a given weekday, or "
           "every so many days. A steady rhythm matters more than meeting often; the meeting log "
           "below compares what was held with this plan."));
    cadence_->setObjectName(QStringLiteral("cadence"));
    for (const auto& entry : enumEntries<Cadence>())
        cadence_->addItem(labelOf(entry.value), static_cast<int>(entry.value));
    cadenceProblem_ = problemLabel(QStringLiteral("cadenceProblem"), formBox);
    addRow(tr("&Cadence:"), cadence_, cadenceProblem_, tr("How often"));

    weekday_ = new QComboBox(formBox);
    weekday_->setObjectName(QStringLiteral("weekday"));
    for (int day = 1; day <= 7; ++day)
        weekday_->addItem(RecurrenceText::weekdayName(day), day);
    weekdayProblem_ = problemLabel(QStringLiteral("weekdayProblem"), formBox);
    addRow(tr("&Weekday:"), weekday_, weekdayProblem_, tr("Weekday"));

    weekOfMonth_ = new QComboBox(formBox);
    weekOfMonth_->setObjectName(QStringLiteral("weekOfMonth"));
    for (int week : {1, 2, 3, 4, -1})
        weekOfMonth_->addItem(RecurrenceText::weekOfMonthName(week), week);
    weekOfMonthProblem_ = problemLabel(QStringLiteral("weekOfMonthProblem"), formBox);
    addRow(tr("Wee&k of the month:"), weekOfMonth_, weekOfMonthProblem_, tr("Week of the month"));

    interval_ = new QSpinBox(formBox);
    interval_->setWhatsThis(
        tr("For a custom plan: the number of days from one meeting to the next."));
    interval_->setObjectName(QStringLiteral("intervalDays"));
    interval_->setRange(0, kMaxIntervalTyped);
    interval_->setSuffix(tr(" days"));
    intervalProblem_ = problemLabel(QStringLiteral("intervalDaysProblem"), formBox);
    addRow(tr("Inte&rval:"), interval_, intervalProblem_, tr("Days between meetings"));

    duration_ = new QSpinBox(formBox);
    duration_->setObjectName(QStringLiteral("durationMinutes"));
    duration_->setRange(kMinDuration, kMaxDuration);
    duration_->setSingleStep(kDurationStep);
    duration_->setSuffix(tr(" minutes"));
    durationProblem_ = problemLabel(QStringLiteral("durationMinutesProblem"), formBox);
    addRow(tr("D&uration:"), duration_, durationProblem_, tr("Duration in minutes"));

    channels_ = new QLineEdit(formBox);
    channels_->setObjectName(QStringLiteral("channels"));
    channels_->setPlaceholderText(tr("in person; Zoom when travelling"));
    channelsProblem_ = problemLabel(QStringLiteral("channelsProblem"), formBox);
    addRow(tr("Ch&annels:"), channels_, channelsProblem_, tr("Channels"));

    standingTopics_ = new QPlainTextEdit(formBox);
    standingTopics_->setObjectName(QStringLiteral("standingTopics"));
    standingTopics_->setTabChangesFocus(true);
    standingTopics_->setPlaceholderText(tr("What every meeting covers"));
    // Four lines each, so the meeting log below keeps room for its rows.
    standingTopics_->setMaximumHeight(kTextHeight);
    standingTopicsProblem_ = problemLabel(QStringLiteral("standingTopicsProblem"), formBox);
    addRow(tr("&Standing topics:"), standingTopics_, standingTopicsProblem_, tr("Standing topics"));

    preparation_ = new QPlainTextEdit(formBox);
    preparation_->setObjectName(QStringLiteral("scholarPreparation"));
    preparation_->setTabChangesFocus(true);
    preparation_->setPlaceholderText(tr("What the scholar brings or sends beforehand"));
    preparation_->setMaximumHeight(kTextHeight);
    preparationProblem_ = problemLabel(QStringLiteral("scholarPreparationProblem"), formBox);
    addRow(tr("Scholar &prepares:"), preparation_, preparationProblem_,
           tr("What the scholar prepares beforehand"));

    auto* side = new QWidget(this);
    auto* column = new QVBoxLayout(side);
    column->setContentsMargins(0, 0, 0, 0);
    summary_ = makePlainLabel(QString(), side);
    summary_->setObjectName(QStringLiteral("meetingSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = summary_->font();
    font.setBold(true);
    summary_->setFont(font);
    column->addWidget(summary_);
    nextList_ = new QListWidget(side);
    nextList_->setObjectName(QStringLiteral("nextMeetings"));
    nextList_->setAccessibleName(tr("Next meetings"));
    nextList_->setSelectionMode(QAbstractItemView::NoSelection);
    auto* nextLabel = new QLabel(tr("&Next meetings:"), side);
    nextLabel->setBuddy(nextList_);
    column->addWidget(nextLabel);
    column->addWidget(nextList_, 1);
    nextNote_ = makePlainLabel(QString(), side);
    nextNote_->setObjectName(QStringLiteral("nextMeetingsNote"));
    nextNote_->setWordWrap(true);
    column->addWidget(nextNote_);

    auto* plan = new QWidget(this);
    auto* planLayout = new QHBoxLayout(plan);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(formBox, 3);
    planLayout->addWidget(side, 2);

    auto* logBox = new QGroupBox(tr("Meeting log"), this);
    auto* logLayout = new QVBoxLayout(logBox);
    log_ = new MeetingLogPanel(logBox);
    logLayout->addWidget(log_);

    // The plan is set once and rarely changed; the log grows every week.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(plan);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void MeetingsPage::setUpTabOrder() {
    QWidget* previous = cadence_;
    for (QWidget* next :
         std::initializer_list<QWidget*>{weekday_, weekOfMonth_, interval_, duration_, channels_,
                                         standingTopics_, preparation_, nextList_, log_->table()}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void MeetingsPage::connectInputs() {
    connect(cadence_, &QComboBox::activated, this, [this] {
        updateRowVisibility();
        const auto cadence = static_cast<Cadence>(comboData(cadence_));
        commit([cadence](MeetingPlan& plan) { plan.recurrence.cadence = cadence; });
    });
    connect(weekday_, &QComboBox::activated, this, [this] {
        const int weekday = comboData(weekday_);
        commit([weekday](MeetingPlan& plan) { plan.recurrence.weekday = weekday; });
    });
    connect(weekOfMonth_, &QComboBox::activated, this, [this] {
        const int week = comboData(weekOfMonth_);
        commit([week](MeetingPlan& plan) { plan.recurrence.weekOfMonth = week; });
    });
    connect(interval_, &QSpinBox::editingFinished, this, [this] {
        const int days = interval_->value();
        commit([days](MeetingPlan& plan) { plan.recurrence.intervalDays = days; });
    });
    connect(duration_, &QSpinBox::editingFinished, this, [this] {
        const int minutes = duration_->value();
        commit([minutes](MeetingPlan& plan) { plan.durationMinutes = minutes; });
    });
    connect(channels_, &QLineEdit::editingFinished, this, [this] {
        const std::string text = toStdString(channels_->text());
        commit([&text](MeetingPlan& plan) { plan.channels = text; });
    });
    standingTopics_->installEventFilter(this);
    preparation_->installEventFilter(this);
}

QList<QWidget*> MeetingsPage::inputs() const {
    return {cadence_,  weekday_,  weekOfMonth_,    interval_,
            duration_, channels_, standingTopics_, preparation_};
}

bool MeetingsPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        if (watched == standingTopics_) {
            const std::string text = toStdString(standingTopics_->toPlainText());
            commit([&text](MeetingPlan& plan) { plan.standingTopics = text; });
        } else if (watched == preparation_) {
            const std::string text = toStdString(preparation_->toPlainText());
            commit([&text](MeetingPlan& plan) { plan.scholarPreparation = text; });
        }
    }
    return CompactPage::eventFilter(watched, event);
}

void MeetingsPage::showCompact(const Compact& compact, const Date& today, bool readOnly) {
    const bool sameCompact = compact.id == compactId_;
    compactId_ = compact.id;
    start_ = compact.start;
    end_ = compact.end;
    today_ = today;
    plan_ = compact.meetingPlan;
    readOnly_ = readOnly || compact.id.empty();
    for (QWidget* input : inputs())
        input->setEnabled(!readOnly_);
    showPlan(sameCompact);
    updateSummary();
    updateNextMeetings();
    // The log asks the workspace, not `readOnly`: a locked version still
    // lets the log be kept.
    log_->setSession(session(), [this](const QString& message) { return accepted(message); });
    log_->showCompact(compact, today);
}

void MeetingsPage::showPlan(bool keepEdits) {
    const Recurrence& recurrence = plan_.recurrence;
    selectData(cadence_, static_cast<int>(recurrence.cadence));
    selectData(weekday_, recurrence.weekday);
    selectData(weekOfMonth_, recurrence.weekOfMonth);
    setProblem(cadenceProblem_, cadence_, QString());
    setProblem(weekdayProblem_, weekday_, QString());
    setProblem(weekOfMonthProblem_, weekOfMonth_, QString());

    // A spin box keeps what is being typed into it: its text is not yet
    // its value.
    auto showNumber = [keepEdits, this](QSpinBox* spin, QLabel* problem, int value) {
        if (keepEdits && spin->hasFocus() && spin->value() != value)
            return;
        spin->setValue(value);
        setProblem(problem, spin, QString());
    };
    showNumber(interval_, intervalProblem_, recurrence.intervalDays);
    showNumber(duration_, durationProblem_, plan_.durationMinutes);

    if (!(keepEdits && channels_->hasFocus() && channels_->isModified())) {
        channels_->setText(toQString(plan_.channels));
        channels_->setModified(false);
        setProblem(channelsProblem_, channels_, QString());
    }
    auto showText = [keepEdits, this](QPlainTextEdit* edit, QLabel* problem,
                                      const std::string& text) {
        if (keepEdits && edit->hasFocus() && edit->document()->isModified())
            return;
        if (edit->toPlainText() != toQString(text))
            edit->setPlainText(toQString(text));
        edit->document()->setModified(false);
        setProblem(problem, edit, QString());
    };
    showText(standingTopics_, standingTopicsProblem_, plan_.standingTopics);
    showText(preparation_, preparationProblem_, plan_.scholarPreparation);
    updateRowVisibility();
}

void MeetingsPage::updateRowVisibility() {
    const auto cadence = static_cast<Cadence>(comboData(cadence_));
    const bool usesWeekday = cadence != Cadence::Custom;
    // Each field sits in a row widget with its problem label.
    form_->setRowVisible(weekday_->parentWidget(), usesWeekday);
    form_->setRowVisible(weekOfMonth_->parentWidget(), cadence == Cadence::Monthly);
    form_->setRowVisible(interval_->parentWidget(), cadence == Cadence::Custom);
}

void MeetingsPage::updateSummary() {
    summary_->setText(compactId_.empty() ? QString() : RecurrenceText::summary(plan_));
}

void MeetingsPage::updateNextMeetings() {
    nextMeetings_.clear();
    nextList_->clear();
    nextNote_->clear();
    if (compactId_.empty() || start_.is_special() || end_.is_special() || today_.is_special())
        return;
    const Date first = std::max(today_, start_);
    const Date last = std::min(end_, anniversary(first, kLookAheadYears));
    try {
        for (const Date& date : meetingDates(plan_.recurrence, first, last)) {
            if (nextMeetings_.size() >= static_cast<std::size_t>(kNextMeetingCount))
                break;
            nextMeetings_.push_back(date);
        }
    } catch (const std::exception& error) { // mc::Error, or a date past the calendar
        nextNote_->setText(coreText(error));
        return;
    }
    const QLocale locale;
    for (const Date& date : nextMeetings_) {
        auto* item = new QListWidgetItem(locale.toString(toQDate(date), QLocale::LongFormat));
        item->setData(Qt::UserRole, toQDate(date));
        nextList_->addItem(item);
    }
    if (today_ < start_)
        nextNote_->setText(
            tr("Counted from the start of the compact on %1.").arg(formatDate(start_)));
    else if (nextMeetings_.empty())
        nextNote_->setText(
            tr("No meetings are left before the compact ends on %1.").arg(formatDate(end_)));
}

void MeetingsPage::commit(const std::function<void(MeetingPlan&)>& change) {
    if (readOnly_ || compactId_.empty() || session() == nullptr)
        return;
    MeetingPlan plan = plan_;
    change(plan);
    const std::vector<Problem> problems = validateMeetingPlan(plan);
    showProblems(problems);
    if (plan == plan_ || hasErrors(problems))
        return;
    if (!accepted(session()->saveMeetingPlan(compactId_, plan)))
        return;
    plan_ = plan;
    // The view also refreshes through the session's signal; this keeps the
    // page right on its own (and what was stored on screen).
    showPlan(true);
    updateSummary();
    updateNextMeetings();
}

void MeetingsPage::showProblems(const std::vector<Problem>& problems) {
    const std::pair<std::string_view, std::pair<QLabel*, QWidget*>> fields[] = {
        {".cadence", {cadenceProblem_, cadence_}},
        {".weekday", {weekdayProblem_, weekday_}},
        {".weekOfMonth", {weekOfMonthProblem_, weekOfMonth_}},
        {".intervalDays", {intervalProblem_, interval_}},
        {".durationMinutes", {durationProblem_, duration_}},
        {".channels", {channelsProblem_, channels_}},
        {".standingTopics", {standingTopicsProblem_, standingTopics_}},
        {".scholarPreparation", {preparationProblem_, preparation_}},
    };
    for (const auto& [suffix, where] : fields) {
        QStringList messages;
        for (const Problem& problem : problems)
            if (endsWith(problem.field, suffix))
                messages << coreText(problem);
        setProblem(where.first, where.second, messages.join(QLatin1Char('\n')));
    }
}

void MeetingsPage::setProblem(QLabel* label, QWidget* field, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
    describeProblems(field, text);
}

} // namespace mc::ui
