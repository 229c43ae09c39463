#include "core/text.h"

namespace mc {

Text literal(std::string value) {
    Text out;
    out.source = std::move(value);
    out.translatable = false;
    return out;
}

std::string Text::english() const {
    if (!translatable)
        return source;
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const Text& arg : args)
        filled.push_back(arg.english());
    return fillPlaces(source, filled);
}

std::string fillPlaces(const std::string& pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c != '%' || i + 1 >= pattern.size() || pattern[i + 1] < '0' || pattern[i + 1] > '9') {
            out += c;
            ++i;
            continue;
        }
        // Up to two digits, as QString::arg reads them.
        std::size_t number = static_cast<std::size_t>(pattern[i + 1] - '0');
        std::size_t length = 2;
        if (i + 2 < pattern.size() && pattern[i + 2] >= '0' && pattern[i + 2] <= '9') {
            number = number * 10 + static_cast<std::size_t>(pattern[i + 2] - '0');
            length = 3;
        }
        if (number >= 1 && number <= args.size())
            out += args[number - 1];
        else
            out.append(pattern, i, length);
        i += length;
    }
    return out;
}

} // namespace mc
