// The `worksheet export`, `worksheet import` and `alignment` subcommands
// (docs/command-line.md): worksheets travel between desks as small files,
// and the comparison of the submitted ones is printed or exported.

#include "app/cli_internal.h"
#include "core/alignment.h"
#include "core/worksheet.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

CLI::Option* addFileArgument(CLI::App& app, std::string& file) {
    return app.add_option("FILE", file, "The workspace file (.compact)")->required()->type_name("");
}

CLI::Option* addCompactOption(CLI::App& app, std::string& compactId) {
    return app
        .add_option("--compact", compactId, "The compact: its id or the id's first characters")
        ->required()
        ->type_name("ID");
}

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// A person of the compact by id, id prefix (4 or more characters) or name
// (letter case ignored). Throws mc::Error naming the people when none or
// several match.
const Person& resolvePerson(const Compact& compact, const std::string& given) {
    std::vector<const Person*> matches;
    for (const Person& person : compact.people)
        if (person.id == given || lowered(person.name) == lowered(given))
            return person;
    if (given.size() >= 4)
        for (const Person& person : compact.people)
            if (person.id.starts_with(lowered(given)))
                matches.push_back(&person);
    if (matches.size() == 1)
        return *matches.front();
    std::string names;
    for (const Person& person : compact.people)
        names += (names.empty() ? "" : ", ") + person.name + " (" + person.id.substr(0, 8) + ")";
    throw Error((matches.empty() ? "nobody in the compact is called or has the id \""
                                 : "several people's ids start with \"") +
                given + "\"; the people are " + names);
}

std::string day(const std::string& timestamp) {
    return timestamp.substr(0, 10);
}

// --- worksheet export / import ----------------------------------------------

struct ExportOptions {
    std::string file;
    std::string compactId;
    std::string person;
    std::string outPath;
};

int runExport(const ExportOptions& options, const Io& io) {
    const Workspace workspace = openForReading(options.file);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    const Person& person = resolvePerson(compact, options.person);
    const std::string json = exportWorksheetJson(workspace, compact.id, person.id);
    if (options.outPath.empty())
        io.out << json;
    else
        writeFileAtomically(options.outPath, json);
    return kExitOk;
}

struct ImportOptions {
    std::string file;
    std::string input;
};

int runImport(const ImportOptions& options, const Io& io) {
    Workspace workspace = openForEditing(options.file, io.err);
    const Worksheet stored =
        importWorksheetJson(workspace, readWholeFile(options.input), options.input);
    const Compact compact = workspace.loadCompact(stored.compactId);
    const Person* person = compact.findPerson(stored.personId);
    io.out << "imported the worksheet of " << (person ? person->name : stored.personId)
           << " (submitted " << day(stored.submitted) << ") into \"" << compact.title << "\"\n";
    return kExitOk;
}

void addWorksheet(CLI::App& parent, std::vector<Command>& commands) {
    CLI::App* group = parent.add_subcommand(
        "worksheet", "Move a person's submitted worksheet between workspaces as a file");
    group->require_subcommand(1, 1);

    auto exporting = std::make_shared<ExportOptions>();
    CLI::App* exportApp = group->add_subcommand(
        "export", "Write one person's submitted worksheet of a compact to a file");
    addFileArgument(*exportApp, exporting->file);
    addCompactOption(*exportApp, exporting->compactId);
    exportApp
        ->add_option("--person", exporting->person,
                     "Whose worksheet: a name, an id or the id's first characters")
        ->required()
        ->type_name("NAME|ID");
    exportApp
        ->add_option("--out", exporting->outPath,
                     "Write to this file, replaced in one step (default: standard output)")
        ->type_name("PATH");
    exportApp->footer("Only submitted worksheets are exported. Example:\n"
                      "  mentoring-compact worksheet export lab.compact --compact 3f2a9c \\\n"
                      "      --person \"Prof. Sam Reyes\" --out reyes.json");
    commands.push_back({exportApp, [exporting](const Io& io) {
                            return runExport(*exporting, io);
                        }});

    auto importing = std::make_shared<ImportOptions>();
    CLI::App* importApp = group->add_subcommand(
        "import", "Add a submitted worksheet from a file to the compact it belongs to");
    addFileArgument(*importApp, importing->file);
    importApp->add_option("PATH", importing->input, "The worksheet file (.json)")
        ->required()
        ->type_name("");
    importApp->footer("Refused, with nothing changed: a draft, a worksheet of a compact not in\n"
                      "FILE or of someone not in the compact, and one imported before.");
    commands.push_back({importApp, [importing](const Io& io) {
                            return runImport(*importing, io);
                        }});
}

// --- alignment ---------------------------------------------------------------

struct AlignmentOptions {
    std::string file;
    std::string compactId;
    std::string format = "text";
    std::string outPath;
    std::string folder;
};

std::string fixed(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string padded(std::string text, std::size_t width) {
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

std::string alignmentText(const AlignmentReport& report) {
    std::string out = "Alignment: " + report.compactTitle + "\nCompared:";
    for (const AlignmentPerson& person : report.people)
        out += "\n  " + person.name + " (" + std::string(toLabel(person.role)) + ", submitted " +
               day(person.submitted) + ")";
    out += "\n\nBy domain (aligned / minor / major topics; then each person's mean distance\n"
           "from the others, 0 to 4):\n";
    for (const DomainAlignment& domain : report.domains) {
        out += "  " + padded(std::string(toKey(domain.domain)), 26) +
               padded(std::string(toLabel(domain.level)), 11) + std::to_string(domain.aligned) +
               " / " + std::to_string(domain.minorGaps) + " / " + std::to_string(domain.majorGaps);
        for (const AlignmentPerson& person : report.people) {
            const HeatCell* cell = report.cell(domain.domain, person.personId);
            out += "  " + (cell && cell->distance ? fixed(*cell->distance) : std::string("-"));
        }
        out += '\n';
    }
    out += "\nLargest gaps:\n";
    bool any = false;
    for (const std::size_t index : report.byLargestGap()) {
        const TopicAlignment& topic = report.topics[index];
        if (topic.score.level == AlignmentLevel::Aligned)
            break;
        any = true;
        out += "  " + std::string(toLabel(topic.score.level)) + ": " + topic.title + " (" +
               topic.topic + "): responsibility gap " +
               std::to_string(topic.score.responsibilityGap) + ", importance gap " +
               std::to_string(topic.score.importanceGap) +
               (topic.score.raisedByOneSide ? ", raised by one side" : "") + "\n";
        for (std::size_t p = 0; p < topic.answers.size() && p < report.people.size(); ++p) {
            const AlignmentAnswer& answer = topic.answers[p];
            out += "    " + report.people[p].name + ": " +
                   std::string(responsibilityLabel(answer.responsibility)) + ", importance " +
                   std::string(importanceLabel(answer.importance));
            if (!answer.text.empty())
                out += ": " + answer.text;
            out += '\n';
        }
    }
    if (!any)
        out += "  none: every topic is aligned\n";
    return out;
}

int runAlignment(const AlignmentOptions& options, const Io& io) {
    if (options.format != "text" && options.format != "json" && options.format != "csv")
        throw UsageError("--format: \"" + options.format +
                         "\" is not a format this version writes; allowed values: text, json, "
                         "csv");
    const Workspace workspace = openForReading(options.file);
    const AlignmentReport report =
        workspace.alignment(workspace.resolveCompactId(options.compactId), options.folder);
    const std::string text = options.format == "json"  ? alignmentToJson(report)
                             : options.format == "csv" ? alignmentToCsv(report)
                                                       : alignmentText(report);
    if (options.outPath.empty())
        io.out << text;
    else
        writeFileAtomically(options.outPath, text);
    return kExitOk;
}

void addAlignment(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<AlignmentOptions>();
    CLI::App* app = parent.add_subcommand(
        "alignment", "Compare the submitted worksheets of a compact: where the views differ");
    addFileArgument(*app, options->file);
    addCompactOption(*app, options->compactId);
    app->add_option("--format", options->format,
                    "text (default), json or csv (docs/file-formats.md, \"Alignment\")")
        ->type_name("FORMAT");
    app->add_option("--out", options->outPath,
                    "Write to this file, replaced in one step (default: standard output)")
        ->type_name("PATH");
    app->add_option("--folder", options->folder,
                    "A folder of the program's own templates, to name the compact's topics")
        ->type_name("DIR");
    app->footer("Needs at least two submitted worksheets; exit code 1 otherwise. Example:\n"
                "  mentoring-compact alignment lab.compact --compact 3f2a9c --format csv");
    commands.push_back({app, [options](const Io& io) {
                            return runAlignment(*options, io);
                        }});
}

} // namespace

void addWorksheetCommands(CLI::App& parent, std::vector<Command>& commands) {
    addWorksheet(parent, commands);
    addAlignment(parent, commands);
}

} // namespace mc::cli
