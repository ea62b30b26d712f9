#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The README's test command: installs missing Debian packages (as root; otherwise prints the sudo
# line and stops), configures build/ with warnings as errors, builds, and runs ctest. The exit
# status is ctest's. Works from any directory; extra arguments go to ctest.
#
#   scripts/test.sh                 all tests
#   scripts/test.sh -R tokenizer    only tests matching a regex
#
# Environment: EVENTGRAPH_JOBS (build and test jobs, default 2); EVENTGRAPH_BUILD_DIR (default
# build); EVENTGRAPH_SKIP_DEPS=1 skips the package check; extra CMake options in
# EVENTGRAPH_CMAKE_ARGS (e.g. "-DEVENTGRAPH_BUILD_BENCH=ON").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=${EVENTGRAPH_JOBS:-2}
build_dir=${EVENTGRAPH_BUILD_DIR:-build}

if [[ ${EVENTGRAPH_SKIP_DEPS:-0} != 1 ]] && ! scripts/install-deps.sh --check; then
  scripts/install-deps.sh # installs as root; otherwise prints the sudo line and fails
fi

read -r -a extra_cmake_args <<< "${EVENTGRAPH_CMAKE_ARGS:-}"
echo "==> Configuring $build_dir/ (warnings as errors)"
cmake -S . -B "$build_dir" -DEVENTGRAPH_WARNINGS_AS_ERRORS=ON "${extra_cmake_args[@]}" > /dev/null
echo "==> Building"
cmake --build "$build_dir" -j "$jobs"
echo "==> ctest"
status=0
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" "$@") || status=$?
exit "$status"
