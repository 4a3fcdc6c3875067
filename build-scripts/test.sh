#!/usr/bin/env bash
# Sets up everything the tests need and runs them all:
#   1. the release artifacts (build-scripts/release.sh: the static binary and the Debian
#      package, in build/), then the Release build's unit, golden (fixture site) and
#      end-to-end tests with ctest, which include the static binary in an empty chroot,
#      the package installed with dpkg and the C++ format (build-scripts/format.sh --check);
#   2. the sample site in headless Chromium with axe-core, and every page through the W3C
#      Nu validator (build-scripts/test-browser.sh; screenshots in build/screenshots/);
#   3. each libFuzzer target, a fixed seed and number of runs (build-scripts/fuzz.sh);
#   4. the whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer.
#   build-scripts/test.sh            all four
#   build-scripts/test.sh --fast     only step 1 (the release artifacts and the Release suite)
set -euo pipefail
cd "$(dirname "$0")/.."
build-scripts/setup.sh --test
jobs=$(nproc)

echo "== Release artifacts: static binary, Debian package"
build-scripts/release.sh

echo "== Release build and tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [[ "${1:-}" != "--fast" ]]; then
  echo "== Browser: axe-core accessibility, W3C Nu validator, screenshots"
  build-scripts/test-browser.sh

  echo "== Fuzzing"
  build-scripts/fuzz.sh

  echo "== ASan+UBSan build and tests"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGOVSITE_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$(pwd)/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
fi
