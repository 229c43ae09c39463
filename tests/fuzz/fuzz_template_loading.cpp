// libFuzzer's entry for mc::fuzz::templateLoading (fuzz_entries.h).
#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    mc::fuzz::templateLoading(data, size);
    return 0;
}
