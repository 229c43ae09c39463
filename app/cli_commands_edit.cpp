// Subcommands that change a workspace: `new`, `import` (a merge) and `conflicts`.

#include "app/cli_internal.h"
#include "core/dates.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/merge.h"
#include "core/validation.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace mc::cli {

namespace {

namespace fs = std::filesystem;

bool fileExists(const std::string& path) {
    std::error_code ignored;
    return fs::exists(path, ignored);
}

// The workspace name for a file we create: its name without the extension.
std::string nameFromPath(const std::string& path) {
    std::string stem = fs::path(path).stem().string();
    return stem.empty() ? std::string("Workspace") : stem;
}

// --- new -------------------------------------------------------------------

struct NewOptions {
    std::string file;
    std::string scholar;
    std::vector<std::string> mentors;
    std::string program;
    std::string cohort;
    std::string title;
    std::string start;
    int years = 3;
    bool yearsGiven = false; // a template brings its own award period
    std::string templateId;
    std::string templatesFolder;
};

Person makePerson(Role role, const std::string& name, int position) {
    Person person;
    person.role = role;
    person.name = name;
    person.position = position;
    return person;
}

Compact makeCompact(const NewOptions& options, const Io& io) {
    Date start;
    if (options.start.empty()) {
        start = todayLocal();
    } else {
        try {
            start = parseIsoDate(options.start);
        } catch (const Error& e) {
            throw UsageError(std::string("--start: ") + e.what());
        }
    }

    if (!options.templateId.empty()) {
        const CompactTemplate chosen =
            templateForNew(options.templateId, options.templatesFolder, io.err);
        Compact compact = compactFromTemplate(chosen, options.scholar, options.mentors, start,
                                              options.yearsGiven ? std::optional<int>(options.years)
                                                                 : std::nullopt);
        if (!options.title.empty())
            compact.title = options.title;
        compact.program = options.program;
        compact.cohort = options.cohort;
        return compact;
    }

    Compact compact;
    compact.title = options.title.empty() ? "Mentoring compact: " + options.scholar : options.title;
    compact.program = options.program;
    compact.cohort = options.cohort;
    compact.status = CompactStatus::Draft;
    compact.start = start;
    compact.end = anniversary(start, options.years) - boost::gregorian::days(1);
    compact.people.push_back(makePerson(Role::Scholar, options.scholar, 0));
    for (std::size_t i = 0; i < options.mentors.size(); ++i) {
        const Role role = i == 0 ? Role::PrimaryMentor : Role::CoMentor;
        compact.people.push_back(makePerson(role, options.mentors[i], static_cast<int>(i) + 1));
    }
    compact.meetingPlan.recurrence.cadence = Cadence::EveryTwoWeeks;
    return compact;
}

// The rules that do not need ids, checked before any file is created.
void checkBeforeWriting(const Compact& compact) {
    std::vector<Problem> problems = validateCompactHeader(compact);
    for (std::size_t i = 0; i < compact.people.size(); ++i) {
        auto found = validatePerson(compact.people[i], "people[" + std::to_string(i) + "]");
        problems.insert(problems.end(), found.begin(), found.end());
    }
    if (hasErrors(problems))
        throw ValidationError(problems);
}

int runNew(const NewOptions& options, const Io& io) {
    Compact compact = makeCompact(options, io);
    checkBeforeWriting(compact);

    CreatedFileGuard guard; // declared first: the workspace closes before it acts
    std::optional<Workspace> workspace;
    if (fileExists(options.file)) {
        workspace.emplace(openForEditing(options.file, io.err));
    } else {
        workspace.emplace(Workspace::create(options.file, nameFromPath(options.file)));
        guard.arm(options.file);
    }
    const Compact stored = workspace->addCompact(std::move(compact));
    guard.dismiss();
    io.out << stored.id << '\n';
    return kExitOk;
}

void addNew(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<NewOptions>();
    CLI::App* app = parent.add_subcommand(
        "new", "Add a compact, blank or from a template, to FILE (created when it does not "
               "exist); prints its id");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("--scholar", options->scholar, "The scholar's name")
        ->required()
        ->type_name("NAME");
    app->add_option("--mentor", options->mentors,
                    "A mentor's name; the first is the primary mentor, repeat the "
                    "option for co-mentors")
        ->required()
        ->type_name("NAME")
        ->allow_extra_args(false);
    app->add_option("--program", options->program, "The training program")->type_name("NAME");
    app->add_option("--cohort", options->cohort, "The cohort, such as the entry year")
        ->type_name("LABEL");
    app->add_option("--title", options->title,
                    "The title (default: \"Mentoring compact: <scholar>\")")
        ->type_name("TEXT");
    app->add_option("--start", options->start,
                    "First day of the award period, YYYY-MM-DD (default: today)")
        ->type_name("DATE");
    app->add_option("--years", options->years,
                    "Length of the award period in years, 1 to 10 (default: 3, or the "
                    "template's)")
        ->type_name("N")
        ->check(CLI::Range(1, 10).description(""));
    app->add_option("--template", options->templateId,
                    "Start from a template: its clauses, goals, milestones, meeting plan "
                    "and award period (see 'mentoring-compact templates')")
        ->type_name("ID");
    app->add_option("--templates-folder", options->templatesFolder,
                    "A folder of the program's own templates, looked at after the "
                    "built-in ones")
        ->type_name("DIR");
    app->footer(
        "The first --mentor is the primary mentor, the others are co-mentors (with\n"
        "--template, they take the template's mentor roles in order). The period runs\n"
        "--years years from --start, ending the day before the anniversary.\n"
        "Example:\n"
        "  mentoring-compact new lab.compact --scholar \"Ada Lovelace\" \\\n"
        "      --mentor \"Charles Babbage\" --program KL2 --cohort 2026 --start 2026-07-01 \\\n"
        "      --template kl2-career-development");
    commands.push_back({app, [options, app](const Io& io) {
                            options->yearsGiven = app->count("--years") > 0;
                            return runNew(*options, io);
                        }});
}

// --- import ----------------------------------------------------------------

struct ImportOptions {
    std::string file;
    std::string input;
    std::string conflicts = "flag";
    bool dryRun = false;
};

// A new FILE: named after the other file's workspace, taking over its
// identity, so export -> import -> export gives the same bytes. Everything
// goes in through the merge, which records the merge base: a later import
// of the same source then knows which side changed what.
int importIntoNewFile(const ImportOptions& options, const JsonDocument& document,
                      const MergeOptions& mergeOptions) {
    CreatedFileGuard guard; // declared first: the workspace closes before it acts
    const std::string name =
        document.workspace.name.empty() ? nameFromPath(options.file) : document.workspace.name;
    Workspace workspace = Workspace::create(options.file, name);
    guard.arm(options.file);
    const WorkspaceInfo& identity = document.workspace;
    if (isUuid(identity.id) && !identity.name.empty() && isUtcTimestamp(identity.created) &&
        isUtcTimestamp(identity.updated))
        workspace.adoptIdentity(identity);
    const MergeReport report = workspace.merge(document, mergeOptions);
    guard.dismiss();
    return report.compactsAdded;
}

void printMergeReport(const MergeReport& report, bool dryRun, std::ostream& out) {
    const auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    out << (dryRun ? "would merge " : "merged ") << report.sourceName << ": "
        << count(static_cast<std::size_t>(report.compactsAdded), "compact", "compacts")
        << " added, " << report.compactsUpdated << " updated, "
        << count(report.conflicts.size(), "conflict", "conflicts");
    if (report.alreadyFlagged > 0)
        out << " (" << report.alreadyFlagged << " flagged before, still to settle)";
    out << '\n';
    for (const std::string& line : report.added)
        out << "  " << line << '\n';
    for (const std::string& line : report.updated)
        out << "  " << line << '\n';
    for (const MergeConflict& c : report.conflicts) {
        out << "conflict: " << c.compactLabel << ": " << c.what << '\n';
        out << "  ours:   " << conflictValueInWords(c.ours) << '\n';
        out << "  theirs: " << conflictValueInWords(c.theirs) << '\n';
        const char* done = c.choice == ConflictChoice::KeepOurs     ? "kept ours"
                           : c.choice == ConflictChoice::TakeTheirs ? "took theirs"
                           : c.signedContent ? "kept ours and flagged: signed content"
                                             : "kept ours and flagged";
        out << "  " << (dryRun ? "would be: " : "") << done << '\n';
    }
}

int runImport(const ImportOptions& options, const Io& io) {
    const auto choice = conflictChoiceFromKey(options.conflicts);
    if (!choice)
        throw UsageError("--conflicts must be flag, keep-ours or take-theirs, not \"" +
                         options.conflicts + "\"");
    MergeOptions mergeOptions;
    mergeOptions.defaultChoice = *choice;
    mergeOptions.dryRun = options.dryRun;
    mergeOptions.sourceName = fs::path(options.input).filename().string();
    try {
        if (!fileExists(options.file)) {
            if (options.dryRun)
                throw UsageError("--dry-run needs an existing FILE to merge into");
            const int count =
                importIntoNewFile(options, readMergeSource(options.input), mergeOptions);
            io.out << "imported " << count << (count == 1 ? " compact" : " compacts") << '\n';
            return kExitOk;
        }
        Workspace workspace =
            options.dryRun ? openForReading(options.file) : openForEditing(options.file, io.err);
        const MergeReport report = mergeFile(workspace, options.input, mergeOptions);
        printMergeReport(report, options.dryRun, io.out);
        if (report.flagged() > 0 && !options.dryRun)
            io.out << "settle flagged conflicts with: " << kProgramName << " conflicts "
                   << options.file << '\n';
        return kExitOk;
    } catch (const ValidationError& e) {
        const auto count = e.problems().size();
        printError(io.err, options.input + " was not imported, " + std::to_string(count) +
                               (count == 1 ? " problem" : " problems") + " found:");
        printProblems(io.err, e.problems());
        return kExitProblem;
    }
}

void addImport(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* app = parent.add_subcommand(
        "import", "Merge another workspace or a JSON file into FILE (created when it does not "
                  "exist)");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("OTHER", options->input,
                    "The workspace (.compact) or JSON file to merge, told apart by content")
        ->required()
        ->type_name("");
    app->add_option("--conflicts", options->conflicts,
                    "Fields both sides changed differently: flag (keep ours, store the conflict "
                    "to settle later; the default), keep-ours or take-theirs")
        ->type_name("CHOICE");
    app->add_flag("--dry-run", options->dryRun,
                  "Show what would be added, updated and in conflict; change nothing");
    app->footer(
        "Compacts are matched by id: new ones are added whole; for one on both sides newer\n"
        "versions and signatures, meetings, reviews and worksheets are added and each changed\n"
        "field is merged against what OTHER said at the last import from it. Signed content\n"
        "is never changed. All or nothing; importing the same file again changes nothing.\n"
        "Prints \"imported N compacts\" for a new FILE, else what was added and updated and\n"
        "each conflict with both values. Exit code 0 when merged (flagged conflicts too:\n"
        "settle them with `conflicts`), 1 when nothing was changed because of a problem.\n"
        "Example:\n"
        "  mentoring-compact import program.compact ortiz-reyes.compact");
    commands.push_back({app, [options](const Io& io) {
                            return runImport(*options, io);
                        }});
}

// --- conflicts -------------------------------------------------------------

struct ConflictsOptions {
    std::string file;
    std::string compact;
    bool all = false;
    std::int64_t resolve = 0;
    std::string take;
};

int runConflicts(const ConflictsOptions& options, const Io& io) {
    if (options.resolve != 0) {
        if (options.take != "ours" && options.take != "theirs")
            throw UsageError("--resolve needs --take ours or --take theirs");
        Workspace workspace = openForEditing(options.file, io.err);
        workspace.resolveMergeConflict(options.resolve, options.take == "ours"
                                                            ? ConflictChoice::KeepOurs
                                                            : ConflictChoice::TakeTheirs);
        io.out << "conflict " << options.resolve
               << " settled: " << (options.take == "ours" ? "kept ours" : "took theirs") << '\n';
        return kExitOk;
    }
    if (!options.take.empty())
        throw UsageError("--take goes with --resolve ID");
    const Workspace workspace = openForReading(options.file);
    const std::string compactId =
        options.compact.empty() ? std::string() : workspace.resolveCompactId(options.compact);
    const auto conflicts = workspace.mergeConflicts(compactId, options.all);
    for (const StoredConflict& c : conflicts) {
        io.out << c.id << "  " << c.compactLabel << ": " << c.what << "  (from " << c.sourceName
               << ", " << c.created.substr(0, 10) << ")";
        if (!c.resolution.empty())
            io.out << "  settled: " << c.resolution;
        io.out << '\n';
        io.out << "  ours:   " << conflictValueInWords(c.ours) << '\n';
        io.out << "  theirs: " << conflictValueInWords(c.theirs)
               << (c.signedContent ? "  (signed content: keep ours)" : "") << '\n';
    }
    if (conflicts.empty())
        io.out << "no conflicts to settle\n";
    return kExitOk;
}

void addConflicts(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<ConflictsOptions>();
    CLI::App* app = parent.add_subcommand(
        "conflicts", "List the merge conflicts flagged in FILE, or settle one");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("--compact", options->compact, "Only this compact's (an id or its start)")
        ->type_name("ID");
    app->add_flag("--all", options->all, "Settled conflicts too");
    app->add_option("--resolve", options->resolve, "Settle the conflict ID (see the list)")
        ->type_name("ID");
    app->add_option("--take", options->take, "With --resolve: ours or theirs")->type_name("SIDE");
    app->footer("Lists each flagged conflict: its id, the compact, what, both values and the\n"
                "file it came from. --resolve ID --take theirs applies their value (checked\n"
                "as any edit; refused for signed content); --take ours keeps ours.\n"
                "Example:\n"
                "  mentoring-compact conflicts program.compact --resolve 3 --take theirs");
    commands.push_back({app, [options](const Io& io) {
                            return runConflicts(*options, io);
                        }});
}

} // namespace

void addEditCommands(CLI::App& parent, std::vector<Command>& commands) {
    addNew(parent, commands);
    addImport(parent, commands);
    addConflicts(parent, commands);
}

} // namespace mc::cli
