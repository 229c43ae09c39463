// Templates: the five shipped ones, broken files, turning a template into a
// compact and a compact back into a template.

#include "core/templates.h"
#include "core/topics.h"
#include "core/validation.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>

using mc::CompactTemplate;
using mc::Direction;
using mc::Problem;
using mc::Severity;
using mc::test::readFile;
using mc::test::TempDir;
using mc::test::writeFile;

namespace {

const std::string kBroken = std::string(MC_TEST_DATA_DIR) + "/templates/broken";
const std::string kShipped = std::string(MC_SOURCE_DIR) + "/templates/compacts";
const std::vector<std::string> kShippedIds = {"kl2-career-development", "mentoring-team",
                                              "peer-mentoring", "phd-student", "postdoctoral"};

mc::TemplateLoad loadShipped() {
    return mc::loadTemplates({kShipped}, 1);
}

const CompactTemplate& shipped(const std::string& id) {
    static const mc::TemplateLoad load = loadShipped();
    const CompactTemplate* found = load.find(id);
    REQUIRE(found != nullptr);
    return *found;
}

// The problem whose field starts with `file` and ends with `field`.
const Problem* problemAt(const std::vector<Problem>& problems, const std::string& file,
                         const std::string& field) {
    const std::string wanted = field.empty() ? file : file + ": " + field;
    for (const Problem& problem : problems)
        if (problem.field == wanted)
            return &problem;
    return nullptr;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string describeAll(const std::vector<Problem>& problems) {
    return mc::describe(problems);
}

mc::Date date(int year, int month, int day) {
    return {static_cast<unsigned short>(year), static_cast<unsigned short>(month),
            static_cast<unsigned short>(day)};
}

} // namespace

TEST_CASE("the five shipped templates load with no problems", "[templates]") {
    const mc::TemplateLoad load = loadShipped();
    INFO(describeAll(load.problems));
    CHECK(load.problems.empty());
    CHECK(load.ids() == kShippedIds);
    for (const auto& loaded : load.templates) {
        CHECK(loaded.builtIn);
        CHECK(contains(loaded.sourcePath, loaded.id + ".json"));
    }
}

TEST_CASE("the built-in folder is found from a build folder", "[templates]") {
    const auto folders = mc::builtinTemplateFolders();
    REQUIRE(folders.size() == 1);
    CHECK(std::filesystem::equivalent(folders[0], kShipped));
    CHECK(mc::loadAllTemplates().ids() == kShippedIds);
}

TEST_CASE("every shipped template covers every catalogue topic in both directions", "[templates]") {
    for (const std::string& id : kShippedIds) {
        const CompactTemplate& t = shipped(id);
        INFO(id);
        CHECK(mc::missingTopics(t).empty());
        std::set<mc::Domain> domains;
        for (const mc::Topic& topic : mc::allTopics()) {
            INFO(topic.key);
            const mc::TemplateTopic* entry = t.findTopic(topic.key);
            REQUIRE(entry != nullptr);
            CHECK(entry->domain == topic.domain);
            std::set<Direction> directions;
            for (const auto& clause : entry->clauses) {
                directions.insert(clause.direction);
                CHECK(clause.text.size() > 20);
            }
            CHECK(directions.count(Direction::ScholarOfMentor) == 1);
            CHECK(directions.count(Direction::MentorOfScholar) == 1);
            CHECK_FALSE(mc::topicPrompt(*entry).empty());
            domains.insert(entry->domain);
        }
        CHECK(domains.size() == mc::enumEntries<mc::Domain>().size());
        CHECK(t.topics.size() == mc::allTopics().size());
    }
}

TEST_CASE("shipped templates ask their own independence questions", "[templates]") {
    for (const std::string& id : kShippedIds) {
        const CompactTemplate& t = shipped(id);
        for (const mc::Topic& topic : mc::allTopics()) {
            if (!topic.key.starts_with("research.independence_"))
                continue;
            INFO(id << " " << topic.key);
            const mc::TemplateTopic* entry = t.findTopic(topic.key);
            REQUIRE(entry != nullptr);
            CHECK(entry->prompt.size() > 30);
            CHECK(entry->prompt != topic.prompt);
            CHECK(entry->prompt.back() == '?');
        }
    }
}

TEST_CASE("shipped templates have goals milestones a meeting plan and an award period",
          "[templates]") {
    for (const std::string& id : kShippedIds) {
        const CompactTemplate& t = shipped(id);
        INFO(id);
        CHECK_FALSE(t.name.empty());
        CHECK_FALSE(t.description.empty());
        CHECK_FALSE(t.programKind.empty());
        CHECK(t.awardYears >= 1);
        CHECK(t.awardYears <= 10);
        CHECK(t.goals.size() >= 3);
        CHECK(t.milestones.size() >= 5);
        CHECK(mc::validateMeetingPlan(t.meetingPlan).empty());
        CHECK_FALSE(t.meetingPlan.channels.empty());
        CHECK_FALSE(t.meetingPlan.standingTopics.empty());
        CHECK_FALSE(t.meetingPlan.scholarPreparation.empty());
        bool independenceStep = false;
        for (const auto& milestone : t.milestones) {
            CHECK(milestone.dueAfterMonths <= t.awardYears * 12);
            independenceStep =
                independenceStep || milestone.kind == mc::MilestoneKind::IndependenceStep;
        }
        CHECK(independenceStep);
        for (const auto& role : t.roles)
            CHECK_FALSE(role.responsibilities.empty());
    }
}

TEST_CASE("the team template has a responsibilities matrix for several mentors", "[templates]") {
    const CompactTemplate& team = shipped("mentoring-team");
    int mentorRoles = 0;
    for (const auto& role : team.roles)
        mentorRoles += mc::isMentorRole(role.role) ? 1 : 0;
    CHECK(mentorRoles >= 4);
    REQUIRE(team.findRole(mc::Role::DepartmentChair) != nullptr);
    // Several mentors own goals or milestones, not just the primary one.
    std::set<mc::Role> responsible;
    for (const auto& milestone : team.milestones)
        responsible.insert(milestone.responsible);
    CHECK(responsible.size() >= 4);
}

TEST_CASE("each kind of program words its clauses its own way", "[templates]") {
    std::map<std::string, std::string> firstSeen;
    for (const std::string& id : kShippedIds)
        for (const auto& topic : shipped(id).topics)
            for (const auto& clause : topic.clauses) {
                const auto [it, inserted] = firstSeen.emplace(clause.text, id);
                INFO(clause.text);
                CHECK((inserted || it->second == id));
            }
    CHECK(firstSeen.size() > 450);
}

TEST_CASE("shipped files are written exactly as templateToJson writes them", "[templates]") {
    for (const std::string& id : kShippedIds) {
        INFO(id);
        const std::string text = readFile(kShipped + "/" + id + ".json");
        CHECK(mc::templateToJson(mc::parseTemplate(text, id + ".json")) == text);
    }
}

TEST_CASE("broken template files name the file and the field", "[templates]") {
    const mc::TemplateLoad load = mc::loadTemplates({kBroken});
    const auto file = [](const std::string& name) {
        return kBroken + "/" + name;
    };
    const auto expectProblem = [&](const std::string& name, const std::string& field,
                                   const std::string& words) {
        INFO(name << " " << field << "\n" << describeAll(load.problems));
        const Problem* problem = problemAt(load.problems, file(name), field);
        REQUIRE(problem != nullptr);
        CHECK(problem->severity == Severity::Error);
        CHECK(contains(problem->message, words));
    };
    expectProblem("not_json.json", "", "this is not JSON (line 6");
    expectProblem("empty.json", "", "the file is empty");
    expectProblem("wrong_format.json", "format", "is not a Mentoring Compact template");
    expectProblem("unknown_topic.json", "topics[0].topic",
                  "unknown topic \"research.productivty\": did you mean research.productivity?");
    expectProblem("unknown_direction.json", "topics[0].clauses[1].direction",
                  "unknown direction \"mentor_to_scholar\": use one of: scholar_of_mentor");
    expectProblem("missing_id.json", "id", "is required but missing");
    expectProblem("bad_months.json", "milestones[0].dueAfterMonths",
                  "30 is out of range: use 0 to 24 months (the award period of 2 years)");
    expectProblem("bad_months.json", "goals[0].targetAfterMonths", "expected a whole number");
    expectProblem("small_good_again.json", "id", "already used by " + file("good.json"));

    // The good file still loads, with a warning for each topic it leaves out.
    REQUIRE(load.ids() == std::vector<std::string>{"small-good"});
    const CompactTemplate& good = load.templates[0];
    CHECK(good.name == "A small template that loads");
    const mc::TemplateTopic* own = good.findTopic("lab-move");
    REQUIRE(own != nullptr);
    CHECK(own->domain == mc::Domain::Support);
    const Problem* missing = problemAt(load.problems, file("good.json"), "topics");
    REQUIRE(missing != nullptr);
    CHECK(missing->severity == Severity::Warning);
    CHECK(contains(missing->message,
                   std::to_string(mc::allTopics().size() - 1) + " catalogue topics are left out"));
    CHECK(contains(missing->message, "research.current_developments, "));
    // A refused file's warnings are not reported: its error says enough.
    CHECK(problemAt(load.problems, file("small_good_again.json"), "topics") == nullptr);
    // notes.txt is not a template and is not looked at.
    for (const Problem& problem : load.problems)
        CHECK_FALSE(contains(problem.field, "notes.txt"));
}

TEST_CASE("a template file with many problems reports them all at once", "[templates]") {
    const std::string text = readFile(kBroken + "/many_problems.json");
    try {
        mc::parseTemplate(text, "many_problems.json");
        FAIL("a broken template was accepted");
    } catch (const mc::ValidationError& e) {
        std::set<std::string> fields;
        for (const Problem& problem : e.problems())
            fields.insert(problem.field);
        INFO(describeAll(e.problems()));
        CHECK(fields.count("many_problems.json: id") == 1);
        CHECK(fields.count("many_problems.json: awardYears") == 1);
        CHECK(fields.count("many_problems.json: roles[0].role") == 1);
        CHECK(fields.count("many_problems.json: topics[1].prompt") == 1);
        CHECK(fields.count("many_problems.json: meetingPlan.weekday") == 1);
    }
}

TEST_CASE("every problem of a broken template folder stays translatable", "[templates]") {
    // Reading problems and the meeting plan's rules keep the template the
    // desktop translates; its English is the message the command line shows.
    const mc::TemplateLoad load = mc::loadTemplates({kBroken});
    std::vector<Problem> problems = load.problems;
    try {
        mc::parseTemplate(readFile(kBroken + "/many_problems.json"), "many_problems.json");
        FAIL("a broken template was accepted");
    } catch (const mc::ValidationError& e) {
        problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
    REQUIRE(problems.size() > 10);
    for (const Problem& problem : problems) {
        INFO(problem.field << ": " << problem.message);
        CHECK_FALSE(problem.text.empty());
        CHECK(problem.text.english() == problem.message);
    }
}

TEST_CASE("a broken folder never stops the built-in templates", "[templates]") {
    const mc::TemplateLoad load = mc::loadTemplates({kShipped, kBroken, "/no/such/folder"}, 1);
    CHECK(load.templates.size() == kShippedIds.size() + 1);
    CHECK(load.find("small-good") != nullptr);
    CHECK_FALSE(load.find("small-good")->builtIn);
    CHECK(mc::hasErrors(load.problems));
    const Problem* folder = problemAt(load.problems, "/no/such/folder", "");
    REQUIRE(folder != nullptr);
    CHECK(folder->severity == Severity::Warning);
}

TEST_CASE("a program's own template replaces a built-in one of the same id with a note",
          "[templates]") {
    TempDir own;
    std::string text = readFile(kShipped + "/postdoctoral.json");
    const std::string from = "\"name\": \"Postdoctoral compact\"";
    text.replace(text.find(from), from.size(), "\"name\": \"Our postdoc compact\"");
    writeFile(own.file("ours.json"), text);

    const mc::TemplateLoad load = mc::loadTemplates({kShipped, own.path().string()}, 1);
    REQUIRE(load.find("postdoctoral") != nullptr);
    CHECK(load.find("postdoctoral")->name == "Our postdoc compact");
    CHECK_FALSE(load.find("postdoctoral")->builtIn);
    CHECK(load.templates.size() == kShippedIds.size());
    const Problem* note = problemAt(load.problems, own.file("ours.json"), "id");
    REQUIRE(note != nullptr);
    CHECK(note->severity == Severity::Warning);
    CHECK(contains(note->message, "replaces the template postdoctoral of " + kShipped));
}

TEST_CASE("template ids are lower-case letters digits and dashes", "[templates]") {
    CHECK(mc::checkTemplateId("kl2-standard").empty());
    CHECK(mc::checkTemplateId("a").empty());
    CHECK_FALSE(mc::checkTemplateId("").empty());
    CHECK_FALSE(mc::checkTemplateId("KL2").empty());
    CHECK_FALSE(mc::checkTemplateId("kl2 standard").empty());
    CHECK_FALSE(mc::checkTemplateId("-kl2").empty());
    CHECK_FALSE(mc::checkTemplateId("kl2--x").empty());
    CHECK_FALSE(mc::checkTemplateId(std::string(65, 'a')).empty());
}

TEST_CASE("a compact from each shipped template passes every rule", "[templates]") {
    const mc::Date start = date(2026, 7, 1);
    for (const std::string& id : kShippedIds) {
        const CompactTemplate& t = shipped(id);
        INFO(id);
        const mc::Compact compact = mc::compactFromTemplate(
            t, "Ada Lovelace",
            {"Charles Babbage", "Mary Somerville", "Grace Hopper", "Alan Turing"}, start);
        const auto problems = mc::validateCompact(compact);
        INFO(describeAll(problems));
        CHECK(problems.empty());
        CHECK(compact.templateId == id);
        CHECK(compact.title == "Mentoring compact: Ada Lovelace");
        CHECK(compact.start == start);
        CHECK(compact.end == mc::anniversary(start, t.awardYears) - boost::gregorian::days(1));
        CHECK(compact.meetingPlan.recurrence == t.meetingPlan.recurrence);
        std::size_t clauses = 0;
        for (const auto& topic : t.topics)
            clauses += topic.clauses.size();
        CHECK(compact.expectations.size() == clauses);
        for (const auto& expectation : compact.expectations) {
            CHECK(expectation.origin == mc::Origin::TemplatePrompt);
            CHECK(expectation.state == mc::ExpectationState::Proposed);
        }
        CHECK(compact.goals.size() == t.goals.size());
        CHECK(compact.milestones.size() == t.milestones.size());
        for (const auto& milestone : compact.milestones) {
            CHECK(milestone.due >= compact.start);
            CHECK(milestone.due <= compact.end);
        }
    }
}

TEST_CASE("people take the template's mentor roles in order with their responsibilities",
          "[templates]") {
    const CompactTemplate& team = shipped("mentoring-team");
    const auto people = mc::peopleForTemplate(team, "Ada", {"P", "C", "S", "K", "Extra"});
    REQUIRE(people.size() == 6);
    CHECK(people[0].role == mc::Role::Scholar);
    CHECK(people[1].role == mc::Role::PrimaryMentor);
    CHECK(people[2].role == mc::Role::CoMentor);
    CHECK(people[3].role == mc::Role::SecondaryMentor);
    CHECK(people[4].role == mc::Role::CareerMentor);
    CHECK(people[5].role == mc::Role::CoMentor);
    CHECK(people[4].responsibilities == team.findRole(mc::Role::CareerMentor)->responsibilities);
    CHECK(people[4].position == 4);
}

TEST_CASE("goals and milestones of roles nobody holds are left out", "[templates]") {
    const CompactTemplate& team = shipped("mentoring-team");
    const mc::Compact compact = mc::compactFromTemplate(team, "Ada", {"Charles"}, date(2026, 1, 1));
    CHECK(mc::validateCompact(compact).empty());
    std::size_t primaryOrScholarMilestones = 0;
    for (const auto& milestone : team.milestones)
        if (milestone.responsible == mc::Role::Scholar ||
            milestone.responsible == mc::Role::PrimaryMentor)
            ++primaryOrScholarMilestones;
    CHECK(compact.milestones.size() == primaryOrScholarMilestones);
    CHECK(compact.goals.size() < team.goals.size());
    for (const auto& goal : compact.goals)
        CHECK(compact.findPerson(goal.ownerId) != nullptr);
}

TEST_CASE("a shorter period keeps the template's milestones inside it", "[templates]") {
    const CompactTemplate& phd = shipped("phd-student");
    const mc::Date start = date(2028, 2, 29);
    const mc::Compact compact = mc::compactFromTemplate(phd, "Ada", {"Charles"}, start, 2);
    CHECK(compact.end == date(2030, 2, 27));
    CHECK(mc::validateCompact(compact).empty());
    for (const auto& milestone : compact.milestones)
        CHECK(milestone.due <= compact.end);
}

TEST_CASE("save as template then a new compact keeps clauses goals and milestones", "[templates]") {
    mc::Compact original = mc::test::sampleCompact();
    mc::Expectation dropped = original.expectations[0];
    dropped.text = "An idea the pair dropped";
    dropped.state = mc::ExpectationState::Dropped;
    mc::Expectation own = original.expectations[0];
    own.domain = mc::Domain::Support;
    own.topic = "Moving the lab";
    own.text = "The mentor keeps the scholar's bench during the move.";
    own.direction = Direction::ScholarOfMentor;
    original.expectations.push_back(dropped);
    original.expectations.push_back(own);

    const CompactTemplate made = mc::templateFromCompact(original, "our-kl2", "Our KL2 compact");
    CHECK(made.awardYears == 3);
    CHECK(made.topics.size() == mc::allTopics().size() + 1);
    CHECK_FALSE(contains(mc::templateToJson(made), "Lena Ortiz"));
    CHECK_FALSE(contains(mc::templateToJson(made), "Sam Reyes"));

    TempDir folder;
    const std::string path = mc::saveTemplate(folder.path().string(), made);
    CHECK(path == folder.file("our-kl2.json"));
    const mc::TemplateLoad load = mc::loadTemplates({folder.path().string()});
    CHECK_FALSE(mc::hasErrors(load.problems));
    REQUIRE(load.find("our-kl2") != nullptr);
    CHECK(*load.find("our-kl2") == [&] {
        CompactTemplate expected = made;
        expected.sourcePath = path;
        return expected;
    }());

    const mc::Compact again = mc::compactFromTemplate(*load.find("our-kl2"), "Someone Else",
                                                      {"A Mentor", "B Mentor"}, original.start);
    CHECK(mc::validateCompact(again).empty());
    REQUIRE(again.expectations.size() == 2);
    CHECK(again.expectations[0].text == original.expectations[0].text);
    CHECK(again.expectations[0].direction == Direction::Mutual);
    CHECK(again.expectations[1].topic == "Moving the lab");
    CHECK(again.expectations[1].domain == mc::Domain::Support);
    REQUIRE(again.goals.size() == 1);
    CHECK(again.goals[0].text == original.goals[0].text);
    CHECK(again.findPerson(again.goals[0].ownerId)->role == mc::Role::Scholar);
    REQUIRE(again.milestones.size() == 1);
    CHECK(again.milestones[0].title == "Submit the first R01");
    CHECK(again.milestones[0].kind == mc::MilestoneKind::GrantSubmission);
    CHECK(again.milestones[0].due == date(2028, 10, 1)); // whole months from the start
    CHECK(again.milestones[0].goalId == again.goals[0].id);
    CHECK(again.people[2].role == mc::Role::CoMentor);
    CHECK(again.people[1].responsibilities == "Research direction and grant drafts");
}

TEST_CASE("a shipped template survives compact and back unchanged", "[templates]") {
    for (const std::string& id : kShippedIds) {
        INFO(id);
        const CompactTemplate& t = shipped(id);
        std::vector<std::string> mentors; // one for each of the template's mentor roles
        for (const auto& role : t.roles)
            if (mc::isMentorRole(role.role))
                mentors.push_back("Mentor " + std::to_string(mentors.size() + 1));
        const mc::Compact compact = mc::compactFromTemplate(t, "Ada", mentors, date(2027, 1, 31));
        const CompactTemplate back = mc::templateFromCompact(compact, t.id, t.name, &t);
        CHECK(back.programKind == t.programKind);
        CHECK(back.roles.size() == t.roles.size());
        CHECK(back.topics == t.topics);
        CHECK(back.goals == t.goals);
        CHECK(back.awardYears == t.awardYears);
        CHECK(back.meetingPlan == t.meetingPlan);
        auto key = [](const mc::TemplateMilestone& m) {
            return std::tie(m.dueAfterMonths, m.title);
        };
        auto sorted = [&](std::vector<mc::TemplateMilestone> list) {
            std::sort(list.begin(), list.end(),
                      [&](const auto& a, const auto& b) { return key(a) < key(b); });
            return list;
        };
        CHECK(sorted(back.milestones) == sorted(t.milestones));
    }
}

TEST_CASE("saving a template refuses to overwrite unless asked", "[templates]") {
    TempDir folder;
    CompactTemplate t = shipped("peer-mentoring");
    CHECK_THROWS_WITH(mc::saveTemplate(folder.path().string(), t),
                      Catch::Contains("belongs to the built-in template"));
    CHECK_FALSE(std::filesystem::exists(folder.file("peer-mentoring.json")));
    CHECK(mc::saveTemplate(folder.path().string(), t, true) == folder.file("peer-mentoring.json"));

    t.id = "our-peers";
    mc::saveTemplate(folder.path().string(), t);
    CHECK_THROWS_WITH(mc::saveTemplate(folder.path().string(), t),
                      Catch::Contains("already exists"));
    t.name = "Renamed";
    mc::saveTemplate(folder.path().string(), t, true);
    CHECK(mc::parseTemplate(readFile(folder.file("our-peers.json")), "x").name == "Renamed");

    t.id = "Not An Id";
    CHECK_THROWS_AS(mc::saveTemplate(folder.path().string(), t), mc::ValidationError);
    t.id = "no-topics";
    t.roles.clear();
    CHECK_THROWS_AS(mc::saveTemplate(folder.path().string(), t), mc::ValidationError);
    // Only the two good files, no temporary left behind.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path()))
        ++files;
    CHECK(files == 2);
}

TEST_CASE("a template from a newer version or of another shape is refused", "[templates]") {
    const auto problemsOf = [](const std::string& text) {
        try {
            mc::parseTemplate(text, "t.json");
        } catch (const mc::ValidationError& e) {
            return e.problems();
        }
        return std::vector<Problem>{};
    };
    const auto newer =
        problemsOf(R"({"format": "mentoring-compact-template", "formatVersion": 2, "id": "x"})");
    REQUIRE(newer.size() == 1);
    CHECK(newer[0].field == "t.json: formatVersion");
    CHECK(contains(newer[0].message, "newer version of Mentoring Compact"));

    const auto list = problemsOf("[1, 2]");
    REQUIRE(list.size() == 1);
    CHECK(list[0].field == "t.json");
    CHECK(contains(list[0].message, "expected an object, found an array"));

    const auto typed = problemsOf(R"({"format": "mentoring-compact-template", "formatVersion": 1,
        "id": "x", "name": 7, "programKind": "K", "awardYears": 3, "meetingPlan": {},
        "roles": [{"role": "primary_mentor"}], "topics": "none"})");
    std::set<std::string> fields;
    for (const Problem& problem : typed)
        fields.insert(problem.field + " | " + problem.message);
    CHECK(fields.count("t.json: name | expected a string, found a number") == 1);
    CHECK(fields.count("t.json: meetingPlan.cadence | is required but missing") == 1);
    CHECK(fields.count("t.json: topics | expected an array, found a string") == 1);
}
