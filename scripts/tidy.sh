#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs clang-tidy (.clang-tidy: the enforced set of STYLE.md section 13) over the project's .cc
# files, or the files given, using build/compile_commands.json. Exit status 1 on any finding.
#
#   scripts/tidy.sh                     every tracked core/graph/export/cli/*.cc (slow: minutes)
#   scripts/tidy.sh core/tokenizer.cc   just these
#
# Environment: EVENTGRAPH_JOBS (parallel clang-tidy processes, default 2), EVENTGRAPH_BUILD_DIR
# (default build; configured here if it has no compile_commands.json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs=${EVENTGRAPH_JOBS:-2}
build_dir=${EVENTGRAPH_BUILD_DIR:-build}

clang_tidy=${CLANG_TIDY:-$(command -v clang-tidy || command -v clang-tidy-14 || true)}
if [[ -z $clang_tidy ]]; then
  echo "tidy.sh: clang-tidy not found (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
if [[ ! -f $build_dir/compile_commands.json ]]; then
  cmake -S . -B "$build_dir" > /dev/null
fi
# The generated lexicon_data.cc must exist for files that include it indirectly.
cmake --build "$build_dir" -j "$jobs" --target eventgraph_core > /dev/null

if [[ $# -gt 0 ]]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files -- 'core/*.cc' 'graph/*.cc' 'export/*.cc' 'cli/*.cc')
fi
echo "tidy.sh: ${#files[@]} file(s), $jobs at a time"
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -n 2 -P "$jobs" "$clang_tidy" --quiet -p "$build_dir" \
    2> >(grep -v -E '^[0-9]+ warnings?( and [0-9]+ errors?)? generated\.$' >&2) || status=$?
if [[ $status -ne 0 ]]; then
  echo "tidy.sh: clang-tidy found problems (see above)" >&2
  exit 1
fi
echo "tidy.sh: clean"
