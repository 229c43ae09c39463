// libFuzzer's entry for mc::fuzz::jsonImport (fuzz_entries.h).
#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    mc::fuzz::jsonImport(data, size);
    return 0;
}
