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
trap 'rm -rf "$work"; rm -f /etc/sudoers.d/govsite-deploy-test; userdel govsite-deploy-test 2>/dev/null' EXIT
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
check "the man page and the bash completion are there" \
  test -f /usr/share/man/man1/govsite.1.gz -a -f /usr/share/bash-completion/completions/govsite
check "the installed completion completes govsite's commands" \
  bash -c "source /usr/share/bash-completion/completions/govsite && COMP_WORDS=(govsite ne) COMP_CWORD=1 && _govsite && [ \"\${COMPREPLY[*]}\" = 'new next-change' ]"

mkdir -p "$work/site"
cp -r "$src/content" "$src/themes" "$src/site.yaml" "$src/data" "$work/site/"
chmod 755 "$work"
check "the installed govsite bundles the sample site" \
  env SOURCE_DATE_EPOCH=1577750400 /usr/bin/govsite bundle --site "$work/site" --out "$work/site.tar.gz" --quiet
check "the installed govsite-install-release installs it" \
  env NGINX=none /usr/sbin/govsite-install-release "$work/site.tar.gz" "$work/releases"
check "the release is current" test -f "$work/releases/current/site/index.html"

# As the deploy user of docs/deploy.md, with exactly its sudoers line: the command runs as root
# from the user's own bundle file, and nothing else does. sudo clears the environment, so
# the real nginx steps run: the system's nginx does not include this site, and the command
# says so after installing the release.
deploy_user=govsite-deploy-test
sudoers=/etc/sudoers.d/govsite-deploy-test
if command -v sudo >/dev/null && command -v useradd >/dev/null && command -v nginx >/dev/null; then
  id "$deploy_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /bin/sh "$deploy_user"
  echo "$deploy_user ALL=(root) NOPASSWD: /usr/sbin/govsite-install-release" > "$sudoers"
  chmod 440 "$sudoers"
  check "the sudoers line of docs/deploy.md is valid" visudo -cf "$sudoers"
  mkdir "$work/deploy" "$work/srv"
  cp "$work/site.tar.gz" "$work/deploy/site.tar.gz"
  chown -R "$deploy_user" "$work/deploy"
  su -s /bin/sh "$deploy_user" -c "sudo -n /usr/sbin/govsite-install-release '$work/deploy/site.tar.gz' '$work/srv/www'" \
    > "$work/sudo.out" 2>&1
  check "through sudo, the deploy user's bundle is installed as root" \
    bash -c "test -f '$work/srv/www/current/site/index.html' && [ \"\$(stat -c %U '$work/srv/www/current/site/index.html')\" = root ]"
  check "and nginx not loading the site is reported with the include line" \
    grep -qF "include $work/srv/www/current/nginx/site.conf;" "$work/sudo.out"
  check "the deploy user can run nothing else as root" \
    bash -c "! su -s /bin/sh '$deploy_user' -c 'sudo -n /bin/sh -c id'"
  rm -f "$sudoers"
  userdel "$deploy_user" 2>/dev/null
else
  echo "deb_test: sudo, useradd or nginx missing: the deploy user's path is not tested (setup.sh --release --test)"
fi

check "dpkg -r removes the package" dpkg -r govsite
check "and its files" test ! -e /usr/bin/govsite -a ! -e /usr/sbin/govsite-install-release -a ! -e /usr/share/bash-completion/completions/govsite

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
