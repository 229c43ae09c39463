// Versions, signers and signatures in the JSON interchange format. Written
// in a fixed key order, and read back exactly (ids, stamps, the signed text
// byte for byte), so export -> import -> export gives the same bytes and
// the fingerprints still match.

#include "core/json_signing.h"

#include "core/dates.h"
#include "core/ids.h"

namespace mc {

namespace {

using Ordered = nlohmann::ordered_json;
using Json = nlohmann::json;

Ordered textOrNull(const std::string& text) {
    return text.empty() ? Ordered(nullptr) : Ordered(text);
}

Ordered drawingJson(const Drawing& drawing) {
    Ordered out = Ordered::array();
    for (const Stroke& stroke : drawing) {
        Ordered points = Ordered::array();
        for (const DrawnPoint& point : stroke)
            points.push_back(Ordered::array({point.x, point.y}));
        out.push_back(std::move(points));
    }
    return out;
}

Ordered signatureJson(const Signature& s) {
    Ordered out = Ordered::object();
    out["id"] = s.id;
    out["created"] = textOrNull(s.created);
    out["person"] = s.personId;
    out["role"] = std::string(toKey(s.role));
    out["typedName"] = s.typedName;
    out["signedOn"] = formatIsoDate(s.signedOn);
    out["drawing"] = drawingJson(s.drawing);
    out["fingerprint"] = s.fingerprint;
    return out;
}

Ordered versionJson(const CompactVersion& v) {
    Ordered out = Ordered::object();
    out["id"] = v.id;
    out["created"] = textOrNull(v.created);
    out["updated"] = textOrNull(v.updated);
    out["number"] = v.number;
    out["state"] = std::string(versionStateKey(v.state));
    out["signedAt"] = textOrNull(v.signedAt);
    out["fingerprint"] = textOrNull(v.fingerprint);
    out["content"] = textOrNull(v.content);
    Ordered signatures = Ordered::array();
    for (const Signature& s : v.signatures)
        signatures.push_back(signatureJson(s));
    out["signatures"] = std::move(signatures);
    return out;
}

// A small reader for these parts, in the words of json_read.cpp.
struct Reader {
    std::vector<Problem>& problems;

    void error(const std::string& field, Text message) {
        problems.push_back(Problem(Severity::Error, field, std::move(message)));
    }

    // A date's or a drawing's refusal, translatable as core wrote it.
    static Text reason(const Error& e) { return e.text().empty() ? literal(e.what()) : e.text(); }

    const Json* member(const Json& in, const std::string& path, const char* name, bool required) {
        const auto it = in.find(name);
        if (it == in.end() || it->is_null()) {
            if (required)
                error(path + "." + name, mc::text(MC_TR("core", "is required but missing")));
            return nullptr;
        }
        return &*it;
    }

    std::string text(const Json& in, const std::string& path, const char* name, bool required) {
        const Json* value = member(in, path, name, required);
        if (!value)
            return {};
        if (!value->is_string()) {
            error(path + "." + name, mc::text(MC_TR("core", "expected a string")));
            return {};
        }
        return value->get<std::string>();
    }

    std::string id(const Json& in, const std::string& path, const char* name) {
        std::string value = text(in, path, name, true);
        if (!value.empty() && !isUuid(value))
            error(path + "." + name,
                  mc::text(MC_TR("core", "\"%1\" is not an id (a UUID)"), value));
        return value;
    }

    std::string stamp(const Json& in, const std::string& path, const char* name) {
        std::string value = text(in, path, name, false);
        if (!value.empty() && !isUtcTimestamp(value))
            error(path + "." + name, mc::text(MC_TR("core", "\"%1\" is not a UTC timestamp such as "
                                                            "2026-11-23T15:24:00.123Z"),
                                              value));
        return value;
    }

    const Json* list(const Json& in, const std::string& path, const char* name) {
        const Json* value = member(in, path, name, false);
        if (value && !value->is_array()) {
            error(path + "." + name, mc::text(MC_TR("core", "expected an array")));
            return nullptr;
        }
        return value;
    }

    Signature signature(const Json& in, const std::string& path) {
        Signature s;
        s.id = id(in, path, "id");
        s.created = stamp(in, path, "created");
        s.personId = id(in, path, "person");
        const std::string role = text(in, path, "role", true);
        if (const auto value = fromKey<Role>(role))
            s.role = *value;
        else if (!role.empty())
            error(path + ".role", mc::text(MC_TR("core", "unknown role \"%1\": use %2"), role,
                                           allowedKeys<Role>()));
        s.typedName = text(in, path, "typedName", true);
        const std::string on = text(in, path, "signedOn", true);
        try {
            if (!on.empty())
                s.signedOn = parseIsoDate(on);
        } catch (const Error& e) {
            error(path + ".signedOn", reason(e));
        }
        if (const Json* drawing = member(in, path, "drawing", false)) {
            try {
                s.drawing = drawingFromJson(drawing->dump());
            } catch (const Error& e) {
                error(path + ".drawing", reason(e));
            }
        }
        s.fingerprint = text(in, path, "fingerprint", true);
        return s;
    }

    CompactVersion version(const Json& in, const std::string& path) {
        CompactVersion v;
        v.id = id(in, path, "id");
        v.created = stamp(in, path, "created");
        v.updated = stamp(in, path, "updated");
        if (const Json* number = member(in, path, "number", true)) {
            if (number->is_number_integer() && number->get<std::int64_t>() >= 1 &&
                number->get<std::int64_t>() <= 1'000'000)
                v.number = number->get<int>();
            else
                error(path + ".number",
                      mc::text(MC_TR("core", "expected a version number: 1, 2, 3...")));
        }
        const std::string state = text(in, path, "state", true);
        if (const auto value = versionStateFromKey(state))
            v.state = *value;
        else if (!state.empty())
            error(
                path + ".state",
                mc::text(MC_TR("core", "unknown state \"%1\": use one of: draft, signed"), state));
        v.signedAt = stamp(in, path, "signedAt");
        v.fingerprint = text(in, path, "fingerprint", false);
        v.content = text(in, path, "content", false);
        if (const Json* signatures = list(in, path, "signatures"))
            for (std::size_t i = 0; i < signatures->size(); ++i) {
                const std::string at = path + ".signatures[" + std::to_string(i) + "]";
                if ((*signatures)[i].is_object())
                    v.signatures.push_back(signature((*signatures)[i], at));
                else
                    error(at, mc::text(MC_TR("core", "expected an object")));
            }
        return v;
    }
};

} // namespace

void putSigningJson(nlohmann::ordered_json& compact, const std::vector<SigningHistory>& histories) {
    if (histories.empty() || !compact.contains("id") || !compact["id"].is_string())
        return;
    const std::string id = compact["id"].get<std::string>();
    for (const SigningHistory& history : histories) {
        if (history.compactId != id)
            continue;
        Ordered signers = Ordered::array();
        for (const SignerSetting& setting : history.signers)
            signers.push_back({{"person", setting.personId}, {"required", setting.required}});
        compact["signers"] = std::move(signers);
        Ordered versions = Ordered::array();
        for (const CompactVersion& v : history.versions)
            versions.push_back(versionJson(v));
        compact["versions"] = std::move(versions);
        return;
    }
}

SigningHistory readSigningJson(const nlohmann::json& in, const std::string& path,
                               const Compact& compact, std::vector<Problem>& problems) {
    SigningHistory history;
    history.compactId = compact.id;
    const std::size_t firstProblem = problems.size();
    Reader reader{problems};
    if (const Json* signers = reader.list(in, path, "signers"))
        for (std::size_t i = 0; i < signers->size(); ++i) {
            const std::string at = path + ".signers[" + std::to_string(i) + "]";
            const Json& item = (*signers)[i];
            if (!item.is_object()) {
                reader.error(at, text(MC_TR("core", "expected an object")));
                continue;
            }
            SignerSetting setting;
            setting.personId = reader.id(item, at, "person");
            const Json* required = reader.member(item, at, "required", true);
            if (required && !required->is_boolean())
                reader.error(at + ".required", text(MC_TR("core", "expected true or false")));
            setting.required = required && required->is_boolean() && required->get<bool>();
            if (!setting.personId.empty() && compact.findPerson(setting.personId) == nullptr)
                reader.error(at + ".person",
                             text(MC_TR("core", "\"%1\" is not one of this compact's people"),
                                  setting.personId));
            history.signers.push_back(std::move(setting));
        }
    if (const Json* versions = reader.list(in, path, "versions"))
        for (std::size_t i = 0; i < versions->size(); ++i) {
            const std::string at = path + ".versions[" + std::to_string(i) + "]";
            if ((*versions)[i].is_object())
                history.versions.push_back(reader.version((*versions)[i], at));
            else
                reader.error(at, text(MC_TR("core", "expected an object")));
        }
    if (problems.size() == firstProblem)
        for (const Problem& problem : verifySigning(compact, history))
            problems.push_back(
                Problem(problem.severity, path + ".versions",
                        text(MC_TR("core", "%1: %2"), problem.field,
                             problem.text.empty() ? literal(problem.message) : problem.text)));
    return history;
}

nlohmann::ordered_json signatureToJson(const Signature& signature) {
    return signatureJson(signature);
}

Signature readSignatureJson(const nlohmann::json& in, const std::string& path,
                            std::vector<Problem>& problems) {
    Reader reader{problems};
    return reader.signature(in, path);
}

} // namespace mc
