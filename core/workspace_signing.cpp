// Signing and versions in the store (core/signing.h, the signing section of
// core/workspace.h): the SQL of versions, signers and signatures, and the
// lock that the edits of workspace_edit.cpp ask about.

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/ids.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

#include <algorithm>
#include <map>

namespace mc {

namespace {

using Impl = Workspace::Impl;

Text lockedMessage(int number) {
    return text(
        MC_TR("core", "this compact is signed (version %1); start an amendment to change it"),
        number);
}

// Why something could not be read: core's own message stays translatable.
Text reasonText(const std::exception& e) {
    const auto* error = dynamic_cast<const Error*>(&e);
    return error && !error->text().empty() ? error->text() : literal(e.what());
}

// A problem of a signing history reported under the import's own path:
// the history's field and message become the message.
Problem underPath(const std::string& path, const Problem& problem) {
    return Problem(problem.severity, path,
                   text(MC_TR("core", "%1: %2"), problem.field,
                        problem.text.empty() ? literal(problem.message) : problem.text));
}

std::vector<CompactVersion> loadVersions(Impl& impl, const std::string& compactId) {
    std::vector<CompactVersion> versions;
    {
        auto row = impl.statement(
            "SELECT id, number, state, coalesce(fingerprint, ''), coalesce(content, ''), created, "
            "updated, coalesce(signed_at, '') FROM compact_versions WHERE compact_id = ? "
            "ORDER BY number");
        row.bind(1, compactId);
        while (row.step()) {
            CompactVersion v;
            v.id = row.text(0);
            v.number = row.integer32(1);
            const auto state = versionStateFromKey(row.text(2));
            if (!state)
                throw Error(text(MC_TR("core", "version %1 has the unknown state \"%2\""), v.number,
                                 row.text(2)));
            v.state = *state;
            v.fingerprint = row.text(3);
            v.content = row.text(4);
            v.created = row.text(5);
            v.updated = row.text(6);
            v.signedAt = row.text(7);
            versions.push_back(std::move(v));
        }
    }
    for (CompactVersion& v : versions) {
        auto row = impl.statement("SELECT id, person_id, role, typed_name, signed_on, drawing, "
                                  "fingerprint, created FROM signatures WHERE version_id = ? "
                                  "ORDER BY created, id");
        row.bind(1, v.id);
        while (row.step())
            v.signatures.push_back(readSignature(row));
    }
    return versions;
}

std::vector<SignerSetting> loadSettings(Impl& impl, const std::string& compactId) {
    std::vector<SignerSetting> settings;
    auto row = impl.statement(
        "SELECT s.person_id, s.required FROM signers s JOIN people p ON p.id = s.person_id "
        "WHERE s.compact_id = ? ORDER BY p.position, p.id");
    row.bind(1, compactId);
    while (row.step())
        settings.push_back({row.text(0), row.integer(1) != 0});
    return settings;
}

std::vector<Signer> signersOf(const Compact& compact, const std::vector<SignerSetting>& settings) {
    std::vector<Signer> out;
    for (const Person& person : compact.people) {
        Signer signer{person.id, person.name, person.role, requiredByDefault(person.role), false};
        for (const SignerSetting& setting : settings)
            if (setting.personId == person.id) {
                signer.required = setting.required && canBeRequired(person.role);
                signer.explicitlySet = true;
            }
        out.push_back(std::move(signer));
    }
    return out;
}

void insertVersion(Impl& impl, const std::string& compactId, const CompactVersion& v) {
    auto row = impl.statement("INSERT INTO compact_versions (id, compact_id, number, state, "
                              "fingerprint, content, created, updated, signed_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto orNull = [](const std::string& text) {
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    };
    row.bind(1, v.id).bind(2, compactId).bind(3, v.number);
    row.bind(4, std::string(versionStateKey(v.state))).bind(5, orNull(v.fingerprint));
    row.bind(6, orNull(v.content)).bind(7, v.created).bind(8, v.updated);
    row.bind(9, orNull(v.signedAt));
    row.run();
}

void insertSignature(Impl& impl, const std::string& versionId, const Signature& s) {
    insertSignatureRow(impl, "signatures", "version_id", versionId, s);
}

// The latest version; a compact without one (made before it was first
// signed) is at version 1, a draft, which is written now. Call inside a
// transaction.
CompactVersion currentOrFirst(Impl& impl, const std::string& compactId) {
    auto versions = loadVersions(impl, compactId);
    if (!versions.empty())
        return versions.back();
    CompactVersion first;
    first.id = newUuid();
    first.created = first.updated = utcTimestampNow();
    insertVersion(impl, compactId, first);
    return first;
}

void setStatus(Impl& impl, const std::string& compactId, CompactStatus status,
               const std::string& now) {
    auto row = impl.statement("UPDATE compacts SET status = ?, updated = ? WHERE id = ?");
    row.bind(1, std::string(toKey(status))).bind(2, now).bind(3, compactId);
    row.run();
}

// Locks a draft version when every required signer has signed the text as
// it is now: the snapshot and fingerprint are stored and the compact is
// signed. Signatures of an earlier text (by people not required) go: they
// are for a text the version does not hold. Call inside a transaction.
bool lockIfComplete(Impl& impl, const Compact& live, const CompactVersion& version) {
    const std::string text = canonicalCompact(live);
    const std::string current = sha256Hex(text);
    std::map<std::string, std::string> signedText; // person -> fingerprint
    const auto versions = loadVersions(impl, live.id);
    for (const Signature& s : versions.back().signatures)
        signedText[s.personId] = s.fingerprint;
    for (const Signer& signer : signersOf(live, loadSettings(impl, live.id)))
        if (signer.required && signedText[signer.personId] != current)
            return false;
    const std::string now = utcTimestampNow();
    auto row = impl.statement("UPDATE compact_versions SET state = 'signed', content = ?, "
                              "fingerprint = ?, signed_at = ?, updated = ? WHERE id = ?");
    row.bind(1, text).bind(2, current).bind(3, now).bind(4, now).bind(5, version.id);
    row.run();
    auto stale = impl.statement("DELETE FROM signatures WHERE version_id = ? AND fingerprint <> ?");
    stale.bind(1, version.id).bind(2, current);
    stale.run();
    setStatus(impl, live.id, CompactStatus::Signed, now);
    return true;
}

} // namespace

void insertSignatureRow(Impl& impl, const char* table, const char* ownerColumn,
                        const std::string& ownerId, const Signature& s) {
    auto row = impl.statement(std::string("INSERT INTO ") + table + " (id, " + ownerColumn +
                              ", person_id, role, typed_name, signed_on, drawing, fingerprint, "
                              "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    row.bind(1, s.id).bind(2, ownerId).bind(3, s.personId);
    row.bind(4, std::string(toKey(s.role))).bind(5, s.typedName);
    row.bind(6, formatIsoDate(s.signedOn)).bind(7, drawingToJson(s.drawing));
    row.bind(8, s.fingerprint).bind(9, s.created);
    row.run();
}

Signature readSignature(const sqlite::StatementUse& row) {
    Signature s;
    s.id = row.text(0);
    s.personId = row.text(1);
    const auto role = fromKey<Role>(row.text(2));
    if (!role)
        throw Error(text(MC_TR("core", "a signature has the unknown role \"%1\""), row.text(2)));
    s.role = *role;
    s.typedName = row.text(3);
    s.signedOn = parseIsoDate(row.text(4));
    s.drawing = drawingFromJson(row.text(5));
    s.fingerprint = row.text(6);
    s.created = row.text(7);
    return s;
}

int Workspace::Impl::amend(const std::string& compactId) {
    const CompactVersion latest = currentOrFirst(*this, compactId);
    if (latest.state != VersionState::Signed)
        return 0;
    CompactVersion next;
    next.id = newUuid();
    next.number = latest.number + 1;
    next.created = next.updated = utcTimestampNow();
    insertVersion(*this, compactId, next);
    setStatus(*this, compactId, CompactStatus::Amended, next.created);
    return next.number;
}

Compact Workspace::Impl::loadWhole(const std::string& compactId) {
    Compact compact = loadHeader(compactId);
    compact.people = loadPeople(compactId);
    compact.expectations = loadExpectations(compactId);
    compact.goals = loadGoals(compactId);
    compact.milestones = loadMilestones(compactId);
    compact.meetingPlan = loadMeetingPlan(compactId);
    return compact;
}

int Workspace::Impl::lockedVersion(const std::string& compactId) {
    auto row = statement("SELECT number, state FROM compact_versions WHERE compact_id = ? "
                         "ORDER BY number DESC LIMIT 1");
    row.bind(1, compactId);
    if (!row.step() || row.text(1) != "signed")
        return 0;
    return row.integer32(0);
}

void Workspace::Impl::refuseIfLocked(const std::string& compactId,
                                     const std::function<void(Compact&)>& change) {
    const int locked = lockedVersion(compactId);
    if (locked == 0)
        return;
    if (change) {
        const Compact live = loadWhole(compactId);
        Compact after = live;
        change(after);
        if (canonicalCompact(after) == canonicalCompact(live))
            return; // progress or stamps only: not part of what was signed
    }
    throw Error(lockedMessage(locked));
}

std::vector<Signer> Workspace::signers(const std::string& compactId) const {
    return signersOf(impl_->loadWhole(compactId), loadSettings(*impl_, compactId));
}

void Workspace::setSignerRequired(const std::string& compactId, const std::string& personId,
                                  bool required) {
    impl_->requireWritable();
    const Compact compact = impl_->loadWhole(compactId);
    const Person* person = compact.findPerson(personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "There is no person %1 in the compact %2."), personId,
                         compactLabel(compact)));
    if (required && !canBeRequired(person->role))
        throw Error(text(MC_TR("core", "%1 is the program director, who acknowledges a compact: "
                                       "they may sign it but cannot be required to."),
                         person->name));
    if (!required && person->role == Role::Scholar)
        throw Error(text(MC_TR("core", "%1 is the scholar, who must always sign their compact."),
                         person->name));
    impl_->refuseIfLocked(compactId);
    sqlite::Transaction transaction(impl_->db);
    auto row = impl_->statement("INSERT INTO signers (compact_id, person_id, required) "
                                "VALUES (?1, ?2, ?3) ON CONFLICT(compact_id, person_id) "
                                "DO UPDATE SET required = ?3");
    row.bind(1, compactId).bind(2, personId).bind(3, required);
    row.run();
    const CompactVersion version = currentOrFirst(*impl_, compactId);
    if (!version.signatures.empty())
        lockIfComplete(*impl_, compact, version);
    transaction.commit();
}

SignOutcome Workspace::sign(const std::string& compactId, const std::string& personId,
                            const std::string& typedName, const Date& date, const Drawing& drawing,
                            const Date& today) {
    impl_->requireWritable();
    const Compact compact = impl_->loadWhole(compactId);
    const Person* person = compact.findPerson(personId);
    if (person == nullptr)
        throw Error(text(MC_TR("core", "There is no person %1 in the compact %2: only its people "
                                       "can sign it."),
                         personId, compactLabel(compact)));
    if (!typedNameMatches(typedName, person->name))
        throw Error(text(MC_TR("core", "The typed name \"%1\" is not the name of the %2 in this "
                                       "compact, \"%3\": type the name as the compact has it "
                                       "(case and spaces do not matter)."),
                         typedName, labelText(person->role), person->name));
    if (date.is_special())
        throw Error(text(MC_TR("core", "The signing date is not a date: give it as YYYY-MM-DD.")));
    if (date > today)
        throw Error(text(MC_TR("core", "The signing date %1 is in the future: today is %2."),
                         formatIsoDate(date), formatIsoDate(today)));
    if (compact.created.size() >= 10) {
        const Date created = parseIsoDate(compact.created.substr(0, 10));
        if (date < created)
            throw Error(text(MC_TR("core", "The signing date %1 is before the compact was "
                                           "created, on %2."),
                             formatIsoDate(date), formatIsoDate(created)));
    }
    for (const Stroke& stroke : drawing)
        for (const DrawnPoint& p : stroke)
            if (p.x < 0 || p.y < 0 || p.x > kDrawingBox || p.y > kDrawingBox)
                throw Error(text(
                    MC_TR("core", "The drawn signature has a point outside its 0 to 1000 box.")));

    sqlite::Transaction transaction(impl_->db);
    CompactVersion version = currentOrFirst(*impl_, compactId);
    SignOutcome outcome;
    outcome.version = version.number;
    const auto previous = std::find_if(version.signatures.begin(), version.signatures.end(),
                                       [&](const Signature& s) { return s.personId == personId; });
    if (version.state == VersionState::Signed && previous != version.signatures.end())
        throw Error(text(MC_TR("core", "%1 signed version %2 on %3, and it is locked."),
                         person->name, version.number, formatIsoDate(previous->signedOn)));
    outcome.signature = makeSignature(*person, typedName, date, drawing, fingerprint(compact));
    const Signature& s = outcome.signature;
    auto replaced =
        impl_->statement("DELETE FROM signatures WHERE version_id = ? AND person_id = ?");
    replaced.bind(1, version.id).bind(2, personId);
    replaced.run();
    insertSignature(*impl_, version.id, s);
    if (version.state == VersionState::Draft)
        outcome.locked = lockIfComplete(*impl_, compact, version);
    transaction.commit();
    for (const SignerStatus& status : signatureStatus(compactId))
        if (status.signer.required && status.state != SignatureState::Valid)
            outcome.stillToSign.push_back(status.signer.name);
    return outcome;
}

std::vector<SignerStatus> Workspace::signatureStatus(const std::string& compactId) const {
    const Compact compact = impl_->loadWhole(compactId);
    const auto versions = loadVersions(*impl_, compactId);
    const std::string current = versions.empty() || versions.back().state == VersionState::Draft
                                    ? fingerprint(compact)
                                    : versions.back().fingerprint;
    std::vector<SignerStatus> out;
    for (const Signer& signer : signersOf(compact, loadSettings(*impl_, compactId))) {
        SignerStatus status{signer, std::nullopt, SignatureState::NotSigned,
                            signer.required ? "not signed yet" : "may sign; not required"};
        if (!versions.empty())
            for (const Signature& s : versions.back().signatures)
                if (s.personId == signer.personId)
                    status.signature = s;
        if (status.signature) {
            const std::string on = formatIsoDate(status.signature->signedOn);
            const bool valid = status.signature->fingerprint == current;
            status.state = valid ? SignatureState::Valid : SignatureState::SignedEarlierText;
            status.message = valid ? "signed on " + on
                                   : "signed an earlier text (on " + on + "); must sign again";
        }
        out.push_back(std::move(status));
    }
    return out;
}

int Workspace::startAmendment(const std::string& compactId) {
    impl_->requireWritable();
    const Compact compact = impl_->loadHeader(compactId);
    sqlite::Transaction transaction(impl_->db);
    const int number = impl_->amend(compactId);
    if (number == 0)
        throw Error(text(MC_TR("core", "Version %1 of %2 is not signed yet: change it directly; "
                                       "an amendment starts from a signed version."),
                         currentVersion(compactId).first, compactLabel(compact)));
    transaction.commit();
    return number;
}

std::vector<VersionSummary> Workspace::versions(const std::string& compactId) const {
    const Compact compact = impl_->loadWhole(compactId);
    auto stored = loadVersions(*impl_, compactId);
    if (stored.empty())
        stored.push_back(CompactVersion{});
    std::vector<VersionSummary> out;
    for (const CompactVersion& v : stored) {
        VersionSummary summary;
        summary.number = v.number;
        summary.state = v.state;
        summary.fingerprint =
            v.state == VersionState::Signed ? v.fingerprint : fingerprint(compact);
        summary.signedAt = v.signedAt;
        for (const Signature& s : v.signatures) {
            const Person* person = compact.findPerson(s.personId);
            summary.signatures.push_back(
                {s, person ? person->name : s.typedName, s.fingerprint == summary.fingerprint});
        }
        out.push_back(std::move(summary));
    }
    return out;
}

std::pair<int, bool> Workspace::currentVersion(const std::string& compactId) const {
    auto row = impl_->statement("SELECT number, state FROM compact_versions WHERE compact_id = ? "
                                "ORDER BY number DESC LIMIT 1");
    row.bind(1, compactId);
    if (!row.step())
        return {1, false};
    return {row.integer32(0), row.text(1) == "signed"};
}

Compact Workspace::versionContent(const std::string& compactId, int number) const {
    const Compact live = impl_->loadWhole(compactId);
    const auto stored = loadVersions(*impl_, compactId);
    for (const CompactVersion& v : stored) {
        if (v.number != number)
            continue;
        if (v.state == VersionState::Draft)
            return live;
        Compact snapshot = compactFromCanonical(v.content);
        snapshot.status = CompactStatus::Signed;
        snapshot.templateId = live.templateId;
        return snapshot;
    }
    if (stored.empty() && number == 1)
        return live;
    throw Error(text(MC_TR("core", "There is no version %1 of %2: it has versions 1 to %3."),
                     number, compactLabel(live), std::max<std::size_t>(stored.size(), 1)));
}

Workspace::VerifyReport Workspace::verify() const {
    VerifyReport report;
    std::vector<std::string> ids;
    {
        // Every compact that is, or says it is, or once was signed: a version
        // unlocked behind the program's back still holds its signed text.
        auto row = impl_->statement(
            "SELECT id FROM compacts WHERE status IN ('signed', 'amended') OR id IN "
            "(SELECT compact_id FROM compact_versions WHERE state = 'signed' OR content IS NOT "
            "NULL OR fingerprint IS NOT NULL) ORDER BY id");
        while (row.step())
            ids.push_back(row.text(0));
    }
    for (const std::string& id : ids) {
        try {
            const Compact live = impl_->loadWhole(id);
            const SigningHistory history = signingHistory(id);
            for (const CompactVersion& v : history.versions)
                report.signedVersions += v.state == VersionState::Signed ? 1 : 0;
            for (Problem& problem : verifySigning(live, history))
                report.problems.push_back(std::move(problem));
            const bool anySigned = std::any_of(
                history.versions.begin(), history.versions.end(),
                [](const CompactVersion& v) { return v.state == VersionState::Signed; });
            if (!anySigned &&
                (live.status == CompactStatus::Signed || live.status == CompactStatus::Amended))
                report.problems.push_back(Problem(
                    Severity::Error, compactLabel(live),
                    text(MC_TR("core", "the compact says it is %1 but holds no signed version: "
                                       "its versions were removed outside Mentoring Compact"),
                         labelText(live.status))));
        } catch (const std::exception& e) {
            report.problems.push_back(
                Problem(Severity::Error, "compact " + id.substr(0, 8),
                        text(MC_TR("core", "its versions cannot be read: %1"), reasonText(e))));
        }
    }
    impl_->verifyReviews(report);
    return report;
}

SigningHistory Workspace::signingHistory(const std::string& compactId) const {
    return {compactId, loadSettings(*impl_, compactId), loadVersions(*impl_, compactId)};
}

void Workspace::insertCompactsWithHistory(const std::vector<Compact>& compacts,
                                          const std::vector<SigningHistory>& histories,
                                          const std::vector<Worksheet>& worksheets,
                                          const std::vector<Meeting>& meetings,
                                          const std::vector<ReviewRecord>& reviews) {
    impl_->requireWritable();
    std::vector<Problem> problems;
    for (std::size_t i = 0; i < compacts.size(); ++i) {
        const std::string prefix = "compacts[" + std::to_string(i) + "]";
        for (Problem problem : validateCompact(compacts[i]))
            if (problem.severity == Severity::Error) {
                problem.field = prefix + "." + problem.field;
                problems.push_back(std::move(problem));
            }
        if (compacts[i].id.empty() || hasCompact(compacts[i].id))
            problems.push_back(
                Problem(Severity::Error, prefix + ".id",
                        text(MC_TR("core", "a compact with the id %1 is already in this "
                                           "workspace, or it has no id"),
                             compacts[i].id)));
        for (const SigningHistory& history : histories)
            if (history.compactId == compacts[i].id)
                for (const Problem& problem : verifySigning(compacts[i], history))
                    problems.push_back(underPath(prefix + ".versions", problem));
    }
    if (!problems.empty())
        throw ValidationError(std::move(problems));
    checkWorksheets(compacts, worksheets);
    checkMeetings(compacts, meetings);
    checkReviews(compacts, reviews);

    const std::string now = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    for (Compact compact : compacts) {
        fillStamps(compact, now, false);
        impl_->writeCompactRow(compact);
        for (Person& person : compact.people) {
            fillStamps(person, now, false);
            impl_->writePerson(compact.id, person);
        }
        for (Expectation& expectation : compact.expectations) {
            fillStamps(expectation, now, false);
            impl_->writeExpectation(compact.id, expectation);
        }
        for (Goal& goal : compact.goals) {
            fillStamps(goal, now, false);
            impl_->writeGoal(compact.id, goal);
        }
        for (Milestone& milestone : compact.milestones) {
            fillStamps(milestone, now, false);
            impl_->writeMilestone(compact.id, milestone);
        }
        if (compact.meetingPlan.updated.empty())
            compact.meetingPlan.updated = now;
        impl_->writeMeetingPlan(compact.id, compact.meetingPlan);
    }
    for (const SigningHistory& history : histories) {
        for (const SignerSetting& setting : history.signers) {
            auto row = impl_->statement(
                "INSERT INTO signers (compact_id, person_id, required) VALUES (?, ?, ?)");
            row.bind(1, history.compactId).bind(2, setting.personId).bind(3, setting.required);
            row.run();
        }
        for (const CompactVersion& v : history.versions) {
            insertVersion(*impl_, history.compactId, v);
            for (const Signature& s : v.signatures)
                insertSignature(*impl_, v.id, s);
        }
    }
    insertWorksheets(worksheets);
    insertMeetings(meetings);
    insertReviews(reviews);
    transaction.commit();
}

} // namespace mc
