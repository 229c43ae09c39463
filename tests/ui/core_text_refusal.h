#pragma once
// For the tests of core's messages in the user's language: what core threw
// for an action, as the desktop shows it (coreText).

#include "ui/core_text.h"

#include <QString>
#include <exception>

namespace mc::test {

// The message `action` was refused with, in the installed language; a
// sentence no translation has when nothing was refused.
template <typename Action> QString refusal(Action action) {
    try {
        action();
    } catch (const std::exception& error) {
        return ui::coreText(error);
    }
    return QStringLiteral("(nothing was refused)");
}

} // namespace mc::test
