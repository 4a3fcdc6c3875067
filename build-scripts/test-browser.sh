#!/usr/bin/env bash
# Browser tests of the default theme on the sample site (tests/browser/README.md):
#   1. axe-core in headless Chromium (Debian's chromium, driven by playwright-core): no serious
#      or critical accessibility violation, plus keyboard, 适老化, 360px, print and no-script
#      checks; screenshots into build/screenshots/;
#   2. the W3C Nu HTML Checker (vnu-jar, run with Debian's Java) on every generated page;
#   3. both on the inspection report (reports/inspection.html);
#   4. the search page with 发文字号, 索引号 and ordinary queries (tests/browser/search_test.js).
# Installs what is missing (Debian packages, then the npm packages of tests/browser with
# npm ci), builds the sample site as of 2020-01-31 (its 2019 annual report and 政府网站工作
# 年度报表 out) with build/govsite into a temporary
# folder, runs both, and ends with "N passed, M failed". Expects build/govsite to exist
# (build-scripts/test.sh builds it).
#   build-scripts/test-browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
govsite="$root/build/govsite"
if [[ ! -x "$govsite" ]]; then
  echo "test-browser: $govsite is missing; build it first (cmake --build build)" >&2
  exit 2
fi

# Debian packages: Chromium, the WenQuanYi fonts, Java for vnu-jar, Node.js and npm.
build-scripts/setup.sh --browser

# npm packages, exactly as locked. --ignore-scripts: vnu-jar's postinstall would download a
# Java runtime from outside the npm registry; the tests use Debian's java instead.
(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r content themes site.yaml data "$work/"
"$govsite" build --site "$work" --now 2020-01-31 --quiet

start=$(date +%s)
status=0
echo "== accessibility (axe-core in headless Chromium)"
node tests/browser/a11y_test.js "$work/public" "$root/build/screenshots" | tee "$work/a11y.log" || status=1
echo "== 站内搜索 (headless Chromium: 发文字号, 索引号, ordinary phrases)"
node tests/browser/search_test.js "$work/public" | tee "$work/search.log" || status=1
echo "== HTML validity (W3C Nu HTML Checker)"
node tests/browser/validate_html.js "$work/public" | tee "$work/html.log" || status=1
# The inspection report (reports/inspection.html, never deployed): axe and structure, and
# the validator on a copy (validate_html.js takes a folder with an index.html).
echo "== inspection report (axe-core, W3C Nu HTML Checker)"
node tests/browser/report_test.js "$work/reports/inspection.html" | tee "$work/report.log" || status=1
mkdir -p "$work/report-page"
cp "$work/reports/inspection.html" "$work/report-page/index.html"
node tests/browser/validate_html.js "$work/report-page" | tee "$work/report-html.log" || status=1

passed=0
failed=0
for log in "$work/a11y.log" "$work/search.log" "$work/html.log" "$work/report.log" "$work/report-html.log"; do
  line=$(grep -E '^[a-z0-9]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)
  if [[ -z $line ]]; then
    failed=$((failed + 1)) # the check did not get to its summary
    continue
  fi
  read -r p f <<<"$(sed -E 's/^[a-z0-9]+: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/' <<<"$line")"
  passed=$((passed + p))
  failed=$((failed + f))
done
[[ $failed -eq 0 ]] || status=1
echo "browser tests: $(($(date +%s) - start)) s; screenshots in build/screenshots/"
echo "$passed passed, $failed failed"
exit $status
