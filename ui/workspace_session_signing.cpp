// The session's signing operations (issue 5). Each is final: core keeps
// every signature and every version, so nothing goes on the undo stack;
// the pages say so in their confirmations.

#include "ui/core_text.h"
#include "ui/workspace_session.h"

#include <exception>

namespace mc::ui {

QString WorkspaceSession::setSignerRequired(const std::string& compactId,
                                            const std::string& personId, bool required) {
    try {
        workspace_.setSignerRequired(compactId, personId, required);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, true);
    return {};
}

QString WorkspaceSession::sign(const std::string& compactId, const std::string& personId,
                               const std::string& typedName, const Date& date,
                               const Drawing& drawing, const Date& today, SignOutcome* outcome) {
    try {
        SignOutcome result = workspace_.sign(compactId, personId, typedName, date, drawing, today);
        if (outcome)
            *outcome = std::move(result);
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, true);
    return {};
}

QString WorkspaceSession::startAmendment(const std::string& compactId, int* number) {
    try {
        const int started = workspace_.startAmendment(compactId);
        if (number)
            *number = started;
    } catch (const std::exception& error) {
        return coreText(error);
    }
    announce(compactId, true);
    return {};
}

} // namespace mc::ui
