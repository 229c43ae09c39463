// The meeting log in the JSON interchange format: exported and imported
// with its compact, byte for byte; checked on import with JSON paths; a
// file without a log still imports.

#include "core/error.h"
#include "core/json_io.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace mc;
using boost::gregorian::date;

namespace {

// A workspace whose compact has two meetings, one attended by a co-mentor
// who has since left the compact and who owned an action item.
struct Logged {
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("from.compact"), "From");
    Compact compact = ws.addCompact(test::sampleCompact());
    Date today = date(2026, 12, 5);

    Logged() {
        Meeting first;
        first.date = date(2026, 10, 8);
        first.attendees = {{compact.people[0].id, ""}, {compact.people[2].id, ""}};
        first.topics = "Statistics plan";
        ActionItem item;
        item.text = "Draft the power calculation";
        item.ownerId = compact.people[2].id;
        item.due = date(2026, 10, 22);
        item.done = true;
        first.actionItems = {item};
        ws.saveMeeting(compact.id, first, today);
        Meeting second;
        second.date = date(2026, 11, 19);
        second.attendees = {{compact.people[0].id, ""}, {compact.people[1].id, ""}};
        second.notes = "Aims page, third draft.\nNext: the budget.";
        ActionItem promote;
        promote.text = "Submit the pilot grant";
        promote.ownerId = compact.people[0].id;
        promote.due = date(2027, 2, 1);
        second.actionItems = {promote};
        second = ws.saveMeeting(compact.id, second, today);
        ws.promoteActionItem(compact.id, second.actionItems[0].id);
        ws.deletePerson(compact.id, compact.people[2].id);
    }
};

} // namespace

TEST_CASE("The meeting log is exported and imported with its compact", "[meetings][json]") {
    Logged f;
    const std::string exported = exportJson(f.ws);
    const auto root = nlohmann::json::parse(exported);
    const auto& meetings = root["compacts"][0]["meetings"];
    REQUIRE(meetings.size() == 2);
    CHECK(meetings[0]["date"] == "2026-11-19");
    CHECK(meetings[1]["attendees"][1]["person"].is_null());
    CHECK(meetings[1]["attendees"][1]["name"] == "Dr. Kim Baker");
    CHECK(meetings[1]["actionItems"][0]["ownerName"] == "Dr. Kim Baker");
    CHECK(meetings[1]["actionItems"][0]["done"] == true);
    CHECK(meetings[0]["actionItems"][0]["milestone"].is_string());

    Workspace to = Workspace::create(f.dir.file("to.compact"), "To");
    REQUIRE(importJson(to, exported) == 1);
    CHECK(to.meetings(f.compact.id) == f.ws.meetings(f.compact.id));
    // The workspace header differs; every compact byte is the same.
    const std::string again = exportJson(to);
    CHECK(again.substr(again.find("\"compacts\"")) ==
          exported.substr(exported.find("\"compacts\"")));
}

TEST_CASE("A signed compact's log comes along with its versions", "[meetings][json]") {
    Logged f;
    const Date signedOn = todayLocal();
    for (const Person& p : f.ws.loadCompact(f.compact.id).people)
        f.ws.sign(f.compact.id, p.id, p.name, signedOn, {}, signedOn);
    REQUIRE(f.ws.currentVersion(f.compact.id).second);
    Workspace to = Workspace::create(f.dir.file("to.compact"), "To");
    REQUIRE(importJson(to, exportJson(f.ws)) == 1);
    CHECK(to.meetings(f.compact.id).size() == 2);
    CHECK(to.verify().problems.empty());
}

TEST_CASE("A file without a meeting log still imports", "[meetings][json]") {
    Logged f;
    auto root = nlohmann::json::parse(exportJson(f.ws));
    root["compacts"][0].erase("meetings");
    Workspace to = Workspace::create(f.dir.file("to.compact"), "To");
    REQUIRE(importJson(to, root.dump()) == 1);
    CHECK(to.meetings(f.compact.id).empty());
}

TEST_CASE("A bad meeting in a file is reported by its path and nothing is imported",
          "[meetings][json]") {
    Logged f;
    auto root = nlohmann::json::parse(exportJson(f.ws));
    auto& meeting = root["compacts"][0]["meetings"][0];
    meeting["date"] = "2026-11-31";
    meeting["actionItems"][0]["owner"] = "5b0e0c9a-3f1d-4c57-9d7e-0a1b2c3d4e5f";
    meeting["actionItems"][0]["text"] = "";
    root["compacts"][0]["meetings"][1]["attendees"] = "everyone";
    Workspace to = Workspace::create(f.dir.file("to.compact"), "To");
    std::vector<std::string> fields;
    try {
        importJson(to, root.dump());
        FAIL("the import was not refused");
    } catch (const ValidationError& e) {
        for (const Problem& p : e.problems())
            fields.push_back(p.field);
    }
    CHECK(fields == std::vector<std::string>{"compacts[0].meetings[0].date",
                                             "compacts[0].meetings[1].attendees"});
    CHECK(to.listCompacts().empty());

    // Once the fields can be read, the rules name the rest.
    meeting["date"] = "2026-11-19";
    root["compacts"][0]["meetings"][1]["attendees"] = nlohmann::json::array();
    try {
        importJson(to, root.dump());
        FAIL("the import was not refused");
    } catch (const ValidationError& e) {
        fields.clear();
        for (const Problem& p : e.problems())
            fields.push_back(p.field);
    }
    CHECK(fields == std::vector<std::string>{"compacts[0].meetings[0].actionItems[0].text",
                                             "compacts[0].meetings[0].actionItems[0].owner"});
    CHECK(to.listCompacts().empty());
}

TEST_CASE("A meeting id already in the workspace is refused on import", "[meetings][json]") {
    Logged f;
    // The same log under another compact id: the meeting ids are taken.
    auto root = nlohmann::json::parse(exportJson(f.ws));
    f.ws.deleteCompact(f.compact.id);
    Compact other = f.ws.addCompact(test::sampleCompact("Dr. Other Scholar"));
    Meeting kept = f.ws.saveMeeting(
        other.id, Meeting{{}, other.id, date(2026, 11, 1), {}, "", "", {}}, f.today);
    root["compacts"][0]["meetings"][0]["id"] = kept.id;
    try {
        importJson(f.ws, root.dump());
        FAIL("the import was not refused");
    } catch (const ValidationError& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].field == "compacts[0].meetings[0].id");
        CHECK(e.problems()[0].message ==
              "the id \"" + kept.id + "\" is already used in this workspace");
    }
    CHECK(f.ws.listCompacts().size() == 1);
}
