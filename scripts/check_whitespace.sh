#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the tracked (and new, not ignored) text files against .editorconfig: valid UTF-8, LF
# line endings, a final newline, no trailing whitespace (Markdown excepted), and no TAB
# indentation in code. Prints `path:line: problem` for each finding; exits 1 if any.
#
#   scripts/check_whitespace.sh
#
# Deliberately odd inputs (tests/testdata/, fuzz/corpus/) and lexicon TAB separators are exempt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

exempt=(':!tests/testdata/**' ':!fuzz/corpus/**' ':!**/*.expected.*')
failures=0

report() {
  # Prints grep -n style lines "path:line:text" as "path:line: <problem>".
  local problem=$1
  while IFS= read -r hit; do
    [[ -n $hit ]] || continue
    printf '%s: %s\n' "$(cut -d: -f1-2 <<< "$hit")" "$problem"
    failures=$((failures + 1))
  done
}

# Text files (git grep -I skips binaries), tracked or new.
mapfile -t files < <(git grep -I --untracked --name-only -e '' -- . "${exempt[@]}" || true)

report "trailing whitespace or CR line ending" < <(
  git grep -I --untracked -n -E $'[ \t\r]+$' -- . ':!*.md' "${exempt[@]}" || true)
report "carriage return (use LF line endings)" < <(
  git grep -I --untracked -n -E $'\r.' -- . "${exempt[@]}" || true)
report "TAB indentation (indent with spaces)" < <(
  git grep -I --untracked -n -E $'^\t' -- '*.h' '*.cc' '*.cmake' '*CMakeLists.txt' '*.py' \
    '*.sh' '*.md' '*.json' '*.yml' '.ci/run' "${exempt[@]}" || true)

for f in "${files[@]}"; do
  [[ -s $f ]] || continue
  if [[ $(tail -c 1 "$f" | od -An -tx1 | tr -d ' \n') != "0a" ]]; then
    printf '%s:%s: missing final newline\n' "$f" "$(wc -l < "$f" | awk '{print $1 + 1}')"
    failures=$((failures + 1))
  fi
  if bad=$(LC_ALL=C.UTF-8 grep -naxv '.*' "$f" | head -n 1 | cut -d: -f1) && [[ -n $bad ]]; then
    printf '%s:%s: invalid UTF-8\n' "$f" "$bad"
    failures=$((failures + 1))
  fi
done

if [[ $failures -ne 0 ]]; then
  echo "check_whitespace.sh: $failures problem(s)" >&2
  exit 1
fi
echo "check_whitespace.sh: ${#files[@]} text file(s) OK"
