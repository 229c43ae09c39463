#include "app/cli.h"

namespace mc::cli {
std::optional<int> run(int, const char* const*, std::ostream&, std::ostream&) { return {}; }
} // namespace mc::cli
