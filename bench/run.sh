#!/usr/bin/env bash
# Benchmarks govsite against Hugo (Debian's hugo package, minimal equivalent layout in
# bench/hugo-site/) and against Pagefind 1.6 (npm, bench/package.json) on the same generated
# corpora (bench/gen_corpus.py), and prints medians and ratios:
#   - full build into a new, empty folder: govsite and Hugo, runs alternating;
#   - govsite rebuild with nothing changed (and, listed under it, after a file was touched
#     but not changed);
#   - govsite rebuild after one document changed (a sentence added to a policy's body, then
#     taken out again: each is a one-change rebuild);
#   - preview: `govsite serve` against `hugo server`, the time from saving a new title of a
#     policy to the served page showing it (bench/preview_latency.py), servers alternating;
#   - search: govsite's index against Pagefind's on the same built site (index time, peak
#     memory, size), and each benchmark query's first page of results in headless Chromium
#     (bytes, time, precision, recall; bench/search_browser.js).
# Wall time and peak memory come from /usr/bin/time (GNU time's %e and %M).
#   bench/run.sh [SIZES…]        default: 1000 10000 50000
#   RUNS=5 bench/run.sh 10000    runs per measurement (default 5)
#   BENCH_DIR=/path              where corpora and outputs go (default /tmp/govsite-bench)
#   SETTLE=65                    seconds to wait after deleting earlier outputs (see below)
#   PREVIEW=0, SEARCH=0          leave out the preview or the search comparison
#   PREVIEW_EDITS=3              saves per preview server start (default 3; RUNS starts of
#                                each server, alternating, at most 3)
#   SEARCH_RUNS=3, PHRASES=5     page loads per query and tool; rare phrases sampled
# Pagefind needs about 0.6 GB of memory per 1,000 documents: the search comparison of a size
# is left out (and says so) when /proc/meminfo's MemAvailable is less than that plus 2 GB.
# Installs what is missing: hugo and GNU time (apt), chromium and npm (build-scripts/setup.sh
# --browser), and bench/node_modules (npm ci from bench/package-lock.json).
# Not part of the test suite: timings on a shared 2-core machine are noisy, so read the
# ratios, and compare runs made one after the other.
#
# Every full build writes into a folder of its own and nothing is deleted while builds are
# timed. Deleting a 14,000-file output right before the next build made that build slow
# for a reason that has nothing to do with the tool. This machine's ext4 has no journal,
# and without one ext4 will not reuse an inode freed in the last 60 seconds (longer while
# the freed inode is not yet written back). It checks each candidate inode before every
# file it creates. A build right after `rm -rf` of its previous output then costs the
# kernel O(files²), several seconds of system time, and more each run. So the outputs of
# an earlier run are deleted first, then `sync`, then a wait of SETTLE seconds, and only
# then are builds timed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ $# -eq 0 ] && sizes=(1000 10000 50000)
runs=${RUNS:-5}
generator=${CORPUS_GENERATOR:-$root/bench/gen_corpus.py}
command -v hugo >/dev/null || { echo "installing hugo"; apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { echo "installing GNU time"; apt-get install -y -qq time >/dev/null; }
[ -x build/govsite ] || build-scripts/build.sh >/dev/null
if [ "${SEARCH:-1}" != 0 ]; then
  { command -v chromium && command -v npm; } >/dev/null || build-scripts/setup.sh --browser
  # --ignore-scripts: nothing runs at install; Pagefind's binary comes in its platform
  # package (@pagefind/linux-x64), and playwright-core drives Debian's chromium, no download.
  [ -x bench/node_modules/.bin/pagefind ] && [ -d bench/node_modules/playwright-core ] ||
    (cd bench && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
fi
govsite=$root/build/govsite
work=${BENCH_DIR:-/tmp/govsite-bench}
settle_seconds=${SETTLE:-65}
mkdir -p "$work"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# measure LOG COMMAND… : appends "seconds kilobytes" to LOG; stops the benchmark if the
# command fails (a benchmark of a failing build means nothing).
measure() {
  local log=$1
  shift
  # Each run starts with nothing of the previous one left to write back: the kernel's
  # writeback of a 200 MB output (and its throttling of whoever writes next) would
  # otherwise land on the next run, whichever tool that is.
  sync
  if ! /usr/bin/time -f "%e %M" -o "$log.one" "$@" >/dev/null 2>"$log.err"; then
    echo "bench: failed: $*" >&2
    tail -5 "$log.err" >&2
    exit 1
  fi
  cat "$log.one" >> "$log"
}
seconds() { cut -d' ' -f1 "$1" | median; }
mib() { echo $(( $(cut -d' ' -f2 "$1" | median | cut -d. -f1) / 1024 )); }

printf "%-7s %-22s %9s %9s %9s\n" docs build "median s" "peak MiB" "ratio"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus/content" ] || python3 "$generator" --docs "$n" --out "$corpus" >/dev/null
  hugo_site="$work/hugo-$n"
  if [ ! -d "$hugo_site/content" ]; then
    mkdir -p "$hugo_site"
    cp -r bench/hugo-site/. "$hugo_site/"
    cp -r "$corpus/content" "$hugo_site/content"
  fi
  g=$work/g-$n.log h=$work/h-$n.log u=$work/u-$n.log l=$work/l-$n.log c=$work/c-$n.log
  si=$work/si-$n.log pg=$work/pg-$n.log ph=$work/ph-$n.log pf=$work/pf-$n.log
  rm -f "$g" "$h" "$u" "$l" "$c" "$si" "$pg" "$ph" "$pf"
  # Outputs of this size from an earlier bench run (and their build caches) go first, then
  # the file system settles (see the top of this file).
  outs="$work/out-$n"
  if [ -e "$outs" ]; then
    rm -rf "$outs"
    sync
    echo "bench: deleted earlier outputs; waiting ${settle_seconds}s for ext4 to release their inodes" >&2
    sleep "$settle_seconds"
  fi
  # Room for every run's output: about 25 KB a document each for govsite and for Hugo.
  need_kb=$(( n * 25 * 2 * runs ))
  free_kb=$(df -Pk "$work" | awk 'NR == 2 {print $4}')
  if [ "$free_kb" -lt "$need_kb" ]; then
    echo "bench: $n documents × $runs runs need about $(( need_kb / 1024 )) MiB in $work; $(( free_kb / 1024 )) MiB free" >&2
    exit 1
  fi
  mkdir -p "$outs"
  # Full builds, alternating with Hugo: each into a new empty folder, with no build cache.
  for i in $(seq "$runs"); do
    measure "$g" "$govsite" build --site "$corpus" --out "$outs/govsite-$i" --now 2025-01-01 --quiet --timings
    # The search index's share of the build, for the comparison with Pagefind below.
    awk '/search index/ {print $1}' "$g.err" >> "$si"
    measure "$h" hugo --source "$hugo_site" --destination "$outs/hugo-$i" --quiet
  done
  # Rebuilds over the last full build.
  build=(build --site "$corpus" --out "$outs/govsite-$runs" --now 2025-01-01 --quiet)
  changed=$(find "$corpus/content/policies" -name '*.md' | sort | sed -n 1p)  # sed reads to the end: no SIGPIPE
  cp "$changed" "$work/changed.md.orig"
  for _ in $(seq "$runs"); do
    # A file touched but not changed, more than 2 seconds before the build: the build sees
    # a new stat, loads and validates the site, finds it unchanged and renders nothing.
    # Then nothing changed at all, as when CI or a nightly job rebuilds a quiet site: the
    # build repeats the last one from the stats alone. (The 2 seconds: a file written just
    # before a build is "racily clean", and the next build loads the site to be sure; see
    # "Rebuilds are incremental" in docs/internals.md.)
    touch "$changed"
    sleep 2.1
    measure "$l" "$govsite" "${build[@]}"
    measure "$u" "$govsite" "${build[@]}"
    echo "（本段为基准测试追加的修改。）" >> "$changed"
    measure "$c" "$govsite" "${build[@]}"
    cp "$work/changed.md.orig" "$changed"
    measure "$c" "$govsite" "${build[@]}"
  done
  gt=$(seconds "$g") ht=$(seconds "$h") ut=$(seconds "$u") lt=$(seconds "$l") ct=$(seconds "$c")
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
  printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "hugo full" "$ht" "$(mib "$h")" ""
  printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "govsite full" "$gt" "$(mib "$g")" "$(ratio "$gt" "$ht") of hugo"
  # Each govsite run against the Hugo run right after it, on the same state of the disk:
  # steadier than the ratio of the medians when every run leaves the disk slower.
  paired=$(paste -d' ' <(cut -d' ' -f1 "$g") <(cut -d' ' -f1 "$h") | awk '{printf "%.3f\n", $1 / $2}' | median)
  printf "%-7s %-22s %9s %9s %9s\n" "$n" "  run by run" "" "" "$(printf '%.2f' "$paired") of hugo"
  printf "%-7s %-22s %9s %9s %9s\n" "$n" "  memory" "" "" "$(ratio "$(mib "$g")" "$(mib "$h")") of hugo"
  printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "govsite nothing changed" "$ut" "$(mib "$u")" "$(ratio "$ut" "$gt") of full"
  printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "  touched, unchanged" "$lt" "$(mib "$l")" "$(ratio "$lt" "$gt") of full"
  printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "govsite one change" "$ct" "$(mib "$c")" "$(ratio "$ct" "$gt") of full"
  echo "$n $gt $ht $ut $ct $(mib "$g") $(mib "$h")" >> "$work/summary.txt"

  # Preview: save a new title of the same policy, time until the served page shows it.
  # Each server starts on the corpus as it is, RUNS times at most 3, alternating; the
  # median is over every save. Hugo's page of a document is <section>/<year>/<id>/.
  if [ "${PREVIEW:-1}" != 0 ]; then
    rel=${changed#"$corpus/"}
    id=$(basename "$rel" .md)
    page=${rel#content/}
    latency() {  # latency LOG FILE PATH COMMAND…: one server start, PREVIEW_EDITS saves
      local log=$1 file=$2 path=$3
      shift 3
      python3 bench/preview_latency.py --runs "${PREVIEW_EDITS:-3}" --pause 1 --file "$file" --path "$path" -- "$@" |
        awk '/^run / {print $3}' >> "$log"
    }
    rounds=$(( runs < 3 ? runs : 3 ))
    for _ in $(seq "$rounds"); do
      latency "$pg" "$corpus/$rel" "/policies/$id.html" \
        "$govsite" serve --site "$corpus" --port '{port}' --now 2025-01-01 --quiet
      latency "$ph" "$hugo_site/$rel" "/${page%.md}/" \
        hugo server --source "$hugo_site" --port '{port}' --bind 127.0.0.1 --quiet
    done
    pgt=$(median < "$pg") pht=$(median < "$ph")
    printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "hugo server, save→page" "$pht" "" ""
    printf "%-7s %-22s %9.2f %9s %9s\n" "$n" "govsite serve, same" "$pgt" "" "$(ratio "$pgt" "$pht") of hugo"
    printf "%-7s %-22s %9s %9s %9s\n" "$n" "  saves (govsite)" "$(wc -l < "$pg")" "" "$(sort -n "$pg" | head -1)–$(sort -n "$pg" | tail -1) s"
    printf "%-7s %-22s %9s %9s %9s\n" "$n" "  saves (hugo)" "$(wc -l < "$ph")" "" "$(sort -n "$ph" | head -1)–$(sort -n "$ph" | tail -1) s"
  fi

  # Search: Pagefind indexes the last full build of govsite (the site as published), into
  # a folder beside it; both are then queried in Chromium.
  if [ "${SEARCH:-1}" != 0 ]; then
    available_mb=$(awk '/^MemAvailable:/ {print int($2 / 1024)}' /proc/meminfo)
    need_mb=$(( n * 600 / 1000 + 2048 ))
    if [ "$available_mb" -lt "$need_mb" ]; then
      echo "bench: search comparison at $n documents left out: Pagefind needs about $need_mb MB, $available_mb MB available" >&2
    else
      site="$outs/govsite-$runs"
      # From the output folder, so no pagefind.yml of the caller's folder is picked up.
      (cd "$outs" && measure "$pf" "$root/bench/node_modules/.bin/pagefind" --site "$site" --output-path "$outs/pagefind")
      echo
      node bench/search_browser.js --site "$site" --pagefind "$outs/pagefind" \
        --runs "${SEARCH_RUNS:-3}" --phrases "${PHRASES:-5}" \
        --govsite-index "$(median < "$si") $(mib "$g")" --pagefind-index "$(seconds "$pf") $(mib "$pf")"
      echo
    fi
  fi
done
if [ ${#sizes[@]} -gt 1 ]; then
  # Linearity: each size's full build against the previous size's.
  prev=""
  for n in "${sizes[@]}"; do
    t=$(seconds "$work/g-$n.log")
    [ -n "$prev" ] && awk -v a="$t" -v b="${prev#* }" -v n="$n" -v m="${prev%% *}" \
      'BEGIN {printf "govsite full build, %s vs %s documents: %.1fx the time for %.0fx the documents\n", n, m, a / b, n / m}'
    prev="$n $t"
  done
fi
echo "outputs kept in $work/out-*; the next run of this script deletes them" >&2
