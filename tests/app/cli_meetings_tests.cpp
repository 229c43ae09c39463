// `meetings` and `log-meeting` on real files.

#include "cli_run.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <string>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A workspace made by `new`: Ada Lovelace and her mentor Charles Babbage,
// meeting every two weeks on Mondays (the default plan) from 2026-07-01.
struct Pair {
    TempDir dir;
    std::string file = dir.file("pair.compact");
    std::string id;

    Pair() {
        REQUIRE(runCli({"new", file, "--scholar", "Ada Lovelace", "--mentor", "Charles Babbage",
                        "--start", "2026-07-01"})
                    .code() == 0);
        id = mc::Workspace::open(file, mc::OpenMode::ReadOnly).listCompacts().at(0).id;
    }

    mc::test::CliResult log(std::vector<std::string> args) const {
        args.insert(args.begin(), {"log-meeting", file, "--compact", id.substr(0, 8)});
        return runCli(args);
    }

    std::vector<mc::Meeting> stored() const {
        return mc::Workspace::open(file, mc::OpenMode::ReadOnly).meetings(id);
    }
};

} // namespace

TEST_CASE("log-meeting stores attendees and action items with their owners", "[cli][meetings]") {
    Pair f;
    const auto logged =
        f.log({"--date",     "2026-11-20",       "--attendee", "ada lovelace",
               "--attendee", "Charles Babbage",  "--topics",   "Aims page",
               "--notes",    "Second draft",     "--action",   "Revise the aims page",
               "--owner",    "Ada Lovelace",     "--due",      "2026-12-04",
               "--action",   "Book the consult", "--due",      "2026-12-10"});
    INFO(logged.err);
    REQUIRE(logged.code() == 0);
    CHECK(contains(logged.out, "Logged the meeting of 2026-11-20"));
    CHECK(contains(logged.out, "Ada Lovelace, Charles Babbage; 2 action items."));
    CHECK(contains(logged.out, "agreed: every two weeks on Mondays; held 1 of "));

    const auto meetings = f.stored();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].topics == "Aims page");
    CHECK(meetings[0].notes == "Second draft");
    REQUIRE(meetings[0].attendees.size() == 2);
    REQUIRE(meetings[0].actionItems.size() == 2);
    CHECK(meetings[0].actionItems[0].ownerName == "Ada Lovelace");
    CHECK(mc::formatOptionalIsoDate(meetings[0].actionItems[0].due) == "2026-12-04");
    CHECK(meetings[0].actionItems[1].ownerId.empty());
    CHECK(mc::formatOptionalIsoDate(meetings[0].actionItems[1].due) == "2026-12-10");
}

TEST_CASE("meetings prints the log newest first under the adherence sentence", "[cli][meetings]") {
    Pair f;
    REQUIRE(f.log({"--date", "2026-11-02", "--attendee", "Ada Lovelace"}).code() == 0);
    REQUIRE(f.log({"--date", "2026-11-16", "--attendee", "Ada Lovelace", "--action",
                   "Send the draft", "--owner", "Charles Babbage", "--due", "2026-11-30"})
                .code() == 0);
    const auto shown = runCli({"meetings", f.file, "--compact", f.id, "--today", "2026-12-05"});
    INFO(shown.err);
    REQUIRE(shown.code() == 0);
    // Mondays every two weeks from 2026-07-06 up to 2026-12-05: 11 of them.
    CHECK(contains(shown.out, "agreed: every two weeks on Mondays; held 2 of 11 since the "
                              "compact started on 2026-07-01; last meeting 19 days ago\n"));
    const auto newer = shown.out.find("2026-11-16  meeting");
    const auto older = shown.out.find("2026-11-02  meeting");
    REQUIRE(newer != std::string::npos);
    REQUIRE(older != std::string::npos);
    CHECK(newer < older);
    CHECK(contains(shown.out, "[ ] Send the draft (Charles Babbage, due 2026-11-30, overdue)"));
}

TEST_CASE("log-meeting refuses wrong arguments and writes nothing", "[cli][meetings]") {
    Pair f;
    struct Case {
        std::vector<std::string> args;
        int code;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"--date", "2026-13-01"}, 2, "--date: \"2026-13-01\" is not a date"},
        {{}, 2, "--date is required"},
        {{"--date", "2999-01-01"}, 1, "meeting.date: date 2999-01-01 is after today"},
        {{"--date", "2026-11-01", "--attendee", "Nobody"}, 1, "--attendee: nobody in the compact"},
        {{"--date", "2026-11-01", "--owner", "Ada Lovelace"},
         2,
         "--owner must follow the --action it belongs to"},
        {{"--date", "2026-11-01", "--action", "x", "--due", "soon"}, 2, "--due: \"soon\""},
        {{"--date", "2026-11-01", "--action", "x", "--due", "2026-12-01", "--due", "2026-12-02"},
         2,
         "--due given twice for the action \"x\""},
        {{"--date", "2026-11-01", "--action", " "},
         1,
         "meeting.actionItems[0].text: text is empty"},
        {{"--date", "2026-11-01", "--action", "x", "--owner", "Grace Hopper"},
         1,
         "--owner: nobody in the compact"},
    };
    for (const Case& c : cases) {
        const auto result = f.log(c.args);
        INFO(result.err);
        CHECK(result.code() == c.code);
        CHECK(contains(result.err, c.message));
    }
    CHECK(f.stored().empty());
}

TEST_CASE("meetings refuses an unknown compact or a bad --today", "[cli][meetings]") {
    Pair f;
    const auto unknown = runCli({"meetings", f.file, "--compact", "ffff"});
    CHECK(unknown.code() == 1);
    CHECK(contains(unknown.err, "There is no compact"));
    const auto badToday = runCli({"meetings", f.file, "--compact", f.id, "--today", "2026-02-30"});
    CHECK(badToday.code() == 2);
    CHECK(contains(badToday.err, "--today: \"2026-02-30\" is not a date"));
    const auto none = runCli({"meetings", f.file, "--compact", f.id, "--today", "2026-12-05"});
    CHECK(none.code() == 0);
    CHECK(contains(none.out, "held 0 of 11 since the compact started on 2026-07-01; no meeting "
                             "logged yet"));
}

TEST_CASE("action-done closes an action item and --open opens it again", "[cli][meetings]") {
    Pair f;
    REQUIRE(f.log({"--date", "2026-11-16", "--action", "Send the draft", "--owner", "Ada Lovelace",
                   "--due", "2026-11-30"})
                .code() == 0);
    const std::string item = f.stored().at(0).actionItems.at(0).id;
    const auto done =
        runCli({"action-done", f.file, "--compact", f.id, "--item", item.substr(0, 8)});
    INFO(done.err);
    REQUIRE(done.code() == 0);
    CHECK(contains(done.out, "\"Send the draft\" of the meeting of 2026-11-16 is done."));
    CHECK(f.stored().at(0).actionItems.at(0).done);
    const auto shown = runCli({"meetings", f.file, "--compact", f.id, "--today", "2026-12-05"});
    CHECK(contains(shown.out, "[x] Send the draft (Ada Lovelace, due 2026-11-30)"));

    REQUIRE(
        runCli({"action-done", f.file, "--compact", f.id, "--item", item.substr(0, 6), "--open"})
            .code() == 0);
    CHECK_FALSE(f.stored().at(0).actionItems.at(0).done);

    const auto unknown = runCli({"action-done", f.file, "--compact", f.id, "--item", "ffffffff"});
    CHECK(unknown.code() == 1);
    CHECK(contains(unknown.err, "has no action item whose id starts \"ffffffff\""));
    const auto tooShort = runCli({"action-done", f.file, "--compact", f.id, "--item", "ab"});
    CHECK(tooShort.code() == 2);
    CHECK(contains(tooShort.err, "--item: give at least 4 characters"));
}

TEST_CASE("promote-action adds a milestone, or says why not", "[cli][meetings]") {
    Pair f;
    REQUIRE(f.log({"--date", "2026-11-16", "--action", "Submit the pilot grant", "--owner",
                   "Ada Lovelace", "--due", "2027-02-01", "--action", "Think about a K99"})
                .code() == 0);
    const auto items = f.stored().at(0).actionItems;
    const auto promoted =
        runCli({"promote-action", f.file, "--compact", f.id, "--item", items.at(0).id});
    INFO(promoted.err);
    REQUIRE(promoted.code() == 0);
    CHECK(contains(promoted.out, "\"Submit the pilot grant\" is now a planned milestone, due "
                                 "2027-02-01, Ada Lovelace responsible"));
    const auto compact = mc::Workspace::open(f.file, mc::OpenMode::ReadOnly).loadCompact(f.id);
    REQUIRE(compact.milestones.size() == 1);
    CHECK(compact.milestones[0].title == "Submit the pilot grant");

    const auto again =
        runCli({"promote-action", f.file, "--compact", f.id, "--item", items.at(0).id});
    CHECK(again.code() == 1);
    CHECK(contains(again.err, "it is one already"));
    const auto noOwner =
        runCli({"promote-action", f.file, "--compact", f.id, "--item", items.at(1).id});
    CHECK(noOwner.code() == 1);
    CHECK(contains(noOwner.err, "cannot become a milestone: it has no owner"));

    // Signed and locked: the log takes meetings, a promotion is refused.
    REQUIRE(runCli({"sign", f.file, "--compact", f.id, "--person", "Ada Lovelace"}).code() == 0);
    REQUIRE(runCli({"sign", f.file, "--compact", f.id, "--person", "Charles Babbage"}).code() == 0);
    REQUIRE(f.log({"--date", "2026-11-30", "--action", "Plan the R01", "--owner", "Ada Lovelace",
                   "--due", "2027-06-01"})
                .code() == 0);
    const std::string locked = f.stored().at(0).actionItems.at(0).id;
    const auto refused = runCli({"promote-action", f.file, "--compact", f.id, "--item", locked});
    CHECK(refused.code() == 1);
    CHECK(contains(refused.err, "this compact is signed (version 1); start an amendment"));
}
