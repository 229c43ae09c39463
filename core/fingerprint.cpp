// The canonical form and its SHA-256 (docs/file-formats.md, "Fingerprint").
// nlohmann::json (not ordered_json) keeps object keys sorted, which is what
// makes the form canonical; arrays keep display order.

#include "core/fingerprint.h"

#include "core/error.h"

#include <algorithm>
#include <array>
#include <dlfcn.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/opensslv.h>

namespace mc {

namespace {

using Json = nlohmann::json; // std::map underneath: keys sorted by bytes

Json textOrNull(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json dateOrNull(const Date& date) {
    return date.is_special() ? Json(nullptr) : Json(formatIsoDate(date));
}

Json dateOrNull(const OptionalDate& date) {
    return date ? dateOrNull(*date) : Json(nullptr);
}

template <typename E> Json key(E value) {
    return Json(std::string(toKey(value)));
}

std::size_t domainRank(Domain domain) {
    const auto entries = enumEntries<Domain>();
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].value == domain)
            return i;
    return entries.size();
}

template <typename T> std::vector<const T*> byPosition(const std::vector<T>& items) {
    std::vector<const T*> sorted;
    sorted.reserve(items.size());
    for (const auto& item : items)
        sorted.push_back(&item);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const T* a, const T* b) { return a->position < b->position; });
    return sorted;
}

Json people(const Compact& compact) {
    Json out = Json::array();
    for (const Person* person : byPosition(compact.people))
        out.push_back({{"id", textOrNull(person->id)},
                       {"role", key(person->role)},
                       {"name", person->name},
                       {"email", person->email},
                       {"department", person->department},
                       {"institution", person->institution},
                       {"responsibilities", person->responsibilities}});
    return out;
}

Json expectations(const Compact& compact) {
    auto sorted = byPosition(compact.expectations);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Expectation* a, const Expectation* b) {
        return domainRank(a->domain) < domainRank(b->domain);
    });
    Json out = Json::array();
    for (const Expectation* e : sorted)
        out.push_back({{"id", textOrNull(e->id)},
                       {"domain", key(e->domain)},
                       {"topic", e->topic},
                       {"text", e->text},
                       {"direction", key(e->direction)},
                       {"state", key(e->state)}});
    return out;
}

Json goals(const Compact& compact) {
    Json out = Json::array();
    for (const Goal* goal : byPosition(compact.goals))
        out.push_back({{"id", textOrNull(goal->id)},
                       {"owner", textOrNull(goal->ownerId)},
                       {"horizon", key(goal->horizon)},
                       {"text", goal->text},
                       {"target", dateOrNull(goal->targetDate)}});
    return out;
}

// Milestones have no position: the store orders them by due date, title and
// id, and so does the canonical form, whatever order the Compact holds.
Json milestones(const Compact& compact) {
    std::vector<const Milestone*> sorted;
    for (const auto& milestone : compact.milestones)
        sorted.push_back(&milestone);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Milestone* a, const Milestone* b) {
        const bool aSet = !a->due.is_special();
        const bool bSet = !b->due.is_special();
        if (aSet != bSet)
            return bSet; // undated ones first, as NULL sorts first in SQLite
        if (aSet && a->due != b->due)
            return a->due < b->due;
        if (a->title != b->title)
            return a->title < b->title;
        return a->id < b->id;
    });
    Json out = Json::array();
    for (const Milestone* m : sorted)
        out.push_back({{"id", textOrNull(m->id)},
                       {"title", m->title},
                       {"kind", key(m->kind)},
                       {"responsible", textOrNull(m->responsibleId)},
                       {"goal", textOrNull(m->goalId)},
                       {"due", dateOrNull(m->due)}});
    return out;
}

Json meetingPlan(const MeetingPlan& plan) {
    return {{"cadence", key(plan.recurrence.cadence)},
            {"weekday", plan.recurrence.weekday},
            {"weekOfMonth", plan.recurrence.weekOfMonth},
            {"intervalDays", plan.recurrence.intervalDays},
            {"durationMinutes", plan.durationMinutes},
            {"channels", plan.channels},
            {"standingTopics", plan.standingTopics},
            {"scholarPreparation", plan.scholarPreparation}};
}

// OpenSSL's libcrypto, opened the first time a digest is needed rather
// than linked: loading and relocating it (4.5 MB, 21,000 relocations) cost
// every mentoring-compact process 3-4 ms, a tenth of `--version`, and
// most commands never hash (docs/performance.md). The headers still give
// each function's type.
static_assert(OPENSSL_VERSION_MAJOR == 3, "libcrypto.so.3 is OpenSSL 3's library");
constexpr char kLibCrypto[] = "libcrypto.so.3";

struct LibCrypto {
    std::string error; // empty when every function below was found
    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
    decltype(&EVP_DigestInit_ex) init = nullptr;
    decltype(&EVP_DigestUpdate) update = nullptr;
    decltype(&EVP_DigestFinal_ex) finish = nullptr;
};

template <typename Function> bool find(void* library, const char* name, Function& function) {
    function = reinterpret_cast<Function>(::dlsym(library, name));
    return function != nullptr;
}

// Opened once per process, by whichever thread asks first; never closed.
const LibCrypto& libCrypto() {
    static const LibCrypto loaded = [] {
        LibCrypto crypto;
        void* library = ::dlopen(kLibCrypto, RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            const char* why = ::dlerror();
            crypto.error = why ? why : kLibCrypto;
            return crypto;
        }
        if (!find(library, "EVP_MD_CTX_new", crypto.newContext) ||
            !find(library, "EVP_MD_CTX_free", crypto.freeContext) ||
            !find(library, "EVP_sha256", crypto.sha256) ||
            !find(library, "EVP_DigestInit_ex", crypto.init) ||
            !find(library, "EVP_DigestUpdate", crypto.update) ||
            !find(library, "EVP_DigestFinal_ex", crypto.finish))
            crypto.error = std::string(kLibCrypto) + " lacks a digest function";
        return crypto;
    }();
    return loaded;
}

} // namespace

std::string canonicalCompact(const Compact& compact) {
    Json root = Json::object();
    root["fingerprintVersion"] = kFingerprintVersion;
    root["id"] = textOrNull(compact.id);
    root["title"] = compact.title;
    root["program"] = compact.program;
    root["cohort"] = compact.cohort;
    root["start"] = dateOrNull(compact.start);
    root["end"] = dateOrNull(compact.end);
    root["people"] = people(compact);
    root["expectations"] = expectations(compact);
    root["goals"] = goals(compact);
    root["milestones"] = milestones(compact);
    root["meetingPlan"] = meetingPlan(compact.meetingPlan);
    // No indentation, no spaces; text as UTF-8; bad UTF-8 as U+FFFD, as
    // the JSON export writes it, so the export recomputes the same digest.
    return root.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string sha256Hex(std::string_view bytes) {
    const LibCrypto& crypto = libCrypto();
    if (!crypto.error.empty())
        throw Error(text(MC_TR("core", "cannot compute a SHA-256 digest: OpenSSL's libcrypto "
                                       "could not be loaded (%1)"),
                         crypto.error));
    std::unique_ptr<EVP_MD_CTX, decltype(crypto.freeContext)> context(crypto.newContext(),
                                                                      crypto.freeContext);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (!context || crypto.init(context.get(), crypto.sha256(), nullptr) != 1 ||
        crypto.update(context.get(), bytes.data(), bytes.size()) != 1 ||
        crypto.finish(context.get(), digest.data(), &length) != 1)
        throw Error(
            text(MC_TR("core", "cannot compute a SHA-256 digest: OpenSSL's libcrypto failed")));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(std::size_t{length} * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0f];
    }
    return out;
}

std::string fingerprint(const Compact& compact) {
    return sha256Hex(canonicalCompact(compact));
}

std::string shortFingerprint(const Compact& compact) {
    return fingerprint(compact).substr(0, kShortFingerprintLength);
}

} // namespace mc
