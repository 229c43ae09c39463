#pragma once
// Yearly reviews in the JSON interchange format (a compact's "reviews";
// docs/file-formats.md). Internal to json_write.cpp and json_read.cpp; not
// part of core's API.

#include "core/error.h"
#include "core/review.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mc {

// Adds "reviews" (those of `reviews` whose compact it is, by award year,
// each with all its reflections and signatures) to a compact's object;
// nothing when there are none, so a file without reviews is written as
// before.
void putReviewsJson(nlohmann::ordered_json& out, const Compact& compact,
                    const std::vector<ReviewRecord>& reviews);

// Reads a compact's "reviews" at `path` (missing: none), appending every
// problem with its path (compacts[0].reviews[1].milestones[0].outcome). The
// rules (validateReview, validateReflection, a signed review's text against
// its fingerprint) are checked by the store when it inserts them.
std::vector<ReviewRecord> readReviewsJson(const nlohmann::json& in, const std::string& path,
                                          const Compact& compact, std::vector<Problem>& problems);

} // namespace mc
