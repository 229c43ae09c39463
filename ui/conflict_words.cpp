#include "ui/conflict_words.h"

#include <QCoreApplication>
#include <map>
#include <optional>

namespace mc::ui {

namespace {

// The words of this file, in one translation context; each marked
// QT_TRANSLATE_NOOP("ConflictWords", ...) where it is written, for lupdate.
QString words(const char* text) {
    return QCoreApplication::translate("ConflictWords", text);
}

// What core calls each kind of thing in a conflict (core/merge_json.cpp).
std::optional<QString> kindInWords(const std::string& kind) {
    static const std::map<std::string, const char*> kinds = {
        {"person", QT_TRANSLATE_NOOP("ConflictWords", "person")},
        {"expectation", QT_TRANSLATE_NOOP("ConflictWords", "expectation")},
        {"goal", QT_TRANSLATE_NOOP("ConflictWords", "goal")},
        {"milestone", QT_TRANSLATE_NOOP("ConflictWords", "milestone")},
        {"meeting", QT_TRANSLATE_NOOP("ConflictWords", "meeting")}};
    const auto found = kinds.find(kind);
    if (found == kinds.end())
        return std::nullopt;
    return words(found->second);
}

// A field as its JSON key names it (docs/file-formats.md); a key not listed
// here is shown as it is.
QString fieldInWords(const std::string& key) {
    static const std::map<std::string, const char*> fields = {
        {"title", QT_TRANSLATE_NOOP("ConflictWords", "title")},
        {"program", QT_TRANSLATE_NOOP("ConflictWords", "program")},
        {"cohort", QT_TRANSLATE_NOOP("ConflictWords", "cohort")},
        {"start", QT_TRANSLATE_NOOP("ConflictWords", "start date")},
        {"end", QT_TRANSLATE_NOOP("ConflictWords", "end date")},
        {"status", QT_TRANSLATE_NOOP("ConflictWords", "status")},
        {"closing", QT_TRANSLATE_NOOP("ConflictWords", "closing")},
        {"template", QT_TRANSLATE_NOOP("ConflictWords", "template")},
        {"name", QT_TRANSLATE_NOOP("ConflictWords", "name")},
        {"role", QT_TRANSLATE_NOOP("ConflictWords", "role")},
        {"email", QT_TRANSLATE_NOOP("ConflictWords", "email")},
        {"department", QT_TRANSLATE_NOOP("ConflictWords", "department")},
        {"institution", QT_TRANSLATE_NOOP("ConflictWords", "institution")},
        {"responsibilities", QT_TRANSLATE_NOOP("ConflictWords", "responsibilities")},
        {"domain", QT_TRANSLATE_NOOP("ConflictWords", "domain")},
        {"topic", QT_TRANSLATE_NOOP("ConflictWords", "topic")},
        {"text", QT_TRANSLATE_NOOP("ConflictWords", "text")},
        {"direction", QT_TRANSLATE_NOOP("ConflictWords", "direction")},
        {"origin", QT_TRANSLATE_NOOP("ConflictWords", "origin")},
        {"state", QT_TRANSLATE_NOOP("ConflictWords", "state")},
        {"owner", QT_TRANSLATE_NOOP("ConflictWords", "owner")},
        {"horizon", QT_TRANSLATE_NOOP("ConflictWords", "horizon")},
        {"target", QT_TRANSLATE_NOOP("ConflictWords", "target date")},
        {"kind", QT_TRANSLATE_NOOP("ConflictWords", "kind")},
        {"responsible", QT_TRANSLATE_NOOP("ConflictWords", "responsible person")},
        {"due", QT_TRANSLATE_NOOP("ConflictWords", "due date")},
        {"done", QT_TRANSLATE_NOOP("ConflictWords", "date done")},
        {"goal", QT_TRANSLATE_NOOP("ConflictWords", "goal")},
        {"note", QT_TRANSLATE_NOOP("ConflictWords", "note")},
        {"outcomeNote", QT_TRANSLATE_NOOP("ConflictWords", "note on the outcome")},
        {"cadence", QT_TRANSLATE_NOOP("ConflictWords", "cadence")},
        {"weekday", QT_TRANSLATE_NOOP("ConflictWords", "weekday")},
        {"weekOfMonth", QT_TRANSLATE_NOOP("ConflictWords", "week of the month")},
        {"intervalDays", QT_TRANSLATE_NOOP("ConflictWords", "days between meetings")},
        {"durationMinutes", QT_TRANSLATE_NOOP("ConflictWords", "length in minutes")},
        {"channels", QT_TRANSLATE_NOOP("ConflictWords", "channels")},
        {"standingTopics", QT_TRANSLATE_NOOP("ConflictWords", "standing topics")},
        {"scholarPreparation", QT_TRANSLATE_NOOP("ConflictWords", "scholar's preparation")},
        {"date", QT_TRANSLATE_NOOP("ConflictWords", "date")},
        {"attendees", QT_TRANSLATE_NOOP("ConflictWords", "attendees")},
        {"topics", QT_TRANSLATE_NOOP("ConflictWords", "topics")},
        {"notes", QT_TRANSLATE_NOOP("ConflictWords", "notes")},
        {"actionItems", QT_TRANSLATE_NOOP("ConflictWords", "action items")},
        {"heldOn", QT_TRANSLATE_NOOP("ConflictWords", "held on")},
        {"summary", QT_TRANSLATE_NOOP("ConflictWords", "summary")}};
    const auto found = fields.find(key);
    return found == fields.end() ? QString::fromStdString(key) : words(found->second);
}

bool cut(std::string& text, const std::string& ending) {
    if (text.size() < ending.size() ||
        text.compare(text.size() - ending.size(), ending.size(), ending) != 0)
        return false;
    text.erase(text.size() - ending.size());
    return true;
}

bool cutStart(std::string& text, const std::string& start) {
    if (text.compare(0, start.size(), start) != 0)
        return false;
    text.erase(0, start.size());
    return true;
}

// The thing a conflict is about ('milestone "Submit the K99"', "version 2",
// "compact"), in words; nothing when it is not of a shape core writes.
std::optional<QString> thingInWords(const std::string& kind, std::string thing) {
    if (kind == "compact" && thing == "compact")
        return words(QT_TRANSLATE_NOOP("ConflictWords", "the compact"));
    if (kind == "meeting plan" && thing == "meeting plan")
        return words(QT_TRANSLATE_NOOP("ConflictWords", "the meeting plan"));
    if (kind == "version" && cutStart(thing, "version "))
        return words(QT_TRANSLATE_NOOP("ConflictWords", "version %1"))
            .arg(QString::fromStdString(thing));
    if (kind == "review" && cutStart(thing, "review of year "))
        return words(QT_TRANSLATE_NOOP("ConflictWords", "review of award year %1"))
            .arg(QString::fromStdString(thing));
    if (kind == "worksheet" && cutStart(thing, "worksheet of "))
        return words(QT_TRANSLATE_NOOP("ConflictWords", "worksheet of %1"))
            .arg(QString::fromStdString(thing));
    const std::optional<QString> kindWords = kindInWords(kind);
    if (kindWords && cutStart(thing, kind + " \"") && cut(thing, "\""))
        return words(QT_TRANSLATE_NOOP("ConflictWords", "%1 \"%2\""))
            .arg(*kindWords, QString::fromStdString(thing));
    return std::nullopt;
}

} // namespace

QString conflictWhat(const std::string& entityKind, const std::string& field,
                     const std::string& what) {
    std::string rest = what;
    const bool signedNote = cut(rest, " (signed: start an amendment to change it)");
    QString detail;
    if (cut(rest, ": signed text"))
        detail = words(QT_TRANSLATE_NOOP("ConflictWords", "signed text"));
    else if (cut(rest, ": signed in the other file, but the text here differs"))
        detail = words(QT_TRANSLATE_NOOP("ConflictWords",
                                         "signed in the other file, but the text here differs"));
    else if (field != "(added)" && cut(rest, ": " + field))
        detail = fieldInWords(field);
    const std::optional<QString> thing = thingInWords(entityKind, rest);
    if (!thing)
        return QString::fromStdString(what);
    QString phrase = detail.isEmpty()
                         ? *thing
                         : words(QT_TRANSLATE_NOOP("ConflictWords", "%1: %2")).arg(*thing, detail);
    if (signedNote)
        phrase = words(QT_TRANSLATE_NOOP("ConflictWords",
                                         "%1 (signed: start an amendment to change it)"))
                     .arg(phrase);
    return phrase;
}

} // namespace mc::ui
