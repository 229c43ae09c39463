// Worksheets in the store (issue 4): the SQL behind the Workspace section
// "Worksheets and alignment". Blind entry is kept here, not in the UI, so
// no caller can show a draft to anyone but its owner by accident.

#include "core/alignment.h"
#include "core/ids.h"
#include "core/templates.h"
#include "core/topics.h"
#include "core/validation.h"
#include "core/worksheet.h"
#include "core/workspace_impl.h"

#include <algorithm>
#include <optional>
#include <set>

namespace mc {

namespace {

using Impl = Workspace::Impl;

const std::string kWorksheetColumns =
    "SELECT w.id, w.compact_id, w.person_id, w.status, w.submitted, w.imported, w.created, "
    "w.updated FROM worksheets w JOIN people p ON p.id = w.person_id ";

std::string dayOf(const std::string& timestamp) {
    return timestamp.substr(0, 10);
}

bool hasWorksheetRole(const Person& person) {
    return person.role == Role::Scholar || isMentorRole(person.role);
}

std::vector<WorksheetAnswer> loadAnswers(Impl& impl, const std::string& worksheetId) {
    auto row = impl.statement("SELECT id, domain, topic, own_topic_title, responsibility, "
                              "importance, text, position, created, updated FROM "
                              "worksheet_answers WHERE worksheet_id = ? ORDER BY position, rowid");
    row.bind(1, worksheetId);
    std::vector<WorksheetAnswer> answers;
    while (row.step()) {
        WorksheetAnswer& a = answers.emplace_back();
        a.id = row.text(0);
        const std::string domain = row.text(1);
        const auto parsed = fromKey<Domain>(domain);
        if (!parsed)
            throw Error(text(MC_TR("core", "The workspace holds an unknown %1 \"%2\": it may have "
                                           "been written by a newer version."),
                             text(MC_TR("core", "domain")), domain));
        a.domain = *parsed;
        a.topic = row.text(2);
        a.ownTopicTitle = row.text(3);
        a.responsibility = row.integer32(4);
        a.importance = row.integer32(5);
        a.text = row.text(6);
        a.position = row.integer32(7);
        a.created = row.text(8);
        a.updated = row.text(9);
    }
    return answers;
}

// Worksheets matching `where` (bound to `key`), in the order of the people,
// each with its answers.
std::vector<Worksheet> loadWorksheets(Impl& impl, const std::string& where,
                                      const std::string& key) {
    std::vector<Worksheet> out;
    {
        auto row = impl.statement(kWorksheetColumns + where + " ORDER BY p.position, p.rowid");
        row.bind(1, key);
        while (row.step()) {
            Worksheet& w = out.emplace_back();
            w.id = row.text(0);
            w.compactId = row.text(1);
            w.personId = row.text(2);
            const std::string status = row.text(3);
            const auto parsed = fromKey<WorksheetStatus>(status);
            if (!parsed)
                throw Error(text(MC_TR("core", "The workspace holds an unknown %1 \"%2\": it may "
                                               "have been written by a newer version."),
                                 text(MC_TR("core", "worksheet status")), status));
            w.status = *parsed;
            w.submitted = row.isNull(4) ? std::string() : row.text(4);
            w.imported = row.isNull(5) ? std::string() : row.text(5);
            w.created = row.text(6);
            w.updated = row.text(7);
        }
    }
    for (Worksheet& w : out)
        w.answers = loadAnswers(impl, w.id);
    return out;
}

Worksheet worksheetById(Impl& impl, const std::string& worksheetId) {
    auto found = loadWorksheets(impl, "WHERE w.id = ?", worksheetId);
    if (found.empty())
        throw Error(text(MC_TR("core", "There is no worksheet %1 in %2."), worksheetId, impl.path));
    return std::move(found.front());
}

std::optional<Worksheet> worksheetOf(Impl& impl, const std::string& compactId,
                                     const std::string& personId) {
    for (Worksheet& w : loadWorksheets(impl, "WHERE w.compact_id = ?", compactId))
        if (w.personId == personId)
            return std::move(w);
    return std::nullopt;
}

std::optional<std::string> nullIfEmpty(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    return text;
}

void writeWorksheetRow(Impl& impl, const Worksheet& w) {
    auto row = impl.statement(
        "INSERT INTO worksheets (id, compact_id, person_id, status, submitted, imported, "
        "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "status = excluded.status, submitted = excluded.submitted, imported = excluded.imported, "
        "updated = excluded.updated");
    row.bind(1, w.id).bind(2, w.compactId).bind(3, w.personId);
    row.bind(4, std::string(toKey(w.status))).bind(5, nullIfEmpty(w.submitted));
    row.bind(6, nullIfEmpty(w.imported)).bind(7, w.created).bind(8, w.updated);
    row.run();
}

void writeAnswer(Impl& impl, const std::string& worksheetId, const WorksheetAnswer& a) {
    auto row = impl.statement(
        "INSERT INTO worksheet_answers (id, worksheet_id, domain, topic, own_topic_title, "
        "responsibility, importance, text, position, created, updated) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "own_topic_title = excluded.own_topic_title, responsibility = excluded.responsibility, "
        "importance = excluded.importance, text = excluded.text, position = excluded.position, "
        "updated = excluded.updated");
    row.bind(1, a.id).bind(2, worksheetId).bind(3, std::string(toKey(a.domain)));
    row.bind(4, a.topic).bind(5, a.ownTopicTitle).bind(6, a.responsibility);
    row.bind(7, a.importance).bind(8, a.text).bind(9, a.position);
    row.bind(10, a.created).bind(11, a.updated);
    row.run();
}

void touchWorksheet(Impl& impl, const std::string& worksheetId, const std::string& now) {
    auto row = impl.statement("UPDATE worksheets SET updated = ? WHERE id = ?");
    row.bind(1, now).bind(2, worksheetId);
    row.run();
}

// The person, who must be in the compact and have a worksheet role.
Person worksheetPerson(const Compact& compact, const std::string& personId) {
    const Person* person = compact.findPerson(personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "There is no person %1 in the compact \"%2\"."), personId,
                         compact.title));
    if (!hasWorksheetRole(*person))
        throw Error(text(MC_TR("core", "%1 is the %2: only the scholar and the mentors fill in "
                                       "worksheets."),
                         person->name, labelText(person->role)));
    return *person;
}

Worksheet draftFor(Impl& impl, const std::string& worksheetId) {
    Worksheet w = worksheetById(impl, worksheetId);
    if (w.isSubmitted())
        throw Error(text(MC_TR("core", "This worksheet was submitted on %1: it is locked, and its "
                                       "answers can no longer be changed."),
                         dayOf(w.submitted)));
    return w;
}

const CompactTemplate* findTemplate(const TemplateLoad& load, const Compact& compact) {
    return compact.templateId.empty() ? nullptr : load.find(compact.templateId);
}

} // namespace

std::vector<Worksheet> Workspace::worksheetsVisibleTo(const std::string& compactId,
                                                      const std::string& viewerPersonId) const {
    const Compact compact = impl_->loadContext(compactId);
    if (compact.findPerson(viewerPersonId) == nullptr)
        throw Error(text(MC_TR("core", "There is no person %1 in the compact \"%2\"."),
                         viewerPersonId, compact.title));
    std::vector<Worksheet> all = loadWorksheets(*impl_, "WHERE w.compact_id = ?", compactId);
    std::erase_if(
        all, [&](const Worksheet& w) { return w.personId != viewerPersonId && !w.isSubmitted(); });
    return all;
}

std::vector<WorksheetProgress> Workspace::worksheetProgress(const std::string& compactId) const {
    const Compact compact = impl_->loadContext(compactId);
    std::vector<WorksheetProgress> out;
    for (const Person& person : compact.people) {
        if (!hasWorksheetRole(person))
            continue;
        WorksheetProgress& progress = out.emplace_back();
        progress.personId = person.id;
        // One use per person: the statement is reset when the use ends.
        auto row = impl_->statement(
            "SELECT id, status, submitted FROM worksheets WHERE compact_id = ? AND person_id = ?");
        row.bind(1, compactId).bind(2, person.id);
        if (row.step()) {
            progress.worksheetId = row.text(0);
            progress.status =
                fromKey<WorksheetStatus>(row.text(1)).value_or(WorksheetStatus::Draft);
            progress.submitted = row.isNull(2) ? std::string() : row.text(2);
        }
    }
    return out;
}

Worksheet Workspace::openWorksheet(const std::string& compactId, const std::string& personId,
                                   const std::string& ownTemplateFolder) {
    const Compact compact = impl_->loadContext(compactId);
    worksheetPerson(compact, personId);
    if (auto existing = worksheetOf(*impl_, compactId, personId))
        return std::move(*existing);
    impl_->requireWritable();

    const TemplateLoad load =
        compact.templateId.empty() ? TemplateLoad{} : loadAllTemplates(ownTemplateFolder);
    const std::string now = utcTimestampNow();
    Worksheet w;
    w.compactId = compactId;
    w.personId = personId;
    fillStamps(w, now, false);
    int position = 0;
    for (const WorksheetTopic& topic : worksheetTopics(findTemplate(load, compact))) {
        WorksheetAnswer& a = w.answers.emplace_back();
        a.domain = topic.domain;
        a.topic = topic.key;
        if (findTopic(topic.key) == nullptr)
            a.ownTopicTitle = topic.title;
        a.position = position++;
        fillStamps(a, now, false);
    }
    sqlite::Transaction transaction(impl_->db);
    writeWorksheetRow(*impl_, w);
    for (const WorksheetAnswer& a : w.answers)
        writeAnswer(*impl_, w.id, a);
    transaction.commit();
    return w;
}

WorksheetAnswer Workspace::saveWorksheetAnswer(const std::string& worksheetId,
                                               WorksheetAnswer answer) {
    impl_->requireWritable();
    const Worksheet w = draftFor(*impl_, worksheetId);
    const std::string now = utcTimestampNow();
    if (const WorksheetAnswer* stored = answer.id.empty() ? nullptr : w.findAnswer(answer.id)) {
        // The topic of an answer is fixed; only what was said changes.
        answer.domain = stored->domain;
        answer.topic = stored->topic;
        answer.position = stored->position;
        answer.created = stored->created;
        if (!stored->isOwnTopic())
            answer.ownTopicTitle = stored->ownTopicTitle;
    } else {
        if (w.findTopic(answer.topic) != nullptr)
            throw Error(
                text(MC_TR("core", "This worksheet already has the topic %1."), answer.topic));
        int last = -1;
        for (const WorksheetAnswer& a : w.answers)
            last = std::max(last, a.position);
        answer.position = last + 1;
        answer.created.clear();
    }
    fillStamps(answer, now, true);
    refuseErrors(validateWorksheetAnswer(answer));
    sqlite::Transaction transaction(impl_->db);
    writeAnswer(*impl_, worksheetId, answer);
    touchWorksheet(*impl_, worksheetId, now);
    transaction.commit();
    return answer;
}

WorksheetAnswer Workspace::addOwnTopic(const std::string& worksheetId, Domain domain,
                                       const std::string& title) {
    const Worksheet w = draftFor(*impl_, worksheetId);
    WorksheetAnswer answer;
    answer.domain = domain;
    answer.topic = ownTopicKey(title);
    const auto first = title.find_first_not_of(" \t\r\n");
    const auto last = title.find_last_not_of(" \t\r\n");
    answer.ownTopicTitle = title.substr(first, last - first + 1);
    if (const WorksheetAnswer* same = w.findTopic(answer.topic))
        throw Error(text(MC_TR("core", "This worksheet already has a topic \"%1\": write in it, "
                                       "or give the new topic another title."),
                         same->ownTopicTitle));
    return saveWorksheetAnswer(worksheetId, answer);
}

void Workspace::deleteOwnTopic(const std::string& worksheetId, const std::string& answerId) {
    impl_->requireWritable();
    const Worksheet w = draftFor(*impl_, worksheetId);
    const WorksheetAnswer* answer = w.findAnswer(answerId);
    if (answer == nullptr)
        throw Error(text(MC_TR("core", "There is no answer %1 in this worksheet."), answerId));
    if (!answer->isOwnTopic())
        throw Error(text(MC_TR("core", "\"%1\" is a topic of the compact, not one of your own: "
                                       "leave it unanswered instead."),
                         describeTopic(*answer).title));
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("DELETE FROM worksheet_answers WHERE id = ?");
    row.bind(1, answerId);
    row.run();
    touchWorksheet(*impl_, worksheetId, utcTimestampNow());
    transaction.commit();
}

Worksheet Workspace::submitWorksheet(const std::string& worksheetId) {
    impl_->requireWritable();
    Worksheet w = draftFor(*impl_, worksheetId);
    if (w.answeredCount() == 0)
        throw Error(text(MC_TR("core", "Nothing is answered yet: give at least one topic an "
                                       "importance or your own words before submitting.")));
    const std::string now = utcTimestampNow();
    w.status = WorksheetStatus::Submitted;
    w.submitted = now;
    w.updated = now;
    sqlite::Transaction transaction(impl_->db);
    writeWorksheetRow(*impl_, w);
    transaction.commit();
    return w;
}

std::vector<Worksheet> Workspace::submittedWorksheets(const std::string& compactId) const {
    impl_->loadHeader(compactId);
    return loadWorksheets(*impl_, "WHERE w.compact_id = ? AND w.status = 'submitted'", compactId);
}

Worksheet Workspace::importWorksheet(const Worksheet& worksheet) {
    impl_->requireWritable();
    if (!worksheet.isSubmitted())
        throw Error(text(MC_TR("core", "This worksheet is a draft: only submitted worksheets can "
                                       "be imported. Ask its author to submit it, then export it "
                                       "again.")));
    if (!hasCompact(worksheet.compactId)) {
        const auto compacts = listCompacts();
        Text here = compacts.size() == 1 ? text(MC_TR("core", "compact %1 (\"%2\")"),
                                                compacts.front().id, compacts.front().title)
                                         : text(MC_TR("core", "any compact in %1"), impl_->path);
        throw Error(text(MC_TR("core", "This worksheet belongs to compact %1, not %2."),
                         worksheet.compactId, here));
    }
    const Compact compact = impl_->loadContext(worksheet.compactId);
    const Person* person = compact.findPerson(worksheet.personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "The person %1 who wrote this worksheet is not in the "
                                       "compact \"%2\"."),
                         worksheet.personId, compact.title));
    worksheetPerson(compact, worksheet.personId);
    refuseErrors(validateWorksheet(worksheet));

    auto sameId = loadWorksheets(*impl_, "WHERE w.id = ?", worksheet.id);
    if (!sameId.empty() && sameId.front().isSubmitted()) {
        const Worksheet& here = sameId.front();
        throw Error(
            text(MC_TR("core", "This worksheet of %1 is already here: %2."), person->name,
                 here.imported.empty()
                     ? text(MC_TR("core", "it was submitted here on %1"), dayOf(here.submitted))
                     : text(MC_TR("core", "it was already imported on %1"), dayOf(here.imported))));
    }
    const auto existing = worksheetOf(*impl_, worksheet.compactId, worksheet.personId);
    if (existing && existing->isSubmitted())
        throw Error(text(MC_TR("core", "%1 already submitted another worksheet here on %2; a "
                                       "submitted worksheet is not replaced."),
                         person->name, dayOf(existing->submitted)));

    Worksheet stored = worksheet;
    const std::string now = utcTimestampNow();
    stored.imported = now;
    fillStamps(stored, now, false);
    for (WorksheetAnswer& a : stored.answers)
        fillStamps(a, now, false);
    sqlite::Transaction transaction(impl_->db);
    if (existing) {
        auto remove = impl_->statement("DELETE FROM worksheets WHERE id = ?");
        remove.bind(1, existing->id);
        remove.run();
    }
    writeWorksheetRow(*impl_, stored);
    for (const WorksheetAnswer& a : stored.answers)
        writeAnswer(*impl_, stored.id, a);
    transaction.commit();
    return stored;
}

void Workspace::checkWorksheets(const std::vector<Compact>& compacts,
                                const std::vector<Worksheet>& worksheets) const {
    std::vector<Problem> problems;
    std::vector<int> counts(compacts.size(), 0);
    std::set<std::string> people; // compact id + person id
    for (const Worksheet& w : worksheets) {
        const auto it = std::find_if(compacts.begin(), compacts.end(),
                                     [&](const Compact& c) { return c.id == w.compactId; });
        if (it == compacts.end()) {
            problems.push_back(
                Problem(Severity::Error, "worksheets",
                        text(MC_TR("core", "the worksheet %1 belongs to no compact being imported"),
                             w.id)));
            continue;
        }
        const auto index = static_cast<std::size_t>(it - compacts.begin());
        const std::string at = "compacts[" + std::to_string(index) + "].worksheets[" +
                               std::to_string(counts[index]++) + "]";
        const Person* person = it->findPerson(w.personId);
        if (!w.isSubmitted())
            problems.push_back(
                Problem(Severity::Error, at + ".status",
                        text(MC_TR("core", "a draft: only submitted worksheets can be imported"))));
        if (person == nullptr || !hasWorksheetRole(*person))
            problems.push_back(
                Problem(Severity::Error, at + ".person",
                        text(MC_TR("core", "\"%1\" is not the scholar or a mentor of this compact"),
                             w.personId)));
        else if (!people.insert(w.compactId + " " + w.personId).second)
            problems.push_back(
                Problem(Severity::Error, at + ".person",
                        text(MC_TR("core", "%1 has another worksheet here"), person->name)));
        for (Problem problem : validateWorksheet(w, at))
            if (problem.severity == Severity::Error)
                problems.push_back(std::move(problem));
        if (!w.id.empty() && !loadWorksheets(*impl_, "WHERE w.id = ?", w.id).empty())
            problems.push_back(Problem(
                Severity::Error, at + ".id",
                text(MC_TR("core", "the id \"%1\" is already used in this workspace"), w.id)));
    }
    refuseErrors(std::move(problems));
}

void Workspace::insertWorksheets(const std::vector<Worksheet>& worksheets) {
    const std::string now = utcTimestampNow();
    for (Worksheet stored : worksheets) {
        stored.imported = now; // it came into this workspace from a file
        fillStamps(stored, now, false);
        for (WorksheetAnswer& a : stored.answers)
            fillStamps(a, now, false);
        writeWorksheetRow(*impl_, stored);
        for (const WorksheetAnswer& a : stored.answers)
            writeAnswer(*impl_, stored.id, a);
    }
}

AlignmentReport Workspace::alignment(const std::string& compactId,
                                     const std::string& ownTemplateFolder) const {
    const Compact compact = loadCompact(compactId);
    const auto worksheets = loadWorksheets(*impl_, "WHERE w.compact_id = ?", compactId);
    const TemplateLoad load =
        compact.templateId.empty() ? TemplateLoad{} : loadAllTemplates(ownTemplateFolder);
    return computeAlignment(compact, worksheets, findTemplate(load, compact));
}

Expectation Workspace::agreeClause(const std::string& compactId, Expectation clause,
                                   const std::vector<std::string>& answerIds) {
    impl_->requireWritable();
    impl_->loadHeader(compactId);
    impl_->refuseIfLocked(compactId); // a new clause changes a signed text
    if (answerIds.empty())
        throw Error(text(MC_TR("core", "An agreed clause is linked to the worksheet answers it "
                                       "was written from: choose at least one answer.")));
    for (const std::string& answerId : answerIds) {
        auto owner = impl_->statement("SELECT w.compact_id, w.status FROM worksheet_answers a "
                                      "JOIN worksheets w ON w.id = a.worksheet_id WHERE a.id = ?");
        owner.bind(1, answerId);
        const bool found = owner.step();
        const std::string ownerCompact = found ? owner.text(0) : std::string();
        const std::string status = found ? owner.text(1) : std::string();
        if (!found || ownerCompact != compactId)
            throw Error(
                text(MC_TR("core", "There is no worksheet answer %1 in this compact."), answerId));
        if (status != toKey(WorksheetStatus::Submitted))
            throw Error(text(MC_TR("core", "The answer %1 is in a worksheet not yet submitted: "
                                           "only submitted answers can be agreed on."),
                             answerId));
    }
    clause.origin = Origin::Negotiated;
    clause.state = ExpectationState::Agreed;
    fillStamps(clause, utcTimestampNow(), true);
    refuseErrors(validateExpectation(clause));

    sqlite::Transaction transaction(impl_->db);
    impl_->writeExpectation(compactId, clause);
    auto clear = impl_->statement("DELETE FROM expectation_sources WHERE expectation_id = ?");
    clear.bind(1, clause.id);
    clear.run();
    for (const std::string& answerId : answerIds) {
        auto link = impl_->statement(
            "INSERT OR IGNORE INTO expectation_sources (expectation_id, answer_id) VALUES (?, ?)");
        link.bind(1, clause.id).bind(2, answerId);
        link.run();
    }
    transaction.commit();
    return clause;
}

std::vector<std::string> Workspace::expectationSources(const std::string& expectationId) const {
    auto row = impl_->statement(
        "SELECT answer_id FROM expectation_sources WHERE expectation_id = ? ORDER BY rowid");
    row.bind(1, expectationId);
    std::vector<std::string> out;
    while (row.step())
        out.push_back(row.text(0));
    return out;
}

} // namespace mc
