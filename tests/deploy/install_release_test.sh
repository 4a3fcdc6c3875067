#!/usr/bin/env bash
# End-to-end test of govsite-install-release, the root-owned command a deploy user may run
# through sudo (#22): it installs a good bundle with its own copy of the install logic,
# never runs the bundle's install.sh, and refuses, changing nothing, an archive with links
# or ".." names, a changed or incomplete bundle, an nginx/site.conf with lines govsite does
# not write, a file that is no govsite bundle, and a RELEASES_DIR or NGINX others can change.
#   tests/deploy/install_release_test.sh GOVSITE_BINARY INSTALL_RELEASE_COMMAND SOURCE_DIR
# Exits 77 (skipped) when not root: the command refuses to run as anyone else.
set -uo pipefail
govsite=$1
installer=$2
src=$3
if [ "$(id -u)" != 0 ]; then echo "install_release_test: skipped (needs root)"; exit 77; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND…
  local what=$1
  shift
  if "$@" >"$work/last.out" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $what"; cat "$work/last.out"; fi
}
refused() {  # refused DESCRIPTION BUNDLE: the command fails and current does not move
  local before
  before=$(readlink "$releases/current")
  check "$1: refused" bash -c "! NGINX=none '$installer' '$2' '$releases'"
  check "$1: current unchanged" test "$(readlink "$releases/current")" = "$before"
}
# repack DIR OUT: a bundle from an unpacked folder, MANIFEST.sha256 made again to match.
repack() {
  (cd "$1" && find site nginx install.sh bundle.json -type f | LC_ALL=C sort | xargs sha256sum > MANIFEST.sha256 &&
   tar czf "$2" --owner=0 --group=0 *)
}

mkdir -p "$work/site"
cp -r "$src/content" "$src/themes" "$src/site.yaml" "$src/data" "$work/site/"
export SOURCE_DATE_EPOCH=1577750400
"$govsite" bundle --site "$work/site" --out "$work/a.tar.gz" --quiet || { echo "bundle failed"; echo "0 passed, 1 failed"; exit 1; }
releases="$work/srv/releases"
mkdir -p "$work/srv"
chmod 755 "$work" "$work/srv"

check "the command carries the bundle's install logic word for word" bash -c \
  "sed -n '/^logic=\$(cat <<.GOVSITE_INSTALL_LOGIC./,/^GOVSITE_INSTALL_LOGIC\$/p' '$installer' | sed '1d;\$d' |
   cmp - <(tar xzOf '$work/a.tar.gz' install.sh)"
check "installs a bundle" env NGINX=none "$installer" "$work/a.tar.gz" "$releases"
check "current holds the site" test -f "$releases/current/site/index.html"
check "the root line points at RELEASES_DIR/current/site" grep -qF "root \"$releases/current/site\";" "$releases/current/nginx/site.conf"
first=$(readlink "$releases/current")

# A bundle whose install.sh was replaced (and the manifest made to match): installed with
# the command's own logic, the bundle's script never runs.
mkdir "$work/evil" && tar xzf "$work/a.tar.gz" -C "$work/evil"
printf '#!/bin/sh\ntouch %s/pwned\n' "$work" > "$work/evil/install.sh"
echo "第二版" >> "$work/evil/site/index.html"
sed -i 's/"release":"[^"]*"/"release":"2019-12-31-0000beef"/' "$work/evil/bundle.json"
repack "$work/evil" "$work/evil.tar.gz"
check "a bundle with its own installer is installed by the command's logic" env NGINX=none "$installer" "$work/evil.tar.gz" "$releases"
check "the bundle's install.sh did not run" test ! -e "$work/pwned"
check "current is the new release" test "$(readlink "$releases/current")" = releases/2019-12-31-0000beef
check "previous is the first release" test "$(readlink "$releases/previous")" = "$first"

# Archives that could make tar write outside the folder.
python3 - "$work" <<'PY'
import io, sys, tarfile
work = sys.argv[1]
def archive(name, members):
    with tarfile.open(f"{work}/{name}", "w:gz") as t:
        for m, data in members:
            if data is not None:
                m.size = len(data)
                t.addfile(m, io.BytesIO(data))
            else:
                t.addfile(m)
link = tarfile.TarInfo("site/etc"); link.type = tarfile.SYMTYPE; link.linkname = "/etc"
archive("link.tar.gz", [(link, None), (tarfile.TarInfo("site/etc/govsite-test"), b"x")])
archive("dotdot.tar.gz", [(tarfile.TarInfo("site/../../escaped"), b"x"), (tarfile.TarInfo("bundle.json"), b"{}")])
archive("absolute.tar.gz", [(tarfile.TarInfo("/tmp/govsite-absolute-test"), b"x"), (tarfile.TarInfo("bundle.json"), b"{}")])
archive("notbundle.tar.gz", [(tarfile.TarInfo("readme.txt"), b"hello")])
PY
refused "an archive with a symlink" "$work/link.tar.gz"
check "nothing was written through the link" test ! -e /etc/govsite-test
refused "an archive with .. in a name" "$work/dotdot.tar.gz"
check "nothing escaped the folder" test ! -e "$work/escaped"
refused "an archive with an absolute name" "$work/absolute.tar.gz"
refused "an archive that is no govsite bundle" "$work/notbundle.tar.gz"
echo "not gzip" > "$work/garbage.tar.gz"
refused "a file that is no archive" "$work/garbage.tar.gz"

# Changed bundles.
mkdir "$work/changed" && tar xzf "$work/a.tar.gz" -C "$work/changed"
echo "changed" >> "$work/changed/site/index.html"
(cd "$work/changed" && tar czf "$work/changed.tar.gz" *)
refused "a bundle whose file does not match MANIFEST.sha256" "$work/changed.tar.gz"
mkdir "$work/extra" && tar xzf "$work/a.tar.gz" -C "$work/extra"
echo "extra" > "$work/extra/site/extra.html"
(cd "$work/extra" && tar czf "$work/extra.tar.gz" *)
refused "a bundle with a file MANIFEST.sha256 does not list" "$work/extra.tar.gz"
for line in '    alias /etc/;' '    include /etc/nginx/evil.conf;' '        root /;' '    location / { alias /; }'; do
  rm -rf "$work/conf" && mkdir "$work/conf" && tar xzf "$work/a.tar.gz" -C "$work/conf"
  sed -i "/^    index index.html;/a\\$line" "$work/conf/nginx/site.conf"
  repack "$work/conf" "$work/conf.tar.gz"
  refused "an nginx/site.conf with '$line'" "$work/conf.tar.gz"
done

# Where it installs and what it runs.
check "a relative RELEASES_DIR is refused" bash -c "! NGINX=none '$installer' '$work/a.tar.gz' relative/dir"
mkdir -p "$work/open" && chmod 777 "$work/open"
check "a RELEASES_DIR under a folder anyone can write is refused" \
  bash -c "! NGINX=none '$installer' '$work/a.tar.gz' '$work/open/releases' && test ! -e '$work/open/releases/current'"
mkdir -p "$work/sticky" && chmod 1777 "$work/sticky"
check "a RELEASES_DIR anyone can write, even sticky, is refused" \
  bash -c "! NGINX=none '$installer' '$work/a.tar.gz' '$work/sticky' && test ! -e '$work/sticky/current'"
check "a RELEASES_DIR under a sticky folder is accepted" env NGINX=none "$installer" "$work/a.tar.gz" "$work/sticky/releases"
printf '#!/bin/sh\nexit 0\n' > "$work/fake-nginx" && chmod 777 "$work/fake-nginx"
check "an NGINX program others can change is refused" \
  bash -c "! NGINX='$work/fake-nginx' '$installer' '$work/a.tar.gz' '$releases'"
check "an NGINX that is not an absolute path is refused" \
  bash -c "! NGINX=./nginx '$installer' '$work/a.tar.gz' '$releases'"
check "a KEEP that is not a number is refused" bash -c "! NGINX=none KEEP='1;id' '$installer' '$work/a.tar.gz' '$releases'"
check "a missing bundle is refused" bash -c "! NGINX=none '$installer' '$work/none.tar.gz' '$releases'"
check "usage: two arguments" bash -c "! '$installer' '$work/a.tar.gz'"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
