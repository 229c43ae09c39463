// The `templates` subcommand, and finding the template `new --template`
// starts from (docs/command-line.md).

#include "app/cli_internal.h"
#include "core/templates.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

// Tabs and line breaks would split a line of the list: print them as spaces.
std::string oneLine(std::string text) {
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return text;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

struct TemplatesOptions {
    std::string folder;
};

int runTemplates(const TemplatesOptions& options, const Io& io) {
    const TemplateLoad load = loadAllTemplates(options.folder);
    for (const CompactTemplate& entry : load.templates)
        io.out << entry.id << '\t' << oneLine(entry.name) << '\t' << oneLine(entry.programKind)
               << '\t' << entry.awardYears << '\t'
               << (entry.builtIn ? std::string("built-in") : oneLine(entry.sourcePath)) << '\n';
    if (!load.problems.empty())
        printProblems(io.err, load.problems);
    if (load.templates.empty() && !hasErrors(load.problems))
        printError(io.err, "no templates were found: the built-in folder is missing and no "
                           "--folder was given");
    return hasErrors(load.problems) ? kExitProblem : kExitOk;
}

} // namespace

CompactTemplate templateForNew(const std::string& id, const std::string& ownFolder,
                               std::ostream& err) {
    const TemplateLoad load = loadAllTemplates(ownFolder);
    if (const CompactTemplate* found = load.find(id))
        return *found;
    // A broken file may be the template that was meant: show why it was skipped.
    if (hasErrors(load.problems))
        printProblems(err, load.problems);
    if (load.templates.empty())
        throw Error("unknown template \"" + id + "\": no templates were found");
    throw Error("unknown template \"" + id + "\": the known templates are " + joined(load.ids()) +
                " (run '" + std::string(kProgramName) + " templates' to see them)");
}

void addTemplateCommands(CLI::App& parent, std::vector<Command>& commands) {
    auto options = std::make_shared<TemplatesOptions>();
    CLI::App* app = parent.add_subcommand(
        "templates", "List the compact templates: the built-in ones and a program's own");
    app->add_option("--folder", options->folder,
                    "A folder of the program's own templates (*.json), read after the "
                    "built-in ones")
        ->type_name("DIR");
    app->footer("One line per template, five fields separated by tabs:\n"
                "  ID  NAME  KIND  AWARD-YEARS  SOURCE (built-in, or the file)\n"
                "Problems with template files are printed on standard error; the exit code\n"
                "is 1 when a file had to be skipped. Example:\n"
                "  mentoring-compact templates --folder ~/kl2-templates");
    commands.push_back({app, [options](const Io& io) {
                            return runTemplates(*options, io);
                        }});
}

} // namespace mc::cli
