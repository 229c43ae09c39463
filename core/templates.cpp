// Templates: finding and loading the files, turning a template into a draft
// compact and a compact back into a template, writing them. Reading one
// file is in template_read.cpp.

#include "core/templates.h"

#include "core/ids.h"
#include "core/topics.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace mc {

namespace {

namespace fs = std::filesystem;

// A template is a few hundred kilobytes at most; anything far larger is not one.
constexpr std::uintmax_t kMaxTemplateBytes = 4 * 1024 * 1024;

void append(std::vector<Problem>& to, const std::vector<Problem>& more) {
    to.insert(to.end(), more.begin(), more.end());
}

// The same day `months` months later; a day the month lacks becomes its last.
Date addMonths(const Date& start, int months) {
    const int total = static_cast<int>(start.year()) * 12 + (start.month() - 1) + months;
    const auto year = static_cast<unsigned short>(total / 12);
    const auto month = static_cast<unsigned short>(total % 12 + 1);
    const unsigned short last = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    return Date(year, month, std::min<unsigned short>(start.day(), last));
}

// Whole months from `start` to `date`, rounded down.
int monthsBetween(const Date& start, const Date& date) {
    int months = (static_cast<int>(date.year()) - static_cast<int>(start.year())) * 12 +
                 (static_cast<int>(date.month()) - static_cast<int>(start.month()));
    if (addMonths(start, months) > date)
        --months;
    return months;
}

std::vector<std::string> jsonFilesIn(const fs::path& folder, std::error_code& error) {
    std::vector<std::string> files;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code ignored;
        if (it->path().extension() == ".json" && it->is_regular_file(ignored))
            files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// The file's text, or a problem saying why it cannot be read.
std::optional<std::string> readTemplateFile(const std::string& path,
                                            std::vector<Problem>& problems) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (!error && size > kMaxTemplateBytes) {
        problems.emplace_back(
            Severity::Error, path,
            mc::text(MC_TR("core", "is %1 KB: far too large for a template, so it "
                                   "was not read"),
                     size / 1024));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in)
        text << in.rdbuf();
    if (!in || in.bad()) {
        problems.emplace_back(Severity::Error, path,
                              mc::text(MC_TR("core", "cannot be read: check its permissions")));
        return std::nullopt;
    }
    return text.str();
}

} // namespace

const TemplateTopic* CompactTemplate::findTopic(std::string_view topic) const {
    for (const auto& entry : topics)
        if (entry.topic == topic)
            return &entry;
    return nullptr;
}

const TemplateRole* CompactTemplate::findRole(Role role) const {
    for (const auto& entry : roles)
        if (entry.role == role)
            return &entry;
    return nullptr;
}

const CompactTemplate* TemplateLoad::find(std::string_view id) const {
    for (const auto& entry : templates)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

std::vector<std::string> TemplateLoad::ids() const {
    std::vector<std::string> out;
    for (const auto& entry : templates)
        out.push_back(entry.id);
    return out;
}

std::vector<std::string> builtinTemplateFolders() {
    // Where `cmake --install` puts them, relative to the executable's folder
    // (GNUInstallDirs' bin and share; set by the top-level CMakeLists.txt).
#ifdef MC_INSTALLED_TEMPLATES_FROM_BIN
    const fs::path fromBin = MC_INSTALLED_TEMPLATES_FROM_BIN;
#else
    const fs::path fromBin = "../share/mentoring-compact/templates/compacts";
#endif
    std::vector<std::string> out;
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed = (exe.parent_path() / fromBin).lexically_normal();
        if (fs::is_directory(installed, error))
            out.push_back(installed.string());
    }
#ifdef MC_BUILTIN_TEMPLATES_DIR
    // The source tree: for running from a build folder, before installing.
    if (out.empty() && fs::is_directory(MC_BUILTIN_TEMPLATES_DIR, error))
        out.emplace_back(MC_BUILTIN_TEMPLATES_DIR);
#endif
    return out;
}

TemplateLoad loadTemplates(const std::vector<std::string>& folders, std::size_t builtinCount) {
    TemplateLoad load;
    std::map<std::string, CompactTemplate> byId;
    for (std::size_t f = 0; f < folders.size(); ++f) {
        const std::string& folder = folders[f];
        if (folder.empty())
            continue;
        std::error_code error;
        if (!fs::is_directory(folder, error)) {
            load.problems.emplace_back(Severity::Warning, folder,
                                       mc::text(MC_TR("core", "is not a folder that exists: no "
                                                              "templates were read from it")));
            continue;
        }
        const std::vector<std::string> files = jsonFilesIn(folder, error);
        if (error)
            load.problems.emplace_back(Severity::Error, folder,
                                       mc::text(MC_TR("core", "cannot be read: %1"),
                                                error.message())); // the system's words
        std::map<std::string, std::string> inThisFolder;
        for (const std::string& file : files) {
            const auto text = readTemplateFile(file, load.problems);
            if (!text)
                continue;
            CompactTemplate loaded;
            std::vector<Problem> warnings; // reported only when the file is taken
            try {
                loaded = parseTemplate(*text, file, warnings);
            } catch (const ValidationError& e) {
                append(load.problems, e.problems());
                continue;
            }
            loaded.sourcePath = file;
            loaded.builtIn = f < builtinCount;
            if (const auto it = inThisFolder.find(loaded.id); it != inThisFolder.end()) {
                load.problems.emplace_back(
                    Severity::Error, file + ": id",
                    mc::text(MC_TR("core", "the id %1 is already used by %2: "
                                           "give each template an id of its "
                                           "own"),
                             loaded.id, it->second));
                continue;
            }
            inThisFolder.emplace(loaded.id, file);
            append(load.problems, warnings);
            if (const auto it = byId.find(loaded.id); it != byId.end())
                load.problems.emplace_back(Severity::Warning, file + ": id",
                                           mc::text(MC_TR("core", "replaces the template %1 of %2"),
                                                    loaded.id, it->second.sourcePath));
            byId[loaded.id] = std::move(loaded);
        }
    }
    for (auto& entry : byId)
        load.templates.push_back(std::move(entry.second));
    return load;
}

TemplateLoad loadAllTemplates(const std::string& ownFolder) {
    std::vector<std::string> folders = builtinTemplateFolders();
    const std::size_t builtinCount = folders.size();
    if (!ownFolder.empty())
        folders.push_back(ownFolder);
    return loadTemplates(folders, builtinCount);
}

std::string topicPrompt(const TemplateTopic& topic) {
    if (!topic.prompt.empty())
        return topic.prompt;
    const Topic* known = findTopic(topic.topic);
    return known ? std::string(known->prompt) : std::string();
}

std::vector<std::string> missingTopics(const CompactTemplate& compactTemplate) {
    std::vector<std::string> out;
    for (const Topic& topic : allTopics())
        if (!compactTemplate.findTopic(topic.key))
            out.emplace_back(topic.key);
    return out;
}

std::vector<Person> peopleForTemplate(const CompactTemplate& compactTemplate,
                                      const std::string& scholar,
                                      const std::vector<std::string>& mentors) {
    std::vector<Role> mentorRoles;
    for (const auto& role : compactTemplate.roles)
        if (isMentorRole(role.role))
            mentorRoles.push_back(role.role);
    std::vector<Person> people;
    Person first;
    first.role = Role::Scholar;
    first.name = scholar;
    people.push_back(first);
    for (std::size_t i = 0; i < mentors.size(); ++i) {
        Person mentor;
        mentor.role = i < mentorRoles.size() ? mentorRoles[i] : Role::CoMentor;
        mentor.name = mentors[i];
        people.push_back(mentor);
    }
    for (std::size_t i = 0; i < people.size(); ++i) {
        people[i].position = static_cast<int>(i);
        if (const TemplateRole* role = compactTemplate.findRole(people[i].role))
            people[i].responsibilities = role->responsibilities;
    }
    return people;
}

Compact compactFromTemplate(const CompactTemplate& compactTemplate, std::vector<Person> people,
                            const Date& start, std::optional<int> years) {
    Compact compact;
    compact.id = newUuid();
    compact.status = CompactStatus::Draft;
    compact.templateId = compactTemplate.id;
    compact.start = start;
    compact.end =
        anniversary(start, years.value_or(compactTemplate.awardYears)) - boost::gregorian::days(1);
    std::map<Role, std::string> holder; // the first person in each role
    for (std::size_t i = 0; i < people.size(); ++i) {
        Person& person = people[i];
        if (person.id.empty())
            person.id = newUuid();
        person.position = static_cast<int>(i);
        if (const TemplateRole* role = compactTemplate.findRole(person.role);
            role && person.responsibilities.empty())
            person.responsibilities = role->responsibilities;
        holder.emplace(person.role, person.id);
    }
    compact.people = std::move(people);
    const Person* scholar = compact.scholar();
    compact.title = "Mentoring compact" + (scholar ? ": " + scholar->name : std::string());

    std::map<Domain, int> nextInDomain;
    for (const TemplateTopic& topic : compactTemplate.topics)
        for (const TemplateClause& clause : topic.clauses) {
            Expectation expectation;
            expectation.id = newUuid();
            expectation.domain = topic.domain;
            expectation.topic = topic.topic;
            expectation.text = clause.text;
            expectation.direction = clause.direction;
            expectation.origin = Origin::TemplatePrompt;
            expectation.state = ExpectationState::Proposed;
            expectation.position = nextInDomain[topic.domain]++;
            compact.expectations.push_back(std::move(expectation));
        }

    std::vector<std::string> goalIds; // by template index; empty when left out
    for (const TemplateGoal& suggested : compactTemplate.goals) {
        const auto owner = holder.find(suggested.owner);
        if (owner == holder.end()) {
            goalIds.emplace_back();
            continue;
        }
        Goal goal;
        goal.id = newUuid();
        goal.ownerId = owner->second;
        goal.horizon = suggested.horizon;
        goal.text = suggested.text;
        if (suggested.targetAfterMonths)
            goal.targetDate = addMonths(start, *suggested.targetAfterMonths);
        goal.position = static_cast<int>(compact.goals.size());
        goalIds.push_back(goal.id);
        compact.goals.push_back(std::move(goal));
    }

    for (const TemplateMilestone& suggested : compactTemplate.milestones) {
        const auto responsible = holder.find(suggested.responsible);
        if (responsible == holder.end())
            continue;
        Milestone milestone;
        milestone.id = newUuid();
        milestone.responsibleId = responsible->second;
        milestone.kind = suggested.kind;
        milestone.title = suggested.title;
        // A shorter period than the template's keeps late milestones at its end.
        milestone.due = std::min(addMonths(start, suggested.dueAfterMonths), compact.end);
        if (suggested.goal && *suggested.goal >= 0 &&
            static_cast<std::size_t>(*suggested.goal) < goalIds.size())
            milestone.goalId = goalIds[static_cast<std::size_t>(*suggested.goal)];
        compact.milestones.push_back(std::move(milestone));
    }
    std::stable_sort(compact.milestones.begin(), compact.milestones.end(),
                     [](const Milestone& a, const Milestone& b) { return a.due < b.due; });

    compact.meetingPlan = compactTemplate.meetingPlan;
    compact.meetingPlan.updated.clear();
    return compact;
}

Compact compactFromTemplate(const CompactTemplate& compactTemplate, const std::string& scholar,
                            const std::vector<std::string>& mentors, const Date& start,
                            std::optional<int> years) {
    return compactFromTemplate(compactTemplate,
                               peopleForTemplate(compactTemplate, scholar, mentors), start, years);
}

CompactTemplate templateFromCompact(const Compact& compact, const std::string& id,
                                    const std::string& name, const CompactTemplate* startedFrom) {
    CompactTemplate out;
    out.id = id;
    out.name = name;
    if (startedFrom)
        out.programKind = startedFrom->programKind;
    else
        out.programKind = compact.program.empty() ? std::string("Own template") : compact.program;
    out.description =
        "Saved from a compact" +
        (compact.program.empty() ? std::string() : " of the program " + compact.program) +
        (startedFrom ? " that started from \"" + startedFrom->name + "\"" : std::string()) +
        ", without the names of its people.";
    int years = 1;
    while (years < kMaxTemplateAwardYears &&
           anniversary(compact.start, years + 1) <= compact.end + boost::gregorian::days(1))
        ++years;
    out.awardYears = years;
    out.meetingPlan = compact.meetingPlan;
    out.meetingPlan.updated.clear();

    std::vector<const Person*> people;
    for (const Person& person : compact.people)
        people.push_back(&person);
    std::stable_sort(people.begin(), people.end(),
                     [](const Person* a, const Person* b) { return a->position < b->position; });
    for (const Person* person : people) {
        if (!out.findRole(person->role))
            out.roles.push_back({person->role, person->responsibilities});
        else
            for (TemplateRole& role : out.roles)
                if (role.role == person->role && role.responsibilities.empty())
                    role.responsibilities = person->responsibilities;
    }
    if (startedFrom)
        for (const TemplateRole& role : startedFrom->roles)
            if (!out.findRole(role.role))
                out.roles.push_back(role);
    const auto givenPrompt = [startedFrom](const std::string& topic) {
        const TemplateTopic* given = startedFrom ? startedFrom->findTopic(topic) : nullptr;
        return given ? given->prompt : std::string();
    };

    // Clauses by topic, in the order the compact shows them.
    std::vector<const Expectation*> kept;
    for (const Expectation& expectation : compact.expectations)
        if (expectation.state != ExpectationState::Dropped)
            kept.push_back(&expectation);
    std::stable_sort(kept.begin(), kept.end(), [](const Expectation* a, const Expectation* b) {
        return a->domain != b->domain ? a->domain < b->domain : a->position < b->position;
    });
    for (const Topic& topic : allTopics()) {
        const std::string key(topic.key);
        TemplateTopic entry{key, topic.domain, givenPrompt(key), {}};
        for (const Expectation* expectation : kept)
            if (expectation->topic == topic.key)
                entry.clauses.push_back({expectation->direction, expectation->text});
        out.topics.push_back(std::move(entry));
    }
    for (const Expectation* expectation : kept) {
        if (findTopic(expectation->topic))
            continue;
        if (!out.findTopic(expectation->topic)) {
            std::string prompt = givenPrompt(expectation->topic);
            if (prompt.empty())
                prompt = "What do you each expect about \"" + expectation->topic + "\"?";
            out.topics.push_back({expectation->topic, expectation->domain, prompt, {}});
        }
        for (TemplateTopic& entry : out.topics)
            if (entry.topic == expectation->topic)
                entry.clauses.push_back({expectation->direction, expectation->text});
    }

    std::map<std::string, int> goalIndex;
    for (const Goal& goal : compact.goals) {
        const Person* owner = compact.findPerson(goal.ownerId);
        if (goal.status == GoalStatus::Dropped || !owner)
            continue;
        TemplateGoal entry{owner->role, goal.horizon, goal.text, std::nullopt};
        if (goal.targetDate)
            entry.targetAfterMonths =
                std::clamp(monthsBetween(compact.start, *goal.targetDate), 0, kMaxGoalTargetMonths);
        goalIndex.emplace(goal.id, static_cast<int>(out.goals.size()));
        out.goals.push_back(std::move(entry));
    }
    for (const Milestone& milestone : compact.milestones) {
        const Person* responsible = compact.findPerson(milestone.responsibleId);
        if (milestone.status == MilestoneStatus::Dropped || !responsible)
            continue;
        TemplateMilestone entry;
        entry.title = milestone.title;
        entry.kind = milestone.kind;
        entry.responsible = responsible->role;
        // Due on the last day of the period: at its end, not a month before.
        const Date due = milestone.due == compact.end ? milestone.due + boost::gregorian::days(1)
                                                      : milestone.due;
        entry.dueAfterMonths =
            std::clamp(monthsBetween(compact.start, due), 0, out.awardYears * 12);
        if (const auto it = goalIndex.find(milestone.goalId); it != goalIndex.end())
            entry.goal = it->second;
        out.milestones.push_back(std::move(entry));
    }
    return out;
}

std::string nearestTopicKey(std::string_view typed) {
    constexpr std::size_t kMaxEdits = 3;
    std::string best;
    std::size_t bestDistance = kMaxEdits + 1;
    for (const Topic& topic : allTopics()) {
        const std::string_view key = topic.key;
        // Levenshtein distance, one row at a time.
        std::vector<std::size_t> row(key.size() + 1);
        for (std::size_t j = 0; j <= key.size(); ++j)
            row[j] = j;
        for (std::size_t i = 1; i <= typed.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= key.size(); ++j) {
                const std::size_t above = row[j];
                row[j] = std::min(
                    {row[j] + 1, row[j - 1] + 1, diagonal + (typed[i - 1] == key[j - 1] ? 0 : 1)});
                diagonal = above;
            }
        }
        if (row[key.size()] < bestDistance) {
            bestDistance = row[key.size()];
            best = key;
        }
    }
    return best;
}

std::string checkTemplateId(std::string_view id) {
    const Text problem = templateIdProblem(id);
    return problem.empty() ? std::string() : problem.english();
}

Text templateIdProblem(std::string_view id) {
    constexpr std::size_t kMaxIdLength = 64;
    const std::string shown(id.substr(0, kMaxIdLength));
    if (id.empty())
        return mc::text(MC_TR("core",
                              "the id is empty: use lower-case letters, digits and dashes, as "
                              "in kl2-standard"));
    if (id.size() > kMaxIdLength)
        return mc::text(MC_TR("core", "the id \"%1\" is longer than %2 characters"), shown,
                        kMaxIdLength);
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return mc::text(MC_TR("core", "the id \"%1\" may hold only lower-case letters, digits "
                                          "and dashes, as in kl2-standard"),
                            shown);
    if (id.front() == '-' || id.back() == '-' || id.find("--") != std::string_view::npos)
        return mc::text(MC_TR("core",
                              "the id \"%1\" may not start or end with a dash or have two in "
                              "a row"),
                        shown);
    return {};
}

} // namespace mc
