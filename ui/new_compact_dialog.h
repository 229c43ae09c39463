#pragma once
// New compact: a blank compact for one scholar and their mentor(s), with the
// award period and the default meeting plan. The rules of the compact's
// header (core's validateCompactHeader, validatePerson) show beside the
// fields in plain words; the dialog refuses to close with an error.
//
// Tests fill the fields through the accessors and call accept(); the
// application calls ask(), which runs the dialog modally.

#include "core/error.h"
#include "core/model.h"

#include <QDialog>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QDateEdit;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mc::ui {

class NewCompactDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewCompactDialog(const Date& today, QWidget* parent = nullptr);

    // Runs the dialog; the compact, or nothing when cancelled.
    static std::optional<Compact> ask(QWidget* parent, const Date& today);

    // The compact as the fields stand (no ids): a scholar, a primary mentor,
    // a co-mentor when named, the default meeting plan. An empty title
    // becomes "Mentoring compact: <scholar>".
    Compact compact() const;
    // Every problem with the fields as they stand.
    std::vector<Problem> problems() const;

    // Refuses (showing every message) while a field has an error.
    void accept() override;

    QLineEdit* titleEdit() const { return title_; }
    QLineEdit* programEdit() const { return program_; }
    QLineEdit* cohortEdit() const { return cohort_; }
    QLineEdit* scholarEdit() const { return scholar_; }
    QLineEdit* mentorEdit() const { return mentor_; }
    QLineEdit* coMentorEdit() const { return coMentor_; }
    QDateEdit* startEdit() const { return start_; }
    QSpinBox* yearsSpin() const { return years_; }
    // The message shown beside a field ("title", "program", "cohort",
    // "scholar", "mentor", "coMentor", "period"), empty when none.
    QString fieldMessage(const std::string& field) const;

private:
    void addRow(QGridLayout* grid, const QString& label, QWidget* input, const std::string& field);
    void touch(const std::string& field);
    void refresh();
    static std::string fieldOf(const std::string& problemField);

    QLineEdit* title_ = nullptr;
    QLineEdit* program_ = nullptr;
    QLineEdit* cohort_ = nullptr;
    QLineEdit* scholar_ = nullptr;
    QLineEdit* mentor_ = nullptr;
    QLineEdit* coMentor_ = nullptr;
    QDateEdit* start_ = nullptr;
    QSpinBox* years_ = nullptr;
    QLabel* end_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    std::map<std::string, QLabel*> messages_;
    std::set<std::string> touched_; // fields whose messages are shown
    bool showAll_ = false;          // set once the user tried to accept
};

} // namespace mc::ui
