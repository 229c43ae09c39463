// `export --format ics`: the calendar of a workspace or of one compact,
// parsed back with libical and checked against what the store holds.

#include "cli_run.h"
#include "core/calendar_ics.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <libical/ical.h>
#include <memory>
#include <set>
#include <string>
#include <vector>

using mc::test::runCli;
using mc::test::TempDir;

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct Lab {
    TempDir dir;
    std::string file = dir.file("lab.compact");
    mc::Compact ortiz;
    mc::Compact haddad;

    Lab() {
        mc::Workspace workspace = mc::Workspace::create(file, "Ortiz lab");
        ortiz = workspace.addCompact(mc::test::sampleCompact("Dr. Lena Ortiz"));
        haddad = workspace.addCompact(mc::test::sampleCompact("Dr. Omar Haddad"));
    }
};

ComponentPtr parse(const std::string& text) {
    ComponentPtr calendar(icalparser_parse_string(text.c_str()));
    REQUIRE(calendar);
    REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    return calendar;
}

std::set<std::string> uidsOf(icalcomponent* calendar) {
    std::set<std::string> uids;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        uids.insert(icalcomponent_get_uid(e));
    CHECK(static_cast<int>(uids.size()) ==
          icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT));
    return uids;
}

// The UIDs one compact's events must have: its milestone, three reviews (the
// sample runs three award years) and its meeting plan.
std::set<std::string> expectedUids(const mc::Compact& compact) {
    std::set<std::string> uids{mc::meetingsEventUid(compact)};
    for (const auto& milestone : compact.milestones)
        uids.insert(mc::milestoneEventUid(milestone));
    for (int year = 1; year <= 3; ++year)
        uids.insert(mc::reviewEventUid(compact, year));
    return uids;
}

std::string calendarName(icalcomponent* calendar) {
    icalproperty* name = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY);
    REQUIRE(name);
    CHECK(std::string(icalproperty_get_x_name(name)) == "X-WR-CALNAME");
    return icalproperty_get_x(name);
}

icalcomponent* eventWithUid(icalcomponent* calendar, const std::string& uid) {
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        if (icalcomponent_get_uid(e) == uid)
            return e;
    FAIL("no event " << uid);
    return nullptr;
}

} // namespace

TEST_CASE("export --format ics writes the whole workspace as one calendar", "[cli][ics]") {
    Lab lab;
    const std::string out = lab.dir.file("lab.ics");
    const auto result = runCli({"export", lab.file, "--format", "ics", "--out", out});
    CHECK(result.code() == 0);
    CHECK(result.out.empty());
    CHECK(result.err.empty());
    const std::string text = mc::test::readFile(out);
    CHECK(text.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    const ComponentPtr calendar = parse(text);
    CHECK(calendarName(calendar.get()) == "Ortiz lab");
    std::set<std::string> expected = expectedUids(lab.ortiz);
    expected.merge(expectedUids(lab.haddad));
    CHECK(uidsOf(calendar.get()) == expected);

    // The same export again: the same events, so importing it updates them.
    const auto again = runCli({"export", lab.file, "--format", "ics"});
    CHECK(again.code() == 0);
    CHECK(uidsOf(parse(again.out).get()) == expected);
}

TEST_CASE("export --format ics --compact writes one compact's calendar", "[cli][ics]") {
    Lab lab;
    const auto result =
        runCli({"export", lab.file, "--format", "ics", "--compact", lab.haddad.id.substr(0, 8)});
    CHECK(result.code() == 0);
    const ComponentPtr calendar = parse(result.out);
    CHECK(calendarName(calendar.get()) == lab.haddad.title);
    CHECK(uidsOf(calendar.get()) == expectedUids(lab.haddad));
    icalcomponent* event =
        eventWithUid(calendar.get(), mc::milestoneEventUid(lab.haddad.milestones.front()));
    CHECK(std::string(icalcomponent_get_summary(event)) == "Dr. Omar Haddad: Submit the first R01");
}

TEST_CASE("an edited milestone keeps its UID with the store's stamp as SEQUENCE", "[cli][ics]") {
    Lab lab;
    mc::Milestone milestone = lab.ortiz.milestones.front();
    milestone.title = "Resubmit the first R01";
    {
        mc::Workspace workspace = mc::Workspace::open(lab.file);
        milestone = workspace.saveMilestone(lab.ortiz.id, milestone);
    }
    const auto result = runCli({"export", lab.file, "--format", "ics", "--compact", lab.ortiz.id});
    REQUIRE(result.code() == 0);
    const ComponentPtr calendar = parse(result.out);
    icalcomponent* event = eventWithUid(calendar.get(), mc::milestoneEventUid(milestone));
    CHECK(std::string(icalcomponent_get_summary(event)) ==
          "Dr. Lena Ortiz: Resubmit the first R01");
    icalproperty* sequence = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY);
    REQUIRE(sequence);
    CHECK(icalproperty_get_sequence(sequence) == mc::sequenceFromStamp(milestone.updated));
    CHECK(icalproperty_get_sequence(sequence) >=
          mc::sequenceFromStamp(lab.ortiz.milestones.front().updated));
    CHECK(icalproperty_get_sequence(sequence) > 0);
}

TEST_CASE("export --format ics refuses a wrong format or compact and writes nothing",
          "[cli][ics]") {
    Lab lab;
    const std::string out = lab.dir.file("lab.ics");
    const auto wrongFormat = runCli({"export", lab.file, "--format", "ical", "--out", out});
    CHECK(wrongFormat.code() == 2);
    CHECK(wrongFormat.err.find("--format: \"ical\" is not a format") != std::string::npos);
    CHECK(wrongFormat.err.find("json, ics") != std::string::npos);

    const auto unknown =
        runCli({"export", lab.file, "--format", "ics", "--compact", "ffffffff", "--out", out});
    CHECK(unknown.code() != 0);
    CHECK(unknown.err.find("ffffffff") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));

    // An earlier calendar stays whole when a later export fails.
    mc::test::writeFile(out, "earlier calendar");
    CHECK(runCli({"export", lab.file, "--format", "ics", "--compact", "ffffffff", "--out", out})
              .code() != 0);
    CHECK(mc::test::readFile(out) == "earlier calendar");
    CHECK(runCli({"export", lab.file, "--format", "ics", "--out", out}).code() == 0);
    CHECK(mc::test::readFile(out).rfind("BEGIN:VCALENDAR\r\n", 0) == 0);

    const auto itself = runCli({"export", lab.file, "--format", "ics", "--out", lab.file});
    CHECK(itself.code() == 2);
    CHECK(itself.err.find("is the workspace itself") != std::string::npos);
}
