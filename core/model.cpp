#include "core/model.h"

namespace mc {

const Person* Compact::scholar() const {
    for (const auto& person : people)
        if (person.role == Role::Scholar)
            return &person;
    return nullptr;
}

std::vector<const Person*> Compact::mentors() const {
    std::vector<const Person*> result;
    for (const auto& person : people)
        if (isMentorRole(person.role))
            result.push_back(&person);
    return result;
}

const Person* Compact::findPerson(const std::string& personId) const {
    for (const auto& person : people)
        if (person.id == personId)
            return &person;
    return nullptr;
}

} // namespace mc
