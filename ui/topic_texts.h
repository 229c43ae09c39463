#pragma once
// The built-in topics' titles and prompts (core/topics.cpp, English) in the
// user's language. Looked up by key; a topic core rewords shows core's
// English until this table follows (a test names any such topic).

#include "core/topics.h"

#include <QString>
#include <span>
#include <string_view>

namespace mc::ui {

class TopicTexts {
public:
    struct Entry {
        std::string_view key;
        const char* title;  // English, as in core
        const char* prompt; // English, as in core
    };
    static std::span<const Entry> entries();
    static QString title(const Topic& topic);
    static QString prompt(const Topic& topic);
    // The words shown for a topic with key `key` (a worksheet's or the
    // alignment's copy): translated when they are the catalogue's own,
    // else as given (a template's prompt, an own topic's title).
    static QString title(std::string_view key, std::string_view text);
    static QString prompt(std::string_view key, std::string_view text);
};

} // namespace mc::ui
