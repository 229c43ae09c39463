#pragma once
// A message for a person, kept translatable although core has no Qt: an
// English template with numbered places %1..%99 and what fills them. core
// reads it in English (what() and Problem::message); the desktop program
// looks the template up in its translation (context "core") and fills the
// same places, each argument translated in turn when it is itself a Text.

#include <string>
#include <type_traits>
#include <vector>

// Marks an English template for lupdate (read as QT_TRANSLATE_NOOP, see
// ui/CMakeLists.txt). The context is always "core": the desktop looks the
// template up there. Expands to the text alone.
#define MC_TR(context, text) text

namespace mc {

struct Text {
    // A template marked with MC_TR; or, when `translatable` is false, a
    // value shown as it is (a name, a date, a number, a path).
    std::string source;
    std::vector<Text> args;
    bool translatable = true;
    // A closed vocabulary's label (core/enums.h labelText): which one
    // ("role") and the value's key; `source` is then the English label.
    std::string vocabulary;
    std::string key;

    bool empty() const { return source.empty(); }
    // The template with every place filled in one pass, so a '%1' inside a
    // value is not filled again.
    std::string english() const;

    bool operator==(const Text&) const = default;
};

// A value that is not translated: the user's text, an id, a number.
Text literal(std::string value);

namespace detail {
inline Text textArg(Text value) {
    return value;
}
inline Text textArg(std::string value) {
    return literal(std::move(value));
}
inline Text textArg(const char* value) {
    return literal(value);
}
template <typename N, typename = std::enable_if_t<std::is_arithmetic_v<N>>> Text textArg(N number) {
    return literal(std::to_string(number));
}
} // namespace detail

// text(MC_TR(context, template), value...): strings and
// numbers become literal values; a Text argument (a field's label, a
// reason) is translated with the rest.
template <typename... Args> Text text(const char* source, Args&&... args) {
    Text out;
    out.source = source;
    out.args = {detail::textArg(std::forward<Args>(args))...};
    return out;
}

// Fills %1..%99 of `pattern` with `args` in one pass; a place with no
// argument stays as written. The same rule the desktop uses on the
// translation.
std::string fillPlaces(const std::string& pattern, const std::vector<std::string>& args);

} // namespace mc
