// The redline between two compacts: pure, no SQL. Values are compared as
// the canonical form has them (ids for references), and shown as people
// read them (names for references).

#include "core/compact_diff.h"

#include <algorithm>
#include <map>

namespace mc {

namespace {

struct Field {
    std::string key;
    std::string compare; // what decides whether it changed
    std::string shown;   // what a person reads
};

Field plain(std::string key, std::string value) {
    return {std::move(key), value, value};
}

template <typename E> Field keyed(std::string key, E value) {
    return {std::move(key), std::string(toKey(value)), std::string(toLabel(value))};
}

std::string dateText(const Date& date) {
    return date.is_special() ? std::string() : formatIsoDate(date);
}

std::string shorten(const std::string& text) {
    constexpr std::size_t kMax = 60;
    if (text.size() <= kMax)
        return text;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return text.substr(0, cut) + "...";
}

std::string personName(const Compact& compact, const std::string& id) {
    const Person* person = compact.findPerson(id);
    return person ? person->name : id;
}

std::string goalText(const Compact& compact, const std::string& id) {
    for (const Goal& goal : compact.goals)
        if (goal.id == id)
            return shorten(goal.text);
    return id;
}

std::vector<Field> fieldsOf(const Compact& c) {
    return {plain("title", c.title), plain("program", c.program), plain("cohort", c.cohort),
            plain("start", dateText(c.start)), plain("end", dateText(c.end))};
}

std::vector<Field> fieldsOf(const Person& p, const Compact&) {
    return {keyed("role", p.role),
            plain("name", p.name),
            plain("email", p.email),
            plain("department", p.department),
            plain("institution", p.institution),
            plain("responsibilities", p.responsibilities)};
}

std::vector<Field> fieldsOf(const Expectation& e, const Compact&) {
    return {keyed("domain", e.domain), plain("topic", e.topic), plain("text", e.text),
            keyed("direction", e.direction), keyed("state", e.state)};
}

std::vector<Field> fieldsOf(const Goal& g, const Compact& c) {
    return {{"owner", g.ownerId, personName(c, g.ownerId)},
            keyed("horizon", g.horizon),
            plain("text", g.text),
            plain("target", g.targetDate ? dateText(*g.targetDate) : std::string())};
}

std::vector<Field> fieldsOf(const Milestone& m, const Compact& c) {
    return {plain("title", m.title),
            keyed("kind", m.kind),
            {"responsible", m.responsibleId, personName(c, m.responsibleId)},
            {"goal", m.goalId, m.goalId.empty() ? std::string() : goalText(c, m.goalId)},
            plain("due", dateText(m.due))};
}

std::vector<Field> fieldsOf(const MeetingPlan& p) {
    return {keyed("cadence", p.recurrence.cadence),
            plain("weekday", std::to_string(p.recurrence.weekday)),
            plain("weekOfMonth", std::to_string(p.recurrence.weekOfMonth)),
            plain("intervalDays", std::to_string(p.recurrence.intervalDays)),
            plain("durationMinutes", std::to_string(p.durationMinutes)),
            plain("channels", p.channels),
            plain("standingTopics", p.standingTopics),
            plain("scholarPreparation", p.scholarPreparation)};
}

std::string labelOf(const Person& p) {
    return p.name;
}
std::string labelOf(const Expectation& e) {
    return shorten(e.text);
}
std::string labelOf(const Goal& g) {
    return shorten(g.text);
}
std::string labelOf(const Milestone& m) {
    return m.title;
}

void compareFields(std::vector<Change>& out, ChangePart part, const std::string& id,
                   const std::string& label, const std::vector<Field>& before,
                   const std::vector<Field>& after) {
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i)
        if (before[i].compare != after[i].compare)
            out.push_back({ChangeKind::Changed, part, id, before[i].key, before[i].shown,
                           after[i].shown, label});
}

std::size_t domainRank(Domain domain) {
    const auto entries = enumEntries<Domain>();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].value == domain)
            return i;
    return entries.size();
}

// Display order, as the canonical form has it.
template <typename T> std::vector<const T*> ordered(const std::vector<T>& items) {
    std::vector<const T*> out;
    for (const T& item : items)
        out.push_back(&item);
    if constexpr (std::is_same_v<T, Milestone>) {
        std::stable_sort(out.begin(), out.end(), [](const Milestone* a, const Milestone* b) {
            if (a->due != b->due)
                return a->due < b->due;
            return a->title != b->title ? a->title < b->title : a->id < b->id;
        });
    } else {
        std::stable_sort(out.begin(), out.end(),
                         [](const T* a, const T* b) { return a->position < b->position; });
        if constexpr (std::is_same_v<T, Expectation>)
            std::stable_sort(out.begin(), out.end(), [](const T* a, const T* b) {
                return domainRank(a->domain) < domainRank(b->domain);
            });
    }
    return out;
}

template <typename T>
void compareLists(std::vector<Change>& out, ChangePart part, const Compact& before,
                  const Compact& after, const std::vector<T>& oldItems,
                  const std::vector<T>& newItems) {
    const auto oldOrder = ordered(oldItems);
    const auto newOrder = ordered(newItems);
    std::map<std::string, const T*, std::less<>> newById;
    for (const T* item : newOrder)
        newById.emplace(item->id, item);
    std::map<std::string, const T*, std::less<>> oldById;
    for (const T* item : oldOrder)
        oldById.emplace(item->id, item);

    std::vector<std::string> oldCommon;
    for (const T* item : oldOrder) {
        const auto found = newById.find(item->id);
        if (found == newById.end()) {
            out.push_back(
                {ChangeKind::Removed, part, item->id, "", labelOf(*item), "", labelOf(*item)});
            continue;
        }
        oldCommon.push_back(item->id);
        compareFields(out, part, item->id, labelOf(*found->second), fieldsOf(*item, before),
                      fieldsOf(*found->second, after));
    }
    std::vector<std::string> newCommon;
    for (const T* item : newOrder) {
        if (oldById.contains(item->id)) {
            newCommon.push_back(item->id);
            continue;
        }
        out.push_back({ChangeKind::Added, part, item->id, "", "", labelOf(*item), labelOf(*item)});
    }
    // Milestones follow their dates; for the others the order is agreed too.
    if (!std::is_same_v<T, Milestone> && oldCommon != newCommon) {
        std::string was;
        std::string now;
        for (const auto& id : oldCommon)
            was += (was.empty() ? "" : "; ") + labelOf(*oldById[id]);
        for (const auto& id : newCommon)
            now += (now.empty() ? "" : "; ") + labelOf(*newById[id]);
        out.push_back({ChangeKind::Changed, part, "", "order", was, now, ""});
    }
}

} // namespace

std::vector<Change> diffCompacts(const Compact& before, const Compact& after) {
    std::vector<Change> out;
    compareFields(out, ChangePart::Compact, after.id, after.title, fieldsOf(before),
                  fieldsOf(after));
    compareLists(out, ChangePart::Person, before, after, before.people, after.people);
    compareLists(out, ChangePart::Expectation, before, after, before.expectations,
                 after.expectations);
    compareLists(out, ChangePart::Goal, before, after, before.goals, after.goals);
    compareLists(out, ChangePart::Milestone, before, after, before.milestones, after.milestones);
    compareFields(out, ChangePart::MeetingPlan, after.id, "meeting plan",
                  fieldsOf(before.meetingPlan), fieldsOf(after.meetingPlan));
    return out;
}

std::string_view changePartName(ChangePart part) {
    switch (part) {
    case ChangePart::Compact:
        return "compact";
    case ChangePart::Person:
        return "person";
    case ChangePart::Expectation:
        return "clause";
    case ChangePart::Goal:
        return "goal";
    case ChangePart::Milestone:
        return "milestone";
    case ChangePart::MeetingPlan:
        return "meeting plan";
    }
    return "part";
}

std::string fieldLabel(ChangePart part, const std::string& field) {
    static const std::map<std::string, std::string, std::less<>> kWords = {
        {"start", "start date"},
        {"end", "end date"},
        {"due", "due date"},
        {"target", "target date"},
        {"weekOfMonth", "week of the month"},
        {"intervalDays", "days between meetings"},
        {"durationMinutes", "length in minutes"},
        {"standingTopics", "standing topics"},
        {"scholarPreparation", "scholar's preparation"},
        {"responsible", "responsible person"}};
    if (field == "order")
        return std::string("order of the ") +
               (part == ChangePart::Person ? "people" : std::string(changePartName(part)) + "s");
    const auto found = kWords.find(field);
    return found != kWords.end() ? found->second : field;
}

namespace {

Text partWord(ChangePart part) {
    switch (part) {
    case ChangePart::Compact:
        return text(MC_TR("core", "compact"));
    case ChangePart::Person:
        return text(MC_TR("core", "person"));
    case ChangePart::Expectation:
        return text(MC_TR("core", "clause"));
    case ChangePart::Goal:
        return text(MC_TR("core", "goal"));
    case ChangePart::Milestone:
        return text(MC_TR("core", "milestone"));
    case ChangePart::MeetingPlan:
        return text(MC_TR("core", "meeting plan"));
    }
    return literal(std::string(changePartName(part)));
}

// fieldLabel's words, translatable; a field not named here keeps its key.
Text fieldWord(ChangePart part, const std::string& field) {
    static const std::map<std::string, const char*, std::less<>> kWords = {
        {"title", MC_TR("core", "title")},
        {"program", MC_TR("core", "program")},
        {"cohort", MC_TR("core", "cohort")},
        {"start", MC_TR("core", "start date")},
        {"end", MC_TR("core", "end date")},
        {"role", MC_TR("core", "role")},
        {"name", MC_TR("core", "name")},
        {"email", MC_TR("core", "email")},
        {"department", MC_TR("core", "department")},
        {"institution", MC_TR("core", "institution")},
        {"responsibilities", MC_TR("core", "responsibilities")},
        {"domain", MC_TR("core", "domain")},
        {"topic", MC_TR("core", "topic")},
        {"text", MC_TR("core", "text")},
        {"direction", MC_TR("core", "direction")},
        {"state", MC_TR("core", "state")},
        {"owner", MC_TR("core", "owner")},
        {"horizon", MC_TR("core", "horizon")},
        {"target", MC_TR("core", "target date")},
        {"kind", MC_TR("core", "kind")},
        {"responsible", MC_TR("core", "responsible person")},
        {"goal", MC_TR("core", "goal")},
        {"due", MC_TR("core", "due date")},
        {"cadence", MC_TR("core", "cadence")},
        {"weekday", MC_TR("core", "weekday")},
        {"weekOfMonth", MC_TR("core", "week of the month")},
        {"intervalDays", MC_TR("core", "days between meetings")},
        {"durationMinutes", MC_TR("core", "length in minutes")},
        {"channels", MC_TR("core", "channels")},
        {"standingTopics", MC_TR("core", "standing topics")},
        {"scholarPreparation", MC_TR("core", "scholar's preparation")}};
    const auto found = kWords.find(field);
    return found != kWords.end() ? text(found->second) : literal(fieldLabel(part, field));
}

Text orderChanged(ChangePart part) {
    switch (part) {
    case ChangePart::Person:
        return text(MC_TR("core", "the order of the people changed"));
    case ChangePart::Expectation:
        return text(MC_TR("core", "the order of the clauses changed"));
    case ChangePart::Goal:
        return text(MC_TR("core", "the order of the goals changed"));
    case ChangePart::Milestone:
        return text(MC_TR("core", "the order of the milestones changed"));
    default:
        return literal("the " + fieldLabel(part, "order") + " changed");
    }
}

} // namespace

Text changeText(const Change& change) {
    Text subject = partWord(change.part);
    if (change.part != ChangePart::MeetingPlan && !change.label.empty())
        subject = text(MC_TR("core", "%1 \"%2\""), subject, change.label);
    switch (change.kind) {
    case ChangeKind::Added:
        return text(MC_TR("core", "%1: added"), subject);
    case ChangeKind::Removed:
        return text(MC_TR("core", "%1: removed"), subject);
    case ChangeKind::Changed:
        break;
    }
    if (change.field == "order")
        return orderChanged(change.part);
    const auto quoted = [](const std::string& value) {
        return value.empty() ? text(MC_TR("core", "(empty)")) : literal("\"" + value + "\"");
    };
    return text(MC_TR("core", "%1: %2 changed from %3 to %4"), subject,
                fieldWord(change.part, change.field), quoted(change.before), quoted(change.after));
}

std::string describeChange(const Change& change) {
    return changeText(change).english();
}

} // namespace mc
