#pragma once
// The overview of one compact: who is in it, for which program and period,
// where it stands, and how much it holds. Read-only for now; the editor
// pages grow beside it.

#include "core/model.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace mc::ui {

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    // Shows `compact`; `today` decides which milestones are overdue.
    void showCompact(const Compact& compact, const Date& today);
    void clear();

    // The id of the compact shown, empty when none.
    const std::string& compactId() const { return compactId_; }

private:
    void showPeople(const Compact& compact);

    std::string compactId_;
    QLabel* title_ = nullptr;
    QLabel* program_ = nullptr;
    QLabel* cohort_ = nullptr;
    QLabel* period_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* meetings_ = nullptr;
    QLabel* channels_ = nullptr;
    QLabel* expectations_ = nullptr;
    QLabel* goals_ = nullptr;
    QLabel* milestones_ = nullptr;
    QVBoxLayout* peopleLayout_ = nullptr;
    QWidget* people_ = nullptr; // rebuilt for each compact
};

} // namespace mc::ui
