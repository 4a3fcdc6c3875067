#!/bin/sh
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
#
# govsite-install-release (installed by the govsite package, run as root through sudo) runs
# this same text, from its own installed copy, with --bundle DIR on a bundle it unpacked
# into a private folder: the bundle's own install.sh is never run there.
set -eu

usage() { echo "usage: install.sh [--rollback] RELEASES_DIR" >&2; exit 2; }
rollback=0
here=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rollback) rollback=1; shift ;;
    --bundle) [ $# -ge 2 ] || usage; here=$2; shift 2 ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || usage
dir=$(cd "$1" 2>/dev/null && pwd || { mkdir -p "$1" && cd "$1" && pwd; })
nginx_cmd=${NGINX:-nginx}
keep=${KEEP:-@KEEP@}
case "$keep" in ""|*[!0-9]*) echo "install.sh: KEEP must be a number" >&2; exit 2 ;; esac
[ -n "$here" ] || here=$(cd "$(dirname "$0")" && pwd)

# Points link $2 at target $1 atomically: a new symlink renamed over the old one.
switch_link() {
  ln -sfn "$1" "$dir/.$2.new"
  mv -T "$dir/.$2.new" "$dir/$2"
}

# Puts current and previous back as they were ($1 and $2, empty when there was none).
restore_links() {
  if [ -n "$1" ]; then switch_link "$1" current; else rm -f "$dir/current"; fi
  if [ -n "$2" ]; then switch_link "$2" previous; else rm -f "$dir/previous"; fi
}

# nginx -t with the new links in place, then a check that nginx really loads this site, then
# the reload. On a failed test or reload both links go back ($1 and $2: the old current and
# previous).
check_and_reload() {
  [ "$nginx_cmd" = "none" ] && return 0
  if ! "$nginx_cmd" -t; then
    restore_links "$1" "$2"
    echo "install.sh: nginx -t failed; the previous links are restored" >&2
    exit 1
  fi
  # nginx -t also passes before the one-time include of this site exists. The loaded
  # configuration holds this site only if it has the root line written above and the
  # bundle's server_name.
  name=$(sed -n 's/.*"server_name":"\([^"]*\)".*/\1/p' "$dir/current/bundle.json")
  loaded=$("$nginx_cmd" -T 2>/dev/null || true)
  if ! printf '%s\n' "$loaded" | grep -qF "root \"$dir/current/site\";" ||
     ! printf '%s\n' "$loaded" | grep -qE "^[[:space:]]*server_name[[:space:]]+$(printf '%s' "$name" | sed 's/[][\\.*^$]/\\&/g');"; then
    echo "install.sh: nginx does not load $dir/current/nginx/site.conf, so $name is not served from here." >&2
    echo "install.sh: add this line once to the http block of nginx's configuration, then run" >&2
    echo "install.sh: 'nginx -t && nginx -s reload' (current already points at the new release):" >&2
    echo "    include $dir/current/nginx/site.conf;" >&2
    exit 1
  fi
  if ! "$nginx_cmd" -s reload; then
    restore_links "$1" "$2"
    echo "install.sh: nginx -s reload failed (is nginx running? start it, for example with" >&2
    echo "install.sh: 'systemctl start nginx', and install again); the previous links are restored" >&2
    exit 1
  fi
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

# 1. The bundle is complete and unchanged, holds nothing the manifest does not list, and
#    its nginx configuration has only the directives govsite writes (nginx loads it as
#    root's configuration: no include, alias or second root can come in with a bundle).
cd "$here"
fail() { echo "install.sh: $1; not installing" >&2; exit 1; }
[ -f MANIFEST.sha256 ] && [ -f bundle.json ] && [ -f nginx/site.conf ] && [ -d site ] || fail "this is not a govsite bundle (MANIFEST.sha256, bundle.json, nginx/site.conf and site/ are needed)"
grep -q '^{"generator":"govsite ' bundle.json || fail "bundle.json was not written by govsite"
sha256sum --quiet --strict -c MANIFEST.sha256 || fail "MANIFEST.sha256 does not match"
[ -z "$(find site nginx ! -type d ! -type f)" ] || fail "the bundle holds a link or special file"
unlisted=$(find site nginx -type f | awk 'NR == FNR { listed[substr($0, 67)] = 1; next } !($0 in listed)' MANIFEST.sha256 -)
[ -z "$unlisted" ] || fail "files not in MANIFEST.sha256: $unlisted"
directives='listen|server_name|return|ssl_certificate|ssl_certificate_key|ssl_protocols|index|charset|charset_types|gzip_static|server_tokens|error_page|add_header|deny|default_type|try_files'
token='("[^"]*"|[^"[:space:];{}]+)'
if grep -Ev "^[[:space:]]*(#.*)?\$|^[[:space:]]*($directives)([[:space:]]+$token)+;\$|^server \{\$|^    location( [~^*=]+)? $token \{\$|^[[:space:]]*\}\$|^    root \"[^\"]*\";\$" nginx/site.conf >&2 ||
   [ "$(grep -c '^[[:space:]]*root[[:space:]]' nginx/site.conf)" != 1 ]; then
  fail "nginx/site.conf holds a line govsite does not write (above)"
fi
release=$(sed -n 's/.*"release":"\([^"]*\)".*/\1/p' bundle.json)
case "$release" in
  ""|*[!0-9A-Za-z-]*) fail "bundle.json names no valid release" ;;
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
