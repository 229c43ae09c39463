#pragma once
// Signing and versions (issue 5; docs/file-formats.md, "Versions and
// signatures"). A compact is signed as a version: when every required
// signer has signed the text as it is now, the version is locked and keeps
// a snapshot of that text (the canonical form of core/fingerprint.h).
// Changing a signed compact starts an amendment: the next version, a draft.
//
// This header holds the values and the pure rules; the store's side is the
// signing section of core/workspace.h.

#include "core/error.h"
#include "core/model.h"

#include <optional>
#include <string>
#include <vector>

namespace mc {

enum class VersionState { Draft, Signed };
std::string_view versionStateKey(VersionState state); // "draft", "signed"
std::optional<VersionState> versionStateFromKey(std::string_view key);

// A drawn signature: strokes of points in a 0..1000 box (x to the right,
// y down), as drawn with a mouse or pen. May be empty.
struct DrawnPoint {
    int x = 0;
    int y = 0;
    bool operator==(const DrawnPoint&) const = default;
};
using Stroke = std::vector<DrawnPoint>;
using Drawing = std::vector<Stroke>;
inline constexpr int kDrawingBox = 1000;
// "[[[x,y],[x,y]],[[x,y]]]": how a drawing is stored and exported.
std::string drawingToJson(const Drawing& drawing);
// Throws mc::Error saying what is wrong (not a list, a point out of the box).
Drawing drawingFromJson(const std::string& text);

struct Signature {
    std::string id;
    std::string personId;
    Role role = Role::Scholar;
    std::string typedName;
    Date signedOn;
    Drawing drawing;
    std::string fingerprint; // of the text the person signed
    std::string created;

    bool operator==(const Signature&) const = default;
};

// Who signs a compact. Set explicitly for a person, or by default from the
// role: the scholar and every mentor must sign, the department chair only
// when chosen, the program director acknowledges (may sign, never required).
struct SignerSetting {
    std::string personId;
    bool required = false;
    bool operator==(const SignerSetting&) const = default;
};

struct CompactVersion {
    std::string id;
    int number = 1;
    VersionState state = VersionState::Draft;
    std::string fingerprint; // set when signed
    std::string content;     // canonicalCompact when signed
    std::string created;
    std::string updated;
    std::string signedAt; // timestamp, set when signed
    std::vector<Signature> signatures;

    bool operator==(const CompactVersion&) const = default;
};

// Everything about signing one compact, as stored and exported: the
// explicit signer settings and the versions, oldest first.
struct SigningHistory {
    std::string compactId;
    std::vector<SignerSetting> signers;
    std::vector<CompactVersion> versions;

    bool operator==(const SigningHistory&) const = default;
};

// One person who may or must sign, with the default applied.
struct Signer {
    std::string personId;
    std::string name;
    Role role = Role::Scholar;
    bool required = false;
    bool explicitlySet = false; // false: the role's default
};
bool requiredByDefault(Role role);
// May the person be required? Everyone but the program director.
bool canBeRequired(Role role);

enum class SignatureState { NotSigned, Valid, SignedEarlierText };
// A signer of the latest version and where their signature stands.
struct SignerStatus {
    Signer signer;
    std::optional<Signature> signature;
    SignatureState state = SignatureState::NotSigned;
    // "signed on 2026-09-10", "not signed yet", "signed an earlier text;
    // must sign again".
    std::string message;
};

// A version in the history, with each signature's standing.
struct VersionSummary {
    int number = 1;
    VersionState state = VersionState::Draft;
    std::string fingerprint; // of the signed text; for a draft, of the live text
    std::string signedAt;
    struct Entry {
        Signature signature;
        std::string name; // as the compact names the person now, or the typed name
        bool valid = false;
    };
    std::vector<Entry> signatures;
};

struct SignOutcome {
    Signature signature;
    int version = 1;
    bool locked = false;                  // this signature locked the version
    std::vector<std::string> stillToSign; // names of required signers still missing
    // A review: the amendment its changes started when it locked (0: none).
    int amendment = 0;
};

// A new signature of `person` (a fresh id, created now) naming `fingerprint`:
// the one way a compact's and a review's signatures are made.
Signature makeSignature(const Person& person, const std::string& typedName, const Date& date,
                        const Drawing& drawing, std::string fingerprint);

// Typed names match ignoring case (ASCII) and runs of spaces.
bool typedNameMatches(const std::string& typed, const std::string& name);

// A compact's snapshot read back (for printing an old version and for the
// redline). Stamps, statuses, origins and milestone progress are not in a
// snapshot and come back as defaults. Throws mc::Error when the text is not
// a canonical compact.
Compact compactFromCanonical(const std::string& content);

// "Mentoring compact: Dr. Lena Ortiz" (3f2a9c1d): how messages name a compact.
std::string compactLabel(const Compact& compact);

// The checks of verify() on one compact: each signed version's text matches
// its fingerprint, each signature names that fingerprint, and when the
// latest version is signed the live compact is still that text (else the
// first changed field, from diffCompacts). Never throws.
std::vector<Problem> verifySigning(const Compact& live, const SigningHistory& history);

} // namespace mc
