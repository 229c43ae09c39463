#pragma once
// Errors that core reports to its callers. Every message is written for a
// person to read ("the due date 2026-13-01 is not a date"), because the UI
// and the command line show it as it is.

#include <stdexcept>
#include <string>
#include <vector>

namespace mc {

// A problem with what a user asked for or gave: a bad date, an unknown id,
// a file that is not ours. Nothing was changed when this is thrown.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Severity { Error, Warning };

// One finding of a rule. `field` names where it is, as a path a person can
// follow ("milestones[3].due"); `message` says what is wrong in plain words.
struct Problem {
    Severity severity = Severity::Error;
    std::string field;
    std::string message;

    bool operator==(const Problem&) const = default;
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
