// The built-in topic catalogue: every domain covered, keys stable and
// unique, one question per prompt.

#include "core/enums.h"
#include "core/topics.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>

namespace {

std::string keyOf(mc::Domain domain) {
    return std::string(mc::toKey(domain));
}

} // namespace

TEST_CASE("the catalogue covers all six domains", "[topics]") {
    std::map<mc::Domain, int> perDomain;
    for (const auto& topic : mc::allTopics())
        ++perDomain[topic.domain];
    REQUIRE(mc::enumEntries<mc::Domain>().size() == 6);
    for (const auto& entry : mc::enumEntries<mc::Domain>()) {
        INFO(entry.key);
        CHECK(perDomain[entry.value] >= 3);
    }
}

TEST_CASE("topics are grouped by domain in display order", "[topics]") {
    std::vector<mc::Domain> order;
    for (const auto& entry : mc::enumEntries<mc::Domain>())
        order.push_back(entry.value);
    std::size_t at = 0;
    for (const auto& topic : mc::allTopics()) {
        while (at < order.size() && order[at] != topic.domain)
            ++at;
        INFO(topic.key);
        REQUIRE(at < order.size());
    }
}

TEST_CASE("topic keys are unique, snake case and start with their domain", "[topics]") {
    std::set<std::string_view> keys;
    for (const auto& topic : mc::allTopics()) {
        INFO(topic.key);
        CHECK(keys.insert(topic.key).second);
        const std::string prefix = keyOf(topic.domain) + ".";
        REQUIRE(topic.key.size() > prefix.size());
        CHECK(topic.key.substr(0, prefix.size()) == prefix);
        for (char c : topic.key.substr(prefix.size()))
            CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'));
    }
}

TEST_CASE("topic titles are short and prompts ask exactly one question", "[topics]") {
    for (const auto& topic : mc::allTopics()) {
        INFO(topic.key);
        CHECK_FALSE(topic.title.empty());
        CHECK(topic.title.size() <= 40);
        REQUIRE(topic.prompt.size() > 10);
        CHECK(topic.prompt.back() == '?');
        CHECK(topic.prompt.find('?') == topic.prompt.size() - 1);
        CHECK(topic.prompt.front() >= 'A');
        CHECK(topic.prompt.front() <= 'Z');
    }
}

TEST_CASE("findTopic returns the catalogue entry or nothing", "[topics]") {
    for (const auto& topic : mc::allTopics())
        CHECK(mc::findTopic(topic.key) == &topic);
    const mc::Topic* productivity = mc::findTopic("research.productivity");
    REQUIRE(productivity != nullptr);
    CHECK(productivity->domain == mc::Domain::Research);
    CHECK(productivity->title == "Productivity");
    CHECK(mc::findTopic("") == nullptr);
    CHECK(mc::findTopic("our own topic") == nullptr);
    CHECK(mc::findTopic("Research.Productivity") == nullptr);
    CHECK(mc::findTopic("research.") == nullptr);
}

TEST_CASE("independence has prompts of its own", "[topics]") {
    for (const char* key : {"research.independence_ownership", "research.independence_credit",
                            "research.independence_own_line", "research.independence_stepping_back",
                            "research.independence_progress"}) {
        INFO(key);
        const mc::Topic* topic = mc::findTopic(key);
        REQUIRE(topic != nullptr);
        CHECK(topic->domain == mc::Domain::Research);
    }
}

TEST_CASE("the catalogue holds every topic the programs' compacts cover", "[topics]") {
    // Stable keys: templates and stored expectations refer to these.
    const std::map<std::string, mc::Domain> expected = {
        {"research.current_developments", mc::Domain::Research},
        {"research.technical_skills", mc::Domain::Research},
        {"research.productivity", mc::Domain::Research},
        {"research.responsible_conduct", mc::Domain::Research},
        {"education.coursework", mc::Domain::Education},
        {"education.seminars_workshops", mc::Domain::Education},
        {"education.other_learning", mc::Domain::Education},
        {"professional_development.critical_thinking", mc::Domain::ProfessionalDevelopment},
        {"professional_development.writing", mc::Domain::ProfessionalDevelopment},
        {"professional_development.speaking", mc::Domain::ProfessionalDevelopment},
        {"professional_development.reviewing", mc::Domain::ProfessionalDevelopment},
        {"professional_development.time_management", mc::Domain::ProfessionalDevelopment},
        {"professional_development.teaching_mentoring", mc::Domain::ProfessionalDevelopment},
        {"professional_development.leadership_teamwork", mc::Domain::ProfessionalDevelopment},
        {"professional_development.academic_promotion", mc::Domain::ProfessionalDevelopment},
        {"professional_development.networking", mc::Domain::ProfessionalDevelopment},
        {"professional_development.team_science", mc::Domain::ProfessionalDevelopment},
        {"professional_development.work_life_balance", mc::Domain::ProfessionalDevelopment},
        {"professional_development.other_careers", mc::Domain::ProfessionalDevelopment},
        {"professional_development.institutional_culture", mc::Domain::ProfessionalDevelopment},
        {"professional_development.ending_relationship", mc::Domain::ProfessionalDevelopment},
        {"support.protected_time", mc::Domain::Support},
        {"support.mentor_resources", mc::Domain::Support},
        {"support.access_experts", mc::Domain::Support},
        {"support.team_projects", mc::Domain::Support},
        {"support.attending_talks", mc::Domain::Support},
        {"support.advocacy", mc::Domain::Support},
        {"support.emotional_support", mc::Domain::Support},
        {"communication.meeting_frequency", mc::Domain::Communication},
        {"communication.team_meetings", mc::Domain::Communication},
        {"communication.meeting_topics", mc::Domain::Communication},
        {"communication.meeting_preparation", mc::Domain::Communication},
        {"communication.progress_reports", mc::Domain::Communication},
        {"communication.coordinating_mentors", mc::Domain::Communication},
        {"communication.critique", mc::Domain::Communication},
        {"communication.ground_rules", mc::Domain::Communication},
        {"personal_conduct.professional_conduct", mc::Domain::PersonalConduct},
        {"personal_conduct.respect_diversity", mc::Domain::PersonalConduct},
        {"personal_conduct.conflict", mc::Domain::PersonalConduct},
        {"personal_conduct.acknowledging_contributions", mc::Domain::PersonalConduct},
    };
    for (const auto& [key, domain] : expected) {
        INFO(key);
        const mc::Topic* topic = mc::findTopic(key);
        REQUIRE(topic != nullptr);
        CHECK(topic->domain == domain);
    }
}
