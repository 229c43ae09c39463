#pragma once
// Worksheets (issue 4, docs/file-formats.md "Worksheets"): before a compact
// is written, each side says on their own what they expect. One worksheet
// per person (the scholar and each mentor) holds, for every topic of the
// compact's template, who they think is responsible, how much it matters to
// them and what they expect in their own words; a person may add topics of
// their own.
//
// Blind entry: a person's answers stay hidden from the others until that
// person submits them (Workspace::worksheetsVisibleTo), and a submitted
// worksheet is locked. Across computers a submitted worksheet travels as a
// small JSON file (worksheetToJson / importWorksheetJson below).
//
// The store functions are Workspace members (workspace.h, section
// "Worksheets and alignment"); the comparison is alignment.h.

#include "core/enums.h"
#include "core/error.h"
#include "core/model.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

struct CompactTemplate;
class Workspace;

// 0 means "not answered" for both scales.
inline constexpr int kNotAnswered = 0;
// Responsibility: 1 mostly the mentor, 2 more the mentor, 3 shared,
// 4 more the scholar, 5 mostly the scholar.
inline constexpr int kResponsibilityMin = 1;
inline constexpr int kResponsibilityMax = 5;
// Importance to the person: 1 (hardly) to 5 (essential).
inline constexpr int kImportanceMin = 1;
inline constexpr int kImportanceMax = 5;
// Own topics are keyed "custom.<slug>", the slug made from the title.
inline constexpr std::string_view kOwnTopicPrefix = "custom.";

enum class WorksheetStatus { Draft, Submitted };

// Keys "draft", "submitted"; labels "Draft", "Submitted". Defined in
// worksheets.cpp (enums.h's toKey/toLabel/fromKey work with it).
template <> std::span<const EnumEntry<WorksheetStatus>> enumEntries();

// One step of the responsibility scale, for combo boxes and reports.
struct ScaleStep {
    int value;              // 1..5
    std::string_view key;   // "mostly_mentor", stable
    std::string_view label; // "Mostly the mentor"
};
// The five steps, 1 (mostly the mentor) to 5 (mostly the scholar).
std::span<const ScaleStep> responsibilityScale();
// "Mostly the mentor" ... "Mostly the scholar"; "Not answered" for 0.
std::string_view responsibilityLabel(int value);
// "1 (hardly)" ... "5 (essential)"; "Not answered" for 0.
std::string_view importanceLabel(int value);

// One person's answer on one topic.
struct WorksheetAnswer : Stamps {
    Domain domain = Domain::Research;
    // A catalogue key ("research.productivity"), a topic of the template's
    // own, or "custom.<slug>" for a topic the person added.
    std::string topic;
    std::string ownTopicTitle;         // the title of a topic not in the catalogue
    int responsibility = kNotAnswered; // 0, or 1..5 (see above)
    int importance = kNotAnswered;     // 0, or 1..5
    std::string text;                  // what they expect, in their own words
    int position = 0;                  // order within the worksheet

    bool operator==(const WorksheetAnswer&) const = default;

    // The person said something: some text or an importance. A bare
    // responsibility does not count as raising a topic.
    bool raised() const;
    bool isOwnTopic() const { return topic.starts_with(kOwnTopicPrefix); }
};

struct Worksheet : Stamps {
    std::string compactId;
    std::string personId;
    WorksheetStatus status = WorksheetStatus::Draft;
    std::string submitted; // UTC timestamp; empty while a draft
    // UTC timestamp when it came into this workspace from a worksheet file;
    // empty when it was filled in here. Not part of the file.
    std::string imported;
    std::vector<WorksheetAnswer> answers; // in display order

    bool operator==(const Worksheet&) const = default;

    bool isSubmitted() const { return status == WorksheetStatus::Submitted; }
    const WorksheetAnswer* findAnswer(std::string_view answerId) const;
    const WorksheetAnswer* findTopic(std::string_view topicKey) const;
    int answeredCount() const; // answers that raised() their topic
};

// Where a person stands, without their answers: safe to show to anyone,
// since it tells only whether they started and submitted.
struct WorksheetProgress {
    std::string personId;
    std::string worksheetId; // empty when the person has not started one
    WorksheetStatus status = WorksheetStatus::Draft;
    std::string submitted; // UTC timestamp when submitted
};

// A topic a worksheet asks about, with the words to show for it.
struct WorksheetTopic {
    Domain domain = Domain::Research;
    std::string key;
    std::string title;  // the catalogue's title, or one made from the key
    std::string prompt; // the template's prompt, else the catalogue's
};
// The topics of a new worksheet: the template's, in its order (catalogue
// topics it left out are not added), or the whole catalogue when
// `compactTemplate` is null.
std::vector<WorksheetTopic> worksheetTopics(const CompactTemplate* compactTemplate);
// Title and prompt of an answer's topic: the template's wording if given
// and it has the topic, else the catalogue's, else the own title.
WorksheetTopic describeTopic(const WorksheetAnswer& answer,
                             const CompactTemplate* compactTemplate = nullptr);
// "custom.lab_safety" for "Lab safety!"; throws mc::Error for a title with
// no letters or digits.
std::string ownTopicKey(std::string_view title);

// Checks one answer: scales in range, topic key well formed, own topics
// titled, text not too long. Fields start with `field`.
std::vector<Problem> validateWorksheetAnswer(const WorksheetAnswer& answer,
                                             const std::string& field = "answer");
// Every answer, no topic twice, submitted stamp present when submitted.
std::vector<Problem> validateWorksheet(const Worksheet& worksheet,
                                       const std::string& field = "worksheet");

// --- Worksheet files (docs/file-formats.md, "Worksheets") ---
inline constexpr std::string_view kWorksheetFormatName = "mentoring-compact-worksheet";
inline constexpr int kWorksheetFormatVersion = 1;

// A worksheet file: the worksheet and the names of its compact and person
// (for messages only; ids decide).
struct WorksheetFile {
    std::string compactTitle;
    std::string personName;
    Worksheet worksheet;
};
// Deterministic JSON, keys in the documented order, ending in a line feed.
std::string worksheetToJson(const Worksheet& worksheet, const std::string& compactTitle = {},
                            const std::string& personName = {});
// Parses and checks a worksheet file. Throws ValidationError with every
// problem, fields "<fileName>: <json path>" ("sheet.json: worksheet.answers[2].importance").
WorksheetFile parseWorksheetJson(std::string_view text, const std::string& fileName);

// The submitted worksheet of `personId` in `compactId` as a file's text.
// Refuses a draft ("only submitted worksheets can be exported").
std::string exportWorksheetJson(const Workspace& workspace, const std::string& compactId,
                                const std::string& personId);
// Parses `text` and stores the worksheet (Workspace::importWorksheet), all
// or nothing. Refuses, with a message naming the problem: a broken file, a
// draft, another compact's worksheet, a person not in the compact, and a
// worksheet already imported. Returns what was stored.
Worksheet importWorksheetJson(Workspace& workspace, std::string_view text,
                              const std::string& fileName);

} // namespace mc
