#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages eventgraph needs to build, test, fuzz and run its demo.
#
#   scripts/install-deps.sh            install what is missing (as root), else print the command
#   scripts/install-deps.sh --check    exit 0 when everything is installed, 1 otherwise; no output
#   scripts/install-deps.sh --list     print the package list, one per line
#
# Run as root it runs apt-get update + apt-get install for the missing packages only. Run as a
# normal user it prints the exact `sudo apt-get install ...` line and exits 1. When everything is
# already installed it does nothing (one dpkg-query call).
set -euo pipefail

# Keep in sync with cmake/EventgraphDependencies.cmake and docs/architecture.md.
packages=(
  build-essential
  cmake
  pkg-config
  python3
  clang
  clang-format
  clang-tidy
  libclang-rt-14-dev # libFuzzer and sanitizer runtimes for clang
  libboost-graph-dev
  libhowardhinnant-date-dev
  rapidjson-dev
  libgraphviz-dev
  graphviz
  catch2
  libicu-dev
  libexpat1-dev # tests parse SVG, GraphML and GEXF back as XML
  libcli11-dev
  iso-codes
  libgeonames-dev
  libmimalloc-dev # the allocator of the eventgraph command (cmake/EventgraphDependencies.cmake)
  librsvg2-bin
  time
  git
)

mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --list) mode=list ;;
  -h | --help)
    sed -n '3,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "install-deps.sh: unknown option '$1' (try --help)" >&2
    exit 2
    ;;
esac

if [[ $mode == list ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

# Packages whose dpkg status is not "installed" (unknown packages count as missing).
missing=()
if ! command -v dpkg-query > /dev/null 2>&1; then
  echo "install-deps.sh: dpkg-query not found; this script supports Debian and Ubuntu only" >&2
  exit 1
fi
status_lines=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2> /dev/null || true)
for pkg in "${packages[@]}"; do
  if ! grep -qx "${pkg} installed" <<< "$status_lines"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  [[ $mode == check ]] || echo "install-deps.sh: all ${#packages[@]} packages are installed"
  exit 0
fi
if [[ $mode == check ]]; then
  exit 1
fi

install_args=(install -y --no-install-recommends "${missing[@]}")
if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps.sh: missing packages: ${missing[*]}" >&2
  echo "install-deps.sh: run as root, or run:" >&2
  echo "sudo apt-get update && sudo apt-get ${install_args[*]}"
  exit 1
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get "${install_args[@]}"
echo "install-deps.sh: done"
