#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer and runs each on a corpus seeded from the sample site and the
# fixture sites, and with the Markdown shapes that Debian's cmark-gfm parses in quadratic
# time or memory (tests/fuzz/seeds/, small versions), plus tests/fuzz/regressions/<target>/,
# where every input that once crashed is kept. A crash, leak or timeout fails the run; its input is saved under
# build-fuzz/crashes/.
#   build-scripts/fuzz.sh            CI: a fixed seed and a fixed number of runs per target
#                                    (the same inputs every time, about 40 s each)
#   build-scripts/fuzz.sh SECONDS    exploring: a random seed, SECONDS per target
set -euo pipefail
seconds=${1:-}
cd "$(dirname "$0")/.."
build-scripts/setup.sh --fuzz
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOVSITE_FUZZ=ON \
  -DGOVSITE_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{front_matter,markdown,template,site,cache} build-fuzz/crashes
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  cp "$f" "$work/front_matter/$i.md"
  cp "$f" "$work/markdown/$i.md"
  [ $i -le 40 ] && cp "$f" "$work/site/$i.md"
done < <(find content tests/fuzz/seeds tests/sites -name '*.md' -not -path '*/expected/*' -print0 | sort -z)
# The build cache of the sample site, written by this very build of govsite.
cp -r content site.yaml data "$work/"
build-fuzz/govsite build --site "$work" --now 2019-12-31 --quiet >/dev/null 2>&1 || true
[ -f "$work/.public.govsite-cache" ] && cp "$work/.public.govsite-cache" "$work/cache/sample"
rm -rf "$work/content" "$work/site.yaml" "$work/public" "$work/reports" "$work/.public.govsite-cache"
printf '%s' '标题 <b>&amp;"' > "$work/template/1"
printf '%s' '盘司发〔2019〕12号' > "$work/template/2"

# Runs per target in the fixed (CI) mode, sized to well under the 300-second cap each here
# (markdown runs are slow: its seeds are the quadratic shapes).
declare -A runs=([front_matter]=300000 [markdown]=10000 [template]=400 [site]=250 [cache]=200000)
declare -A max_len=([front_matter]=65536 [markdown]=65536 [template]=65536 [site]=65536 [cache]=131072)
passed=0
failed=0
for target in front_matter markdown template site cache; do
  if [[ -n "$seconds" ]]; then
    limits=(-max_total_time="$seconds")
  else
    limits=(-seed=1 -runs="${runs[$target]}" -max_total_time=300)
  fi
  corpora=("$work/$target")
  [ -d "tests/fuzz/regressions/$target" ] && corpora+=("tests/fuzz/regressions/$target")
  log="$work/$target.log"
  if build-fuzz/${target}_fuzz "${limits[@]}" -max_len="${max_len[$target]}" -rss_limit_mb=2048 -timeout=20 \
       -artifact_prefix="build-fuzz/crashes/$target-" "${corpora[@]}" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "fuzz $target: $(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)s, no crash"
  else
    failed=$((failed + 1))
    echo "fuzz $target: FAILED"
    grep -E "ERROR|SUMMARY|artifact" "$log" | head -20
  fi
done
echo "fuzz targets without a crash: $passed of $((passed + failed))"
[ "$failed" -eq 0 ]
