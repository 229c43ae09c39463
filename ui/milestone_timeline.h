#pragma once
// A milestone timeline per scholar (issue 7): each milestone of the chosen
// compact on its own line of a time axis, as planned (an open circle on
// its due date), moved (a line from each due date a signed review moved it
// from to the next, ending at the due date now), achieved (on the day it
// was), missed or dropped (on its due date); today as a vertical line. The
// compact is picked by scholar; the dashboard offers the compacts it shows.

#include "core/dashboard.h"

#include <QWidget>
#include <string>
#include <utility>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QScrollArea;

namespace mc {
class Workspace;
}

namespace mc::ui {

class MilestoneTimeline : public QWidget {
    Q_OBJECT
public:
    explicit MilestoneTimeline(QWidget* parent = nullptr);

    // Where the milestones are read from (nullptr: nothing to show).
    void setWorkspace(const Workspace* workspace);
    void setToday(const Date& today);
    // The compacts to pick from: id and what the picker says. Keeps the
    // compact shown when it is still offered, else shows the first.
    void setChoices(const std::vector<std::pair<std::string, QString>>& choices);
    // Shows this compact's milestones (when it is offered); reads them again.
    void showCompact(const std::string& compactId);
    std::string compactId() const;

    QComboBox* picker() const { return picker_; }
    QChart* chart() const;
    QChartView* view() const { return view_; }
    QLabel* note() const { return note_; }
    const std::vector<TimelineMilestone>& milestones() const { return milestones_; }

private:
    void reload();
    void draw();

    const Workspace* workspace_ = nullptr;
    Date today_;
    QComboBox* picker_ = nullptr;
    QLabel* note_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QChartView* view_ = nullptr;
    std::vector<TimelineMilestone> milestones_;
    bool filling_ = false; // true while setChoices refills the picker
};

} // namespace mc::ui
