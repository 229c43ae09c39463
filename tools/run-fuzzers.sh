#!/bin/sh
# Builds the libFuzzer targets with clang (tests/fuzz) and runs each on its
# corpus: the kept inputs in tests/data/fuzz/<target>/ (regression cases and
# seeds, replayed by core_tests on every run) plus the project's own sample
# files. New inputs go to a scratch corpus in build-fuzz/corpus/, never into
# the source tree. A crash, leak or timeout stops with exit 1 and leaves the
# input as build-fuzz/crash-* (keep it in tests/data/fuzz/<target>/ once
# fixed). docs/reliability.md has the figures of the long runs.
#
#   tools/run-fuzzers.sh                    30 s per target (what CI runs)
#   tools/run-fuzzers.sh --seconds 600      longer
#   tools/run-fuzzers.sh --runs 1000000     a fixed number of executions
set -eu
cd "$(dirname "$0")/.."
limit="-max_total_time=30"
case "${1:-}" in
--seconds) limit="-max_total_time=$2" ;;
--runs) limit="-runs=$2" ;;
"") ;;
*) echo "usage: tools/run-fuzzers.sh [--seconds N | --runs N]" >&2; exit 2 ;;
esac

if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMC_FUZZ=ON
fi
cmake --build build-fuzz

seeds_of() {
  case "$1" in
  json_import) echo "tests/data/fuzz/json_import tests/data/json" ;;
  worksheet_import) echo "tests/data/fuzz/worksheet_import tests/data/worksheets" ;;
  template_loading) echo "tests/data/fuzz/template_loading templates/compacts" ;;
  open_workspace) echo "tests/data/fuzz/open_workspace" ;;
  esac
}

status=0
for target in json_import worksheet_import template_loading open_workspace; do
  corpus="build-fuzz/corpus/$target"
  mkdir -p "$corpus"
  echo "== fuzz_$target ($limit)"
  # shellcheck disable=SC2046
  if ! ASAN_OPTIONS=detect_leaks=1 ./build-fuzz/tests/fuzz/fuzz_$target "$limit" \
      -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix=build-fuzz/ "$corpus" $(seeds_of "$target") \
      2>"build-fuzz/fuzz_$target.log"; then
    tail -40 "build-fuzz/fuzz_$target.log" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" \
    "build-fuzz/fuzz_$target.log" || true
done
exit $status
