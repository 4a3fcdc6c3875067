#!/usr/bin/env bash
# Sets up, builds govsite and builds the sample site into public/ (reports in reports/).
#   build-scripts/build-site.sh [govsite build options, e.g. --now 2019-12-31]
set -euo pipefail
cd "$(dirname "$0")/.."
build-scripts/build.sh
build/govsite build --site . "$@"
echo "site written to $(pwd)/public — open public/index.html through a web server, e.g."
echo "  python3 -m http.server -d public 8000   then visit http://localhost:8000/"
