// `templates` and `new --template` on real files.

#include "cli_run.h"
#include "core/templates.h"
#include "core/workspace.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

using mc::test::readFile;
using mc::test::runCli;
using mc::test::TempDir;
using mc::test::writeFile;

namespace {

const std::string kShipped = std::string(MC_SOURCE_DIR) + "/templates/compacts";

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, '\t');)
        out.push_back(field);
    return out;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A program's own template: the postdoc one under another id and name.
void writeOwnTemplate(const std::string& path, const std::string& id) {
    mc::CompactTemplate own =
        mc::parseTemplate(readFile(kShipped + "/postdoctoral.json"), "postdoctoral.json");
    own.id = id;
    own.name = "Our lab's postdoc compact";
    own.awardYears = 2;
    for (auto& milestone : own.milestones)
        milestone.dueAfterMonths = std::min(milestone.dueAfterMonths, 24);
    writeFile(path, mc::templateToJson(own));
}

} // namespace

TEST_CASE("templates lists the five built-in templates", "[cli][templates]") {
    const auto result = runCli({"templates"});
    CHECK(result.code() == 0);
    CHECK(result.err.empty());
    const auto listed = lines(result.out);
    REQUIRE(listed.size() == 5);
    const auto first = fields(listed[0]);
    REQUIRE(first.size() == 5);
    CHECK(first[0] == "kl2-career-development");
    CHECK(first[1] == "Career development award compact (K award / KL2)");
    CHECK(first[2] == "Career development award");
    CHECK(first[3] == "3");
    CHECK(first[4] == "built-in");
    std::vector<std::string> ids;
    for (const auto& line : listed)
        ids.push_back(fields(line)[0]);
    CHECK(ids == std::vector<std::string>{"kl2-career-development", "mentoring-team",
                                          "peer-mentoring", "phd-student", "postdoctoral"});
}

TEST_CASE("templates with a folder adds the program's own and reports broken files",
          "[cli][templates]") {
    TempDir dir;
    writeOwnTemplate(dir.file("ours.json"), "our-postdocs");
    writeFile(dir.file("broken.json"), "{ \"format\": \"mentoring-compact-template\", ");

    const auto result = runCli({"templates", "--folder", dir.path().string()});
    CHECK(result.code() == 1);
    const auto listed = lines(result.out);
    REQUIRE(listed.size() == 6);
    const auto own = fields(listed[2]); // sorted by id: after mentoring-team
    REQUIRE(own.size() == 5);
    CHECK(own[0] == "our-postdocs");
    CHECK(own[1] == "Our lab's postdoc compact");
    CHECK(own[3] == "2");
    CHECK(own[4] == dir.file("ours.json"));
    CHECK(contains(result.err, "error: " + dir.file("broken.json") + ": this is not JSON"));
}

TEST_CASE("templates with a missing folder warns but lists the built-in ones", "[cli][templates]") {
    const auto result = runCli({"templates", "--folder", "/no/such/templates"});
    CHECK(result.code() == 0);
    CHECK(lines(result.out).size() == 5);
    CHECK(contains(result.err, "warning: /no/such/templates: is not a folder that exists"));
}

TEST_CASE("new with a template creates a compact with the template's clauses", "[cli][templates]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const auto result = runCli({"new", file, "--scholar", "Ada Lovelace", "--mentor",
                                "Charles Babbage", "--template", "kl2-career-development",
                                "--start", "2026-07-01", "--cohort", "2026"});
    REQUIRE(result.code() == 0);
    CHECK(result.err.empty());
    REQUIRE(result.out.size() == 37);

    const mc::CompactTemplate kl2 = mc::parseTemplate(
        readFile(kShipped + "/kl2-career-development.json"), "kl2-career-development.json");
    const mc::Workspace workspace = mc::Workspace::open(file, mc::OpenMode::ReadOnly);
    const mc::Compact compact = workspace.loadCompact(result.out.substr(0, 36));
    CHECK(compact.templateId == "kl2-career-development");
    CHECK(compact.title == "Mentoring compact: Ada Lovelace");
    CHECK(compact.cohort == "2026");
    CHECK(mc::formatIsoDate(compact.end) == "2029-06-30");
    std::size_t clauses = 0;
    for (const auto& topic : kl2.topics)
        clauses += topic.clauses.size();
    CHECK(compact.expectations.size() == clauses);
    for (const auto& expectation : compact.expectations)
        CHECK(expectation.origin == mc::Origin::TemplatePrompt);
    CHECK(compact.goals.size() == kl2.goals.size());
    CHECK(compact.milestones.size() == kl2.milestones.size());
    CHECK(compact.meetingPlan.recurrence == kl2.meetingPlan.recurrence);
    REQUIRE(compact.people.size() == 2);
    CHECK(compact.people[1].role == mc::Role::PrimaryMentor);
    CHECK(compact.people[1].responsibilities ==
          kl2.findRole(mc::Role::PrimaryMentor)->responsibilities);

    const auto check = runCli({"check", file});
    CHECK(check.code() == 0);
    CHECK_FALSE(contains(check.out + check.err, "warning"));
}

TEST_CASE("new with a template and --years uses the given period", "[cli][templates]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const auto result =
        runCli({"new", file, "--scholar", "Ada", "--mentor", "Charles", "--mentor", "Mary",
                "--template", "mentoring-team", "--start", "2026-01-01", "--years", "3"});
    REQUIRE(result.code() == 0);
    const mc::Workspace workspace = mc::Workspace::open(file, mc::OpenMode::ReadOnly);
    const mc::Compact compact = workspace.loadCompact(result.out.substr(0, 36));
    CHECK(mc::formatIsoDate(compact.end) == "2028-12-31");
    REQUIRE(compact.people.size() == 3);
    CHECK(compact.people[2].role == mc::Role::CoMentor);
    for (const auto& milestone : compact.milestones)
        CHECK(milestone.due <= compact.end);
}

TEST_CASE("new with a program's own template from --templates-folder", "[cli][templates]") {
    TempDir dir;
    const std::string folder = dir.file("own");
    std::filesystem::create_directory(folder);
    writeOwnTemplate(folder + "/ours.json", "our-postdocs");
    const std::string file = dir.file("lab.compact");
    const auto result =
        runCli({"new", file, "--scholar", "Ada", "--mentor", "Charles", "--template",
                "our-postdocs", "--templates-folder", folder, "--start", "2026-03-01"});
    REQUIRE(result.code() == 0);
    const mc::Workspace workspace = mc::Workspace::open(file, mc::OpenMode::ReadOnly);
    const mc::Compact compact = workspace.loadCompact(result.out.substr(0, 36));
    CHECK(compact.templateId == "our-postdocs");
    CHECK(mc::formatIsoDate(compact.end) == "2028-02-29");
}

TEST_CASE("new with an unknown template lists the known ones and creates nothing",
          "[cli][templates]") {
    TempDir dir;
    const std::string file = dir.file("lab.compact");
    const auto result = runCli({"new", file, "--scholar", "Ada", "--mentor", "Charles",
                                "--template", "kl2-carer-development"});
    CHECK(result.code() == 1);
    CHECK(result.out.empty());
    CHECK(contains(result.err, "unknown template \"kl2-carer-development\""));
    CHECK(contains(result.err, "kl2-career-development, mentoring-team, peer-mentoring, "
                               "phd-student, postdoctoral"));
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("templates appears in the help", "[cli][templates]") {
    const auto help = runCli({"--help"});
    CHECK(help.code() == 0);
    CHECK(contains(help.out, "templates"));
    const auto own = runCli({"templates", "--help"});
    CHECK(own.code() == 0);
    CHECK(contains(own.out, "--folder"));
}
