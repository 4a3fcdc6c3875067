#!/usr/bin/env bash
# The Debian package (build-scripts/release.sh) on this Debian 12 machine (#22): it installs
# with dpkg -i plus apt-get -f install, /usr/bin/govsite --version names the version and
# the commit, /usr/sbin/govsite-install-release is root's and installs a bundle built by
# the installed govsite, lintian finds no error, and dpkg -r removes it all again.
#   tests/release/deb_test.sh DEB SOURCE_DIR
# Exits 77 (skipped) when DEB was not built or when not root.
set -uo pipefail
deb=$1
src=$2
if [ ! -f "$deb" ]; then echo "deb_test: skipped: $deb was not built (build-scripts/release.sh)"; exit 77; fi
if [ "$(id -u)" != 0 ]; then echo "deb_test: skipped (installing a package needs root)"; exit 77; fi
for tool in dpkg apt-get lintian; do
  command -v "$tool" >/dev/null || { echo "deb_test: $tool is missing (build-scripts/setup.sh --release)"; echo "0 passed, 1 failed"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND…
  local what=$1
  shift
  if "$@" >"$work/out" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $what"; cat "$work/out"; fi
}
export DEBIAN_FRONTEND=noninteractive

lintian --tag-display-limit 0 "$deb" > "$work/lintian" 2>&1
check "lintian reports no error" bash -c "! grep '^E:' '$work/lintian'"
grep '^[EW]:' "$work/lintian"
check "the package depends on the libraries the binary links (dpkg-shlibdeps)" \
  bash -c "dpkg-deb -f '$deb' Depends | grep -q 'libyaml-cpp0.7' && dpkg-deb -f '$deb' Depends | grep -q 'libc6'"
check "dpkg -i plus apt-get -f install installs it" \
  bash -c "{ dpkg -i '$deb' || apt-get -f install -y -qq; } && dpkg-query -W -f='\${Status}' govsite | grep -q 'install ok installed'"
check "/usr/bin/govsite --version names the version and the commit" \
  bash -c "/usr/bin/govsite --version | grep -Eq '^govsite [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-z]+\)$'"
check "/usr/sbin/govsite-install-release is root's, executable and writable by no one else" \
  bash -c "[ \"\$(stat -c '%U:%G %a' /usr/sbin/govsite-install-release)\" = 'root:root 755' ]"
check "the documentation files are there" test -f /usr/share/doc/govsite/copyright -a -f /usr/share/doc/govsite/changelog.gz

mkdir -p "$work/site"
cp -r "$src/content" "$src/themes" "$src/site.yaml" "$work/site/"
chmod 755 "$work"
check "the installed govsite bundles the sample site" \
  env SOURCE_DATE_EPOCH=1577750400 /usr/bin/govsite bundle --site "$work/site" --out "$work/site.tar.gz" --quiet
check "the installed govsite-install-release installs it" \
  env NGINX=none /usr/sbin/govsite-install-release "$work/site.tar.gz" "$work/releases"
check "the release is current" test -f "$work/releases/current/site/index.html"

check "dpkg -r removes the package" dpkg -r govsite
check "and its files" test ! -e /usr/bin/govsite -a ! -e /usr/sbin/govsite-install-release

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
