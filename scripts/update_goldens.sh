#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the golden files after an intended output change; review the diff, then commit.
#
#   scripts/update_goldens.sh            every golden
#   scripts/update_goldens.sh -R samples only tests matching a regex (extra args go to ctest)
#
# It builds build/ (as scripts/test.sh does) and runs the tests in rewrite mode:
#
#   EVENTGRAPH_UPDATE_GOLDENS=1 ctest --output-on-failure
#
# With that variable set, golden tests write their actual output instead of comparing:
#   * samples:<name> (tests/samples_test.cmake) runs `eventgraph build samples/<name>.txt -o DIR`
#     (and samples/corpus.jsonl) from the source root and copies each DIR/FILE to
#     samples/<name>.expected.FILE;
#   * tests that compare with tests/testdata/<stage>/*.expected through the golden helper in
#     tests/test_util.h rewrite those files.
# Then it reruns the same tests in compare mode (they must pass) and lists what changed.
#
# Environment: EVENTGRAPH_JOBS (default 2), EVENTGRAPH_BUILD_DIR (default build).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=${EVENTGRAPH_JOBS:-2}
build_dir=${EVENTGRAPH_BUILD_DIR:-build}

echo "==> Building $build_dir/"
cmake -S . -B "$build_dir" -DEVENTGRAPH_WARNINGS_AS_ERRORS=ON > /dev/null
cmake --build "$build_dir" -j "$jobs"

echo "==> EVENTGRAPH_UPDATE_GOLDENS=1 ctest $*"
(cd "$build_dir" && EVENTGRAPH_UPDATE_GOLDENS=1 ctest --output-on-failure -j "$jobs" "$@")

echo "==> ctest $* (compare mode)"
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" "$@")

echo "==> Changed goldens (review with git diff; new files with git status):"
git status --short -- samples tests/testdata
