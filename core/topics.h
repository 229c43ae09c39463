#pragma once
// The topics of the six expectation domains: the prompts that make a pair
// talk about what they would otherwise leave unsaid. Keys are stable (they
// are stored in expectations and templates); titles and prompts are text.

#include "core/enums.h"

#include <span>
#include <string_view>

namespace mc {

struct Topic {
    Domain domain;
    std::string_view key;    // "research.productivity"
    std::string_view title;  // "Productivity"
    std::string_view prompt; // the question the topic asks the pair
};

// Every built-in topic, grouped by domain in display order.
std::span<const Topic> allTopics();
// The topic with this key, or nullptr for a topic of the pair's own.
const Topic* findTopic(std::string_view key);

} // namespace mc
