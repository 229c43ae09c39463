#pragma once
// New compact: for one scholar and their mentor(s), blank (the award period
// and the default meeting plan) or from a template (core's
// compactFromTemplate, as `new --template` does: its clauses, goals,
// milestones, meeting plan and award period; the mentors take the
// template's mentor roles in order). Template files that could not be read
// are named with their problem; the others are offered all the same. The
// rules of the compact's header (core's validateCompactHeader,
// validatePerson) show beside the fields in plain words; the dialog refuses
// to close with an error.
//
// Tests fill the fields through the accessors and call accept(); the
// application calls ask(), which runs the dialog modally.

#include "core/error.h"
#include "core/model.h"
#include "core/templates.h"

#include <QDialog>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QComboBox;
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
    // Offers the built-in templates.
    explicit NewCompactDialog(const Date& today, QWidget* parent = nullptr);
    // Offers `templates` (and names the files among its problems that were
    // skipped).
    NewCompactDialog(const Date& today, TemplateLoad templates, QWidget* parent = nullptr);

    // Runs the dialog over the built-in templates and those in
    // `ownTemplatesFolder` (may be empty); the compact, or nothing when
    // cancelled.
    static std::optional<Compact> ask(QWidget* parent, const Date& today,
                                      const QString& ownTemplatesFolder);

    // The compact as the fields stand. Blank: no ids, a scholar, a primary
    // mentor, a co-mentor when named, the default meeting plan. From a
    // template: what compactFromTemplate makes of it. An empty title becomes
    // "Mentoring compact: <scholar>".
    Compact compact() const;
    // The chosen template, or nullptr for a blank compact.
    const CompactTemplate* chosenTemplate() const;
    // Chooses the template with this id (empty: blank); false if not offered.
    bool chooseTemplate(const std::string& id);
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
    QComboBox* templateCombo() const { return template_; }
    // The template files that could not be read, each with its problem.
    QString templateProblemsText() const;
    // The message shown beside a field ("title", "program", "cohort",
    // "scholar", "mentor", "coMentor", "period"), empty when none.
    QString fieldMessage(const std::string& field) const;

private:
    void addRow(QGridLayout* grid, const QString& label, QWidget* input, const std::string& field);
    void touch(const std::string& field);
    void refresh();
    void onTemplateChosen();
    static std::string fieldOf(const std::string& problemField);

    TemplateLoad templates_;
    QComboBox* template_ = nullptr;
    QLabel* templateAbout_ = nullptr;
    QLabel* templateProblems_ = nullptr;
    QLabel* intro_ = nullptr;
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
