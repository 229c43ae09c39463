#pragma once
// The scripted edits of the kill harness (issue 8, crash safety), shared by
// the driver that makes them and the runner that checks them after a kill.
// Edit n is a pure function of n, so the runner knows what every edit the
// driver reported as committed must have stored. Seven edits make a group,
// each on the compact the group's first edit adds:
//
//   7g+1  addCompact          title "edit 7g+1"
//   7g+2  saveMilestone       title "edit 7g+2"
//   7g+3  saveMeeting         topics "edit 7g+3"
//   7g+4  saveExpectation     text "edit 7g+4"
//   7g+5  sign (the scholar)  a signature on the compact's version 1
//   7g+6  importWorksheetJson the mentor's submitted worksheet, a file of
//                             kWorksheetAnswers answers, in one transaction
//   7g+7  importJson          kImportSize compacts titled "import 7g+7 #k",
//                             all in one transaction
//
// Every edit is one transaction, so the edits found in the file must be
// 1..k for some k, with nothing after a gap, and an import (of compacts or
// of a worksheet) either complete or absent.

#include "core/ids.h"
#include "core/json_io.h"
#include "core/topics.h"
#include "core/worksheet.h"
#include "core/workspace.h"

#include <map>
#include <string>

namespace mc::crash {

inline constexpr int kGroup = 7;
inline constexpr int kImportSize = 20;
inline constexpr int kWorksheetAnswers = 30;

inline Compact compactNamed(const std::string& title, const std::string& scholarName) {
    Compact compact;
    compact.title = title;
    compact.program = "KL2";
    compact.cohort = "2026";
    compact.start = todayLocal() - boost::gregorian::days(30);
    compact.end = compact.start + boost::gregorian::years(3);
    Person scholar;
    scholar.id = newUuid();
    scholar.role = Role::Scholar;
    scholar.name = scholarName;
    Person mentor;
    mentor.id = newUuid();
    mentor.role = Role::PrimaryMentor;
    mentor.name = "Prof. Sam Reyes";
    mentor.position = 1;
    compact.people = {scholar, mentor};
    return compact;
}

inline std::string editTitle(int n) {
    return "edit " + std::to_string(n);
}

// The titles of the compacts in the file, to their ids.
inline std::map<std::string, std::string> compactsByTitle(const Workspace& ws) {
    std::map<std::string, std::string> out;
    for (const CompactListEntry& entry : ws.listCompacts())
        out.emplace(entry.title, entry.id);
    return out;
}

inline int groupStart(int n) {
    return (n - 1) / kGroup * kGroup + 1;
}

// Makes edit n. The edits before it must be in the file.
inline void applyEdit(Workspace& ws, int n) {
    const int step = (n - 1) % kGroup + 1;
    const Date today = todayLocal();
    if (step == 1) {
        ws.addCompact(compactNamed(editTitle(n), "Scholar " + std::to_string(n)));
        return;
    }
    const std::string id = compactsByTitle(ws).at(editTitle(groupStart(n)));
    switch (step) {
    case 2: {
        Milestone milestone;
        milestone.responsibleId = ws.loadCompact(id).people.at(0).id;
        milestone.kind = MilestoneKind::Publication;
        milestone.title = editTitle(n);
        milestone.due = today + boost::gregorian::days(n % 300 + 1);
        ws.saveMilestone(id, milestone);
        return;
    }
    case 3: {
        Meeting meeting;
        meeting.compactId = id;
        meeting.date = today;
        meeting.topics = editTitle(n);
        ws.saveMeeting(id, meeting, today);
        return;
    }
    case 4: {
        Expectation clause;
        clause.domain = Domain::Research;
        clause.topic = "research.authorship";
        clause.text = editTitle(n);
        ws.saveExpectation(id, clause);
        return;
    }
    case 5: {
        const Person scholar = ws.loadCompact(id).people.at(0);
        ws.sign(id, scholar.id, scholar.name, today, {{{100, 100}, {900, 900}}}, today);
        return;
    }
    case 6: {
        const Compact compact = ws.loadCompact(id);
        const Person& mentor = compact.people.at(1);
        Worksheet sheet;
        sheet.id = newUuid();
        sheet.created = sheet.updated = sheet.submitted = utcTimestampNow();
        sheet.compactId = id;
        sheet.personId = mentor.id;
        sheet.status = WorksheetStatus::Submitted;
        for (int k = 0; k < kWorksheetAnswers; ++k) {
            const Topic& topic = allTopics()[static_cast<std::size_t>(k)];
            WorksheetAnswer answer;
            answer.id = newUuid();
            answer.created = answer.updated = sheet.created;
            answer.domain = topic.domain;
            answer.topic = std::string(topic.key);
            answer.responsibility = k % 5 + 1;
            answer.importance = (k + 2) % 5 + 1;
            answer.text = editTitle(n);
            answer.position = k;
            sheet.answers.push_back(answer);
        }
        importWorksheetJson(ws, worksheetToJson(sheet, compact.title, mentor.name),
                            editTitle(n) + ".json");
        return;
    }
    default: {
        JsonDocument document;
        document.workspace = ws.info();
        for (int k = 1; k <= kImportSize; ++k) {
            Compact compact = compactNamed("import " + std::to_string(n) + " #" + std::to_string(k),
                                           "Imported " + std::to_string(k));
            compact.id = newUuid();
            document.compacts.push_back(std::move(compact));
        }
        importJson(ws, toJson(document));
        return;
    }
    }
}

// How many compacts of import edit n are in the file.
inline int importedOf(const std::map<std::string, std::string>& titles, int n) {
    int found = 0;
    for (int k = 1; k <= kImportSize; ++k)
        found += titles.count("import " + std::to_string(n) + " #" + std::to_string(k)) > 0;
    return found;
}

// How many answers the imported worksheet of the compact has: -1 when
// there is none.
inline int worksheetAnswersOf(const Workspace& ws, const std::string& compactId) {
    const std::vector<Worksheet> sheets = ws.submittedWorksheets(compactId);
    return sheets.empty() ? -1 : static_cast<int>(sheets.front().answers.size());
}

// Is edit n in the file?
inline bool editPresent(const Workspace& ws, const std::map<std::string, std::string>& titles,
                        int n) {
    const int step = (n - 1) % kGroup + 1;
    const auto compact = titles.find(editTitle(groupStart(n)));
    if (compact == titles.end())
        return false;
    const std::string& id = compact->second;
    switch (step) {
    case 1:
        return true;
    case 2:
        for (const Milestone& m : ws.loadCompact(id).milestones)
            if (m.title == editTitle(n))
                return true;
        return false;
    case 3:
        for (const Meeting& m : ws.meetings(id))
            if (m.topics == editTitle(n))
                return true;
        return false;
    case 4:
        for (const Expectation& e : ws.loadCompact(id).expectations)
            if (e.text == editTitle(n))
                return true;
        return false;
    case 5: {
        const SigningHistory history = ws.signingHistory(id);
        return !history.versions.empty() && !history.versions.front().signatures.empty();
    }
    case 6:
        return worksheetAnswersOf(ws, id) == kWorksheetAnswers;
    default:
        return importedOf(titles, n) == kImportSize;
    }
}

// The first edit not in the file: where the driver resumes.
inline int firstMissing(const Workspace& ws) {
    const auto titles = compactsByTitle(ws);
    int n = 1;
    // Whole groups first (their last edit present means all are), then edits.
    while (titles.count(editTitle(n)) > 0 && editPresent(ws, titles, n + kGroup - 1))
        n += kGroup;
    while (editPresent(ws, titles, n))
        ++n;
    return n;
}

} // namespace mc::crash
