#!/usr/bin/env bash
# Installs what govsite needs to build on Debian 12, with apt-get, only what is missing.
# Idempotent and quiet when everything is already there.
#   build-scripts/setup.sh          compiler, CMake and the libraries
#   build-scripts/setup.sh --test   also what the tests use (man-db: man --warnings checks
#                                   the man page as lintian does; clang-format: the
#                                   format test, build-scripts/format.sh --check)
#   build-scripts/setup.sh --fuzz   also clang and libFuzzer (build-scripts/fuzz.sh)
#   build-scripts/setup.sh --browser  also Chromium, fonts, Java and Node.js (test-browser.sh)
#   build-scripts/setup.sh --release  also what release.sh uses: dpkg-dev (dpkg-shlibdeps,
#                                     dpkg-source), lintian, and the static libraries'
#                                     brotli headers, Python for cpp-httplib's split.py, and
#                                     sudo (the package test runs the install command as
#                                     a deploy user would)
set -euo pipefail

packages=(build-essential cmake pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev libyaml-cpp-dev
  libsass-dev libtinyxml2-dev catch2 libarchive-dev zlib1g-dev libssl-dev libcpp-httplib-dev
  libjemalloc-dev libxxhash-dev)
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi
if [[ "${1:-}" == "--test" ]]; then
  packages+=(python3 python3-yaml libxml2-utils nodejs nginx-light curl openssl man-db clang-format)
fi
if [[ "${1:-}" == "--release" ]]; then
  packages+=(dpkg-dev lintian python3 libbrotli-dev sudo)
fi
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium fonts-wqy-microhei default-jre-headless nodejs)
  # npm counts as present when the command exists: a nodejs package that bundles npm (as
  # NodeSource's does) conflicts with Debian's separate npm package.
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "setup: installing ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
