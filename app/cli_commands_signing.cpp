// The `sign`, `versions`, `verify` and `amend` subcommands
// (docs/command-line.md): signing from scripts and tests, the history of a
// compact's versions, and checking that no signed text was changed behind
// the program's back.

#include "app/cli_internal.h"
#include "core/signing.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

struct Options {
    std::string file;
    std::string compactId;
    std::string person;
    std::string date;
};

void addFile(CLI::App& app, Options& options) {
    app.add_option("FILE", options.file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
}

void addCompact(CLI::App& app, Options& options) {
    app.add_option("--compact", options.compactId,
                   "The compact: its id or the id's first characters")
        ->required()
        ->type_name("ID");
}

// The person whose name is `typed` (case and spaces aside): the typed
// signature must be the name, so a name is all that is accepted.
const Person& personNamed(const Compact& compact, const std::string& typed) {
    for (const Person& person : compact.people)
        if (typedNameMatches(typed, person.name))
            return person;
    std::string names;
    for (const Person& person : compact.people)
        names += (names.empty() ? "" : ", ") + person.name;
    throw Error("nobody in the compact " + compactLabel(compact) + " is called \"" + typed +
                "\": give the full name as the compact has it (" + names + ")");
}

int runSign(const Options& options, const Io& io) {
    Workspace workspace = openForEditing(options.file, io.err);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    const Person& person = personNamed(compact, options.person);
    const Date today = todayLocal();
    Date date = today;
    if (!options.date.empty()) {
        try {
            date = parseIsoDate(options.date);
        } catch (const Error& e) {
            throw UsageError(std::string("--date: ") + e.what());
        }
    }
    const SignOutcome outcome =
        workspace.sign(compact.id, person.id, options.person, date, {}, today);
    io.out << person.name << " signed version " << outcome.version << " of "
           << compactLabel(compact) << " on " << formatIsoDate(date) << ".\n";
    const auto [number, locked] = workspace.currentVersion(compact.id);
    if (locked) {
        const auto history = workspace.versions(compact.id);
        io.out << "Version " << number << " is signed by everyone required and locked"
               << (outcome.locked ? " now" : "") << ": fingerprint " << history.back().fingerprint
               << "\n";
    } else {
        std::string missing;
        for (const std::string& name : outcome.stillToSign)
            missing += (missing.empty() ? "" : ", ") + name;
        io.out << "Version " << number << " is not locked yet: still to sign: " << missing << "\n";
    }
    return kExitOk;
}

int runVersions(const Options& options, const Io& io) {
    const Workspace workspace = openForReading(options.file);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    io.out << compactLabel(compact) << "\n";
    for (const VersionSummary& v : workspace.versions(compact.id)) {
        io.out << "\nVersion " << v.number << ": ";
        if (v.state == VersionState::Signed)
            io.out << "signed and locked on " << v.signedAt.substr(0, 10) << "\n"
                   << "  fingerprint " << v.fingerprint << "\n";
        else
            io.out << "draft\n  fingerprint of the text as it is now " << v.fingerprint << "\n";
        if (v.signatures.empty())
            io.out << "  no signatures\n";
        for (const auto& entry : v.signatures)
            io.out << "  " << entry.name << " (" << toLabel(entry.signature.role) << "), typed \""
                   << entry.signature.typedName << "\", " << formatIsoDate(entry.signature.signedOn)
                   << (entry.signature.drawing.empty() ? "" : ", drawn") << ": "
                   << (entry.valid ? "valid" : "signed an earlier text; must sign again") << "\n";
    }
    if (!workspace.currentVersion(compact.id).second) {
        std::string missing;
        for (const SignerStatus& status : workspace.signatureStatus(compact.id))
            if (status.signer.required && status.state != SignatureState::Valid)
                missing += (missing.empty() ? "" : ", ") + status.signer.name;
        io.out << "\nStill to sign: " << (missing.empty() ? "nobody" : missing) << "\n";
    }
    return kExitOk;
}

int runVerify(const Options& options, const Io& io) {
    const Workspace workspace = openForReading(options.file);
    const Workspace::VerifyReport report = workspace.verify();
    const auto versions = std::to_string(report.signedVersions) + " signed version" +
                          (report.signedVersions == 1 ? "" : "s");
    if (report.problems.empty()) {
        io.out << "all " << versions << " verified\n";
        return kExitOk;
    }
    printProblems(io.out, report.problems);
    io.out << report.problems.size() << (report.problems.size() == 1 ? " problem" : " problems")
           << " found in " << versions << "\n";
    return kExitProblem;
}

int runAmend(const Options& options, const Io& io) {
    Workspace workspace = openForEditing(options.file, io.err);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    const int number = workspace.startAmendment(compact.id);
    io.out << "Started version " << number << " of " << compactLabel(compact)
           << ", a draft amendment: change it, then everyone required signs it again.\n";
    return kExitOk;
}

} // namespace

void addSigningCommands(CLI::App& parent, std::vector<Command>& commands) {
    auto sign = std::make_shared<Options>();
    CLI::App* app = parent.add_subcommand("sign", "Sign the latest version of a compact");
    addFile(*app, *sign);
    addCompact(*app, *sign);
    app->add_option("--person", sign->person,
                    "Who signs: their full name as the compact has it, which is the typed "
                    "signature")
        ->required()
        ->type_name("NAME");
    app->add_option("--date", sign->date, "The date of signing (default: today)")
        ->type_name("YYYY-MM-DD");
    commands.push_back({app, [sign](const Io& io) {
                            return runSign(*sign, io);
                        }});

    auto versions = std::make_shared<Options>();
    app = parent.add_subcommand("versions", "The versions of a compact and their signatures");
    addFile(*app, *versions);
    addCompact(*app, *versions);
    commands.push_back({app, [versions](const Io& io) {
                            return runVersions(*versions, io);
                        }});

    auto verify = std::make_shared<Options>();
    app = parent.add_subcommand("verify",
                                "Check that no signed version was changed outside the program");
    addFile(*app, *verify);
    commands.push_back({app, [verify](const Io& io) {
                            return runVerify(*verify, io);
                        }});

    auto amend = std::make_shared<Options>();
    app = parent.add_subcommand("amend", "Start an amendment of a signed compact");
    addFile(*app, *amend);
    addCompact(*app, *amend);
    commands.push_back({app, [amend](const Io& io) {
                            return runAmend(*amend, io);
                        }});
}

} // namespace mc::cli
