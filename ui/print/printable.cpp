#include "ui/print/printable.h"

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/workspace.h"

#include <algorithm>

namespace mc::print {

namespace {

bool requiredSigner(const Person& person, const std::vector<SignerSetting>& settings) {
    for (const SignerSetting& setting : settings)
        if (setting.personId == person.id)
            return setting.required && canBeRequired(person.role);
    return requiredByDefault(person.role);
}

// One line per person of the printed text who must sign, has signed this
// text, or acknowledges (the program director). A signature of another text
// (an earlier draft) is not a signature of this one: it prints as the blank
// line it still needs.
std::vector<SignatureLine> signatureLines(const Compact& text,
                                          const std::vector<SignerSetting>& settings,
                                          const std::vector<Signature>& signatures,
                                          const std::string& fingerprint) {
    std::vector<const Person*> people;
    for (const Person& person : text.people)
        people.push_back(&person);
    std::stable_sort(people.begin(), people.end(),
                     [](const Person* a, const Person* b) { return a->position < b->position; });
    std::vector<SignatureLine> lines;
    for (const Person* person : people) {
        SignatureLine line{person->name, person->role, requiredSigner(*person, settings), {}};
        for (const Signature& signature : signatures)
            if (signature.personId == person->id && signature.fingerprint == fingerprint)
                line.signature = signature;
        if (line.required || line.signature || person->role == Role::ProgramDirector)
            lines.push_back(std::move(line));
    }
    return lines;
}

PrintableCompact signedVersion(const SigningHistory& history, const CompactVersion& version) {
    PrintableCompact out;
    out.compact = compactFromCanonical(version.content);
    out.compact.status = CompactStatus::Signed;
    out.versionNumber = version.number;
    out.isSigned = true;
    out.fingerprint = version.fingerprint; // as stored: what the signers agreed to
    out.signatureLines =
        signatureLines(out.compact, history.signers, version.signatures, version.fingerprint);
    return out;
}

} // namespace

PrintableCompact printableCompact(const Workspace& workspace, const std::string& compactId,
                                  std::optional<int> number) {
    const SigningHistory history = workspace.signingHistory(compactId);
    const int latest = history.versions.empty() ? 1 : history.versions.back().number;
    const int wanted = number.value_or(latest);
    for (const CompactVersion& version : history.versions)
        if (version.number == wanted && version.state == VersionState::Signed)
            return signedVersion(history, version);

    // The latest draft, or a version that does not exist (versionContent
    // throws naming the versions there are).
    PrintableCompact out;
    out.compact = workspace.versionContent(compactId, wanted);
    if (wanted != latest) // a draft that is not the latest cannot be
        throw Error(text(MC_TR("core", "Version %1 of %2 is a draft that was never signed: only "
                                       "the latest draft can be printed."),
                         wanted, compactLabel(out.compact)));
    out.versionNumber = wanted;
    out.fingerprint = fingerprint(out.compact);
    const std::vector<Signature> none;
    out.signatureLines = signatureLines(
        out.compact, history.signers,
        history.versions.empty() ? none : history.versions.back().signatures, out.fingerprint);
    return out;
}

PrintableCompact printableAsIs(const Compact& compact) {
    PrintableCompact out;
    out.compact = compact;
    out.versionNumber = 0;
    out.isSigned =
        compact.status == CompactStatus::Signed || compact.status == CompactStatus::Amended;
    out.fingerprint = fingerprint(compact);
    out.signatureLines = signatureLines(compact, {}, {}, out.fingerprint);
    return out;
}

std::vector<PrintableCompact> latestSignedVersions(const Workspace& workspace,
                                                   const std::vector<std::string>& compactIds) {
    std::vector<PrintableCompact> out;
    for (const std::string& id : compactIds) {
        const SigningHistory history = workspace.signingHistory(id);
        const auto last =
            std::find_if(history.versions.rbegin(), history.versions.rend(),
                         [](const CompactVersion& v) { return v.state == VersionState::Signed; });
        if (last != history.versions.rend())
            out.push_back(signedVersion(history, *last));
    }
    return out;
}

} // namespace mc::print
