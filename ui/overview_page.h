#pragma once
// The overview of one compact, editable: the header (title, program,
// cohort, status, award period), the people and their roles, the mentoring
// team with each mentor's responsibilities, and how much the compact holds.
//
// Each header field is saved when the user finishes with it (Enter, leaving
// the field, picking a status or a date), after mc::validateCompactHeader
// has looked at the changed copy: an error shows beside the field and
// nothing is stored; a warning shows beside it and the value is stored.

#include "core/error.h"
#include "ui/compact_page.h"

#include <QString>
#include <functional>
#include <optional>
#include <set>
#include <vector>

class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace mc::ui {

class PeopleModel;

class OverviewPage : public CompactPage {
    Q_OBJECT
public:
    // Opens the person dialog for `person` (`isNew` when adding); the person
    // as edited, or nothing when cancelled. Tests replace it.
    using PersonEditor =
        std::function<std::optional<Person>(QWidget* parent, const Person& person, bool isNew)>;

    explicit OverviewPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    // The older call of the main window: the same, editable when a session is set.
    void showCompact(const Compact& compact, const Date& today);
    QString pageTitle() const override;
    // Shows nothing.
    void clear();
    // The id of the compact shown, empty when none.
    const std::string& compactId() const { return compact_.id; }

    void setPersonEditor(PersonEditor editor) { personEditor_ = std::move(editor); }

    // The actions behind the buttons (also reachable from the keyboard).
    void addPerson();
    void editSelectedPerson();
    void removeSelectedPerson();
    void moveSelectedPerson(int step);
    // Selects the person with `personId` in the people table.
    void selectPerson(const std::string& personId);

    // For tests: the inputs, and the message shown beside a header field
    // ("title", "program", "cohort", "status", "start", "end").
    QLineEdit* titleEdit() const { return title_; }
    QLineEdit* programEdit() const { return program_; }
    QLineEdit* cohortEdit() const { return cohort_; }
    QComboBox* statusBox() const { return status_; }
    QDateEdit* startEdit() const { return start_; }
    QDateEdit* endEdit() const { return end_; }
    QTableView* peopleView() const { return peopleView_; }
    PeopleModel* peopleModel() const { return peopleModel_; }
    QPushButton* addButton() const { return addButton_; }
    QPushButton* removeButton() const { return removeButton_; }
    QString fieldMessage(const std::string& field) const;

private:
    struct Field {
        std::string key;
        QWidget* input = nullptr;
        QLabel* message = nullptr;
    };

    QWidget* buildHeader();
    QWidget* buildPeople();
    QWidget* addField(const std::string& key, QWidget* input);
    QDateEdit* makeDateEdit(const std::string& key, const QString& accessibleName);
    const Field* field(const std::string& key) const;

    bool editable() const;
    void updateEnabled();
    void fillHeader();
    void showMessages(const std::string& key, const std::vector<Problem>& problems);
    void commitField(const std::string& key);
    void readField(const std::string& key, Compact& compact) const;
    void showDerived();
    void showTeam();
    std::string selectedPersonId() const;
    void savePerson(const Person& person);

    Compact compact_;
    Date today_;
    bool readOnly_ = false;
    bool updating_ = false;    // true while showCompact fills the inputs
    int shownCount_ = 0;       // counts showCompact calls, to notice a refresh
    std::set<QWidget*> dirty_; // inputs changed by the user and not saved
    std::vector<Field> fields_;
    PersonEditor personEditor_;

    QLabel* heading_ = nullptr;
    QLineEdit* title_ = nullptr;
    QLineEdit* program_ = nullptr;
    QLineEdit* cohort_ = nullptr;
    QComboBox* status_ = nullptr;
    QDateEdit* start_ = nullptr;
    QDateEdit* end_ = nullptr;
    QLabel* template_ = nullptr;
    QLabel* period_ = nullptr;
    QLabel* closing_ = nullptr; // open, or when and why it was closed
    PeopleModel* peopleModel_ = nullptr;
    QTableView* peopleView_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* removeButton_ = nullptr;
    QPushButton* upButton_ = nullptr;
    QPushButton* downButton_ = nullptr;
    QVBoxLayout* teamLayout_ = nullptr;
    QWidget* team_ = nullptr; // rebuilt for each compact
    QLabel* meetings_ = nullptr;
    QLabel* channels_ = nullptr;
    QLabel* expectations_ = nullptr;
    QLabel* goals_ = nullptr;
    QLabel* milestones_ = nullptr;
};

} // namespace mc::ui
