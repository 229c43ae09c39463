// Alignment scoring: gaps, one-sided topics, levels, the heat map, the
// sorted list and the CSV and JSON summaries. Pure values, no files.

#include "core/alignment.h"
#include "core/ids.h"
#include "support/sample_compact.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace mc;

namespace {

AlignmentAnswer said(int responsibility, int importance, std::string text = {}) {
    AlignmentAnswer answer;
    answer.personId = newUuid();
    answer.answerId = newUuid();
    answer.responsibility = responsibility;
    answer.importance = importance;
    answer.text = std::move(text);
    answer.raised = importance > 0 || !answer.text.empty();
    return answer;
}

// A submitted worksheet of `person` with the given answers.
Worksheet sheet(const Compact& compact, std::size_t person,
                const std::vector<WorksheetAnswer>& answers) {
    Worksheet w;
    w.id = newUuid();
    w.compactId = compact.id;
    w.personId = compact.people.at(person).id;
    w.status = WorksheetStatus::Submitted;
    w.submitted = "2026-09-10T09:00:00.000Z";
    w.answers = answers;
    for (auto& answer : w.answers)
        answer.id = newUuid();
    return w;
}

WorksheetAnswer on(std::string topic, Domain domain, int responsibility, int importance,
                   std::string text = {}) {
    WorksheetAnswer answer;
    answer.topic = std::move(topic);
    answer.domain = domain;
    answer.responsibility = responsibility;
    answer.importance = importance;
    answer.text = std::move(text);
    return answer;
}

Compact compactWithId() {
    Compact compact = test::sampleCompact();
    compact.id = newUuid();
    return compact;
}

} // namespace

TEST_CASE("The ends of the scale are four steps apart and a major gap", "[alignment]") {
    const std::vector<AlignmentAnswer> answers = {said(1, 3), said(5, 3)};
    const TopicScore score = scoreTopic(answers);
    CHECK(score.responsibilityGap == 4);
    CHECK(score.importanceGap == 0);
    CHECK_FALSE(score.raisedByOneSide);
    CHECK(score.level == AlignmentLevel::MajorGap);

    const std::vector<AlignmentAnswer> importance = {said(3, 1), said(3, 5)};
    CHECK(scoreTopic(importance).importanceGap == 4);
    CHECK(scoreTopic(importance).level == AlignmentLevel::MajorGap);
}

TEST_CASE("Gaps of one are aligned, two minor, three major", "[alignment]") {
    CHECK(scoreTopic(std::vector{said(3, 4), said(4, 3)}).level == AlignmentLevel::Aligned);
    CHECK(scoreTopic(std::vector{said(3, 4), said(5, 4)}).level == AlignmentLevel::MinorGap);
    CHECK(scoreTopic(std::vector{said(3, 2), said(3, 4)}).level == AlignmentLevel::MinorGap);
    CHECK(scoreTopic(std::vector{said(2, 4), said(5, 4)}).level == AlignmentLevel::MajorGap);
    CHECK(levelFor(1, 1, false, 5) == AlignmentLevel::Aligned);
}

TEST_CASE("Missing answers are left out of the gaps", "[alignment]") {
    // Only one side gave a responsibility: nothing to compare there.
    const std::vector<AlignmentAnswer> answers = {said(0, 4, "weekly"), said(5, 4, "monthly")};
    const TopicScore score = scoreTopic(answers);
    CHECK(score.responsibilityGap == 0);
    CHECK(score.importanceGap == 0);
    CHECK_FALSE(score.raisedByOneSide);
    CHECK(score.level == AlignmentLevel::Aligned);
    // Nobody answered: aligned, raised by nobody.
    const TopicScore silent = scoreTopic(std::vector{said(0, 0), said(0, 0)});
    CHECK(silent.raisedBy == 0);
    CHECK(silent.level == AlignmentLevel::Aligned);
}

TEST_CASE("A topic raised by one side only is a gap whose size is its importance", "[alignment]") {
    const TopicScore urgent = scoreTopic(std::vector{said(0, 5, "authorship first"), said(0, 0)});
    CHECK(urgent.raisedByOneSide);
    CHECK(urgent.raisedBy == 1);
    CHECK(urgent.level == AlignmentLevel::MajorGap);

    const TopicScore mild = scoreTopic(std::vector{said(3, 3), said(0, 0)});
    CHECK(mild.raisedByOneSide);
    CHECK(mild.level == AlignmentLevel::MinorGap);

    // Words alone raise a topic; a bare responsibility does not.
    CHECK(scoreTopic(std::vector{said(0, 0, "keys to the lab"), said(0, 0)}).raisedByOneSide);
    CHECK_FALSE(scoreTopic(std::vector{said(2, 0), said(0, 0)}).raisedByOneSide);
}

TEST_CASE("The distance of one person's answer is the mean over the others", "[alignment]") {
    const std::vector<AlignmentAnswer> answers = {said(1, 5), said(3, 5), said(5, 1)};
    // Person 0 against 1: (2 + 0) / 2 = 1; against 2: (4 + 4) / 2 = 4.
    REQUIRE(answerDistance(answers, 0));
    CHECK(*answerDistance(answers, 0) == Approx(2.5));
    CHECK_FALSE(answerDistance(std::vector{said(0, 0), said(3, 3)}, 0));
}

TEST_CASE("Alignment is refused with fewer than two submitted worksheets", "[alignment]") {
    const Compact compact = compactWithId();
    Worksheet draft = sheet(compact, 1, {on("research.productivity", Domain::Research, 2, 4)});
    draft.status = WorksheetStatus::Draft;
    const Worksheet done = sheet(compact, 0, {on("research.productivity", Domain::Research, 2, 4)});
    CHECK_THROWS_WITH(computeAlignment(compact, {done, draft}),
                      Catch::Contains("at least two submitted") && Catch::Contains("1 of 3"));
    Worksheet stranger = done;
    stranger.personId = newUuid();
    CHECK_THROWS_WITH(computeAlignment(compact, {done, stranger}),
                      Catch::Contains("someone not in"));
}

TEST_CASE("Two and three worksheets: gaps, domains, heat map and the sorted list", "[alignment]") {
    const Compact compact = compactWithId();
    const Worksheet scholar =
        sheet(compact, 0,
              {on("research.productivity", Domain::Research, 5, 5, "Two papers a year"),
               on("research.independence_credit", Domain::Research, 3, 5, "First author"),
               on("communication.meeting_frequency", Domain::Communication, 3, 4)});
    WorksheetAnswer own = on("custom.lab_keys", Domain::Support, 0, 2, "A key to the lab");
    own.ownTopicTitle = "Lab keys";
    const Worksheet mentor =
        sheet(compact, 1,
              {on("research.productivity", Domain::Research, 1, 5, "One paper a year"),
               on("research.independence_credit", Domain::Research, 3, 0),
               on("communication.meeting_frequency", Domain::Communication, 3, 4), own});

    const AlignmentReport two = computeAlignment(compact, {mentor, scholar});
    REQUIRE(two.people.size() == 2);
    CHECK(two.people[0].personId == compact.people[0].id); // the compact's order
    const TopicAlignment* productivity = two.findTopic("research.productivity");
    REQUIRE(productivity);
    CHECK(productivity->score.responsibilityGap == 4);
    CHECK(productivity->score.level == AlignmentLevel::MajorGap);
    CHECK(productivity->title == "Productivity");
    CHECK(productivity->answers[0].text == "Two papers a year");
    // The mentor gave a responsibility but no importance or words: one-sided.
    const TopicAlignment* credit = two.findTopic("research.independence_credit");
    CHECK(credit->score.raisedByOneSide);
    CHECK(credit->score.level == AlignmentLevel::MajorGap);
    const TopicAlignment* keys = two.findTopic("custom.lab_keys");
    REQUIRE(keys);
    CHECK(keys->title == "Lab keys");
    CHECK(keys->answers[0].answerId.empty()); // the scholar's sheet lacks it
    CHECK(keys->score.raisedByOneSide);
    CHECK(keys->score.level == AlignmentLevel::MinorGap);

    CHECK(two.domain(Domain::Research).level == AlignmentLevel::MajorGap);
    CHECK(two.domain(Domain::Research).majorGaps == 2);
    CHECK(two.domain(Domain::Communication).level == AlignmentLevel::Aligned);
    CHECK(two.domain(Domain::Support).level == AlignmentLevel::MinorGap);
    CHECK(two.domain(Domain::Education).topics == 0);
    CHECK(two.heatMap.size() == 6 * 2);
    REQUIRE(two.cell(Domain::Research, compact.people[0].id)->distance);
    // Research: productivity 4 (responsibility) and 0 (importance) -> 2;
    // credit: responsibility 0 -> 0; mean 1.
    CHECK(*two.cell(Domain::Research, compact.people[0].id)->distance == Approx(1.0));
    CHECK_FALSE(two.cell(Domain::Education, compact.people[0].id)->distance);

    const auto order = two.byLargestGap();
    CHECK(two.topics[order[0]].topic == "research.productivity");
    CHECK(two.topics[order[1]].topic == "research.independence_credit");
    CHECK(two.topics[order[2]].topic == "custom.lab_keys");
    CHECK(two.topics[order.back()].score.level == AlignmentLevel::Aligned);

    // A third view widens the gap to max - min over all three.
    const Worksheet coMentor =
        sheet(compact, 2, {on("communication.meeting_frequency", Domain::Communication, 1, 1)});
    const AlignmentReport three = computeAlignment(compact, {scholar, mentor, coMentor});
    CHECK(three.people.size() == 3);
    const TopicAlignment* meetings = three.findTopic("communication.meeting_frequency");
    CHECK(meetings->score.responsibilityGap == 2);
    CHECK(meetings->score.importanceGap == 3);
    CHECK(meetings->score.level == AlignmentLevel::MajorGap);
    // Topics the co-mentor's sheet lacks are raised by the others only.
    CHECK(three.findTopic("research.productivity")->score.raisedByOneSide);
}

TEST_CASE("The CSV has the documented columns and quotes commas, quotes and newlines",
          "[alignment]") {
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a, b") == "\"a, b\"");
    CHECK(csvField("say \"yes\"") == "\"say \"\"yes\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");

    const Compact compact = compactWithId();
    const std::string text = "Weekly, on \"Fridays\"\nand by email";
    const AlignmentReport report = computeAlignment(
        compact,
        {sheet(compact, 0,
               {on("communication.meeting_frequency", Domain::Communication, 3, 4, text)}),
         sheet(compact, 1, {on("communication.meeting_frequency", Domain::Communication, 3, 4)})});
    const std::string csv = alignmentToCsv(report);
    const std::string header = "compact_id,domain,topic,level,responsibility_gap,importance_gap,"
                               "raised_by_one_side,answers\r\n";
    REQUIRE(csv.rfind(header, 0) == 0);
    const std::string row = csv.substr(header.size());
    CHECK(row.rfind(compact.id + ",communication,communication.meeting_frequency,aligned,0,0,"
                                 "false,\"",
                    0) == 0);
    CHECK(row.find("Dr. Lena Ortiz: responsibility 3, importance 4: Weekly, on "
                   "\"\"Fridays\"\"\nand by email | Prof. Sam Reyes: responsibility 3, "
                   "importance 4\"\r\n") != std::string::npos);
    CHECK(row.ends_with("\r\n"));
}

TEST_CASE("The JSON summary lists domains with levels and topics worst first", "[alignment]") {
    const Compact compact = compactWithId();
    const AlignmentReport report =
        computeAlignment(compact, {sheet(compact, 0,
                                         {on("research.productivity", Domain::Research, 1, 3),
                                          on("support.protected_time", Domain::Support, 3, 3)}),
                                   sheet(compact, 1,
                                         {on("research.productivity", Domain::Research, 5, 3),
                                          on("support.protected_time", Domain::Support, 3, 3)})});
    const std::string text = alignmentToJson(report);
    CHECK(text == alignmentToJson(report)); // deterministic
    const auto json = nlohmann::json::parse(text);
    CHECK(json["format"] == "mentoring-compact-alignment");
    CHECK(json["compact"] == compact.id);
    REQUIRE(json["domains"].size() == 6);
    CHECK(json["domains"][0]["domain"] == "research");
    CHECK(json["domains"][0]["level"] == "major_gap");
    CHECK(json["domains"][0]["distances"][0]["distance"] == 2.0);
    CHECK(json["topics"][0]["topic"] == "research.productivity");
    CHECK(json["topics"][0]["responsibilityGap"] == 4);
    CHECK(json["topics"][1]["level"] == "aligned");
}
