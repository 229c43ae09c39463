#include "core/error.h"

#include <algorithm>

namespace mc {

namespace {
// With problems, what() lists them and each keeps its own Text; with none,
// the fallback is a template so the desktop can translate it too.
Error firstLines(const std::vector<Problem>& problems) {
    return problems.empty() ? Error(text(MC_TR("core", "invalid data")))
                            : Error(describe(problems));
}
} // namespace

ValidationError::ValidationError(std::vector<Problem> problems)
    : Error(firstLines(problems)), problems_(std::move(problems)) {
}

std::string describe(const std::vector<Problem>& problems) {
    std::string out;
    for (Severity wanted : {Severity::Error, Severity::Warning}) {
        for (const auto& p : problems) {
            if (p.severity != wanted)
                continue;
            if (!out.empty())
                out += '\n';
            if (p.severity == Severity::Warning)
                out += "warning: ";
            out += p.field.empty() ? p.message : p.field + ": " + p.message;
        }
    }
    return out;
}

bool hasErrors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

} // namespace mc
