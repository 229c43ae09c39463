// The meeting log in JSON: a compact's "meetings" written and read back.

#include "core/json_meetings.h"

#include "core/json_worksheets.h"
#include "core/meeting_log.h"

namespace mc {

namespace {

using Ordered = nlohmann::ordered_json;
using Json = nlohmann::json;

Ordered textOrNull(const std::string& text) {
    return text.empty() ? Ordered(nullptr) : Ordered(text);
}

Ordered actionItemJson(const ActionItem& item) {
    Ordered out = Ordered::object();
    out["id"] = item.id;
    out["created"] = item.created;
    out["updated"] = item.updated;
    out["text"] = item.text;
    out["owner"] = textOrNull(item.ownerId);
    out["ownerName"] = item.ownerName;
    out["due"] = item.due ? Ordered(formatIsoDate(*item.due)) : Ordered(nullptr);
    out["done"] = item.done;
    out["milestone"] = textOrNull(item.milestoneId);
    return out;
}

Ordered meetingJson(const Meeting& meeting) {
    Ordered out = Ordered::object();
    out["id"] = meeting.id;
    out["created"] = meeting.created;
    out["updated"] = meeting.updated;
    out["date"] = formatIsoDate(meeting.date);
    Ordered attendees = Ordered::array();
    for (const Attendee& attendee : meeting.attendees)
        attendees.push_back({{"person", textOrNull(attendee.personId)}, {"name", attendee.name}});
    out["attendees"] = std::move(attendees);
    out["topics"] = meeting.topics;
    out["notes"] = meeting.notes;
    Ordered items = Ordered::array();
    for (const ActionItem& item : meeting.actionItems)
        items.push_back(actionItemJson(item));
    out["actionItems"] = std::move(items);
    return out;
}

// The array `name` of the object at `path`, or nullptr (missing is fine).
const Json* arrayMember(WorksheetJsonReader& reader, const Json& object, const std::string& path,
                        std::string_view name) {
    const Json* value = reader.member(object, path, name, false);
    if (value != nullptr && !value->is_array()) {
        reader.wrongType(WorksheetJsonReader::join(path, name), mc::text(MC_TR("core", "an array")),
                         *value);
        return nullptr;
    }
    return value;
}

bool isObject(WorksheetJsonReader& reader, const Json& value, const std::string& path) {
    if (value.is_object())
        return true;
    reader.wrongType(path, mc::text(MC_TR("core", "an object")), value);
    return false;
}

OptionalDate date(WorksheetJsonReader& reader, const Json& object, const std::string& path,
                  std::string_view name, bool required) {
    const std::string written = reader.text(object, path, name, required);
    if (written.empty())
        return std::nullopt;
    try {
        return parseIsoDate(written);
    } catch (const Error& e) {
        reader.error(WorksheetJsonReader::join(path, name),
                     e.text().empty() ? literal(e.what()) : e.text());
        return std::nullopt;
    }
}

bool boolean(WorksheetJsonReader& reader, const Json& object, const std::string& path,
             std::string_view name) {
    const Json* value = reader.member(object, path, name, false);
    if (value == nullptr)
        return false;
    if (!value->is_boolean()) {
        reader.wrongType(WorksheetJsonReader::join(path, name),
                         mc::text(MC_TR("core", "true or false")), *value);
        return false;
    }
    return value->get<bool>();
}

ActionItem actionItem(WorksheetJsonReader& reader, const Json& in, const std::string& path,
                      int position) {
    ActionItem item;
    item.id = reader.text(in, path, "id", false);
    item.created = reader.stamp(in, path, "created");
    item.updated = reader.stamp(in, path, "updated");
    item.text = reader.text(in, path, "text", true);
    item.ownerId = reader.text(in, path, "owner", false);
    item.ownerName = reader.text(in, path, "ownerName", false);
    item.due = date(reader, in, path, "due", false);
    item.done = boolean(reader, in, path, "done");
    item.milestoneId = reader.text(in, path, "milestone", false);
    item.position = position;
    return item;
}

Meeting meeting(WorksheetJsonReader& reader, const Json& in, const std::string& path,
                const std::string& compactId) {
    Meeting out;
    out.compactId = compactId;
    out.id = reader.text(in, path, "id", false);
    out.created = reader.stamp(in, path, "created");
    out.updated = reader.stamp(in, path, "updated");
    if (const OptionalDate day = date(reader, in, path, "date", true))
        out.date = *day;
    if (const Json* attendees = arrayMember(reader, in, path, "attendees"))
        for (std::size_t i = 0; i < attendees->size(); ++i) {
            const std::string at = path + ".attendees[" + std::to_string(i) + "]";
            if (isObject(reader, (*attendees)[i], at))
                out.attendees.push_back({reader.text((*attendees)[i], at, "person", false),
                                         reader.text((*attendees)[i], at, "name", false)});
        }
    out.topics = reader.text(in, path, "topics", false);
    out.notes = reader.text(in, path, "notes", false);
    if (const Json* items = arrayMember(reader, in, path, "actionItems"))
        for (std::size_t i = 0; i < items->size(); ++i) {
            const std::string at = path + ".actionItems[" + std::to_string(i) + "]";
            if (isObject(reader, (*items)[i], at))
                out.actionItems.push_back(actionItem(reader, (*items)[i], at, static_cast<int>(i)));
        }
    return out;
}

} // namespace

void putMeetingsJson(Ordered& out, const Compact& compact, const std::vector<Meeting>& meetings) {
    Ordered list = Ordered::array();
    for (const Meeting& m : meetings)
        if (m.compactId == compact.id)
            list.push_back(meetingJson(m));
    if (!list.empty())
        out["meetings"] = std::move(list);
}

std::vector<Meeting> readMeetingsJson(const Json& in, const std::string& path,
                                      const Compact& compact, std::vector<Problem>& problems) {
    std::vector<Meeting> out;
    WorksheetJsonReader reader(problems);
    const Json* meetings = arrayMember(reader, in, path, "meetings");
    if (meetings == nullptr)
        return out;
    const Date noLimit(boost::gregorian::max_date_time);
    for (std::size_t i = 0; i < meetings->size(); ++i) {
        const std::string at = path + ".meetings[" + std::to_string(i) + "]";
        if (!isObject(reader, (*meetings)[i], at))
            continue;
        const std::size_t before = problems.size();
        Meeting m = meeting(reader, (*meetings)[i], at, compact.id);
        if (problems.size() == before) // the rules only once every field could be read
            for (Problem& problem : validateMeeting(m, compact, noLimit, formerNamesOf(m), at))
                problems.push_back(std::move(problem));
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace mc
