#include "core/ids.h"

#include <boost/date_time/posix_time/posix_time.hpp>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <cstdio>

namespace mc {

std::string newUuid() {
    // One generator per thread: seeding it reads the system's entropy source.
    thread_local boost::uuids::random_generator generator;
    return boost::uuids::to_string(generator());
}

namespace {
// True when `text` has exactly the shape of `pattern`, where '9' stands for
// a decimal digit, 'f' for a lower-case hex digit and anything else for
// itself. A loop rather than std::regex: these checks run for every row of
// an import, and std::regex is some fifteen times slower here.
bool matchesShape(std::string_view text, std::string_view pattern) {
    if (text.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool digit = c >= '0' && c <= '9';
        switch (pattern[i]) {
        case '9':
            if (!digit)
                return false;
            break;
        case 'f':
            if (!digit && !(c >= 'a' && c <= 'f'))
                return false;
            break;
        default:
            if (c != pattern[i])
                return false;
        }
    }
    return true;
}
} // namespace

bool isUuid(std::string_view text) {
    return matchesShape(text, "ffffffff-ffff-ffff-ffff-ffffffffffff");
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
    return matchesShape(text, "9999-99-99T99:99:99.999Z");
}

} // namespace mc
