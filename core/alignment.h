#pragma once
// Alignment (issue 4, docs/file-formats.md "Alignment scoring"): where the
// submitted worksheets of a compact agree and where they differ. Pure
// functions over values; no SQL. Workspace::alignment(compactId) gathers
// the submitted worksheets and calls computeAlignment.
//
// Per topic, over the submitted worksheets:
//   responsibility gap = max - min of the answered responsibilities (0..4)
//   importance gap     = max - min of the answered importances (0..4)
//   raised by one side = some raised it (text or importance) and some not
//   level: aligned = both gaps <= 1 and not one-sided;
//          major   = a gap >= 3, or one-sided with importance >= 4;
//          minor   = anything else (a gap of 2, one-sided with importance <= 3).
// Per domain: the level of its worst topic (one major disagreement is
// enough to talk about), with the count of topics at each level.

#include "core/model.h"
#include "core/worksheet.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

// In order of concern: a larger value is worse.
enum class AlignmentLevel { Aligned, MinorGap, MajorGap };
// Keys "aligned", "minor_gap", "major_gap"; labels "Aligned", "Minor gap",
// "Major gap". Defined in alignment.cpp.
template <> std::span<const EnumEntry<AlignmentLevel>> enumEntries();

// Fewer submitted worksheets than this cannot be compared.
inline constexpr int kMinWorksheetsToCompare = 2;

// One person's answer on a topic, as the comparison shows it.
struct AlignmentAnswer {
    std::string personId;
    std::string answerId;              // empty when the worksheet lacks the topic
    int responsibility = kNotAnswered; // 0..5
    int importance = kNotAnswered;     // 0..5
    std::string text;
    bool raised = false; // WorksheetAnswer::raised()

    bool operator==(const AlignmentAnswer&) const = default;
};

// The scores of one topic, from its answers alone (scoreTopic).
struct TopicScore {
    int responsibilityGap = 0; // 0..4
    int importanceGap = 0;     // 0..4
    bool raisedByOneSide = false;
    int raisedBy = 0;      // how many raised it
    int maxImportance = 0; // the largest importance given, 0..5
    AlignmentLevel level = AlignmentLevel::Aligned;

    bool operator==(const TopicScore&) const = default;
    int totalGap() const { return responsibilityGap + importanceGap; }
};

struct TopicAlignment {
    Domain domain = Domain::Research;
    std::string topic; // the key
    std::string title; // for people (catalogue title or own title)
    TopicScore score;
    // One per compared person, in the order of AlignmentReport::people;
    // a person whose worksheet lacks the topic has an empty answerId.
    std::vector<AlignmentAnswer> answers;

    bool operator==(const TopicAlignment&) const = default;
};

struct DomainAlignment {
    Domain domain = Domain::Research;
    int topics = 0; // topics scored in this domain
    int aligned = 0;
    int minorGaps = 0;
    int majorGaps = 0;
    AlignmentLevel level = AlignmentLevel::Aligned; // its worst topic's

    bool operator==(const DomainAlignment&) const = default;
};

// A cell of the heat map: how far one person's answers in one domain are
// from the others', on the 0..4 scale of the gaps. Empty when the person
// shares no answered scale with anyone in that domain.
struct HeatCell {
    Domain domain = Domain::Research;
    std::string personId;
    std::optional<double> distance;

    bool operator==(const HeatCell&) const = default;
};

struct AlignmentPerson {
    std::string personId;
    std::string name;
    Role role = Role::Scholar;
    std::string worksheetId;
    std::string submitted; // UTC timestamp

    bool operator==(const AlignmentPerson&) const = default;
};

struct AlignmentReport {
    std::string compactId;
    std::string compactTitle;
    std::vector<AlignmentPerson> people; // the compared, in the compact's order
    // Every topic any compared worksheet has: template/catalogue order
    // (domain by domain), then own topics in the order first met.
    std::vector<TopicAlignment> topics;
    std::vector<DomainAlignment> domains; // all six, in domain order
    std::vector<HeatCell> heatMap;        // domain-major: domains x people

    bool operator==(const AlignmentReport&) const = default;

    // Indexes into `topics`, worst first: by level, then by the sum of the
    // two gaps, then by their order in `topics`.
    std::vector<std::size_t> byLargestGap() const;
    const TopicAlignment* findTopic(std::string_view topicKey) const;
    const DomainAlignment& domain(Domain domain) const;
    const HeatCell* cell(Domain domain, std::string_view personId) const;
};

// The level of a topic with these scores (the rule above).
AlignmentLevel levelFor(int responsibilityGap, int importanceGap, bool raisedByOneSide,
                        int maxImportance);
// Scores one topic's answers; unanswered scales (0) are left out.
TopicScore scoreTopic(std::span<const AlignmentAnswer> answers);
// The distance of `person`'s answer from the others' on one topic: the
// mean over the others of the mean absolute difference of the scales both
// answered; empty when no scale is shared.
std::optional<double> answerDistance(std::span<const AlignmentAnswer> answers, std::size_t person);

// Compares the submitted worksheets among `worksheets` (drafts are left
// out), people in the compact's order. Throws mc::Error with a plain reason
// when fewer than two are submitted ("Alignment needs at least two
// submitted worksheets; 1 of 3 has been submitted.") or a worksheet
// belongs to another compact or person.
AlignmentReport computeAlignment(const Compact& compact, const std::vector<Worksheet>& worksheets,
                                 const CompactTemplate* compactTemplate = nullptr);

// --- Export (docs/file-formats.md, "Alignment summary") ---
// The summary as JSON: compact, people, domains, topics worst first, each
// with its answers. Deterministic, ending in a line feed.
std::string alignmentToJson(const AlignmentReport& report);
// The summary as CSV (RFC 4180, CRLF line ends), one row per topic worst
// first, header: compact_id,domain,topic,level,responsibility_gap,
// importance_gap,raised_by_one_side,answers. `answers` is one field:
// "Name: responsibility R, importance I: text" per person, joined by " | ".
std::string alignmentToCsv(const AlignmentReport& report);
// One CSV field, quoted when it holds a comma, quote, CR or LF.
std::string csvField(std::string_view text);

} // namespace mc
