#!/usr/bin/env bash
# Builds the sample site into a temporary folder with the given govsite binary and runs the
# search client test against its index with queries whose answers are known.
#   tests/search/run_on_sample.sh GOVSITE_BINARY SOURCE_DIR
set -euo pipefail
govsite=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/content" "$src/themes" "$src/site.yaml" "$src/data" "$work/"
"$govsite" build --site "$work" --now 2019-12-31 --quiet
SEARCH_QUERIES='[["政务公开工作实施方案","policies/sfj-2019-plan.html"],["法律援助","services/gzsx-banli.html"],["备案管理办法","policies/sfj-2019-gfxwj-guiding.html"],["一图读懂","interpretations/sfj-2019-plan-yitu.html"],["IPv6","policies/sfj-2019-plan.html"],["行政处罚","enforcement/xzcf-2019-007.html"],["盘司发[2019]12号","policies/sfj-2019-plan.html"],["盘司发〔2019〕12号","interpretations/sfj-2019-plan-jd.html"],["2111000046/2019-00012","policies/sfj-2019-plan.html"],["盘司发〔２０１９〕１２号","policies/sfj-2019-plan.html"],["ＩＰｖ６","policies/sfj-2019-plan.html"]]' \
  node "$src/tests/search/search_test.js" "$work/public"
