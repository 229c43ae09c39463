// Closing and archiving a compact (issue 7): the day, the reason and the
// note are kept, signed compacts can be closed without touching what was
// signed, wrong input names the field, and reopening gives the status back.

#include "core/error.h"
#include "core/json_io.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace mc;
using boost::gregorian::date;

namespace {

struct Closable {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("close.compact"), "Closing");
    Compact compact = ws.addCompact(test::sampleCompact());
    Date today = date(2029, 9, 15);

    void signAll() {
        for (std::size_t i = 0; i < 3; ++i) {
            const Person& person = compact.people.at(i);
            ws.sign(compact.id, person.id, person.name, todayLocal(), {}, today);
        }
    }
};

// The field of the first problem a ValidationError carries.
std::string refusedField(const std::function<void()>& edit) {
    try {
        edit();
    } catch (const ValidationError& e) {
        REQUIRE_FALSE(e.problems().empty());
        return e.problems().front().field;
    }
    FAIL("the edit was not refused");
    return {};
}

} // namespace

TEST_CASE("Closing keeps the day, the reason and the note", "[closing]") {
    Closable c;
    const Closing closing{date(2029, 8, 31), ClosingReason::Independence,
                          "Moved to a tenure-track post <b>& stays in touch</b>"};
    c.ws.closeCompact(c.compact.id, closing, c.today);
    const Compact stored = c.ws.loadCompact(c.compact.id);
    CHECK(stored.status == CompactStatus::Closed);
    REQUIRE(stored.closing);
    CHECK(*stored.closing == closing);
    CHECK(c.ws.check().empty());
}

TEST_CASE("A signed compact closes without touching what was signed", "[closing]") {
    Closable c;
    c.signAll();
    c.ws.closeCompact(c.compact.id, {date(2029, 8, 31), ClosingReason::AwardCompleted, ""},
                      c.today);
    const Workspace::VerifyReport report = c.ws.verify();
    CHECK(report.signedVersions == 1);
    CHECK(report.problems.empty());
    const Compact reopened = c.ws.reopenCompact(c.compact.id);
    CHECK(reopened.status == CompactStatus::Signed);
    CHECK_FALSE(c.ws.loadCompact(c.compact.id).closing);
}

TEST_CASE("Reopening an unsigned compact gives back a draft", "[closing]") {
    Closable c;
    c.ws.closeCompact(c.compact.id, {date(2027, 1, 10), ClosingReason::LeftProgram, ""}, c.today);
    CHECK(c.ws.reopenCompact(c.compact.id).status == CompactStatus::Draft);
    CHECK_THROWS_WITH(c.ws.reopenCompact(c.compact.id), Catch::Contains("is not closed"));
}

TEST_CASE("Wrong closings are refused, naming the field, and nothing changes", "[closing]") {
    Closable c;
    CHECK(
        refusedField([&] {
            c.ws.closeCompact(c.compact.id, {date(2026, 8, 1), ClosingReason::Other, ""}, c.today);
        }) == "closing.on");
    CHECK(
        refusedField([&] {
            c.ws.closeCompact(c.compact.id, {date(2029, 9, 16), ClosingReason::Other, ""}, c.today);
        }) == "closing.on");
    CHECK(refusedField([&] {
              c.ws.closeCompact(c.compact.id,
                                {date(2028, 1, 1), ClosingReason::Other, std::string("a\x01z")},
                                c.today);
          }) == "closing.note");
    CHECK(c.ws.loadCompact(c.compact.id).status == CompactStatus::Draft);
    CHECK_FALSE(c.ws.loadCompact(c.compact.id).closing);

    c.ws.closeCompact(c.compact.id, {date(2028, 1, 1), ClosingReason::Other, ""}, c.today);
    CHECK_THROWS_WITH(
        c.ws.closeCompact(c.compact.id, {date(2028, 2, 1), ClosingReason::Other, ""}, c.today),
        Catch::Contains("already closed on 2028-01-01"));
}

TEST_CASE("The status field alone neither closes nor reopens", "[closing]") {
    Closable c;
    Compact header = c.ws.loadCompact(c.compact.id);
    header.status = CompactStatus::Closed;
    CHECK(refusedField([&] { c.ws.saveCompactHeader(header); }) == "status");
    c.ws.closeCompact(c.compact.id, {date(2028, 1, 1), ClosingReason::Other, ""}, c.today);
    header = c.ws.loadCompact(c.compact.id);
    header.status = CompactStatus::Draft;
    CHECK(refusedField([&] { c.ws.saveCompactHeader(header); }) == "status");
    header = c.ws.loadCompact(c.compact.id);
    header.title = "Renamed while archived";
    c.ws.saveCompactHeader(header);
    REQUIRE(c.ws.loadCompact(c.compact.id).closing); // a header edit keeps the closing
}

TEST_CASE("A closing goes through JSON export and import whole", "[closing][json]") {
    Closable c;
    const Closing closing{date(2029, 8, 31), ClosingReason::MentorChange, "New primary mentor"};
    c.ws.closeCompact(c.compact.id, closing, c.today);
    const std::string json = exportJson(c.ws);
    CHECK(json.find("\"closing\"") != std::string::npos);
    Workspace copy = Workspace::create(c.dir.file("copy.compact"), "Copy");
    copy.adoptIdentity(c.ws.info());
    REQUIRE(importJson(copy, json) == 1);
    REQUIRE(copy.loadCompact(c.compact.id).closing);
    CHECK(*copy.loadCompact(c.compact.id).closing == closing);
    CHECK(exportJson(copy) == json);
}

TEST_CASE("A closing in JSON with a bad reason names its path", "[closing][json]") {
    Closable c;
    c.ws.closeCompact(c.compact.id, {date(2029, 8, 31), ClosingReason::Other, ""}, c.today);
    std::string json = exportJson(c.ws);
    const std::string good = "\"reason\": \"other\"";
    const auto at = json.find(good);
    REQUIRE(at != std::string::npos);
    json.replace(at, good.size(), "\"reason\": \"bored\"");
    try {
        (void)parseJson(json);
        FAIL("the bad reason was read");
    } catch (const ValidationError& e) {
        REQUIRE_FALSE(e.problems().empty());
        CHECK(e.problems().front().field == "compacts[0].closing.reason");
    }
}
