#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets with clang + ASan + UBSan into build-fuzz/ and runs each for a
# while. New inputs go to build-fuzz/corpus/<target>/ (the checked-in seeds in fuzz/corpus/ are
# read, never written); crashes land in build-fuzz/artifacts/. Exit status 1 if any target failed.
#
#   scripts/run_fuzzers.sh [SECONDS] [TARGET...]    default 10 s each, every target
#   scripts/run_fuzzers.sh 600 tokenizer            ten minutes of one target
#
# Reproduce a crash: build-fuzz/fuzz/<target>_fuzzer build-fuzz/artifacts/<target>-crash-...
# then add the input as a regression test (tests/regress/issue_<N>_test.cc).
# Environment: EVENTGRAPH_JOBS (build jobs, default 2); EVENTGRAPH_FUZZ_BUILD_DIR (default
# build-fuzz): an existing clang build with -DEVENTGRAPH_BUILD_FUZZERS=ON (such as CI's
# sanitizer build, which also has the tests) is used as it is configured; EVENTGRAPH_FUZZ_SEED
# (default 0: a new random seed each run) fixes libFuzzer's mutation sequence. CI fixes it, so a
# green or red smoke run reproduces; the long runs before resolving an issue use random seeds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-10}
shift || true
if ! [[ $seconds =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/run_fuzzers.sh [SECONDS] [TARGET...]" >&2
  exit 2
fi
jobs=${EVENTGRAPH_JOBS:-2}
seed=${EVENTGRAPH_FUZZ_SEED:-0}
if ! [[ $seed =~ ^[0-9]+$ ]]; then
  echo "run_fuzzers.sh: EVENTGRAPH_FUZZ_SEED must be a number" >&2
  exit 2
fi
build_dir=${EVENTGRAPH_FUZZ_BUILD_DIR:-build-fuzz}

# Keep in sync with EVENTGRAPH_FUZZ_TARGETS in fuzz/CMakeLists.txt.
all_targets=(document_reader graph_json pipeline sentence_splitter timex_tagger tokenizer)
if [[ $# -gt 0 ]]; then targets=("$@"); else targets=("${all_targets[@]}"); fi

cc=$(command -v clang || command -v clang-14 || true)
cxx=$(command -v clang++ || command -v clang++-14 || true)
if [[ -z $cc || -z $cxx ]]; then
  echo "run_fuzzers.sh: clang not found (scripts/install-deps.sh installs it)" >&2
  exit 1
fi

echo "==> Building fuzz targets with clang, ASan and UBSan in $build_dir/"
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEVENTGRAPH_BUILD_FUZZERS=ON -DEVENTGRAPH_BUILD_TESTS=OFF \
    -DEVENTGRAPH_SANITIZE=address,undefined > /dev/null
elif ! grep -q '^CMAKE_CXX_COMPILER_ID:.*Clang\|^CMAKE_CXX_COMPILER:.*clang' "$build_dir/CMakeCache.txt"; then
  echo "run_fuzzers.sh: $build_dir/ is not a clang build (libFuzzer needs clang)" >&2
  exit 1
fi
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]/%/_fuzzer}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
mkdir -p "$build_dir/artifacts"
failed=()
for target in "${targets[@]}"; do
  exe="$build_dir/fuzz/${target}_fuzzer"
  seeds="fuzz/corpus/$target"
  work="$build_dir/corpus/$target"
  mkdir -p "$work"
  echo "==> $target: ${seconds}s"
  log="$build_dir/fuzz-$target.log"
  status=0
  "$exe" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict=fuzz/dict/eventgraph.dict -artifact_prefix="$build_dir/artifacts/$target-" \
    "$work" "$seeds" > "$log" 2>&1 || status=$?
  grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  if [[ $status -ne 0 ]]; then
    echo "run_fuzzers.sh: $target FAILED (exit $status); last lines of $log:" >&2
    tail -n 40 "$log" >&2
    failed+=("$target")
  fi
done

if [[ ${#failed[@]} -ne 0 ]]; then
  echo "run_fuzzers.sh: failed: ${failed[*]} (inputs in $build_dir/artifacts/)" >&2
  exit 1
fi
echo "run_fuzzers.sh: ${#targets[@]} target(s) ran ${seconds}s each without a finding"
