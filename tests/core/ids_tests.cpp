// Ids and timestamps: what is accepted as one, and what is not.

#include "core/ids.h"

#include <catch2/catch.hpp>

using namespace mc;

TEST_CASE("New ids are lower-case UUIDs and differ", "[ids]") {
    const std::string a = newUuid();
    const std::string b = newUuid();
    CHECK(isUuid(a));
    CHECK(isUuid(b));
    CHECK(a != b);
    CHECK(a[14] == '4'); // version 4: random
}

TEST_CASE("Only the exact UUID shape counts as an id", "[ids]") {
    CHECK(isUuid("5b1f0c3e-8f5d-4b7a-9a53-2f1e6c0d9a11"));
    CHECK_FALSE(isUuid("5B1F0C3E-8F5D-4B7A-9A53-2F1E6C0D9A11"));  // upper case
    CHECK_FALSE(isUuid("5b1f0c3e-8f5d-4b7a-9a53-2f1e6c0d9a1"));   // one short
    CHECK_FALSE(isUuid("5b1f0c3e-8f5d-4b7a-9a53-2f1e6c0d9a111")); // one long
    CHECK_FALSE(isUuid("5b1f0c3e_8f5d-4b7a-9a53-2f1e6c0d9a11"));  // wrong separator
    CHECK_FALSE(isUuid("5b1f0c3e-8f5d-4b7a-9a53-2f1e6c0d9g11"));  // not hex
    CHECK_FALSE(isUuid(""));
}

TEST_CASE("Timestamps are UTC with milliseconds", "[ids]") {
    CHECK(isUtcTimestamp(utcTimestampNow()));
    CHECK(isUtcTimestamp("2026-11-23T15:24:00.123Z"));
    CHECK_FALSE(isUtcTimestamp("2026-11-23T15:24:00Z"));
    CHECK_FALSE(isUtcTimestamp("2026-11-23 15:24:00.123Z"));
    CHECK_FALSE(isUtcTimestamp("2026-11-23T15:24:00.123+01:00"));
    CHECK_FALSE(isUtcTimestamp("yesterday"));
}
