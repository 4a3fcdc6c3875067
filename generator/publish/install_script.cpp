#include "publish/install_script.h"

namespace govsite {

namespace {

const char* kScript = R"SH(#!/bin/sh
# Installs this govsite bundle as a new release and switches the site to it atomically.
#
#   ./install.sh RELEASES_DIR              verify, unpack, switch, check nginx, reload
#   ./install.sh --rollback RELEASES_DIR   switch back to the previous release
#
# RELEASES_DIR/releases/<release>/  one folder per installed release (site/, nginx/, …)
# RELEASES_DIR/current              symlink to the release being served
# RELEASES_DIR/previous             symlink to the one before (for --rollback)
# nginx includes RELEASES_DIR/current/nginx/site.conf, whose root is RELEASES_DIR/current/site.
#
# Environment: NGINX (default "nginx"; "none" skips the check and reload, e.g. in tests),
# KEEP (releases kept, default @KEEP@).
set -eu

usage() { echo "usage: $0 [--rollback] RELEASES_DIR" >&2; exit 2; }
rollback=0
if [ "${1:-}" = "--rollback" ]; then rollback=1; shift; fi
[ $# -eq 1 ] || usage
dir=$(cd "$1" 2>/dev/null && pwd || { mkdir -p "$1" && cd "$1" && pwd; })
nginx_cmd=${NGINX:-nginx}
keep=${KEEP:-@KEEP@}
here=$(cd "$(dirname "$0")" && pwd)

# Points link $2 at target $1 atomically: a new symlink renamed over the old one.
switch_link() {
  ln -sfn "$1" "$dir/.$2.new"
  mv -T "$dir/.$2.new" "$dir/$2"
}

# nginx -t with the new links in place; on failure put both links back as they were
# ($1 and $2: the old current and previous, empty when there was none).
check_and_reload() {
  [ "$nginx_cmd" = "none" ] && return 0
  if ! "$nginx_cmd" -t; then
    echo "install.sh: nginx -t failed; the previous links are restored" >&2
    if [ -n "$1" ]; then switch_link "$1" current; else rm -f "$dir/current"; fi
    if [ -n "$2" ]; then switch_link "$2" previous; else rm -f "$dir/previous"; fi
    exit 1
  fi
  "$nginx_cmd" -s reload
}

if [ $rollback = 1 ]; then
  [ -L "$dir/previous" ] || { echo "install.sh: no previous release to roll back to" >&2; exit 1; }
  cur=$(readlink "$dir/current")
  prev=$(readlink "$dir/previous")
  switch_link "$prev" current
  switch_link "$cur" previous
  check_and_reload "$cur" "$prev"
  echo "install.sh: rolled back to $prev"
  exit 0
fi

# 1. The bundle is complete and unchanged.
cd "$here"
sha256sum --quiet --strict -c MANIFEST.sha256 || { echo "install.sh: MANIFEST.sha256 does not match; not installing" >&2; exit 1; }
release=$(sed -n 's/.*"release":"\([^"]*\)".*/\1/p' bundle.json)
case "$release" in
  ""|*[!0-9A-Za-z-]*) echo "install.sh: bundle.json names no valid release" >&2; exit 1 ;;
esac

# 2. Unpack into a new release folder (staged, then renamed into place).
mkdir -p "$dir/releases"
if [ -e "$dir/releases/$release" ]; then
  echo "install.sh: release $release is already installed; switching to it"
else
  staging="$dir/releases/.staging-$$"
  rm -rf "$staging"
  mkdir "$staging"
  cp -R site nginx bundle.json MANIFEST.sha256 "$staging/"
  # nginx serves RELEASES_DIR/current/site, wherever ops put RELEASES_DIR (quoted for
  # nginx; escaped for sed).
  root_line=$(printf '    root "%s/current/site";' "$dir" | sed 's/[\\&|]/\\&/g')
  sed -i "s|^    root .*;|$root_line|" "$staging/nginx/site.conf"
  mv "$staging" "$dir/releases/$release"
fi

# 3. Switch, check, reload.
old=""
old_previous=""
[ -L "$dir/current" ] && old=$(readlink "$dir/current")
[ -L "$dir/previous" ] && old_previous=$(readlink "$dir/previous")
switch_link "releases/$release" current
if [ -n "$old" ] && [ "$old" != "releases/$release" ]; then switch_link "$old" previous; fi
check_and_reload "$old" "$old_previous"

# 4. Keep the newest $keep releases (never current or previous).
ls -1dt "$dir"/releases/*/ 2>/dev/null | tail -n +$((keep + 1)) | while read -r r; do
  r=${r%/}
  case "releases/${r##*/}" in
    "$(readlink "$dir/current")"|"$(readlink "$dir/previous" 2>/dev/null)") ;;
    *) rm -rf "$r" ;;
  esac
done
echo "install.sh: $release is live in $dir/current"
)SH";

}  // namespace

std::string install_script(int keep) {
  std::string s = kScript;
  for (size_t at; (at = s.find("@KEEP@")) != std::string::npos;) s.replace(at, 6, std::to_string(keep));
  return s;
}

}  // namespace govsite
