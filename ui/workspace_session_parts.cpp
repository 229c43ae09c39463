// The session's edits of the parts of a compact: people, expectations,
// goals, milestones and the meeting plan.

#include "core/error.h"
#include "core/ids.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <algorithm>

namespace mc::ui {

namespace {

template <typename T> const T* findById(const std::vector<T>& items, const std::string& id) {
    const auto found =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

QString label(const std::string& text) {
    const QString whole = toQString(text).simplified();
    return whole.size() > 40 ? whole.left(39) + QChar(0x2026) : whole;
}

// Saving a part: undo puts back the part as it was, or removes a new one.
// The four kinds of part share this shape, so one template serves them.
template <typename T, typename Save, typename Remove>
std::pair<std::function<void()>, std::function<void()>>
saveSteps(const std::string& compactId, const T& after, const T* before, Save save, Remove remove) {
    std::function<void()> redo = [=] {
        save(compactId, after);
    };
    std::function<void()> undo;
    if (before)
        undo = [=, previous = *before] {
            save(compactId, previous);
        };
    else
        undo = [=, id = after.id] {
            remove(compactId, id);
        };
    return {redo, undo};
}

} // namespace

QString WorkspaceSession::savePerson(const std::string& compactId, Person person) {
    if (person.id.empty())
        person.id = newUuid();
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    auto [redo, undo] = saveSteps(
        compactId, person, findById(current->people, person.id),
        [this](const std::string& c, const Person& p) { workspace_.savePerson(c, p); },
        [this](const std::string& c, const std::string& id) { workspace_.deletePerson(c, id); });
    return perform(tr("Edit %1").arg(label(person.name)), compactId, true, redo, undo);
}

QString WorkspaceSession::deletePerson(const std::string& compactId, const std::string& personId) {
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Person* person = findById(current->people, personId);
    if (!person)
        return tr("That person is no longer in this compact.");
    return perform(
        tr("Remove %1").arg(label(person->name)), compactId, true,
        [this, compactId, personId] { workspace_.deletePerson(compactId, personId); },
        [this, compactId, previous = *person] { workspace_.savePerson(compactId, previous); });
}

QString WorkspaceSession::saveExpectation(const std::string& compactId, Expectation expectation) {
    if (expectation.id.empty())
        expectation.id = newUuid();
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Expectation* before = findById(current->expectations, expectation.id);
    if (!before) {
        // A new clause goes to the end of its domain.
        int last = -1;
        for (const auto& e : current->expectations)
            if (e.domain == expectation.domain)
                last = std::max(last, e.position);
        expectation.position = last + 1;
    }
    auto [redo, undo] = saveSteps(
        compactId, expectation, before,
        [this](const std::string& c, const Expectation& e) { workspace_.saveExpectation(c, e); },
        [this](const std::string& c, const std::string& id) {
            workspace_.deleteExpectation(c, id);
        });
    return perform(before ? tr("Edit clause") : tr("Add clause"), compactId, false, redo, undo);
}

QString WorkspaceSession::deleteExpectation(const std::string& compactId,
                                            const std::string& expectationId) {
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Expectation* before = findById(current->expectations, expectationId);
    if (!before)
        return tr("That clause is no longer in this compact.");
    return perform(
        tr("Delete clause"), compactId, false,
        [this, compactId, expectationId] {
            workspace_.deleteExpectation(compactId, expectationId);
        },
        [this, compactId, previous = *before] { workspace_.saveExpectation(compactId, previous); });
}

QString WorkspaceSession::moveExpectation(const std::string& compactId,
                                          const std::string& expectationId, int step) {
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Expectation* moving = findById(current->expectations, expectationId);
    if (!moving)
        return tr("That clause is no longer in this compact.");
    // The loaded list is in display order: the neighbour is the next clause
    // of the same domain in the direction of the step.
    std::vector<Expectation> sameDomain;
    for (const auto& e : current->expectations)
        if (e.domain == moving->domain)
            sameDomain.push_back(e);
    const auto at = std::find_if(sameDomain.begin(), sameDomain.end(),
                                 [&](const Expectation& e) { return e.id == expectationId; });
    const auto index = std::distance(sameDomain.begin(), at) + step;
    if (index < 0 || index >= static_cast<std::ptrdiff_t>(sameDomain.size()))
        return {}; // already first or last: nothing to do
    // Renumber the domain in display order, then swap the two: positions
    // may have had gaps or ties, and this makes the move always visible.
    std::vector<Expectation> after = sameDomain;
    std::swap(after[static_cast<std::size_t>(std::distance(sameDomain.begin(), at))],
              after[static_cast<std::size_t>(index)]);
    for (std::size_t i = 0; i < after.size(); ++i)
        after[i].position = static_cast<int>(i);
    auto saveAll = [this, compactId](const std::vector<Expectation>& list) {
        for (const auto& e : list)
            workspace_.saveExpectation(compactId, e);
    };
    return perform(
        tr("Move clause"), compactId, false, [saveAll, after] { saveAll(after); },
        [saveAll, sameDomain] { saveAll(sameDomain); });
}

QString WorkspaceSession::saveGoal(const std::string& compactId, Goal goal) {
    if (goal.id.empty())
        goal.id = newUuid();
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Goal* before = findById(current->goals, goal.id);
    if (!before)
        goal.position = static_cast<int>(current->goals.size());
    auto [redo, undo] = saveSteps(
        compactId, goal, before,
        [this](const std::string& c, const Goal& g) { workspace_.saveGoal(c, g); },
        [this](const std::string& c, const std::string& id) { workspace_.deleteGoal(c, id); });
    return perform(before ? tr("Edit goal") : tr("Add goal"), compactId, false, redo, undo);
}

QString WorkspaceSession::deleteGoal(const std::string& compactId, const std::string& goalId) {
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Goal* before = findById(current->goals, goalId);
    if (!before)
        return tr("That goal is no longer in this compact.");
    // Deleting a goal unlinks its milestones; undo links them again.
    std::vector<Milestone> linked;
    for (const auto& m : current->milestones)
        if (m.goalId == goalId)
            linked.push_back(m);
    return perform(
        tr("Delete goal"), compactId, false,
        [this, compactId, goalId] { workspace_.deleteGoal(compactId, goalId); },
        [this, compactId, previous = *before, linked] {
            workspace_.saveGoal(compactId, previous);
            for (const auto& m : linked)
                workspace_.saveMilestone(compactId, m);
        });
}

QString WorkspaceSession::saveMilestone(const std::string& compactId, Milestone milestone) {
    if (milestone.id.empty())
        milestone.id = newUuid();
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Milestone* before = findById(current->milestones, milestone.id);
    auto [redo, undo] = saveSteps(
        compactId, milestone, before,
        [this](const std::string& c, const Milestone& m) { workspace_.saveMilestone(c, m); },
        [this](const std::string& c, const std::string& id) { workspace_.deleteMilestone(c, id); });
    return perform(
        (before ? tr("Edit milestone %1") : tr("Add milestone %1")).arg(label(milestone.title)),
        compactId, true, redo, undo);
}

QString WorkspaceSession::deleteMilestone(const std::string& compactId,
                                          const std::string& milestoneId) {
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    const Milestone* before = findById(current->milestones, milestoneId);
    if (!before)
        return tr("That milestone is no longer in this compact.");
    return perform(
        tr("Delete milestone %1").arg(label(before->title)), compactId, true,
        [this, compactId, milestoneId] { workspace_.deleteMilestone(compactId, milestoneId); },
        [this, compactId, previous = *before] { workspace_.saveMilestone(compactId, previous); });
}

QString WorkspaceSession::saveMeetingPlan(const std::string& compactId, const MeetingPlan& plan) {
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    return perform(
        tr("Edit meeting plan"), compactId, false,
        [this, compactId, plan] { workspace_.saveMeetingPlan(compactId, plan); },
        [this, compactId, previous = current->meetingPlan] {
            workspace_.saveMeetingPlan(compactId, previous);
        });
}

} // namespace mc::ui
