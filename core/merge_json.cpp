// The merge of one compact on the JSON interchange form (merge_plan.h):
// the three-way rule per field, versions and signatures, meetings, reviews
// and worksheets. Signed content is never changed here: a change of it
// becomes a conflict that can only be flagged. No SQL.

#include "core/fingerprint.h"
#include "core/merge_plan.h"
#include "core/signing.h"

#include <algorithm>
#include <functional>
#include <set>

namespace mc {

namespace {

using Json = MergeJson;

// The parts of a compact merged as lists of entities with ids, with what
// one of each is called; the rest of the object is the compact's header.
struct PartList {
    const char* key;
    const char* kind;
    const char* labelField;
};
constexpr PartList kParts[] = {{"people", "person", "name"},
                               {"expectations", "expectation", "text"},
                               {"goals", "goal", "text"},
                               {"milestones", "milestone", "title"}};
// Keys of a compact object that are not header fields.
bool isCompactPartKey(const std::string& key) {
    return key == "people" || key == "expectations" || key == "goals" || key == "milestones" ||
           key == "meetingPlan" || key == "signers" || key == "versions" || key == "worksheets" ||
           key == "alignment" || key == "meetings" || key == "reviews";
}
bool isStamp(const std::string& key) {
    return key == "id" || key == "created" || key == "updated";
}
// A review's own signed state and what hangs off it, merged apart.
bool isReviewSigningKey(const std::string& key) {
    return key == "reflections" || key == "signatures" || key == "state" || key == "signedAt" ||
           key == "fingerprint" || key == "content";
}

std::string shortText(const std::string& text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax)
        return text;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return text.substr(0, cut) + "...";
}

std::string textOf(const Json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

std::string idOf(const Json& object) {
    return textOf(object, "id");
}

std::string dumped(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// One field changed from its value here, so it can be undone.
struct Applied {
    std::string kind; // "milestone"...
    std::string list; // "" for the header, "meetingPlan", or a part list's key
    std::string id;
    std::string field; // empty: the whole entity was added
    Json before;
    std::string what;
    std::string theirs;
};

struct Merger {
    const MergeBase& base;
    const FlaggedConflicts& flagged;
    const MergeOptions& options;
    CompactMerge& out;
    std::string label; // the compact's, for conflicts
    std::vector<Applied> applied;

    const std::string* baseOf(const std::string& id) const {
        const auto it = base.find(id);
        return it == base.end() ? nullptr : &it->second;
    }

    ConflictChoice choiceFor(const std::string& key) const {
        const auto it = options.choices.find(key);
        return it == options.choices.end() ? options.defaultChoice : it->second;
    }

    // Records a conflict, unless the same one is flagged and unsettled
    // already. Returns the choice to apply.
    ConflictChoice conflict(const std::string& kind, const std::string& entityId,
                            const std::string& what, const std::string& field, const Json& ours,
                            const Json& theirs, bool signedContent) {
        MergeConflict c;
        c.key = entityId + "." + field;
        c.compactId = out.compactId;
        c.compactLabel = label;
        c.entityKind = kind;
        c.entityId = entityId;
        c.what = what;
        c.field = field;
        c.ours = dumped(ours);
        c.theirs = dumped(theirs);
        c.signedContent = signedContent;
        if (flagged.count(flaggedKey(entityId, field, c.theirs)) != 0) {
            ++out.alreadyFlagged;
            return ConflictChoice::KeepOurs;
        }
        c.choice = choiceFor(c.key);
        if (signedContent && c.choice == ConflictChoice::TakeTheirs)
            c.choice = ConflictChoice::Flag;
        out.conflicts.push_back(c);
        return c.choice;
    }

    // The three-way rule on each field of one entity present on both sides;
    // `skip` names fields merged elsewhere. Changes `ours` in place.
    void entity(const std::string& kind, const std::string& list, const std::string& id,
                const std::string& what, Json& ours, const Json& theirs,
                const std::function<bool(const std::string&, const Json&)>& skip) {
        const std::string* baseText = baseOf(id);
        Json agreed;
        if (baseText != nullptr)
            agreed = Json::parse(*baseText, nullptr, false);
        bool changed = false;
        for (const auto& [key, theirValue] : theirs.items()) {
            if (isStamp(key) || skip(key, theirValue))
                continue;
            const Json ourValue = ours.contains(key) ? ours[key] : Json(nullptr);
            if (ourValue == theirValue)
                continue;
            const bool known = agreed.is_object() && agreed.contains(key);
            if (known && agreed[key] == theirValue)
                continue; // changed here only: ours stands
            const std::string field = what + ": " + key;
            if (known && agreed[key] == ourValue) {
                applied.push_back({kind, list, id, key, ourValue, field, dumped(theirValue)});
                out.changes.push_back(label + ": " + field + " taken from the other file");
                ours[key] = theirValue;
                changed = true;
                continue;
            }
            if (conflict(kind, id, field, key, ourValue, theirValue, false) ==
                ConflictChoice::TakeTheirs) {
                applied.push_back({kind, list, id, key, ourValue, field, dumped(theirValue)});
                ours[key] = theirValue;
                changed = true;
            }
        }
        if (changed && ours.contains("updated") && theirs.contains("updated") &&
            textOf(theirs, "updated") > textOf(ours, "updated"))
            ours["updated"] = theirs["updated"];
        out.base[id] = baseFields(theirs, skip);
    }

    static std::string
    baseFields(const Json& entity,
               const std::function<bool(const std::string&, const Json&)>& skip) {
        Json fields = Json::object();
        for (const auto& [key, value] : entity.items())
            if (!isStamp(key) && !skip(key, value))
                fields[key] = value;
        return dumped(fields);
    }

    // A list of entities with ids: new ones are added (unless deleted here
    // since the last merge), shared ones merged field by field.
    void entities(const std::string& list, const std::string& kind, const char* labelField,
                  Json& ours, const Json& theirs,
                  const std::function<bool(const std::string&, const Json&)>& skip) {
        if (!theirs.is_array())
            return;
        if (!ours.is_array())
            ours = Json::array();
        for (const Json& their : theirs) {
            const std::string id = idOf(their);
            const std::string what = kind + " \"" + shortText(textOf(their, labelField)) + "\"";
            auto here = std::find_if(ours.begin(), ours.end(),
                                     [&id](const Json& e) { return idOf(e) == id; });
            if (here != ours.end()) {
                entity(kind, list, id, what, *here, their, skip);
                continue;
            }
            if (baseOf(id) != nullptr)
                continue; // deleted here since the last merge: it stays deleted
            ours.push_back(their);
            applied.push_back({kind, list, id, "", Json(nullptr), what, dumped(their)});
            out.changes.push_back(label + ": " + what + " added");
            out.base[id] = baseFields(their, skip);
        }
    }
};

const auto kNoSkip = [](const std::string&, const Json&) {
    return false;
};
const auto kHeaderSkip = [](const std::string& key, const Json&) {
    return isCompactPartKey(key);
};
const auto kReviewSkip = [](const std::string& key, const Json&) {
    return isReviewSigningKey(key);
};

// Adds their signatures of people without one here; with `fingerprint`
// set, only those naming it. Returns how many.
int addSignatures(Json& ours, const Json& theirs, const std::string& fingerprint) {
    if (!theirs.is_array())
        return 0;
    if (!ours.is_array())
        ours = Json::array();
    int added = 0;
    for (const Json& s : theirs) {
        const std::string person = textOf(s, "person");
        const bool signedHere = std::any_of(
            ours.begin(), ours.end(), [&](const Json& o) { return textOf(o, "person") == person; });
        if (signedHere || (!fingerprint.empty() && textOf(s, "fingerprint") != fingerprint))
            continue;
        ours.push_back(s);
        ++added;
    }
    return added;
}

Json* findBy(Json& list, const char* key, const std::string& value) {
    if (!list.is_array())
        return nullptr;
    for (Json& item : list)
        if (textOf(item, key) == value)
            return &item;
    return nullptr;
}

// The compact parts alone (no history, log or reviews), read as parseJson
// reads them. Throws ValidationError when they break a rule.
Compact compactOnly(const Json& object) {
    Json parts = Json::object();
    for (const auto& [key, value] : object.items())
        if (key == "id" || key == "created" || key == "updated" || !isCompactPartKey(key) ||
            key == "people" || key == "expectations" || key == "goals" || key == "milestones" ||
            key == "meetingPlan")
            parts[key] = value;
    const JsonDocument doc = parseJson(documentText({}, {&parts}));
    return doc.compacts.front();
}

} // namespace

std::string flaggedKey(const std::string& entityId, const std::string& field,
                       const std::string& theirs) {
    return entityId + "|" + field + "|" + theirs;
}

std::string baseFields(const MergeJson& entity) {
    Json fields = Json::object();
    for (const auto& [key, value] : entity.items())
        if (!isStamp(key))
            fields[key] = value;
    return dumped(fields);
}

std::string documentText(const WorkspaceInfo& workspace,
                         const std::vector<const MergeJson*>& compacts) {
    Json root = Json::object();
    root["format"] = std::string(kJsonFormatName);
    root["formatVersion"] = kJsonFormatVersion;
    Json info = Json::object();
    info["id"] = workspace.id.empty() ? Json(nullptr) : Json(workspace.id);
    info["name"] = workspace.name.empty() ? std::string("merge") : workspace.name;
    root["workspace"] = std::move(info);
    Json list = Json::array();
    for (const MergeJson* compact : compacts)
        list.push_back(*compact);
    root["compacts"] = std::move(list);
    return dumped(root);
}

CompactMerge mergeCompactJson(const MergeJson* ours, const MergeJson& theirs, const MergeBase& base,
                              const FlaggedConflicts& flagged, const MergeOptions& options) {
    CompactMerge out;
    out.compactId = idOf(theirs);
    Merger m{base, flagged, options, out, {}, {}};
    if (ours == nullptr) {
        // New here: added whole, and what it says is the base from now on.
        out.added = true;
        out.changed = true;
        out.merged = theirs;
        out.changes.push_back("added compact \"" + textOf(theirs, "title") + "\"");
        out.base[out.compactId] = Merger::baseFields(theirs, kHeaderSkip);
        for (const PartList& part : kParts)
            if (theirs.contains(part.key))
                for (const Json& e : theirs[part.key])
                    out.base[idOf(e)] = baseFields(e);
        if (theirs.contains("meetingPlan"))
            out.base["meetingPlan:" + out.compactId] = baseFields(theirs["meetingPlan"]);
        if (theirs.contains("meetings"))
            for (const Json& e : theirs["meetings"])
                out.base[idOf(e)] = baseFields(e);
        if (theirs.contains("reviews"))
            for (const Json& e : theirs["reviews"])
                out.base[idOf(e)] = Merger::baseFields(e, kReviewSkip);
        return out;
    }
    Json oursClean = *ours;
    oursClean.erase("alignment"); // derived from the worksheets: not compared
    ours = &oursClean;
    Json merged = *ours;
    m.label = "\"" + textOf(theirs, "title") + "\" (" + out.compactId.substr(0, 8) + ")";

    // Versions first: they say whether the compact's text may change.
    const Json noList = Json::array();
    const Json& theirVersions = theirs.contains("versions") ? theirs["versions"] : noList;
    // Worked on apart and put back at the end: a reference into `merged`
    // would not survive keys added to it (ordered_json is a vector).
    Json versions = merged.contains("versions") ? merged["versions"] : Json::array();
    const Json versionsBefore = versions;
    int ourLatest = 0;
    for (const Json& v : versions)
        ourLatest = std::max(ourLatest, v.value("number", 0));
    bool tookTheirState = false;
    for (const Json& tv : theirVersions) {
        const int number = tv.value("number", 0);
        const std::string what = "version " + std::to_string(number);
        Json* ov = nullptr;
        for (Json& v : versions)
            if (v.value("number", 0) == number)
                ov = &v;
        if (ov == nullptr) {
            versions.push_back(tv);
            out.changes.push_back(m.label + ": " + what + " (" + textOf(tv, "state") +
                                  ") added with its signatures");
            tookTheirState = true;
            continue;
        }
        const bool ourSigned = textOf(*ov, "state") == "signed";
        const bool theirSigned = textOf(tv, "state") == "signed";
        if (ourSigned && theirSigned && textOf(*ov, "fingerprint") != textOf(tv, "fingerprint")) {
            m.conflict("version", idOf(*ov), what + ": signed text", "fingerprint",
                       (*ov)["fingerprint"], tv["fingerprint"], true);
            break; // their later versions build on a text that is not ours
        }
        if (!ourSigned && theirSigned) {
            // Signed there: the version's record comes over whole.
            const Json ourSignatures = (*ov)["signatures"];
            for (const char* key : {"state", "signedAt", "fingerprint", "content", "updated"})
                (*ov)[key] = tv[key];
            (*ov)["signatures"] = tv["signatures"];
            addSignatures((*ov)["signatures"], ourSignatures, textOf(tv, "fingerprint"));
            out.changes.push_back(m.label + ": " + what + " signed in the other file");
            tookTheirState = true;
            continue;
        }
        const std::string fingerprint = ourSigned ? textOf(*ov, "fingerprint") : std::string();
        if (const int n = addSignatures((*ov)["signatures"], tv["signatures"], fingerprint); n > 0)
            out.changes.push_back(m.label + ": " + what + ": " + std::to_string(n) +
                                  " signature(s) added");
    }
    if (theirs.contains("signers")) {
        if (!merged.contains("signers"))
            merged["signers"] = Json::array();
        for (const Json& s : theirs["signers"])
            if (findBy(merged["signers"], "person", textOf(s, "person")) == nullptr)
                merged["signers"].push_back(s);
    }
    const Json* latest = nullptr;
    for (const Json& v : versions)
        if (latest == nullptr || v.value("number", 0) > latest->value("number", 0))
            latest = &v;
    const bool lockedHere = latest != nullptr && textOf(*latest, "state") == "signed" &&
                            latest->value("number", 0) <= ourLatest && !tookTheirState;

    // The compact's own fields and parts.
    m.entity("compact", "", out.compactId, "compact", merged, theirs, kHeaderSkip);
    if (tookTheirState && theirs.contains("status"))
        merged["status"] = theirs["status"]; // signed or amended, as the versions now say
    for (const PartList& part : kParts)
        if (theirs.contains(part.key))
            m.entities(part.key, part.kind, part.labelField, merged[part.key], theirs[part.key],
                       kNoSkip);
    if (theirs.contains("meetingPlan") && merged.contains("meetingPlan"))
        m.entity("meeting plan", "meetingPlan", "meetingPlan:" + out.compactId, "meeting plan",
                 merged["meetingPlan"], theirs["meetingPlan"], kNoSkip);

    // A locked compact keeps its signed text: each change is tried alone,
    // and one that would change what was signed is undone and flagged.
    if (lockedHere && !m.applied.empty()) {
        const std::string signedText = canonicalCompact(compactOnly(*ours));
        const auto changesText = [&signedText](const Json& trial) {
            try {
                return canonicalCompact(compactOnly(trial)) != signedText;
            } catch (const Error&) {
                return true; // not even a valid compact
            }
        };
        const auto locate = [](Json& compact, const Applied& a) -> Json* {
            if (a.list.empty())
                return &compact;
            if (a.list == "meetingPlan")
                return &compact["meetingPlan"];
            return findBy(compact[a.list], "id", a.id);
        };
        // Progress only (the usual case): everything stays.
        if (changesText(merged)) {
            // Else each entity's changes are tried together (a milestone's
            // status and done date go together), on ours alone.
            std::set<std::pair<std::string, std::string>> entities;
            for (const Applied& a : m.applied)
                entities.insert({a.list, a.id});
            for (const auto& [list, id] : entities) {
                Json trial = *ours;
                for (const Applied& a : m.applied) {
                    if (a.list != list || a.id != id)
                        continue;
                    if (a.field.empty())
                        trial[a.list].push_back(Json::parse(a.theirs));
                    else if (Json* target = locate(trial, a); target != nullptr)
                        (*target)[a.field] = Json::parse(a.theirs);
                }
                if (!changesText(trial))
                    continue;
                // Undone in the merged compact and flagged, field by field.
                for (const Applied& a : m.applied) {
                    if (a.list != list || a.id != id)
                        continue;
                    if (a.field.empty()) {
                        Json& items = merged[a.list];
                        items.erase(std::remove_if(items.begin(), items.end(),
                                                   [&a](const Json& e) { return idOf(e) == a.id; }),
                                    items.end());
                    } else if (Json* undo = locate(merged, a); undo != nullptr) {
                        (*undo)[a.field] = a.before;
                    }
                    std::erase_if(out.conflicts, [&a](const MergeConflict& c) {
                        return c.entityId == a.id && c.field == a.field;
                    });
                    std::erase_if(out.changes, [&a](const std::string& line) {
                        return line.find(a.what) != std::string::npos;
                    });
                    m.conflict(a.kind, a.id, a.what + " (signed: start an amendment to change it)",
                               a.field.empty() ? "(added)" : a.field, a.before,
                               Json::parse(a.theirs), true);
                }
            }
        }
    }

    // A version signed in the other file whose text is not the one here
    // (this side changed the draft since) is not taken: ours stays a draft.
    if (tookTheirState && latest != nullptr && textOf(*latest, "state") == "signed") {
        bool same = false;
        try {
            same = canonicalCompact(compactOnly(merged)) == textOf(*latest, "content");
        } catch (const Error&) {
        }
        if (!same) {
            const Json theirLatest = *latest;
            versions = versionsBefore;
            merged["status"] = (*ours)["status"];
            std::erase_if(out.changes, [](const std::string& line) {
                return line.find(": version ") != std::string::npos;
            });
            m.conflict("version", idOf(theirLatest),
                       "version " + std::to_string(theirLatest.value("number", 0)) +
                           ": signed in the other file, but the text here differs",
                       "state", Json("draft"), theirLatest["state"], true);
        }
    }

    if (!versions.empty())
        merged["versions"] = std::move(versions);

    // The meeting log: new meetings added, changed ones merged whole by field.
    if (theirs.contains("meetings"))
        m.entities("meetings", "meeting", "date", merged["meetings"], theirs["meetings"], kNoSkip);

    // Reviews: a signed one is never edited; one signed there replaces a
    // draft here unchanged since the last merge; drafts merge by field.
    if (theirs.contains("reviews")) {
        if (!merged.contains("reviews"))
            merged["reviews"] = Json::array();
        for (const Json& tr : theirs["reviews"]) {
            const std::string id = idOf(tr);
            const std::string what = "review of year " + textOf(tr, "awardYear");
            Json* our = findBy(merged["reviews"], "id", id);
            if (our == nullptr)
                our = findBy(merged["reviews"], "awardYear", textOf(tr, "awardYear"));
            if (our == nullptr) {
                if (m.baseOf(id) != nullptr)
                    continue;
                merged["reviews"].push_back(tr);
                out.changes.push_back(m.label + ": " + what + " added");
                out.base[id] = Merger::baseFields(tr, kReviewSkip);
                continue;
            }
            const bool ourSigned = textOf(*our, "state") == "signed";
            const bool theirSigned = textOf(tr, "state") == "signed";
            if (ourSigned || theirSigned) {
                if (ourSigned && theirSigned &&
                    textOf(*our, "fingerprint") == textOf(tr, "fingerprint")) {
                    if (addSignatures((*our)["signatures"], tr["signatures"],
                                      textOf(*our, "fingerprint")) > 0)
                        out.changes.push_back(m.label + ": " + what + ": signatures added");
                    continue;
                }
                if (ourSigned && !theirSigned)
                    continue; // theirs is behind
                // Signed there, a draft here: taken whole when the draft here
                // is unchanged since the last merge, or says the same.
                const std::string oursNow = Merger::baseFields(*our, kReviewSkip);
                const std::string* agreed = m.baseOf(idOf(*our));
                if (!ourSigned && ((agreed != nullptr && *agreed == oursNow) ||
                                   oursNow == Merger::baseFields(tr, kReviewSkip))) {
                    *our = tr;
                    out.changes.push_back(m.label + ": " + what + " signed in the other file");
                    out.base[id] = Merger::baseFields(tr, kReviewSkip);
                    continue;
                }
                m.conflict("review", idOf(*our), what + ": signed text", "fingerprint",
                           (*our)["fingerprint"], tr["fingerprint"], true);
                continue;
            }
            m.entity("review", "reviews", idOf(*our), what, *our, tr, kReviewSkip);
            if (!(*our).contains("reflections"))
                (*our)["reflections"] = Json::array();
            for (const Json& r : tr.value("reflections", Json::array()))
                if (findBy((*our)["reflections"], "person", textOf(r, "person")) == nullptr) {
                    (*our)["reflections"].push_back(r);
                    out.changes.push_back(m.label + ": " + what + ": reflection of " +
                                          textOf(r, "name") + " added");
                }
            if (addSignatures((*our)["signatures"], tr["signatures"], {}) > 0)
                out.changes.push_back(m.label + ": " + what + ": signatures added");
        }
        if (merged["reviews"].empty())
            merged.erase("reviews");
    }

    // Submitted worksheets are final: one new here is added; one submitted
    // on both desks stays as it is here.
    if (theirs.contains("worksheets")) {
        if (!merged.contains("worksheets"))
            merged["worksheets"] = Json::array();
        for (const Json& tw : theirs["worksheets"]) {
            if (findBy(merged["worksheets"], "id", idOf(tw)) != nullptr)
                continue;
            if (findBy(merged["worksheets"], "person", textOf(tw, "person")) != nullptr) {
                m.conflict("worksheet", idOf(tw), "worksheet of " + textOf(tw, "person"),
                           "submitted", Json("submitted here"), tw["submitted"], true);
                continue;
            }
            merged["worksheets"].push_back(tw);
            out.changes.push_back(m.label + ": a submitted worksheet added");
        }
        merged.erase("alignment"); // derived: not read back
    }

    for (const char* key : {"signers", "worksheets", "meetings", "reviews"})
        if (merged.contains(key) && merged[key].empty() && !ours->contains(key))
            merged.erase(key);
    out.changed = merged != *ours;
    out.merged = std::move(merged);
    return out;
}

} // namespace mc
