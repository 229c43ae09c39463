#pragma once
// The words core's JSON readers share in their problems (the interchange
// format in json_read.cpp, templates in template_read.cpp): a user's value
// cut short, what a value is, where in the text JSON broke. Internal to
// core; not part of its API.

#include "core/enums.h"
#include "core/error.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace mc::json_reading {

// A user's value inside a message (the template puts the quotes), cut
// short when long, never inside a UTF-8 sequence.
std::string cutShort(std::string_view text);

// What a value is, in words, for "expected ..., found ...": "a string";
// JSON's own words (null, true, false) stay as written.
Text found(const nlohmann::json& value);

// "line 3, column 7" (counted in characters, from 1) of a byte offset.
Text lineAndColumn(std::string_view text, std::size_t offset);

// The useful end of nlohmann's what() ("[json.exception.parse_error.101]
// parse error at line 1, column 5: syntax error while parsing ..."). It
// stays English: the words are the library's.
std::string parseErrorDetail(const std::string& what);

// The message of a core error, translatable when core made it so.
Text messageOf(const Error& error);

// The keys of a closed vocabulary, for "use one of: ...".
template <typename E> Text oneOf() {
    const std::string keys = allowedKeys<E>();
    return text(MC_TR("core", "one of: %1"), keys.substr(std::string("one of: ").size()));
}

} // namespace mc::json_reading
