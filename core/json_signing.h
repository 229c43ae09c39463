#pragma once
// The signing parts of the JSON interchange format ("signers" and
// "versions" of a compact; docs/file-formats.md). Internal to
// json_write.cpp and json_read.cpp, which call these from their compact
// functions; not part of core's API.

#include "core/error.h"
#include "core/signing.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mc {

// Adds "signers" and "versions" to a compact's object, from the history in
// `histories` whose compact it is; nothing when there is none, so a
// compact never signed is written as before.
void putSigningJson(nlohmann::ordered_json& compact, const std::vector<SigningHistory>& histories);

// Reads them from the compact's object at `path`, appending every problem
// (with its JSON path) to `problems`; checks the history against the
// compact as verify() would when everything could be read.
SigningHistory readSigningJson(const nlohmann::json& in, const std::string& path,
                               const Compact& compact, std::vector<Problem>& problems);

// One signature as the versions above write it, and read back (the yearly
// reviews' signatures use the same form; json_reviews.cpp).
nlohmann::ordered_json signatureToJson(const Signature& signature);
Signature readSignatureJson(const nlohmann::json& in, const std::string& path,
                            std::vector<Problem>& problems);

} // namespace mc
