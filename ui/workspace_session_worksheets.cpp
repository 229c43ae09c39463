// The session's worksheet and alignment edits (issue 4): answers and own
// topics are undoable; submitting and importing are final, because the
// store locks a submitted worksheet; an agreed clause is undone by deleting
// it, which takes its links to the answers along.

#include "core/error.h"
#include "core/ids.h"
#include "core/worksheet.h"
#include "ui/core_text.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <algorithm>
#include <memory>

namespace mc::ui {

namespace {

QString shortLabel(const std::string& text) {
    const QString whole = toQString(text).simplified();
    return whole.size() > 40 ? whole.left(39) + QChar(0x2026) : whole;
}

// The person's worksheet, or nothing with the reason in `refusal`.
std::optional<Worksheet> ownWorksheet(const Workspace& workspace, const std::string& compactId,
                                      const std::string& personId, QString& refusal) {
    try {
        for (Worksheet& worksheet : workspace.worksheetsVisibleTo(compactId, personId))
            if (worksheet.personId == personId)
                return std::move(worksheet);
        refusal = WorkspaceSession::tr("This person has not started a worksheet yet.");
    } catch (const std::exception& error) {
        refusal = coreText(error);
    }
    return std::nullopt;
}

} // namespace

QString WorkspaceSession::openWorksheet(const std::string& compactId, const std::string& personId,
                                        Worksheet* started) {
    try {
        Worksheet worksheet = workspace_.openWorksheet(compactId, personId);
        if (started)
            *started = std::move(worksheet);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, false);
    return {};
}

QString WorkspaceSession::saveWorksheetAnswer(const std::string& compactId,
                                              const std::string& personId, WorksheetAnswer answer) {
    QString refusal;
    const auto worksheet = ownWorksheet(workspace_, compactId, personId, refusal);
    if (!worksheet)
        return refusal;
    const WorksheetAnswer* before = worksheet->findAnswer(answer.id);
    if (!before)
        return tr("That topic is no longer in this worksheet.");
    const std::string title = describeTopic(*before).title;
    return perform(
        tr("Answer %1").arg(shortLabel(title)), compactId, false,
        [this, id = worksheet->id, answer] { workspace_.saveWorksheetAnswer(id, answer); },
        [this, id = worksheet->id, previous = *before] {
            workspace_.saveWorksheetAnswer(id, previous);
        });
}

QString WorkspaceSession::addOwnTopic(const std::string& compactId, const std::string& personId,
                                      Domain domain, const std::string& title,
                                      std::string* answerId) {
    QString refusal;
    const auto worksheet = ownWorksheet(workspace_, compactId, personId, refusal);
    if (!worksheet)
        return refusal;
    // The first run adds the topic; redo puts back the very same topic (id
    // kept). Undo removes it with whatever was written in it: the answers
    // written since are commands of their own, undone before it.
    auto added = std::make_shared<WorksheetAnswer>();
    const QString refused = perform(
        tr("Add own topic %1").arg(shortLabel(title)), compactId, false,
        [this, id = worksheet->id, domain, title, added] {
            if (added->id.empty())
                *added = workspace_.addOwnTopic(id, domain, title);
            else
                workspace_.saveWorksheetAnswer(id, *added);
        },
        [this, id = worksheet->id, added] { workspace_.deleteOwnTopic(id, added->id); });
    if (refused.isEmpty() && answerId)
        *answerId = added->id;
    return refused;
}

QString WorkspaceSession::submitWorksheet(const std::string& compactId,
                                          const std::string& personId) {
    QString refusal;
    const auto worksheet = ownWorksheet(workspace_, compactId, personId, refusal);
    if (!worksheet)
        return refusal;
    try {
        workspace_.submitWorksheet(worksheet->id);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, false);
    return {};
}

QString WorkspaceSession::importWorksheet(const std::string& compactId, const std::string& text,
                                          const std::string& fileName, Worksheet* imported) {
    try {
        const WorksheetFile file = parseWorksheetJson(text, fileName);
        if (file.worksheet.compactId != compactId) {
            const QString other =
                file.compactTitle.empty()
                    ? toQString(file.worksheet.compactId)
                    : QStringLiteral("\u201C%1\u201D").arg(toQString(file.compactTitle));
            return tr("This worksheet belongs to another compact (%1), not to the one shown "
                      "here. Open that compact and import it there.")
                .arg(other);
        }
        Worksheet stored = importWorksheetJson(workspace_, text, fileName);
        if (imported)
            *imported = std::move(stored);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, false);
    return {};
}

QString WorkspaceSession::agreeClause(const std::string& compactId, Expectation clause,
                                      const std::vector<std::string>& answerIds) {
    if (clause.id.empty())
        clause.id = newUuid();
    QString refusal;
    const auto current = loadForEdit(compactId, refusal);
    if (!current)
        return refusal;
    if (std::any_of(current->expectations.begin(), current->expectations.end(),
                    [&](const Expectation& e) { return e.id == clause.id; }))
        return tr("That clause is already in the compact.");
    int last = -1;
    for (const Expectation& e : current->expectations)
        if (e.domain == clause.domain)
            last = std::max(last, e.position);
    clause.position = last + 1;
    return perform(
        tr("Agree clause %1").arg(shortLabel(clause.text)), compactId, false,
        [this, compactId, clause, answerIds] {
            workspace_.agreeClause(compactId, clause, answerIds);
        },
        [this, compactId, id = clause.id] { workspace_.deleteExpectation(compactId, id); });
}

} // namespace mc::ui
