#!/usr/bin/env bash
# Builds the govsite binary (Release) into build/.
#   build-scripts/build.sh [extra cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."
build-scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j"$(nproc)"
