#include "core/ids.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <cstdio>
#include <regex>

namespace mc {

std::string newUuid() {
    // One generator per thread: seeding it reads the system's entropy source.
    thread_local boost::uuids::random_generator generator;
    return boost::uuids::to_string(generator());
}

bool isUuid(std::string_view text) {
    static const std::regex pattern(
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    return std::regex_match(text.begin(), text.end(), pattern);
}

std::string utcTimestampNow() {
    using namespace boost::posix_time;
    const ptime now = microsec_clock::universal_time();
    const auto date = now.date();
    const auto time = now.time_of_day();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                  static_cast<int>(date.year()), static_cast<int>(date.month()),
                  static_cast<int>(date.day()), static_cast<int>(time.hours()),
                  static_cast<int>(time.minutes()), static_cast<int>(time.seconds()),
                  static_cast<int>(time.fractional_seconds() / 1000));
    return buffer;
}

bool isUtcTimestamp(std::string_view text) {
    static const std::regex pattern(
        R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)");
    return std::regex_match(text.begin(), text.end(), pattern);
}

} // namespace mc
