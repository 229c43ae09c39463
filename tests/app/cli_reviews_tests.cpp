// `show` ends each compact with where its yearly reviews stand.

#include "cli_run.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <string>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

std::string newCompact(const std::string& file) {
    const auto result = runCli({"new", file, "--scholar", "Ada Lovelace", "--mentor",
                                "Charles Babbage", "--start", "2026-07-01", "--years", "2"});
    REQUIRE(result.code() == 0);
    return result.out.substr(0, 36);
}

} // namespace

TEST_CASE("show names the next review counted from --today", "[cli][reviews]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result = runCli({"show", file, "--today", "2026-12-04"});
    CHECK(result.code() == 0);
    // 2026-12-04 to 2027-07-01: 27 + 31 + 28 + 31 + 30 + 31 + 30 + 1 = 209 days
    CHECK(result.out.find("\nReviews\n  next review: 2027-07-01 (award year 1, in 209 days)\n") !=
          std::string::npos);
    CHECK(result.out.find("overdue") == std::string::npos);
}

TEST_CASE("show names an overdue review before the next one", "[cli][reviews]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result = runCli({"show", file, "--today", "2027-07-11"});
    CHECK(result.code() == 0);
    CHECK(result.out.find("\nReviews\n"
                          "  review overdue: award year 1 was due 2027-07-01 (10 days ago)\n"
                          "  next review: 2028-06-30 (award year 2, in 355 days)\n") !=
          std::string::npos);
}

TEST_CASE("show refuses a --today that is not a date", "[cli][reviews]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    newCompact(file);
    const auto result = runCli({"show", file, "--today", "2027-02-30"});
    CHECK(result.code() == 2);
    CHECK(result.err.find("--today: \"2027-02-30\" is not a date: February 2027 has 28 days") !=
          std::string::npos);
}
