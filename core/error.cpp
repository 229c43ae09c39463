#include "core/error.h"

#include <algorithm>

namespace mc {

namespace {
std::string firstLines(const std::vector<Problem>& problems) {
    return problems.empty() ? std::string("invalid data") : describe(problems);
}
} // namespace

ValidationError::ValidationError(std::vector<Problem> problems)
    : Error(firstLines(problems)), problems_(std::move(problems)) {}

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
