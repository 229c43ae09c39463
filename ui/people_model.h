#pragma once
// The people of one compact as a table: name, role, e-mail, department,
// institution and responsibilities. A thin adapter over core's Person
// values; it never edits them (edits go through the WorkspaceSession).

#include "core/model.h"

#include <QAbstractTableModel>
#include <vector>

namespace mc::ui {

class PeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        EmailColumn,
        DepartmentColumn,
        InstitutionColumn,
        ResponsibilitiesColumn,
        ColumnCount
    };
    // The person's id (a QString), in every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PeopleModel(QObject* parent = nullptr);

    // Replaces the rows with `people`, in the order given.
    void setPeople(std::vector<Person> people);
    const std::vector<Person>& people() const { return people_; }
    // The person in `row`, or nullptr when there is no such row.
    const Person* personAt(int row) const;
    // The row of the person with `personId`, or -1.
    int rowOf(const std::string& personId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Person> people_;
};

} // namespace mc::ui
