#pragma once
// The fuzzed entry points (issue 8), one per kind of hostile input. Each
// takes any bytes, feeds them to the reader a user's file would reach, and
// checks what must always hold; a crash, a hang, a leak or a broken
// property (std::abort) is a finding. Refusals (mc::Error) are the
// expected answer to most inputs.
//
// Used by the libFuzzer programs (fuzz_*.cpp, built with clang: see
// CMakeLists.txt here and docs/reliability.md) and by core_tests, which
// replays every kept input under tests/data/fuzz/ on every run.

#include <cstddef>
#include <cstdint>

namespace mc::fuzz {

// JSON interchange: parseJson; an accepted document exports, parses again
// and exports to the same bytes.
void jsonImport(const std::uint8_t* data, std::size_t size);
// Worksheet files: parseWorksheetJson; an accepted one writes back and
// reads again to the same worksheet.
void worksheetImport(const std::uint8_t* data, std::size_t size);
// Compact templates: parseTemplate; an accepted one writes back and reads
// again to the same template.
void templateLoading(const std::uint8_t* data, std::size_t size);
// A workspace file: the bytes written to a temporary file and opened
// read-only; an opened one is read whole, checked and verified, and the
// file's bytes are unchanged afterwards.
void openWorkspace(const std::uint8_t* data, std::size_t size);

} // namespace mc::fuzz
