#!/usr/bin/env bash
# Benchmarks govsite against Hugo (Debian's hugo package, minimal equivalent layout in
# bench/hugo-site/) on the same generated corpora, and prints medians and ratios:
#   - full build into a new, empty folder: govsite and Hugo, runs alternating;
#   - govsite rebuild with nothing changed (and, listed under it, after a file was touched
#     but not changed);
#   - govsite rebuild after one document changed (a sentence added to a policy's body, then
#     taken out again: each is a one-change rebuild).
# Wall time and peak memory come from /usr/bin/time (GNU time's %e and %M).
#   bench/run.sh [SIZES…]        default: 1000 10000 50000
#   RUNS=5 bench/run.sh 10000    runs per measurement (default 5)
#   BENCH_DIR=/path              where corpora and outputs go (default /tmp/govsite-bench)
#   SETTLE=65                    seconds to wait after deleting earlier outputs (see below)
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
  rm -f "$g" "$h" "$u" "$l" "$c"
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
    measure "$g" "$govsite" build --site "$corpus" --out "$outs/govsite-$i" --now 2025-01-01 --quiet
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
