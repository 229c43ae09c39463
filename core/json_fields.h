#pragma once
// Small conversions every JSON writer of core shares (the interchange
// format and the canonical forms): an empty text or an unset date is null.

#include "core/dates.h"
#include "core/enums.h"

#include <nlohmann/json.hpp>
#include <string>

namespace mc::json_fields {

inline nlohmann::json textOrNull(const std::string& text) {
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

inline nlohmann::json dateOrNull(const Date& date) {
    return date.is_special() ? nlohmann::json(nullptr) : nlohmann::json(formatIsoDate(date));
}

inline nlohmann::json dateOrNull(const OptionalDate& date) {
    return date ? dateOrNull(*date) : nlohmann::json(nullptr);
}

template <typename E> nlohmann::json key(E value) {
    return nlohmann::json(std::string(toKey(value)));
}

} // namespace mc::json_fields
