#pragma once
// What one printout shows: a compact's text as one version agreed to it,
// with that version's number, fingerprint and signatures. Built from the
// store on the caller's thread (a Workspace is not shared across threads);
// the value is then free to travel to a worker thread for layout.
//
//   PrintableCompact p = printableCompact(workspace, id);       // latest
//   PrintableCompact v1 = printableCompact(workspace, id, 1);   // version 1
//   CompactDocument doc(p, options);

#include "core/model.h"
#include "core/signing.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {
class Workspace;
}

namespace mc::print {

// One line of the signature block: a person who must sign or who
// acknowledges, and their signature of this version when there is one (an
// unsigned required signer prints as blank lines to sign on paper).
struct SignatureLine {
    std::string name;
    Role role = Role::Scholar;
    bool required = false; // false: acknowledges (the program director) or optional
    std::optional<Signature> signature;
};

struct PrintableCompact {
    Compact compact; // the text of this version (a signed version's snapshot)
    // 0: a compact printed as it was handed in (printableAsIs), not a version
    // read from the store; it prints "Version: draft" as before signing existed.
    int versionNumber = 1;
    bool isSigned = false; // the version is signed (locked)
    // The stored fingerprint of a signed version; for a draft, the
    // fingerprint of the text as it is now.
    std::string fingerprint;
    std::vector<SignatureLine> signatureLines;
};

// The latest version of a compact (or version `number`), with its
// signatures. Throws mc::Error for an unknown compact or version.
PrintableCompact printableCompact(const Workspace& workspace, const std::string& compactId,
                                  std::optional<int> number = std::nullopt);

// A compact printed as it is, without the store: version 0, signed when its
// status says so, its fingerprint computed, a signature line for each person
// whose role signs by default (and the program director), none signed.
PrintableCompact printableAsIs(const Compact& compact);

// The latest signed version of each of `compactIds` that has one (in that
// order); compacts never signed are left out.
std::vector<PrintableCompact> latestSignedVersions(const Workspace& workspace,
                                                   const std::vector<std::string>& compactIds);

} // namespace mc::print
