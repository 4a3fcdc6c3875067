#!/usr/bin/env bash
# The statically linked binary runs where there is nothing else (#22): in an empty root
# holding only the binary and a copy of the sample site (no /lib, /usr, /etc, /dev, /proc,
# no time zone data), `chroot` into it, `govsite build` writes the site and `govsite serve`
# on 127.0.0.1 answers a request made from outside the chroot.
#   tests/release/static_binary_test.sh STATIC_BINARY SOURCE_DIR
# Exits 77 (skipped) when STATIC_BINARY was not built (cmake -DGOVSITE_STATIC=ON, as
# build-scripts/release.sh and build-scripts/test.sh do) or when not root (chroot needs it).
set -uo pipefail
binary=$1
src=$2
if [ ! -x "$binary" ]; then
  echo "static_binary_test: skipped: $binary was not built (configure with -DGOVSITE_STATIC=ON)"
  exit 77
fi
if [ "$(id -u)" != 0 ]; then echo "static_binary_test: skipped (chroot needs root)"; exit 77; fi
command -v curl >/dev/null || { echo "static_binary_test: curl is missing (build-scripts/setup.sh --test)"; echo "0 passed, 1 failed"; exit 1; }
root=$(mktemp -d)
serve_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  rm -rf "$root"
}
trap cleanup EXIT
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND…
  local what=$1
  shift
  if "$@" >"$root.out" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $what"; cat "$root.out"; fi
}

cp "$binary" "$root/govsite"
mkdir "$root/site"
cp -r "$src/content" "$src/themes" "$src/site.yaml" "$src/data" "$root/site/"
check "the binary has no program interpreter and needs no shared library" \
  bash -c "! readelf -lW '$binary' | grep -q INTERP && ! readelf -dW '$binary' | grep -q NEEDED"
check "the root holds only the binary and the site" test "$(ls -A "$root" | tr '\n' ' ')" = "govsite site "
check "govsite --version in the empty root names the version and the commit" \
  bash -c "chroot '$root' /govsite --version | grep -Eq '^govsite [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-z]+\)$'"
check "govsite build in the empty root exits 0" chroot "$root" /govsite build --site /site --out /site/public --quiet
check "and writes the pages (39 in the sample site)" bash -c "test -f '$root/site/public/index.html' && [ \$(find '$root/site/public' -name '*.html' | wc -l) -ge 39 ]"

port=$((20000 + $$ % 20000))
chroot "$root" /govsite serve --site /site --bind 127.0.0.1 --port "$port" --quiet >"$root.serve" 2>&1 &
serve_pid=$!
status=""
for _ in $(seq 100); do
  status=$(curl -s --max-time 5 -o "$root.page" -w '%{http_code}' "http://127.0.0.1:$port/policies/") && [ "$status" = 200 ] && break
  kill -0 "$serve_pid" 2>/dev/null || break
  sleep 0.1
done
check "govsite serve in the empty root answers 200 from outside it" test "$status" = 200
check "with the page" grep -q '<html lang="zh-CN"' "$root.page"
[ "$status" = 200 ] || cat "$root.serve"
rm -f "$root.out" "$root.page" "$root.serve"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
