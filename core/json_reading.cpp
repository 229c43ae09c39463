// The words core's JSON readers share in their problems (json_reading.h).

#include "core/json_reading.h"

#include <algorithm>

namespace mc::json_reading {

std::string cutShort(std::string_view text) {
    constexpr std::size_t kMax = 60;
    if (text.size() <= kMax)
        return std::string(text);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "...";
}

Text found(const nlohmann::json& value) {
    using Type = nlohmann::json::value_t;
    switch (value.type()) {
    case Type::null:
        return literal("null");
    case Type::boolean:
        return literal(value.get<bool>() ? "true" : "false");
    case Type::string:
        return text(MC_TR("core", "a string"));
    case Type::array:
        return text(MC_TR("core", "an array"));
    case Type::object:
        return text(MC_TR("core", "an object"));
    case Type::number_integer:
    case Type::number_unsigned:
    case Type::number_float:
        return text(MC_TR("core", "a number"));
    case Type::binary:
    case Type::discarded:
        break;
    }
    return text(MC_TR("core", "something else"));
}

Text lineAndColumn(std::string_view source, std::size_t offset) {
    offset = std::min(offset, source.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(source[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return text(MC_TR("core", "line %1, column %2"), line, column);
}

std::string parseErrorDetail(const std::string& what) {
    std::string detail = what;
    if (const auto pos = detail.find("syntax error"); pos != std::string::npos)
        detail = detail.substr(pos);
    else if (const auto colon = detail.find(": "); colon != std::string::npos)
        detail = detail.substr(colon + 2);
    else if (const auto bracket = detail.find("] "); bracket != std::string::npos)
        detail = detail.substr(bracket + 2);
    return detail;
}

Text messageOf(const Error& error) {
    return error.text().empty() ? literal(error.what()) : error.text();
}

} // namespace mc::json_reading
