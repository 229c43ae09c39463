#pragma once
// Compact templates (docs/file-formats.md, "Templates"): a program's starting
// point for a compact. A template prompts every topic of the catalogue,
// suggests clauses in both directions, goals and milestones relative to the
// start date, a meeting plan, an award period and who does what on the team.
//
// Templates are JSON files in folders: the built-in ones shipped with the
// program, then a program's own folder. Loading never fails as a whole: a
// broken file is reported (file, field, problem) and skipped.

#include "core/error.h"
#include "core/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mc {

inline constexpr std::string_view kTemplateFormatName = "mentoring-compact-template";
inline constexpr int kTemplateFormatVersion = 1;
inline constexpr int kMaxTemplateAwardYears = 10;
// Career goals may reach past the award period, within reason.
inline constexpr int kMaxGoalTargetMonths = 240;

// One suggested expectation of a topic.
struct TemplateClause {
    Direction direction = Direction::Mutual;
    std::string text;

    bool operator==(const TemplateClause&) const = default;
};

struct TemplateTopic {
    std::string topic;                   // a catalogue key, or a topic of the program's own
    Domain domain = Domain::Research;    // the catalogue's, or given for an own topic
    std::string prompt;                  // empty: the catalogue's prompt (see topicPrompt)
    std::vector<TemplateClause> clauses; // may be empty: a prompt only

    bool operator==(const TemplateTopic&) const = default;
};

// A row of the responsibilities matrix: what the person in this role does.
struct TemplateRole {
    Role role = Role::PrimaryMentor;
    std::string responsibilities;

    bool operator==(const TemplateRole&) const = default;
};

struct TemplateGoal {
    Role owner = Role::Scholar;
    Horizon horizon = Horizon::Career;
    std::string text;
    std::optional<int> targetAfterMonths; // months after the start

    bool operator==(const TemplateGoal&) const = default;
};

struct TemplateMilestone {
    std::string title;
    MilestoneKind kind = MilestoneKind::Other;
    Role responsible = Role::Scholar;
    int dueAfterMonths = 0;  // 0 to awardYears * 12
    std::optional<int> goal; // index into CompactTemplate::goals

    bool operator==(const TemplateMilestone&) const = default;
};

struct CompactTemplate {
    std::string id;          // lower-case letters, digits and dashes: "kl2-career-development"
    std::string name;        // "K award / KL2 career development compact"
    std::string description; // what it is for, in a sentence or two
    std::string programKind; // a short label: "Career development award"
    int awardYears = 3;      // 1 to 10
    MeetingPlan meetingPlan;
    std::vector<TemplateRole> roles; // at least one mentor role; may list the scholar
    std::vector<TemplateTopic> topics;
    std::vector<TemplateGoal> goals;
    std::vector<TemplateMilestone> milestones;

    // Where it was loaded from; not part of the file.
    std::string sourcePath;
    bool builtIn = false;

    bool operator==(const CompactTemplate&) const = default;

    // The entry for `topic`, or nullptr.
    const TemplateTopic* findTopic(std::string_view topic) const;
    const TemplateRole* findRole(Role role) const;
};

struct TemplateLoad {
    std::vector<CompactTemplate> templates; // sorted by id
    // Every finding, field = "<file>: <json path>". Errors mean the file
    // was skipped; warnings (an id overridden by a later folder, a topic
    // left out) mean it was loaded.
    std::vector<Problem> problems;

    const CompactTemplate* find(std::string_view id) const;
    std::vector<std::string> ids() const;
};

// The folders of the templates shipped with the program, in order of
// preference: the installed share folder relative to the executable
// (<exe>/../share/mentoring-compact/templates/compacts with the default
// GNUInstallDirs; the package's /usr/share/...) when it exists,
// otherwise the source tree's templates/compacts. Only existing folders.
std::vector<std::string> builtinTemplateFolders();

// Reads one template. `fileName` only names the file in problems. Throws
// ValidationError carrying every problem, fields "<fileName>: <json path>".
// Warnings (a catalogue topic left out) do not throw.
CompactTemplate parseTemplate(std::string_view text, const std::string& fileName);
// The same, also returning the warnings.
CompactTemplate parseTemplate(std::string_view text, const std::string& fileName,
                              std::vector<Problem>& warnings);

// Reads every *.json file of each folder, in file-name order. A broken file
// is reported and skipped; a missing folder is a warning. An id seen again
// in a later folder replaces the earlier template, with a warning; an id
// seen twice in one folder keeps the first and reports the second as an
// error. Templates from the first `builtinCount` folders are marked builtIn.
TemplateLoad loadTemplates(const std::vector<std::string>& folders, std::size_t builtinCount = 0);
// The built-in folders, then `ownFolder` when not empty.
TemplateLoad loadAllTemplates(const std::string& ownFolder = {});

// The prompt a topic asks: the template's own, else the catalogue's.
std::string topicPrompt(const TemplateTopic& topic);
// Catalogue topics the template does not mention.
std::vector<std::string> missingTopics(const CompactTemplate& compactTemplate);

// People for a template: the scholar, then one person per mentor name in
// the order of the template's mentor roles (extra names become co-mentors),
// each with the responsibilities of their role.
std::vector<Person> peopleForTemplate(const CompactTemplate& compactTemplate,
                                      const std::string& scholar,
                                      const std::vector<std::string>& mentors);

// A draft compact from a template, for `people` (ids are given when empty;
// empty responsibilities take their role's). Every clause becomes an
// expectation (origin template, state proposed); goals and milestones go to
// the person holding their role and are left out when nobody does; dates
// are counted from `start` and milestones kept within the period, which
// lasts `years` (default: the template's) and ends the day before the
// anniversary. Title "Mentoring compact: <scholar>", templateId set.
Compact compactFromTemplate(const CompactTemplate& compactTemplate, std::vector<Person> people,
                            const Date& start, std::optional<int> years = std::nullopt);
Compact compactFromTemplate(const CompactTemplate& compactTemplate, const std::string& scholar,
                            const std::vector<std::string>& mentors, const Date& start,
                            std::optional<int> years = std::nullopt);

// "Save as template": the compact's clauses (not dropped) by topic, every
// other catalogue topic as a prompt, goals and milestones relative to the
// start in whole months (one due on the last day counts as the period's
// end), roles with their responsibilities; no names. `startedFrom`, the
// template the compact came from if known, lends its prompts, program kind
// and the roles nobody in the compact holds.
CompactTemplate templateFromCompact(const Compact& compact, const std::string& id,
                                    const std::string& name,
                                    const CompactTemplate* startedFrom = nullptr);

// Deterministic JSON, keys in the documented order, ending in a line feed.
std::string templateToJson(const CompactTemplate& compactTemplate);

// Checks `id` ("kl2-standard"); an empty result means it is fine.
std::string checkTemplateId(std::string_view id);
// The same check, its message kept translatable (empty when fine).
Text templateIdProblem(std::string_view id);
// The catalogue key closest to a mistyped one (at most three letters off),
// or empty: "did you mean research.productivity?".
std::string nearestTopicKey(std::string_view typed);

// Writes <folder>/<id>.json atomically (a temporary file, then a rename),
// after checking the template as loading would. Refuses an existing file, or
// the id of a built-in template, unless `replace`. Returns the path written.
// Throws ValidationError for a bad template, mc::Error otherwise.
std::string saveTemplate(const std::string& folder, const CompactTemplate& compactTemplate,
                         bool replace = false);

} // namespace mc
