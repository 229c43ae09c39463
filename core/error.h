#pragma once
// Errors that core reports to its callers. Every message is written for a
// person to read ("the due date 2026-13-01 is not a date"): the command line
// shows the English; the desktop translates the Text it was made from.

#include "core/text.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace mc {

// A problem with what a user asked for or gave: a bad date, an unknown id,
// a file that is not ours. Nothing was changed when this is thrown.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    // what() is the English of `message`; text() keeps it translatable.
    explicit Error(Text message)
        : std::runtime_error(message.english()), text_(std::move(message)) {}
    // Empty when the error was made from English alone.
    const Text& text() const { return text_; }

private:
    Text text_;
};

enum class Severity { Error, Warning };

// One finding of a rule. `field` names where it is, as a path a person can
// follow ("milestones[3].due"); `message` says what is wrong in plain words,
// in English; `text` is the same message, translatable (empty when the
// problem was made from English alone).
struct Problem {
    Severity severity = Severity::Error;
    std::string field;
    std::string message;
    Text text;

    Problem() = default;
    Problem(Severity severityIn, std::string fieldIn, std::string messageIn)
        : severity(severityIn), field(std::move(fieldIn)), message(std::move(messageIn)) {}
    Problem(Severity severityIn, std::string fieldIn, Text textIn)
        : severity(severityIn), field(std::move(fieldIn)), message(textIn.english()),
          text(std::move(textIn)) {}

    // `text` is the same message kept translatable: the English decides.
    bool operator==(const Problem& other) const {
        return severity == other.severity && field == other.field && message == other.message;
    }
};

// Thrown when a rule that forbids something was broken. Carries every
// problem found, not only the first, so a user can fix them all at once.
class ValidationError : public Error {
public:
    explicit ValidationError(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<Problem> problems_;
};

// "field: message" lines, errors first, for messages and the command line.
std::string describe(const std::vector<Problem>& problems);
bool hasErrors(const std::vector<Problem>& problems);

} // namespace mc
