#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The one-command demo: installs missing Debian packages (as root; otherwise prints the sudo
# line and stops), builds Release into build-release/, runs
#   build-release/eventgraph build samples/ -o out/
# and says where the outputs are. Works from any directory.
#
#   scripts/demo.sh
#
# Environment: EVENTGRAPH_JOBS (parallel build jobs, default 2); EVENTGRAPH_SKIP_DEPS=1 skips the
# package check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
jobs=${EVENTGRAPH_JOBS:-2}

if [[ ${EVENTGRAPH_SKIP_DEPS:-0} != 1 ]] && ! scripts/install-deps.sh --check; then
  scripts/install-deps.sh # installs as root; otherwise prints the sudo line and fails
fi

echo "==> Configuring and building Release in build-release/"
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DEVENTGRAPH_BUILD_TESTS=OFF > /dev/null
cmake --build build-release -j "$jobs" --target eventgraph

echo "==> build-release/eventgraph build samples/ -o out/"
status=0
build-release/eventgraph build samples/ -o out/ || status=$?
if [[ $status -ge 2 ]]; then
  echo "demo.sh: eventgraph failed with exit status $status" >&2
  exit "$status"
fi
if [[ $status -eq 1 ]]; then
  echo "demo.sh: some input was skipped (see the diagnostics above)" >&2
fi

echo "==> Outputs in $root/out/"
found=0
for name in graph.json timeline.json graph.dot timeline.svg graph.svg; do
  if [[ -f out/$name ]]; then
    printf '  %-14s %s (%s bytes)\n' "$name" "$root/out/$name" "$(wc -c < "out/$name")"
    found=$((found + 1))
  fi
done
if [[ $found -eq 0 ]]; then
  echo "demo.sh: eventgraph wrote no outputs to out/" >&2
  exit 1
fi
if [[ -f out/timeline.svg || -f out/graph.svg ]]; then
  echo "Open the .svg files in a browser. graph.json is documented in docs/graph-json.md."
else
  echo "graph.json is documented in docs/graph-json.md."
fi
exit "$status"
