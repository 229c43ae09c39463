// The `meetings`, `log-meeting`, `action-done` and `promote-action`
// subcommands (docs/command-line.md): a compact's meeting log, newest
// first, with how well it keeps to the meeting plan; logging a meeting with
// its attendees and action items; closing an action item or turning it into
// a milestone.

#include "app/cli_internal.h"
#include "core/meeting_adherence.h"
#include "core/meeting_log.h"
#include "core/signing.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace mc::cli {

namespace {

struct MeetingsOptions {
    std::string file;
    std::string compactId;
    std::string today;
};

struct LogOptions {
    std::string file;
    std::string compactId;
    std::string date;
    std::vector<std::string> attendees;
    std::string topics;
    std::string notes;
    // Read in the order typed (CLI::App::parse_order), so each --owner and
    // --due belongs to the --action before it.
    std::vector<std::string> actions;
    std::vector<std::string> owners;
    std::vector<std::string> dues;
    CLI::App* app = nullptr;
};

Date dateOption(const std::string& option, const std::string& text) {
    try {
        return parseIsoDate(text);
    } catch (const Error& e) {
        throw UsageError(option + ": " + e.what());
    }
}

// The person called `name` (case and spaces aside).
const Person& personNamed(const Compact& compact, const std::string& name,
                          const std::string& option) {
    for (const Person& person : compact.people)
        if (typedNameMatches(name, person.name))
            return person;
    std::string names;
    for (const Person& person : compact.people)
        names += (names.empty() ? "" : ", ") + person.name;
    throw Error(option + ": nobody in the compact " + compactLabel(compact) + " is called \"" +
                name + "\": give the full name as the compact has it (" + names + ")");
}

std::string shortId(const std::string& id) {
    return id.substr(0, 8);
}

void printMeeting(const Meeting& meeting, const Date& today, const Io& io) {
    io.out << "\n" << formatIsoDate(meeting.date) << "  meeting " << shortId(meeting.id) << "\n";
    io.out << "  attended: " << attendeesInWords(meeting) << "\n";
    if (!meeting.topics.empty())
        io.out << "  topics: " << meeting.topics << "\n";
    if (!meeting.notes.empty())
        io.out << "  notes: " << meeting.notes << "\n";
    for (const ActionItem& item : meeting.actionItems) {
        io.out << "  [" << (item.done ? 'x' : ' ') << "] " << item.text;
        std::string details;
        if (!item.ownerName.empty())
            details = item.ownerName + (item.ownerId.empty() ? " (left the compact)" : "");
        if (item.due) {
            details += (details.empty() ? "due " : ", due ") + formatIsoDate(*item.due);
            if (!item.done && *item.due < today)
                details += ", overdue";
        }
        if (!item.milestoneId.empty())
            details += (details.empty() ? "" : ", ") + std::string("now a milestone");
        if (!details.empty())
            io.out << " (" << details << ")";
        io.out << "  item " << shortId(item.id) << "\n";
    }
}

int runMeetings(const MeetingsOptions& options, const Io& io) {
    const Date today = options.today.empty() ? todayLocal() : dateOption("--today", options.today);
    const Workspace workspace = openForReading(options.file);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    const std::vector<Meeting> meetings = workspace.meetings(compact.id);
    io.out << compactLabel(compact) << "\n"
           << adherenceInWords(meetingAdherence(compact, meetings, today)) << "\n";
    for (const Meeting& meeting : meetings)
        printMeeting(meeting, today, io);
    return kExitOk;
}

// The action items as typed: each --owner and --due goes with the --action
// before it, at most one of each.
std::vector<ActionItem> actionItemsOf(const LogOptions& options, const Compact& compact) {
    std::vector<ActionItem> items;
    std::size_t action = 0;
    std::size_t owner = 0;
    std::size_t due = 0;
    std::vector<bool> hasOwner;
    std::vector<bool> hasDue;
    for (const CLI::Option* option : options.app->parse_order()) {
        const std::string name = option->get_name();
        if (name == "--action") {
            ActionItem& item = items.emplace_back();
            item.text = options.actions.at(action++);
            hasOwner.push_back(false);
            hasDue.push_back(false);
            continue;
        }
        if (name != "--owner" && name != "--due")
            continue;
        if (items.empty())
            throw UsageError(name + " must follow the --action it belongs to");
        const std::size_t last = items.size() - 1;
        if (name == "--owner") {
            if (hasOwner[last])
                throw UsageError("--owner given twice for the action \"" + items[last].text + "\"");
            hasOwner[last] = true;
            items[last].ownerId = personNamed(compact, options.owners.at(owner++), "--owner").id;
        } else {
            if (hasDue[last])
                throw UsageError("--due given twice for the action \"" + items[last].text + "\"");
            hasDue[last] = true;
            items[last].due = dateOption("--due", options.dues.at(due++));
        }
    }
    return items;
}

int runLogMeeting(const LogOptions& options, const Io& io) {
    Meeting meeting;
    meeting.date = dateOption("--date", options.date);
    Workspace workspace = openForEditing(options.file, io.err);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    for (const std::string& name : options.attendees)
        meeting.attendees.push_back({personNamed(compact, name, "--attendee").id, ""});
    meeting.topics = options.topics;
    meeting.notes = options.notes;
    meeting.actionItems = actionItemsOf(options, compact);
    const Date today = todayLocal();
    const Meeting stored = workspace.saveMeeting(compact.id, meeting, today);
    const auto items = stored.actionItems.size();
    io.out << "Logged the meeting of " << formatIsoDate(stored.date) << " (meeting "
           << shortId(stored.id) << ") in " << compactLabel(compact) << ": "
           << attendeesInWords(stored) << "; " << items
           << (items == 1 ? " action item" : " action items") << ".\n"
           << adherenceInWords(meetingAdherence(compact, workspace.meetings(compact.id), today))
           << "\n";
    return kExitOk;
}

struct ItemOptions {
    std::string file;
    std::string compactId;
    std::string item;
    bool open = false;
};

// The action item of the compact whose id starts with `prefix` (4
// characters or more, as `meetings` shows 8), with its meeting.
std::pair<Meeting, ActionItem> actionItemWithPrefix(const std::vector<Meeting>& meetings,
                                                    const std::string& prefix,
                                                    const Compact& compact) {
    if (prefix.size() < 4)
        throw UsageError("--item: give at least 4 characters of the action item's id, not \"" +
                         prefix + "\"");
    std::vector<std::pair<Meeting, ActionItem>> found;
    for (const Meeting& meeting : meetings)
        for (const ActionItem& item : meeting.actionItems)
            if (item.id.starts_with(prefix))
                found.emplace_back(meeting, item);
    if (found.empty())
        throw Error("--item: the compact " + compactLabel(compact) +
                    " has no action item whose id starts \"" + prefix +
                    "\": 'meetings' lists them");
    if (found.size() > 1)
        throw Error("--item: several action items' ids start \"" + prefix +
                    "\": give more characters");
    return found.front();
}

int runActionDone(const ItemOptions& options, const Io& io) {
    Workspace workspace = openForEditing(options.file, io.err);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    const auto [meeting, item] =
        actionItemWithPrefix(workspace.meetings(compact.id), options.item, compact);
    workspace.setActionItemDone(compact.id, item.id, !options.open);
    io.out << "The action item \"" << item.text << "\" of the meeting of "
           << formatIsoDate(meeting.date) << " is " << (options.open ? "open again" : "done")
           << ".\n";
    return kExitOk;
}

int runPromoteAction(const ItemOptions& options, const Io& io) {
    Workspace workspace = openForEditing(options.file, io.err);
    const Compact compact = workspace.loadCompact(workspace.resolveCompactId(options.compactId));
    const auto [meeting, item] =
        actionItemWithPrefix(workspace.meetings(compact.id), options.item, compact);
    const Milestone milestone = workspace.promoteActionItem(compact.id, item.id);
    io.out << "The action item \"" << item.text << "\" is now a planned milestone, due "
           << formatIsoDate(milestone.due) << ", " << item.ownerName << " responsible (milestone "
           << shortId(milestone.id) << ").\n";
    return kExitOk;
}

void addFileAndCompact(CLI::App& app, std::string& file, std::string& compactId) {
    app.add_option("FILE", file, "The workspace file (.compact)")->required()->type_name("");
    app.add_option("--compact", compactId, "The compact: its id or the id's first characters")
        ->required()
        ->type_name("ID");
}

} // namespace

void addMeetingCommands(CLI::App& parent, std::vector<Command>& commands) {
    auto list = std::make_shared<MeetingsOptions>();
    CLI::App* app = parent.add_subcommand(
        "meetings", "A compact's meeting log, newest first, and how it keeps to the plan");
    addFileAndCompact(*app, list->file, list->compactId);
    app->add_option("--today", list->today,
                    "Judge the last six months up to this day, YYYY-MM-DD (default: today)")
        ->type_name("DATE");
    app->footer("The first line after the compact says how the log keeps to the meeting plan:\n"
                "  agreed: every two weeks on Thursdays; held 9 of 13 in the last six months;\n"
                "  last meeting 23 days ago");
    commands.push_back({app, [list](const Io& io) {
                            return runMeetings(*list, io);
                        }});

    auto log = std::make_shared<LogOptions>();
    app = parent.add_subcommand("log-meeting", "Log a meeting of a compact that has been held");
    log->app = app;
    addFileAndCompact(*app, log->file, log->compactId);
    app->add_option("--date", log->date, "The day of the meeting, not after today")
        ->required()
        ->type_name("YYYY-MM-DD");
    app->add_option("--attendee", log->attendees,
                    "Someone who attended: their full name as the compact has it (repeat it)")
        ->allow_extra_args(false)
        ->type_name("NAME");
    app->add_option("--topics", log->topics, "What was discussed")->type_name("TEXT");
    app->add_option("--notes", log->notes, "Notes of the meeting")->type_name("TEXT");
    app->add_option("--action", log->actions, "An action item agreed (repeat it)")
        ->allow_extra_args(false)
        ->type_name("TEXT");
    app->add_option("--owner", log->owners, "Who sees to the --action before it")
        ->allow_extra_args(false)
        ->type_name("NAME");
    app->add_option("--due", log->dues, "When the --action before it is due")
        ->allow_extra_args(false)
        ->type_name("YYYY-MM-DD");
    app->footer(
        "Each --owner and --due belongs to the --action before it. Example:\n"
        "  mentoring-compact log-meeting lab.compact --compact 3f2a9c --date 2026-11-20 \\\n"
        "    --attendee \"Ada Lovelace\" --attendee \"Charles Babbage\" --topics \"Aims\" \\\n"
        "    --action \"Revise the aims page\" --owner \"Ada Lovelace\" --due 2026-12-04");
    commands.push_back({app, [log](const Io& io) {
                            return runLogMeeting(*log, io);
                        }});

    auto done = std::make_shared<ItemOptions>();
    app = parent.add_subcommand("action-done", "Mark an action item of a meeting done");
    addFileAndCompact(*app, done->file, done->compactId);
    app->add_option("--item", done->item,
                    "The action item: its id's first characters, as 'meetings' shows them")
        ->required()
        ->type_name("ID");
    app->add_flag("--open", done->open, "Mark it open again instead");
    commands.push_back({app, [done](const Io& io) {
                            return runActionDone(*done, io);
                        }});

    auto promote = std::make_shared<ItemOptions>();
    app = parent.add_subcommand("promote-action",
                                "Turn an action item into a milestone of the compact");
    addFileAndCompact(*app, promote->file, promote->compactId);
    app->add_option("--item", promote->item,
                    "The action item: its id's first characters, as 'meetings' shows them")
        ->required()
        ->type_name("ID");
    app->footer("The milestone takes the item's text as title, its owner as the person "
                "responsible\nand its due date; refused while the compact is signed and locked.");
    commands.push_back({app, [promote](const Io& io) {
                            return runPromoteAction(*promote, io);
                        }});
}

} // namespace mc::cli
