// The pure side of signing: drawings, typed names, snapshots read back and
// the checks of verify. The store's side is core/workspace_signing.cpp.

#include "core/signing.h"

#include "core/compact_diff.h"
#include "core/fingerprint.h"
#include "core/ids.h"

#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

namespace mc {

namespace {

using Json = nlohmann::json;

// Canonical text is lower-case-free of surprises: keys as fingerprint.cpp
// writes them. A missing key or a wrong type throws nlohmann's exception,
// which compactFromCanonical turns into one plain message.
std::string textAt(const Json& in, const char* key) {
    const Json& value = in.at(key);
    return value.is_null() ? std::string() : value.get<std::string>();
}

Date dateAt(const Json& in, const char* key) {
    const Json& value = in.at(key);
    return value.is_null() ? Date() : parseIsoDate(value.get<std::string>());
}

template <typename E> E enumAt(const Json& in, const char* key) {
    const std::string text = in.at(key).get<std::string>();
    if (const auto value = fromKey<E>(text))
        return *value;
    throw Error(mc::text(MC_TR("core", "unknown value \"%1\" of %2"), text, key));
}

// Why something could not be read: core's own message stays translatable.
Text reasonText(const std::exception& e) {
    const auto* error = dynamic_cast<const Error*>(&e);
    return error && !error->text().empty() ? error->text() : literal(e.what());
}

} // namespace

std::string_view versionStateKey(VersionState state) {
    return state == VersionState::Signed ? "signed" : "draft";
}

std::optional<VersionState> versionStateFromKey(std::string_view key) {
    if (key == "signed")
        return VersionState::Signed;
    if (key == "draft")
        return VersionState::Draft;
    return std::nullopt;
}

std::string drawingToJson(const Drawing& drawing) {
    Json out = Json::array();
    for (const Stroke& stroke : drawing) {
        Json points = Json::array();
        for (const DrawnPoint& point : stroke)
            points.push_back(Json::array({point.x, point.y}));
        out.push_back(std::move(points));
    }
    return out.dump();
}

Drawing drawingFromJson(const std::string& text) {
    if (text.empty())
        return {};
    Json in;
    try {
        in = Json::parse(text);
    } catch (const Json::exception&) {
        throw Error(mc::text(MC_TR("core", "the drawn signature is not JSON")));
    }
    const auto notStrokes = [] {
        return Error(mc::text(MC_TR("core", "the drawn signature must be a list of strokes, each a "
                                            "list of [x, y] points")));
    };
    if (!in.is_array())
        throw notStrokes();
    Drawing drawing;
    for (const Json& stroke : in) {
        if (!stroke.is_array())
            throw notStrokes();
        Stroke points;
        for (const Json& point : stroke) {
            if (!point.is_array() || point.size() != 2 || !point[0].is_number_integer() ||
                !point[1].is_number_integer())
                throw Error(
                    mc::text(MC_TR("core", "the drawn signature must be a list of strokes, "
                                           "each a list of [x, y] points (whole numbers)")));
            const auto x = point[0].get<std::int64_t>();
            const auto y = point[1].get<std::int64_t>();
            if (x < 0 || y < 0 || x > kDrawingBox || y > kDrawingBox)
                throw Error(mc::text(MC_TR("core", "the drawn signature has the point [%1, %2] "
                                                   "outside its 0 to 1000 box"),
                                     x, y));
            points.push_back({static_cast<int>(x), static_cast<int>(y)});
        }
        drawing.push_back(std::move(points));
    }
    return drawing;
}

bool requiredByDefault(Role role) {
    return role == Role::Scholar || isMentorRole(role);
}

bool canBeRequired(Role role) {
    return role != Role::ProgramDirector;
}

namespace {

// Lower-case ASCII, runs of white space as one space, none at the ends.
std::string normalName(const std::string& name) {
    std::string out;
    bool space = false;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isspace(byte)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(byte));
    }
    return out;
}

} // namespace

bool typedNameMatches(const std::string& typed, const std::string& name) {
    return !normalName(typed).empty() && normalName(typed) == normalName(name);
}

Compact compactFromCanonical(const std::string& content) {
    try {
        const Json in = Json::parse(content);
        Compact c;
        c.id = textAt(in, "id");
        c.title = textAt(in, "title");
        c.program = textAt(in, "program");
        c.cohort = textAt(in, "cohort");
        c.start = dateAt(in, "start");
        c.end = dateAt(in, "end");
        int position = 0;
        for (const Json& p : in.at("people")) {
            Person person;
            person.id = textAt(p, "id");
            person.role = enumAt<Role>(p, "role");
            person.name = textAt(p, "name");
            person.email = textAt(p, "email");
            person.department = textAt(p, "department");
            person.institution = textAt(p, "institution");
            person.responsibilities = textAt(p, "responsibilities");
            person.position = position++;
            c.people.push_back(std::move(person));
        }
        std::map<Domain, int> inDomain;
        for (const Json& e : in.at("expectations")) {
            Expectation expectation;
            expectation.id = textAt(e, "id");
            expectation.domain = enumAt<Domain>(e, "domain");
            expectation.topic = textAt(e, "topic");
            expectation.text = textAt(e, "text");
            expectation.direction = enumAt<Direction>(e, "direction");
            expectation.state = enumAt<ExpectationState>(e, "state");
            expectation.position = inDomain[expectation.domain]++;
            c.expectations.push_back(std::move(expectation));
        }
        position = 0;
        for (const Json& g : in.at("goals")) {
            Goal goal;
            goal.id = textAt(g, "id");
            goal.ownerId = textAt(g, "owner");
            goal.horizon = enumAt<Horizon>(g, "horizon");
            goal.text = textAt(g, "text");
            if (!g.at("target").is_null())
                goal.targetDate = dateAt(g, "target");
            goal.position = position++;
            c.goals.push_back(std::move(goal));
        }
        for (const Json& m : in.at("milestones")) {
            Milestone milestone;
            milestone.id = textAt(m, "id");
            milestone.title = textAt(m, "title");
            milestone.kind = enumAt<MilestoneKind>(m, "kind");
            milestone.responsibleId = textAt(m, "responsible");
            milestone.goalId = textAt(m, "goal");
            milestone.due = dateAt(m, "due");
            c.milestones.push_back(std::move(milestone));
        }
        const Json& plan = in.at("meetingPlan");
        c.meetingPlan.recurrence.cadence = enumAt<Cadence>(plan, "cadence");
        c.meetingPlan.recurrence.weekday = plan.at("weekday").get<int>();
        c.meetingPlan.recurrence.weekOfMonth = plan.at("weekOfMonth").get<int>();
        c.meetingPlan.recurrence.intervalDays = plan.at("intervalDays").get<int>();
        c.meetingPlan.durationMinutes = plan.at("durationMinutes").get<int>();
        c.meetingPlan.channels = textAt(plan, "channels");
        c.meetingPlan.standingTopics = textAt(plan, "standingTopics");
        c.meetingPlan.scholarPreparation = textAt(plan, "scholarPreparation");
        return c;
    } catch (const std::exception& e) {
        throw Error(text(MC_TR("core", "the signed text is damaged and cannot be read: %1"),
                         reasonText(e)));
    }
}

std::string compactLabel(const Compact& compact) {
    return "\"" + compact.title + "\" (" + compact.id.substr(0, 8) + ")";
}

namespace {

// The required signers of a signed version (its snapshot's people, with the
// choices made per person) who have no signature on it.
std::vector<std::string> missingRequiredSignatures(const CompactVersion& version,
                                                   const std::vector<SignerSetting>& settings) {
    std::vector<std::string> missing;
    Compact snapshot;
    try {
        snapshot = compactFromCanonical(version.content);
    } catch (const Error&) {
        return missing; // the text itself is reported as changed
    }
    for (const Person& person : snapshot.people) {
        bool required = requiredByDefault(person.role);
        for (const SignerSetting& setting : settings)
            if (setting.personId == person.id)
                required = setting.required && canBeRequired(person.role);
        const bool signedIt =
            std::any_of(version.signatures.begin(), version.signatures.end(),
                        [&](const Signature& s) { return s.personId == person.id; });
        if (required && !signedIt)
            missing.push_back(person.name);
    }
    return missing;
}

} // namespace

Signature makeSignature(const Person& person, const std::string& typedName, const Date& date,
                        const Drawing& drawing, std::string fingerprint) {
    Signature s;
    s.id = newUuid();
    s.personId = person.id;
    s.role = person.role;
    s.typedName = typedName;
    s.signedOn = date;
    s.drawing = drawing;
    s.fingerprint = std::move(fingerprint);
    s.created = utcTimestampNow();
    return s;
}

namespace {

// What changed since the version was signed, first change named: one whole
// sentence for one change, one more, or several more.
Text changedSinceSigned(const Compact& snapshot, const Compact& live) {
    const auto changes = diffCompacts(snapshot, live);
    if (changes.empty())
        return text(MC_TR("core", "the compact no longer matches what was signed since it was "
                                  "signed: the file was changed outside Mentoring Compact"));
    const Text first = changeText(changes.front());
    if (changes.size() == 1)
        return text(MC_TR("core", "%1 since it was signed: the file was changed outside "
                                  "Mentoring Compact"),
                    first);
    if (changes.size() == 2)
        return text(MC_TR("core", "%1 (and 1 more change) since it was signed: the file was "
                                  "changed outside Mentoring Compact"),
                    first);
    return text(MC_TR("core", "%1 (and %2 more changes) since it was signed: the file was "
                              "changed outside Mentoring Compact"),
                first, changes.size() - 1);
}

} // namespace

std::vector<Problem> verifySigning(const Compact& live, const SigningHistory& history) {
    std::vector<Problem> problems;
    const std::string label = compactLabel(live);
    const auto report = [&](int number, Text message) {
        problems.push_back(Problem(Severity::Error, label + " version " + std::to_string(number),
                                   std::move(message)));
    };
    const auto& versions = history.versions;
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const CompactVersion& v = versions[i];
        const bool latest = i + 1 == versions.size();
        if (v.number != static_cast<int>(i) + 1)
            report(v.number, text(MC_TR("core", "the versions are not numbered 1, 2, 3...: "
                                                "expected version %1 here"),
                                  i + 1));
        if (v.state == VersionState::Draft) {
            if (!v.content.empty() || !v.fingerprint.empty() || !v.signedAt.empty())
                report(v.number, text(MC_TR("core", "the version holds a signed text but is "
                                                    "marked draft: it was unlocked outside "
                                                    "Mentoring Compact")));
            if (!latest)
                report(v.number, text(MC_TR("core", "an earlier version is still a draft "
                                                    "although a later one exists: the file was "
                                                    "changed outside Mentoring Compact")));
            continue;
        }
        if (v.content.empty() || v.fingerprint.empty()) {
            report(v.number, text(MC_TR("core", "the version is signed but its signed text or "
                                                "fingerprint is missing")));
            continue;
        }
        std::string digest;
        try {
            digest = sha256Hex(v.content);
        } catch (const Error& e) {
            report(v.number, reasonText(e));
            continue;
        }
        if (digest != v.fingerprint)
            report(v.number, text(MC_TR("core", "the signed text no longer matches its "
                                                "fingerprint %1: it was changed outside "
                                                "Mentoring Compact"),
                                  v.fingerprint.substr(0, 12)));
        if (v.signatures.empty())
            report(v.number, text(MC_TR("core", "the version is signed but holds no signature")));
        for (const Signature& s : v.signatures)
            if (s.fingerprint != v.fingerprint)
                report(v.number, text(MC_TR("core", "the signature of %1 (%2) is for the text "
                                                    "%3, not the version's %4"),
                                      s.typedName, formatIsoDate(s.signedOn),
                                      s.fingerprint.substr(0, 12), v.fingerprint.substr(0, 12)));
        if (!latest || digest != v.fingerprint)
            continue;
        for (const std::string& name : missingRequiredSignatures(v, history.signers))
            report(v.number, text(MC_TR("core", "the version is locked but %1, who must sign, "
                                                "has no signature on it: a signature was "
                                                "removed outside Mentoring Compact"),
                                  name));
        if (canonicalCompact(live) == v.content)
            continue;
        // Name the first changed field: the snapshot against the live text.
        try {
            report(v.number, changedSinceSigned(compactFromCanonical(v.content), live));
        } catch (const Error& e) {
            report(v.number, text(MC_TR("core", "the compact no longer matches what was signed "
                                                "(%1) since it was signed: the file was changed "
                                                "outside Mentoring Compact"),
                                  reasonText(e)));
        }
    }
    return problems;
}

} // namespace mc
