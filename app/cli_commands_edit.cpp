// Subcommands that change a workspace: `new` and `import`.

#include "app/cli_internal.h"
#include "core/dates.h"
#include "core/ids.h"
#include "core/json_io.h"
#include "core/validation.h"

#include <CLI/CLI.hpp>
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
};

// Creates FILE named after the JSON's workspace, or opens it, and imports.
// A file this command created is removed again when the import fails.
int importInto(const ImportOptions& options, std::string_view text, const Io& io) {
    CreatedFileGuard guard; // declared first: the workspace closes before it acts
    std::optional<Workspace> workspace;
    if (fileExists(options.file)) {
        workspace.emplace(openForEditing(options.file, io.err));
    } else {
        // Read first, so that a file that cannot be imported creates nothing.
        const JsonDocument document = parseJson(text);
        const std::string name =
            document.workspace.name.empty() ? nameFromPath(options.file) : document.workspace.name;
        workspace.emplace(Workspace::create(options.file, name));
        guard.arm(options.file);
        // A whole workspace keeps its identity in the new file, so export ->
        // import -> export gives the same bytes.
        const WorkspaceInfo& identity = document.workspace;
        if (isUuid(identity.id) && !identity.name.empty() && isUtcTimestamp(identity.created) &&
            isUtcTimestamp(identity.updated))
            workspace->adoptIdentity(identity);
    }
    const int count = importJson(*workspace, text);
    guard.dismiss();
    return count;
}

int runImport(const ImportOptions& options, const Io& io) {
    const std::string text = readWholeFile(options.input);
    try {
        const int count = importInto(options, text, io);
        io.out << "imported " << count << (count == 1 ? " compact" : " compacts") << '\n';
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
        "import", "Import the compacts of a JSON file into FILE (created when it does not exist)");
    app->add_option("FILE", options->file, "The workspace file (.compact)")
        ->required()
        ->type_name("");
    app->add_option("INPUT", options->input, "The JSON file to import")->required()->type_name("");
    app->footer("Prints \"imported N compacts\". All compacts are imported or none; a FILE\n"
                "this command created is removed again when the import fails.\n"
                "Example:\n"
                "  mentoring-compact import cohort-2026.compact cohort-2026.json");
    commands.push_back({app, [options](const Io& io) {
                            return runImport(*options, io);
                        }});
}

} // namespace

void addEditCommands(CLI::App& parent, std::vector<Command>& commands) {
    addNew(parent, commands);
    addImport(parent, commands);
}

} // namespace mc::cli
