#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails if two namespace-scope types share a name anywhere in the project. Two different
# `struct WordInfo` in one namespace is an ODR violation the compiler does not see: the linker
# keeps one instantiation of std::unordered_map<..., WordInfo> node code for both, and the
# smaller type's allocation is overrun (a libFuzzer build found exactly that). Types nested in a
# class are indented and not checked; types in anonymous namespaces are checked too, to keep
# the rule simple: name namespace-scope types uniquely.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dupes=$(grep -EHn '^(struct|class|enum class|union) [A-Z][A-Za-z0-9_]*( final)? *[:{]' \
  --include='*.h' --include='*.cc' -r core graph export cli |
  sed -E 's/^([^:]*):([0-9]+):(struct|class|enum class|union) ([A-Za-z0-9_]+).*/\4 \1:\2/' |
  sort | awk '{ if ($1 == prev) { print prevline; print } prev = $1; prevline = $0 }' | sort -u)
if [[ -n $dupes ]]; then
  echo "check_odr.sh: namespace-scope types defined more than once (rename one):" >&2
  echo "$dupes" >&2
  exit 1
fi
echo "check_odr.sh: namespace-scope type names are unique"
