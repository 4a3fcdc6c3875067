#!/usr/bin/env bash
# Benchmarks govsite against Hugo (Debian's hugo package) on the same generated corpora:
# a full build into an empty folder, several runs alternating between the two, medians of
# wall time and of peak memory (/usr/bin/time), and the govsite/Hugo ratios.
#   bench/run.sh [SIZES…]        default: 1000 10000
#   RUNS=5 bench/run.sh 1000     runs per tool and size (default 5)
# Not part of the test suite: timings on a shared machine are noisy, so read the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000}")
[ $# -eq 0 ] && sizes=(1000 10000)
runs=${RUNS:-5}
generator=${CORPUS_GENERATOR:-../shared/corpus/gen_corpus.py}
command -v hugo >/dev/null || { echo "installing hugo"; apt-get install -y -qq hugo >/dev/null; }
[ -x build/govsite ] || build-scripts/build.sh >/dev/null
work=${BENCH_DIR:-/tmp/govsite-bench}
mkdir -p "$work"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
measure() {  # measure LOG COMMAND… → appends "seconds kilobytes"
  local log=$1
  shift
  /usr/bin/time -f "%e %M" -o "$log.one" "$@" >/dev/null 2>&1
  cat "$log.one" >> "$log"
}

printf "%-8s %-8s %10s %10s %10s %10s %8s %8s\n" docs tool "median s" "peak MiB" "" "" "time" "memory"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus/content" ] || python3 "$generator" --docs "$n" --out "$corpus" >/dev/null
  hugo_site="$work/hugo-$n"
  if [ ! -d "$hugo_site/content" ]; then
    mkdir -p "$hugo_site"
    cp -r bench/hugo-site/. "$hugo_site/"
    cp -r "$corpus/content" "$hugo_site/content"
  fi
  rm -f "$work/g.log" "$work/h.log"
  for _ in $(seq "$runs"); do
    rm -rf "$corpus/public" "$corpus/reports"
    measure "$work/g.log" build/govsite build --site "$corpus" --now 2025-01-01 --quiet
    rm -rf "$work/hugo-out"
    measure "$work/h.log" hugo --source "$hugo_site" --destination "$work/hugo-out" --quiet
  done
  gt=$(cut -d' ' -f1 "$work/g.log" | median); gm=$(cut -d' ' -f2 "$work/g.log" | median)
  ht=$(cut -d' ' -f1 "$work/h.log" | median); hm=$(cut -d' ' -f2 "$work/h.log" | median)
  printf "%-8s %-8s %10.2f %10.0f\n" "$n" govsite "$gt" "$((${gm%.*} / 1024))"
  printf "%-8s %-8s %10.2f %10.0f\n" "$n" hugo "$ht" "$((${hm%.*} / 1024))"
  awk -v gt="$gt" -v ht="$ht" -v gm="$gm" -v hm="$hm" -v n="$n" \
    'BEGIN {printf "%-8s %-8s %10s %10s %10s %10s %7.2fx %7.2fx\n", n, "ratio", "", "", "", "", gt / ht, gm / hm}'
done
