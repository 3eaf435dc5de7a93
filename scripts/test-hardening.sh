#!/usr/bin/env bash
# Issue 7, "never crash, never hang, never leak": the native unit tests (hostile inputs and
# the fuzz corpus replay included) under AddressSanitizer + UndefinedBehaviorSanitizer, then
# the libFuzzer target for a bounded time. Exits non-zero on any sanitizer report, failed
# test, crash, hang (-timeout) or memory blow-up (-rss_limit_mb) the fuzzer finds.
#
#   FUZZ_SECONDS=600 bash scripts/test-hardening.sh   # fuzz longer (default 60 s)
#   SKIP_FUZZ=1 bash scripts/test-hardening.sh        # sanitizer tests only
#
# Builds into build/asan (preset asan, g++) and build/fuzz (clang++-14, CONCESSIONS_FUZZ=ON;
# Debian's clang-14 and libclang-rt-14-dev, listed in scripts/install-deps.sh). The fuzzer's
# growing corpus lives in build/fuzz/work/corpus (kept between runs), crashes go to
# build/fuzz/work/artifacts/.
#
# A longer run (the issue asks for >= 10 million executions in total; on these 2-core
# machines the target runs at a few hundred executions per second per core):
#
#   cd build/fuzz/work
#   ../tests/fuzz/analyze_fuzzer -jobs=2 -workers=2 -max_total_time=36000 -rss_limit_mb=2048 \
#     -timeout=10 -max_len=8192 -dict=../../../tests/fuzz/analyze.dict -print_final_stats=1 -artifact_prefix=artifacts/ \
#     corpus ../../../tests/fuzz/corpus ../../../tests/fuzz/regressions
#
# For every crash (artifacts/crash-*, timeout-*, oom-*): minimize it,
#   ../tests/fuzz/analyze_fuzzer -minimize_crash=1 -max_total_time=120 -exact_artifact_path=min.bin artifacts/crash-…
# copy min.bin to tests/fuzz/regressions/<what-it-was>.bin, and fix the core: the ctest
# fuzz_replay runs every file of tests/fuzz/regressions in every native build from then on.
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS="${FUZZ_SECONDS:-60}"

failed=()

echo "== sanitizer build (ASan + UBSan) and unit tests: cmake --workflow --preset asan"
cmake --workflow --preset asan || failed+=("sanitizer tests (ctest --preset asan)")

if [ -n "${SKIP_FUZZ:-}" ]; then
  ((${#failed[@]} == 0)) || { echo "test-hardening: failed: ${failed[*]}" >&2; exit 1; }
  exit 0
fi

echo "== libFuzzer build (build/fuzz, clang++-14)"
cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONCESSIONS_FUZZ=ON >/dev/null
cmake --build build/fuzz -j2 --target analyze_fuzzer

echo "== fuzzing AnalyzeToJson for ${FUZZ_SECONDS} s"
work=build/fuzz/work
mkdir -p "$work/corpus" "$work/artifacts"
if ! build/fuzz/tests/fuzz/analyze_fuzzer -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=10 \
    -dict=tests/fuzz/analyze.dict -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    "$work/corpus" tests/fuzz/corpus tests/fuzz/regressions 2>"$work/last-run.log"; then
  grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' "$work/last-run.log" >&2 || true
  echo "test-hardening: the fuzzer found a problem (log: $work/last-run.log); see the comment in $0" >&2
  failed+=("fuzzer")
fi
grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::peak_rss_mb|^Done' "$work/last-run.log" || true

if ((${#failed[@]})); then
  echo "test-hardening: failed: ${failed[*]}" >&2
  exit 1
fi
echo "test-hardening: sanitizer tests and ${FUZZ_SECONDS} s of fuzzing passed"
