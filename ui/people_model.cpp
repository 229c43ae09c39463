#include "ui/people_model.h"

#include "ui/qt_helpers.h"

namespace mc::ui {

namespace {

// Several lines of responsibilities shown on one table line.
QString oneLine(const std::string& text) {
    return toQString(text).simplified();
}

} // namespace

PeopleModel::PeopleModel(QObject* parent) : QAbstractTableModel(parent) {
}

void PeopleModel::setPeople(std::vector<Person> people) {
    beginResetModel();
    people_ = std::move(people);
    endResetModel();
}

const Person* PeopleModel::personAt(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= people_.size())
        return nullptr;
    return &people_[static_cast<std::size_t>(row)];
}

int PeopleModel::rowOf(const std::string& personId) const {
    for (std::size_t row = 0; row < people_.size(); ++row)
        if (people_[row].id == personId)
            return static_cast<int>(row);
    return -1;
}

int PeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(people_.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person* person = personAt(index.row());
    if (!person)
        return {};
    if (role == IdRole)
        return toQString(person->id);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return toQString(person->name);
    case RoleColumn:
        return labelOf(person->role);
    case EmailColumn:
        return toQString(person->email);
    case DepartmentColumn:
        return toQString(person->department);
    case InstitutionColumn:
        return toQString(person->institution);
    case ResponsibilitiesColumn:
        return oneLine(person->responsibilities);
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("E-mail");
    case DepartmentColumn:
        return tr("Department");
    case InstitutionColumn:
        return tr("Institution");
    case ResponsibilitiesColumn:
        return tr("Responsibilities");
    default:
        return {};
    }
}

} // namespace mc::ui
