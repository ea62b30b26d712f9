#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Formats every tracked (and new, not ignored) C++ file in place with the repo's .clang-format.
#
#   scripts/format.sh           format in place
#   scripts/format.sh --check   change nothing; exit 1 and list the files that need formatting
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clang_format=${CLANG_FORMAT:-$(command -v clang-format || command -v clang-format-14 || true)}
if [[ -z $clang_format ]]; then
  echo "format.sh: clang-format not found (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.h' '*.cc' |
  while IFS= read -r f; do [[ -f $f ]] && printf '%s\n' "$f"; done)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "format.sh: no C++ files"
  exit 0
fi

if [[ ${1:-} == --check ]]; then
  if ! "$clang_format" --dry-run -Werror "${files[@]}"; then
    echo "format.sh: the files above need formatting: run scripts/format.sh" >&2
    exit 1
  fi
  echo "format.sh: ${#files[@]} C++ file(s) formatted correctly"
  exit 0
fi
"$clang_format" -i "${files[@]}"
echo "format.sh: formatted ${#files[@]} C++ file(s)"
