// JSON export and import through a real workspace file.

#include "core/error.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

namespace {

std::string sample(const std::string& name) {
    return mc::test::readFile(std::string(MC_TEST_DATA_DIR) + "/json/" + name);
}

// The text from the "compacts" key on: everything but the workspace header,
// which names the file the compacts were exported from.
std::string compactsPart(const std::string& json) {
    const auto at = json.find("\n  \"compacts\": [");
    REQUIRE(at != std::string::npos);
    return json.substr(at);
}

std::vector<std::string> compactIds(const mc::Workspace& workspace) {
    std::vector<std::string> ids;
    for (const auto& entry : workspace.listCompacts())
        ids.push_back(entry.id);
    return ids;
}

// A valid compact with fresh ids throughout.
mc::Compact freshCompact(const std::string& scholarName) {
    mc::Compact compact = mc::test::sampleCompact(scholarName);
    compact.id = mc::newUuid();
    std::map<std::string, std::string> renamed;
    for (auto& person : compact.people)
        person.id = renamed[person.id] = mc::newUuid();
    for (auto& expectation : compact.expectations)
        expectation.id = mc::newUuid();
    for (auto& goal : compact.goals) {
        goal.ownerId = renamed[goal.ownerId];
        goal.id = renamed[goal.id] = mc::newUuid();
    }
    for (auto& milestone : compact.milestones) {
        milestone.id = mc::newUuid();
        milestone.responsibleId = renamed[milestone.responsibleId];
        milestone.goalId = renamed[milestone.goalId];
    }
    return compact;
}

} // namespace

TEST_CASE("Export then import into a new file then export gives the same bytes", "[json]") {
    mc::test::TempDir dir;
    auto first = mc::Workspace::create(dir.file("first.compact"), "Cohort 2025");
    REQUIRE(mc::importJson(first, sample("valid.json")) == 2);
    const std::string exported = mc::exportJson(first);

    auto second = mc::Workspace::create(dir.file("second.compact"), "Copy");
    REQUIRE(mc::importJson(second, exported) == 2);
    const std::string again = mc::exportJson(second);
    CHECK(compactsPart(again) == compactsPart(exported));
    CHECK(again.find("\"name\": \"Copy\"") != std::string::npos);

    // Stamps and ids are kept; the ones the file left out were filled in.
    const auto compact = second.loadCompact("a1b2c3d4-0001-4aaa-8bbb-000000000001");
    CHECK(compact.updated == "2025-09-14T16:40:12.345Z");
    REQUIRE(compact.people.size() == 3);
    CHECK(compact.people[0].created == "2025-06-02T09:20:00.000Z");
    CHECK(mc::isUtcTimestamp(compact.people[2].created));
    CHECK(compact.people[2].name == "Prof. Zo\xC3\xAB Bront\xC3\xAB");
    CHECK(compact.expectations.size() == 3);
    CHECK(compact.milestones.size() == 4);
}

TEST_CASE("Exporting one compact writes only that compact", "[json]") {
    mc::test::TempDir dir;
    auto workspace = mc::Workspace::create(dir.file("w.compact"), "Ann's & Bo's <cohort>");
    REQUIRE(mc::importJson(workspace, sample("valid.json")) == 2);
    const mc::JsonDocument document =
        mc::parseJson(mc::exportJson(workspace, "b1b2c3d4-0001-4aaa-8bbb-000000000001"));
    REQUIRE(document.compacts.size() == 1);
    CHECK(document.compacts[0].title == "Li Wei \xE2\x80\x93 PhD compact");
    CHECK(document.workspace.name == "Ann's & Bo's <cohort>");
    CHECK(document.workspace.id == workspace.info().id);

    CHECK_THROWS_AS(mc::exportJson(workspace, "c0ffee00-0000-4000-8000-000000000000"), mc::Error);
}

TEST_CASE("A failed import leaves the workspace unchanged", "[json]") {
    mc::test::TempDir dir;
    const std::string path = dir.file("w.compact");
    auto workspace = mc::Workspace::create(path, "Cohort");
    REQUIRE(mc::importJson(workspace, sample("valid.json")) == 2);
    const auto idsBefore = compactIds(workspace);
    const std::string bytesBefore = mc::test::readFile(path);
    const std::string exportBefore = mc::exportJson(workspace);

    const auto expectUnchanged = [&] {
        CHECK(compactIds(workspace) == idsBefore);
        CHECK(mc::test::readFile(path) == bytesBefore);
        CHECK(mc::exportJson(workspace) == exportBefore);
    };

    SECTION("a broken file") {
        CHECK_THROWS_AS(mc::importJson(workspace, sample("bad_month.json")), mc::ValidationError);
        expectUnchanged();
    }
    SECTION("the same compacts again") {
        try {
            mc::importJson(workspace, sample("valid.json"));
            FAIL("a second import of the same compacts was accepted");
        } catch (const mc::ValidationError& e) {
            CHECK(e.problems().size() == 2);
            CHECK(e.problems()[0].field == "compacts[0].id");
            CHECK_THAT(e.problems()[0].message, Catch::Contains("already in this workspace"));
        }
        expectUnchanged();
    }
    SECTION("a new compact together with one already there") {
        mc::JsonDocument document;
        document.compacts = {freshCompact("New Scholar"),
                             workspace.loadCompact("a1b2c3d4-0001-4aaa-8bbb-000000000001")};
        try {
            mc::importJson(workspace, mc::toJson(document));
            FAIL("an import with a compact already there was accepted");
        } catch (const mc::ValidationError& e) {
            REQUIRE(e.problems().size() == 1);
            CHECK(e.problems()[0].field == "compacts[1].id");
        }
        expectUnchanged();
    }
    SECTION("a copy with a new compact id but the old part ids") {
        mc::Compact copy = workspace.loadCompact("b1b2c3d4-0001-4aaa-8bbb-000000000001");
        copy.id = mc::newUuid();
        mc::JsonDocument document;
        document.compacts = {freshCompact("Another Scholar"), copy};
        try {
            mc::importJson(workspace, mc::toJson(document));
            FAIL("an import reusing stored part ids was accepted");
        } catch (const mc::ValidationError& e) {
            REQUIRE(e.problems().size() == 2);
            CHECK(e.problems()[0].field == "compacts[1].people[0].id");
            CHECK_THAT(e.problems()[0].message, Catch::Contains("already used in this workspace") &&
                                                    Catch::Contains("Li Wei"));
        }
        expectUnchanged();
    }
}

TEST_CASE("Importing adds to what the workspace holds", "[json]") {
    mc::test::TempDir dir;
    auto workspace = mc::Workspace::create(dir.file("w.compact"), "Cohort");
    REQUIRE(mc::importJson(workspace, sample("valid.json")) == 2);
    mc::JsonDocument document;
    document.compacts = {freshCompact("Third Scholar")};
    CHECK(mc::importJson(workspace, mc::toJson(document)) == 1);
    CHECK(workspace.listCompacts().size() == 3);
    CHECK(workspace.hasCompact(document.compacts[0].id));

    const std::string empty = R"({"format": "mentoring-compact", "formatVersion": 1,
                                  "compacts": []})";
    CHECK(mc::importJson(workspace, empty) == 0);
    CHECK(workspace.listCompacts().size() == 3);
}
