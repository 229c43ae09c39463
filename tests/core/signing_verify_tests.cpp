// verify() on files changed behind the program's back, the schema 4
// migration, and signed compacts through JSON export and import.

#include "core/compact_diff.h"
#include "core/error.h"
#include "core/fingerprint.h"
#include "core/json_io.h"
#include "core/schema.h"
#include "core/sqlite/database.h"
#include "core/workspace.h"
#include "support/donor_rows.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace mc;

namespace {

// A workspace with one compact signed by its scholar and both mentors.
struct SignedFile {
    test::TempDir dir;
    std::string path = dir.file("signed.compact");
    std::string id;
    std::string title;

    SignedFile() {
        Workspace ws = Workspace::create(path, "Verify");
        const Compact compact = ws.addCompact(test::sampleCompact());
        id = compact.id;
        title = compact.title;
        const Date today = todayLocal();
        for (const Person& person : compact.people)
            ws.sign(compact.id, person.id, person.name, today, {}, today);
    }

    // Changes the file through another connection, as another tool would.
    void tamper(const std::string& sql) const {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
        const std::string error = message ? message : "";
        sqlite3_free(message);
        sqlite3_close(db);
        INFO(error);
        REQUIRE(rc == SQLITE_OK);
    }

    std::vector<Problem> verify() const { return Workspace::open(path).verify().problems; }
};

std::string joined(const std::vector<Problem>& problems) {
    return describe(problems);
}

} // namespace

TEST_CASE("verify passes on a freshly signed file", "[verify]") {
    SignedFile f;
    const auto report = Workspace::open(f.path).verify();
    CHECK(report.signedVersions == 1);
    CHECK(report.problems.empty());
}

TEST_CASE("verify names the compact, version and field of a changed clause", "[verify]") {
    SignedFile f;
    f.tamper("UPDATE expectations SET text = 'We meet when it suits the mentor.'");
    const auto problems = f.verify();
    REQUIRE(problems.size() == 1);
    const std::string text = joined(problems);
    CHECK_THAT(text, Catch::Contains(f.title) && Catch::Contains(f.id.substr(0, 8)) &&
                         Catch::Contains("version 1") && Catch::Contains("clause") &&
                         Catch::Contains("text changed") &&
                         Catch::Contains("We meet when it suits the mentor."));
}

TEST_CASE("verify names a changed milestone due date", "[verify]") {
    SignedFile f;
    f.tamper("UPDATE milestones SET due_date = '2030-01-01'");
    const std::string text = joined(f.verify());
    CHECK_THAT(text, Catch::Contains("version 1") &&
                         Catch::Contains("milestone \"Submit the first R01\": due date changed "
                                         "from \"2028-10-05\" to \"2030-01-01\""));
}

TEST_CASE("verify names a changed person's name", "[verify]") {
    SignedFile f;
    f.tamper("UPDATE people SET name = 'Prof. Sam Rayes' WHERE name = 'Prof. Sam Reyes'");
    const std::string text = joined(f.verify());
    CHECK_THAT(text, Catch::Contains(f.title) && Catch::Contains("version 1") &&
                         Catch::Contains("person \"Prof. Sam Rayes\": name changed"));
}

TEST_CASE("verify reports a signed text or signature changed in the file", "[verify]") {
    SignedFile f;
    SECTION("the snapshot") {
        f.tamper("UPDATE compact_versions SET content = replace(content, 'R01', 'R21')");
        CHECK_THAT(joined(f.verify()), Catch::Contains("version 1") &&
                                           Catch::Contains("no longer matches its fingerprint"));
    }
    SECTION("a signature's fingerprint") {
        f.tamper("UPDATE signatures SET fingerprint = 'abc' WHERE typed_name = 'Dr. Kim Baker'");
        CHECK_THAT(joined(f.verify()),
                   Catch::Contains("signature of Dr. Kim Baker") && Catch::Contains("version 1"));
    }
    SECTION("a damaged row is reported, not thrown") {
        f.tamper("UPDATE signatures SET signed_on = 'yesterday'");
        Workspace ws = Workspace::open(f.path);
        std::vector<Problem> problems;
        REQUIRE_NOTHROW(problems = ws.verify().problems);
        CHECK_THAT(joined(problems), Catch::Contains("cannot be read"));
    }
    SECTION("progress is not part of the signed text") {
        f.tamper("UPDATE milestones SET status = 'missed', outcome_note = 'Not funded'");
        CHECK(f.verify().empty());
    }
}

TEST_CASE("A schema 2 file migrates to version 1 drafts", "[versions]") {
    test::TempDir dir;
    const std::string donor = dir.file("donor.compact");
    const std::string path = dir.file("old.compact");
    std::string signedId;
    {
        Workspace current = Workspace::create(donor, "Donor");
        Compact claimed = test::sampleCompact("Dr. Claims Signed");
        claimed.status = CompactStatus::Signed;
        signedId = current.addCompact(claimed).id;
        current.addCompact(test::sampleCompact());
    }
    {
        sqlite::Database db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
        db.exec("PRAGMA journal_mode = WAL");
        createSchema(db, 2);
        db.exec("ATTACH DATABASE '" + donor + "' AS donor");
        for (const char* table : {"workspace", "compacts", "people", "expectations", "goals",
                                  "milestones", "meeting_plans"})
            db.exec(test::copyFromDonorSql(table));
        db.exec("DETACH DATABASE donor");
    }
    Workspace ws = Workspace::open(path);
    CHECK(ws.openReport().fromVersion == 2);
    CHECK(ws.info().schemaVersion == Workspace::kSchemaVersion);
    for (const auto& entry : ws.listCompacts()) {
        const auto history = ws.signingHistory(entry.id);
        REQUIRE(history.versions.size() == 1);
        CHECK(history.versions[0].number == 1);
        CHECK(history.versions[0].state == VersionState::Draft);
        CHECK(history.versions[0].id.size() == 36);
    }
    // "Signed" with no signature to show for it: back in negotiation.
    CHECK(ws.loadCompact(signedId).status == CompactStatus::InNegotiation);
    CHECK(ws.verify().signedVersions == 0);
}

TEST_CASE("A signed and amended compact survives export and import", "[signing]") {
    SignedFile f;
    std::string exported;
    {
        Workspace ws = Workspace::open(f.path);
        Person director;
        director.role = Role::ProgramDirector;
        director.name = "Dr. Pat Lee";
        director.position = 3;
        ws.startAmendment(f.id);
        director = ws.savePerson(f.id, director);
        ws.setSignerRequired(f.id, ws.loadCompact(f.id).people[2].id, false);
        const Date today = todayLocal();
        ws.sign(f.id, director.id, director.name, today, {{{0, 0}, {1000, 1000}}}, today);
        exported = exportJson(ws);
    }
    CHECK_THAT(exported, Catch::Contains("\"versions\"") && Catch::Contains("\"signatures\"") &&
                             Catch::Contains("\"signers\""));
    Workspace copy = Workspace::create(f.dir.file("copy.compact"), "Copy");
    REQUIRE(importJson(copy, exported) == 1);
    const std::string again = exportJson(copy);
    CHECK(again.substr(again.find("\"compacts\"")) ==
          exported.substr(exported.find("\"compacts\"")));
    CHECK(copy.verify().signedVersions == 1);
    CHECK(copy.verify().problems.empty());
    CHECK(copy.versions(f.id).size() == 2);
    CHECK(copy.signers(f.id)[2].required == false);

    SECTION("an edited signed text is refused on import") {
        const std::string needle = "We meet every second Thursday for an hour.";
        std::string edited = exported;
        // In the snapshot of version 1, not in the live compact.
        const auto at = edited.find(needle, edited.find("\"versions\""));
        REQUIRE(at != std::string::npos);
        edited.replace(at, needle.size(), "We meet rarely.");
        Workspace other = Workspace::create(f.dir.file("other.compact"), "Other");
        CHECK_THROWS_WITH(importJson(other, edited),
                          Catch::Contains("version 1") && Catch::Contains("fingerprint"));
        CHECK(other.listCompacts().empty());
    }
}

TEST_CASE("verify counts the further changes in whole sentences", "[verify]") {
    SignedFile f;
    const std::string since =
        " since it was signed: the file was changed outside Mentoring Compact";
    std::size_t renamed = 0;
    // Renames one more person each time, as another tool would.
    const auto renameNext = [&](const char* from, const char* to) {
        f.tamper(std::string("UPDATE people SET name = '") + to + "' WHERE name = '" + from + "'");
        ++renamed;
    };
    const auto check = [&](const std::string& more) {
        Workspace ws = Workspace::open(f.path);
        const auto changes = diffCompacts(ws.versionContent(f.id, 1), ws.loadCompact(f.id));
        REQUIRE(changes.size() == renamed);
        const auto problems = ws.verify().problems;
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == describeChange(changes.front()) + more + since);
        // The English is the template filled: the desktop fills the same one.
        CHECK(problems[0].text.english() == problems[0].message);
        REQUIRE_FALSE(problems[0].text.args.empty());
        CHECK(problems[0].text.args[0] == changeText(changes.front()));
    };
    renameNext("Prof. Sam Reyes", "Prof. Sam Rayes");
    check("");
    renameNext("Dr. Kim Baker", "Dr. Kim Barker");
    check(" (and 1 more change)");
    renameNext("Dr. Lena Ortiz", "Dr. Lena Ortis");
    check(" (and 2 more changes)");
}

TEST_CASE("verify names a signed compact whose versions were all removed", "[verify]") {
    SignedFile f;
    f.tamper("DELETE FROM signatures");
    f.tamper("DELETE FROM compact_versions");
    const auto problems = f.verify();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "the compact says it is Signed but holds no signed version: its "
                                 "versions were removed outside Mentoring Compact");
    REQUIRE(problems[0].text.args.size() == 1);
    CHECK(problems[0].text.args[0].vocabulary == "compact status");
    CHECK(problems[0].text.args[0].key == "signed");
}

TEST_CASE("A validation error with no problems still says something", "[errors]") {
    const ValidationError error({});
    CHECK(std::string(error.what()) == "invalid data");
    CHECK(error.text().source == "invalid data");
    CHECK(error.text().translatable);
}

TEST_CASE("An imported signing history names each bad value", "[signing]") {
    SignedFile f;
    auto json = nlohmann::ordered_json::parse(exportJson(Workspace::open(f.path)));
    auto& compact = json["compacts"][0];
    const std::string stranger = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
    compact["signers"] =
        nlohmann::ordered_json::parse(R"([{"person": ")" + stranger + R"(", "required": true}])");
    compact["versions"][0]["signatures"][0]["drawing"] =
        nlohmann::ordered_json::parse("[[[0, 2000]]]");
    Workspace other = Workspace::create(f.dir.file("other.compact"), "Other");
    try {
        importJson(other, json.dump());
        FAIL("a signer who is not in the compact was imported");
    } catch (const ValidationError& error) {
        const auto find = [&](const std::string& fieldEnd) -> const Problem& {
            for (const Problem& problem : error.problems())
                if (problem.field.size() >= fieldEnd.size() &&
                    problem.field.compare(problem.field.size() - fieldEnd.size(), fieldEnd.size(),
                                          fieldEnd) == 0)
                    return problem;
            FAIL("no problem at " + fieldEnd);
            return error.problems().front();
        };
        const Problem& signer = find(".signers[0].person");
        CHECK(signer.message == "\"" + stranger + "\" is not one of this compact's people");
        CHECK(signer.text.english() == signer.message);
        const Problem& drawing = find(".signatures[0].drawing");
        CHECK(drawing.message ==
              "the drawn signature has the point [0, 2000] outside its 0 to 1000 box");
        CHECK(drawing.text.source ==
              "the drawn signature has the point [%1, %2] outside its 0 to 1000 box");
    }
    CHECK(other.listCompacts().empty());
}
