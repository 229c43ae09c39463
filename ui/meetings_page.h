#pragma once
// The meeting plan of one compact: how often the pair meets and on which
// day, for how long, through which channels, what every meeting covers and
// what the scholar prepares. A summary in plain words and the next meeting
// dates stand beside the form.
//
// Below the plan, the meeting log (MeetingLogPanel): the adherence
// sentence, the meetings held and their action items. The log stays
// editable while the compact's version is locked, since it is not signed.
//
// Combos store when one is picked, spin boxes when editing finishes, texts
// when the field loses focus. Each edit is checked with
// mc::validateMeetingPlan first: a problem shows beside its field and
// nothing is stored; otherwise the session stores it as one undoable edit.

#include "core/error.h"
#include "ui/compact_page.h"

#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace mc::ui {

class MeetingLogPanel;

class MeetingsPage : public CompactPage {
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget* parent = nullptr);
    ~MeetingsPage() override;

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    // How many upcoming meetings the list shows.
    static constexpr int kNextMeetingCount = 6;

    // The dates in the "Next meetings" list, for tests and callers.
    const std::vector<Date>& nextMeetings() const { return nextMeetings_; }
    // The meeting log below the plan.
    MeetingLogPanel* meetingLog() const { return log_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildForm();
    void setUpTabOrder();
    void connectInputs();
    // Writes the stored plan into the inputs, except a text that has focus
    // and unsaved changes.
    void showPlan(bool keepEdits);
    void updateRowVisibility();
    void updateSummary();
    void updateNextMeetings();

    // Applies one input's `change` to the stored plan, checks it (problems
    // show beside their fields) and, when it passes and differs, stores it.
    void commit(const std::function<void(MeetingPlan&)>& change);
    // Shows each problem beside the field it names; clears the others.
    void showProblems(const std::vector<Problem>& problems);
    void setProblem(QLabel* label, QWidget* field, const QString& text);
    QList<QWidget*> inputs() const;

    std::string compactId_;
    Date start_;
    Date end_;
    Date today_;
    MeetingPlan plan_; // as stored
    bool readOnly_ = true;
    std::vector<Date> nextMeetings_;

    QFormLayout* form_ = nullptr;
    QComboBox* cadence_ = nullptr;
    QComboBox* weekday_ = nullptr;
    QComboBox* weekOfMonth_ = nullptr;
    QSpinBox* interval_ = nullptr;
    QSpinBox* duration_ = nullptr;
    QLineEdit* channels_ = nullptr;
    QPlainTextEdit* standingTopics_ = nullptr;
    QPlainTextEdit* preparation_ = nullptr;
    QLabel* cadenceProblem_ = nullptr;
    QLabel* weekdayProblem_ = nullptr;
    QLabel* weekOfMonthProblem_ = nullptr;
    QLabel* intervalProblem_ = nullptr;
    QLabel* durationProblem_ = nullptr;
    QLabel* channelsProblem_ = nullptr;
    QLabel* standingTopicsProblem_ = nullptr;
    QLabel* preparationProblem_ = nullptr;
    QLabel* summary_ = nullptr;
    QListWidget* nextList_ = nullptr;
    QLabel* nextNote_ = nullptr;
    MeetingLogPanel* log_ = nullptr;
};

} // namespace mc::ui
