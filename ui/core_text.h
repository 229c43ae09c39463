#pragma once
// core's messages in the user's language (issue 9). core writes each message
// as an English template marked MC_TR("core", ...) with its values
// (core/text.h); here the template is looked up in the "core" context of the
// translation and its places filled, the values as the user typed them.
// Messages core made from English alone are shown as they are.

#include "core/error.h"

#include <QString>
#include <exception>

namespace mc::ui {

QString coreText(const Text& text);
// The problem's message (without its field).
QString coreText(const Problem& problem);
// An mc::Error's message; a ValidationError's problems one a line, as
// describe() writes them ("field: message", warnings last); what() of any
// other exception.
QString coreText(const std::exception& error);

// Fills %1..%99 of `pattern` in one pass, so a "%1" inside a value stays as
// typed; a place with no value stays as written.
QString fillPlaces(const QString& pattern, const QStringList& values);

} // namespace mc::ui
