#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the golden files after an intended output change; review the diff before committing.
#
#   scripts/update_goldens.sh
#
# 1. Builds build/ (as scripts/test.sh does, without running the tests).
# 2. Runs the binary on every samples/NAME.txt from the repository root (so paths in the outputs
#    are the stable relative "samples/NAME.txt"):
#        build/eventgraph build samples/NAME.txt -o TMP
#    and copies each output TMP/FILE to samples/NAME.expected.FILE
#    (samples/NAME.expected.graph.json, samples/NAME.expected.graph.dot, ...).
# 3. Reruns the golden tests in rewrite mode, which refreshes tests/testdata/<stage>/*.expected:
#        EVENTGRAPH_UPDATE_GOLDENS=1 ctest --output-on-failure
#    (test_util's golden helper writes the actual output instead of comparing when that variable
#    is set; the same command alone updates only the test goldens).
# 4. Prints `git status` of what changed.
#
# Environment: EVENTGRAPH_JOBS (default 2), EVENTGRAPH_BUILD_DIR (default build).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=${EVENTGRAPH_JOBS:-2}
build_dir=${EVENTGRAPH_BUILD_DIR:-build}

echo "==> Building $build_dir/"
cmake -S . -B "$build_dir" -DEVENTGRAPH_WARNINGS_AS_ERRORS=ON > /dev/null
cmake --build "$build_dir" -j "$jobs"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "==> Regenerating samples/*.expected.*"
shopt -s nullglob
failures=0
for input in samples/*.txt; do
  name=$(basename "$input" .txt)
  out="$tmp/$name"
  status=0
  "$build_dir/eventgraph" build "$input" -o "$out" 2> "$tmp/$name.stderr" || status=$?
  if [[ $status -ge 2 || ! -d $out ]]; then
    echo "update_goldens.sh: eventgraph build $input failed (exit $status):" >&2
    cat "$tmp/$name.stderr" >&2
    failures=$((failures + 1))
    continue
  fi
  rm -f samples/"$name".expected.*
  for file in "$out"/*; do
    [[ -f $file ]] && cp "$file" "samples/$name.expected.$(basename "$file")"
  done
  echo "  $input -> samples/$name.expected.* (exit $status)"
done

echo "==> EVENTGRAPH_UPDATE_GOLDENS=1 ctest"
(cd "$build_dir" && EVENTGRAPH_UPDATE_GOLDENS=1 ctest --output-on-failure -j "$jobs") || failures=$((failures + 1))

echo "==> Changed goldens (review with git diff):"
git status --short -- samples tests/testdata
exit $((failures > 0))
