#pragma once
// Compacts for the print tests, the same on every run: fixed dates and ids,
// so the golden HTML (which shows the fingerprint) never drifts.

#include "core/dates.h"
#include "core/demo.h"
#include "core/model.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <cstdio>
#include <map>
#include <string>

namespace mc::test {

// Gives every entity a counted id ("00000000-0000-4000-8000-000000000001"...)
// and rewrites the references to match.
inline Compact withFixedIds(Compact compact) {
    int next = 0;
    std::map<std::string, std::string> renamed;
    auto fresh = [&next](std::string& id, std::map<std::string, std::string>* map) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "00000000-0000-4000-8000-%012d", ++next);
        if (map)
            (*map)[id] = buffer;
        id = buffer;
    };
    fresh(compact.id, nullptr);
    for (auto& person : compact.people)
        fresh(person.id, &renamed);
    for (auto& goal : compact.goals) {
        fresh(goal.id, &renamed);
        goal.ownerId = renamed[goal.ownerId];
    }
    for (auto& expectation : compact.expectations)
        fresh(expectation.id, nullptr);
    for (auto& milestone : compact.milestones) {
        fresh(milestone.id, nullptr);
        milestone.responsibleId = renamed[milestone.responsibleId];
        if (!milestone.goalId.empty())
            milestone.goalId = renamed[milestone.goalId];
    }
    return compact;
}

// The demo's signed team compact: a scholar, two mentors and the chair.
inline Compact demoTeamCompact() {
    return withFixedIds(makeDemoCompact(boost::gregorian::date(2026, 11, 2)));
}

// A long compact: 60 clauses of varied length over the six domains and 40
// milestones, to make tables run over several pages.
inline Compact longCompact() {
    Compact compact = sampleCompact("Dr. Ines Castellano-Whitfield");
    compact.title = "Mentoring compact: a long one";
    compact.status = CompactStatus::InNegotiation;
    const Expectation model = compact.expectations.front();
    compact.expectations.clear();
    const std::string sentence =
        "The mentor reads each draft within a week and returns written comments. ";
    for (int i = 0; i < 60; ++i) {
        Expectation e = model;
        e.domain = static_cast<Domain>(i % 6);
        e.position = i;
        e.direction = static_cast<Direction>(i % 3);
        e.state = i % 4 == 0 ? ExpectationState::Discussed : ExpectationState::Agreed;
        e.text = "Clause " + std::to_string(i + 1) + ": ";
        for (int k = 0; k <= (i * 7) % 6; ++k)
            e.text += sentence;
        compact.expectations.push_back(e);
    }
    const Milestone first = compact.milestones.front();
    compact.milestones.clear();
    for (int i = 0; i < 40; ++i) {
        Milestone m = first;
        m.title = "Milestone " + std::to_string(i + 1) +
                  (i % 3 == 0 ? ": submit the paper on the cohort's second-year outcomes to a "
                                "journal the team agrees on"
                              : ": progress report");
        m.kind = static_cast<MilestoneKind>(i % 8);
        m.due = boost::gregorian::date(2026, 10, 1) + boost::gregorian::days(25 * i);
        compact.milestones.push_back(m);
    }
    return withFixedIds(compact);
}

// A workspace with one compact (Lena Ortiz, her primary mentor and a
// co-mentor) signed by all three: version 1, locked. The scholar draws her
// signature. amend() starts version 2 and changes its clause.
struct SignedWorkspace {
    TempDir dir;
    std::string file = dir.file("signed.compact");
    Workspace ws = Workspace::create(file, "Signed");
    Compact compact = ws.addCompact(sampleCompact());
    Date today = todayLocal();
    Drawing flourish = {{{80, 620}, {240, 380}, {420, 640}, {600, 360}, {900, 500}}, {{500, 800}}};

    explicit SignedWorkspace(bool signAll = true) {
        if (!signAll)
            return;
        for (const Person& person : compact.people)
            ws.sign(compact.id, person.id, person.name, today,
                    person.role == Role::Scholar ? flourish : Drawing{}, today);
    }
    void amend() {
        ws.startAmendment(compact.id);
        Expectation clause = ws.loadCompact(compact.id).expectations.at(0);
        clause.text = "We meet every Monday for half an hour.";
        ws.saveExpectation(compact.id, clause);
    }
};

} // namespace mc::test
