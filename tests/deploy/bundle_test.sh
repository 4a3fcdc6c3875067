#!/usr/bin/env bash
# End-to-end test of the deployment bundle (SPEC §6) with a real nginx:
#   1. two bundles of the sample site with the same SOURCE_DATE_EPOCH are byte-identical;
#   2. install.sh verifies the manifest, installs, switches, keeps `previous`, rolls back,
#      and refuses a tampered bundle;
#   3. nginx (Debian's, started as its own process) serves the installed release with the
#      bundle's own site.conf on [::1] and 127.0.0.1 (high ports, a self-signed certificate):
#      every sitemap URL over IPv6 and IPv4 with status 200, the right Content-Type, gzip,
#      the security headers, identical bodies; HTTP redirects to HTTPS; 404 and dotfiles.
#   tests/deploy/bundle_test.sh GOVSITE_BINARY SOURCE_DIR
set -uo pipefail
govsite=$1
src=$2
work=$(mktemp -d)
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
passed=0
failed=0
check() {  # check DESCRIPTION COMMAND…
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
for tool in nginx curl openssl sha256sum; do
  command -v "$tool" >/dev/null || { echo "bundle_test: $tool is missing (build-scripts/setup.sh --test installs it)"; echo "0 passed, 1 failed"; exit 1; }
done

mkdir -p "$work/site"
cp -r "$src/content" "$src/themes" "$src/site.yaml" "$src/data" "$work/site/"
export SOURCE_DATE_EPOCH=1577750400  # 2019-12-31
"$govsite" bundle --site "$work/site" --out "$work/a.tar.gz" --quiet || { echo "bundle failed"; echo "0 passed, 1 failed"; exit 1; }
"$govsite" bundle --site "$work/site" --out "$work/b.tar.gz" --quiet
check "two bundles of the same input are byte-identical" cmp "$work/a.tar.gz" "$work/b.tar.gz"
check "the archive lists site/, nginx/site.conf, install.sh, MANIFEST.sha256, bundle.json" \
  bash -c "tar tzf '$work/a.tar.gz' | grep -qx site/index.html && tar tzf '$work/a.tar.gz' | grep -qx site/index.html.gz &&
           tar tzf '$work/a.tar.gz' | grep -qx nginx/site.conf && tar tzf '$work/a.tar.gz' | grep -qx install.sh &&
           tar tzf '$work/a.tar.gz' | grep -qx MANIFEST.sha256 && tar tzf '$work/a.tar.gz' | grep -qx bundle.json"
check "bundle.json reports IPv6 readiness and both address families" \
  bash -c "tar xzOf '$work/a.tar.gz' bundle.json | grep -q '\"ready\":true' && tar xzOf '$work/a.tar.gz' bundle.json | grep -q 'listen \[::\]:443 ssl http2'"

# install.sh: first release, a second one, rollback, a tampered one.
mkdir "$work/unpacked" "$work/unpacked2"
tar xzf "$work/a.tar.gz" -C "$work/unpacked"
releases="$work/releases"
check "install.sh installs the first release" env NGINX=none "$work/unpacked/install.sh" "$releases"
first=$(readlink "$releases/current")
check "current points at a release with the site" test -f "$releases/current/site/index.html"
check "the installed nginx config serves RELEASES_DIR/current/site" grep -qF "root \"$releases/current/site\";" "$releases/current/nginx/site.conf"
echo "第二版" >> "$work/site/content/pages/lxfs.md"
SOURCE_DATE_EPOCH=1577836800 "$govsite" bundle --site "$work/site" --out "$work/c.tar.gz" --quiet
tar xzf "$work/c.tar.gz" -C "$work/unpacked2"
check "install.sh installs a second release" env NGINX=none "$work/unpacked2/install.sh" "$releases"
second=$(readlink "$releases/current")
check "current moved to the second release" test "$first" != "$second"
check "previous points at the first release" test "$(readlink "$releases/previous")" = "$first"
check "rollback returns to the first release" env NGINX=none "$work/unpacked2/install.sh" --rollback "$releases"
check "after rollback current is the first release" test "$(readlink "$releases/current")" = "$first"
# A third release with KEEP=1: the second release (neither current nor previous) is removed.
echo "第三版" >> "$work/site/content/pages/lxfs.md"
SOURCE_DATE_EPOCH=1577923200 "$govsite" bundle --site "$work/site" --out "$work/d.tar.gz" --quiet
mkdir "$work/unpacked3" && tar xzf "$work/d.tar.gz" -C "$work/unpacked3"
check "install.sh installs a third release" env NGINX=none KEEP=1 "$work/unpacked3/install.sh" "$releases"
check "older releases beyond KEEP are removed, current and previous kept" \
  bash -c "[ \$(ls -1d '$releases'/releases/*/ | wc -l) -eq 2 ] && [ -d '$releases/current/site' ] && [ -d '$releases/previous/site' ]"
check "rollback after the third install" env NGINX=none "$work/unpacked3/install.sh" --rollback "$releases"
first=$(readlink "$releases/current")
# nginx -t failing: both links go back as they were.
before_current=$(readlink "$releases/current"); before_previous=$(readlink "$releases/previous")
check "a release whose nginx -t fails is not switched to" bash -c "! NGINX=false '$work/unpacked2/install.sh' '$releases'"
check "after a failed nginx -t, current and previous are as before" \
  test "$(readlink "$releases/current")|$(readlink "$releases/previous")" = "$before_current|$before_previous"
# A releases folder whose name has a space and sed/nginx metacharacters.
odd="$work/odd dir&a|b"
check "install.sh into a folder with a space, & and |" env NGINX=none "$work/unpacked/install.sh" "$odd"
check "its root line is quoted and exact" grep -qxF "    root \"$odd/current/site\";" "$odd/current/nginx/site.conf"
echo "tampered" >> "$work/unpacked2/site/index.html"
check "a tampered bundle is refused" bash -c "! NGINX=none '$work/unpacked2/install.sh' '$releases'"
check "the refused bundle changed nothing" test "$(readlink "$releases/current")" = "$first"

# A real nginx serving the installed first release over IPv6 and IPv4.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=sfj.panjin.gov.cn" \
  -keyout "$work/tls.key" -out "$work/tls.crt" >/dev/null 2>&1
# Ports the kernel says are free now, on both families, so two runs of the suite at once
# (or another service) cannot collide with this one.
read -r http_port https_port < <(python3 -c '
import socket
ports = []
while len(ports) < 2:
    with socket.socket(socket.AF_INET6) as s6:
        s6.bind(("::1", 0)); p = s6.getsockname()[1]
        with socket.socket() as s4:
            try: s4.bind(("127.0.0.1", p))
            except OSError: continue
    ports.append(p)
print(*ports)')
sed -e "s|listen 80;|listen 127.0.0.1:$http_port;|; s|listen \[::\]:80;|listen [::1]:$http_port;|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|; s|listen \[::\]:443 ssl http2;|listen [::1]:$https_port ssl http2;|" \
    -e "s|ssl_certificate .*;|ssl_certificate $work/tls.crt;|; s|ssl_certificate_key .*;|ssl_certificate_key $work/tls.key;|" \
    "$releases/current/nginx/site.conf" > "$work/site.conf"
mkdir -p "$work/nginx/logs"
cat > "$work/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  include $work/site.conf;
}
CONF
check "nginx -t accepts the bundle's config" nginx -t -c "$work/nginx.conf" -p "$work/nginx"
nginx -c "$work/nginx.conf" -p "$work/nginx"
for _ in $(seq 50); do [ -s "$work/nginx/nginx.pid" ] && break; sleep 0.1; done
nginx_pid=$(cat "$work/nginx/nginx.pid" 2>/dev/null)
check "nginx started" test -n "$nginx_pid"

fetch() {  # fetch ADDRESS PATH → headers in $work/h.ADDR, body in $work/b.ADDR
  curl -sk -g --max-time 10 -H "Host: sfj.panjin.gov.cn" -H "Accept-Encoding: gzip" \
    -D "$work/h.$1" -o "$work/b.$1" "https://$1:$https_port$2"
}
urls=$(tar xzOf "$work/a.tar.gz" site/sitemap.xml | grep -o '<loc>[^<]*</loc>' | sed 's|<loc>https://sfj.panjin.gov.cn||; s|</loc>||')
count=0
bad=0
for path in $urls; do
  count=$((count + 1))
  fetch "[::1]" "$path"; fetch "127.0.0.1" "$path"
  h6="$work/h.[::1]"; h4="$work/h.127.0.0.1"
  ok=1
  grep -q "^HTTP/[0-9.]* 200" "$h6" || ok=0
  grep -qi "^content-type: text/html; charset=utf-8" "$h6" || ok=0
  grep -qi "^content-encoding: gzip" "$h6" || ok=0
  grep -qi "^strict-transport-security: max-age=31536000" "$h6" || ok=0
  grep -qi "^x-content-type-options: nosniff" "$h6" || ok=0
  grep -qi "^referrer-policy: " "$h6" || ok=0
  grep -qi "^content-security-policy: default-src 'self'" "$h6" || ok=0
  cmp -s "$work/b.[::1]" "$work/b.127.0.0.1" || ok=0
  [ "$(grep -i '^content-type' "$h6")" = "$(grep -i '^content-type' "$h4")" ] || ok=0
  if [ $ok = 0 ]; then bad=$((bad + 1)); echo "FAILED: $path"; cat "$h6"; fi
done
check "the sitemap lists every page (39 in the sample site)" test "$count" -ge 39
check "every sitemap URL is served identically over IPv6 and IPv4 with gzip and the security headers" test "$bad" -eq 0
check "the gzip body is the page" bash -c "gzip -dc '$work/b.[::1]' | grep -q '<html lang=\"zh-CN\"'"
curl -sk -g -o /dev/null -D "$work/h.css" -H "Host: sfj.panjin.gov.cn" "https://[::1]:$https_port/$(cd "$releases/current/site" && ls css/*.css | head -1)"
check "fingerprinted CSS is cached for a year" grep -qi "^cache-control: public, max-age=31536000, immutable" "$work/h.css"
check "CSS has its own type" grep -qi "^content-type: text/css" "$work/h.css"
curl -s -g -o /dev/null -D "$work/h.http" -H "Host: sfj.panjin.gov.cn" "http://[::1]:$http_port/policies/"
check "plain HTTP over IPv6 redirects to HTTPS" grep -qi "^location: https://sfj.panjin.gov.cn/policies/" "$work/h.http"
curl -sk -g -o "$work/b.404" -D "$work/h.404" -H "Host: sfj.panjin.gov.cn" "https://[::1]:$https_port/no-such-page/"
check "a missing page answers 404 with the site's 404 page" bash -c "grep -q '^HTTP/[0-9.]* 404' '$work/h.404' && grep -q '页面不存在' '$work/b.404'"
echo "secret" > "$releases/current/site/.env"
curl -sk -g -o /dev/null -D "$work/h.dot" -H "Host: sfj.panjin.gov.cn" "https://[::1]:$https_port/.env"
check "dotfiles are denied" grep -q "^HTTP/[0-9.]* 403" "$work/h.dot"
curl -sk -g -o /dev/null -D "$work/h.csv" -H "Host: sfj.panjin.gov.cn" "https://127.0.0.1:$https_port/catalog.csv"
check "catalog.csv is served as text/csv" grep -qi "^content-type: text/csv; charset=utf-8" "$work/h.csv"

# The ops check, pointed at this nginx instead of DNS.
check "check-ipv6.sh finds every sitemap URL identical over IPv6 and IPv4" \
  env GOVSITE_ADDR6=::1 GOVSITE_ADDR4=127.0.0.1 "$src/build-scripts/check-ipv6.sh" sfj.panjin.gov.cn --port $https_port --insecure

# install.sh and nginx (#24): a running nginx whose configuration lacks this site's include
# passes nginx -t and reloads, yet serves nothing from RELEASES_DIR; an nginx that is not
# running fails the reload after `current` was switched.
mkdir -p "$work/site2" "$work/ng2/logs" "$work/unpacked4"
cp -r "$work/site/content" "$work/site/themes" "$work/site/data" "$work/site2/"
sed -e "s|tls_certificate: .*|tls_certificate: $work/tls.crt|; s|tls_key: .*|tls_key: $work/tls.key|" \
  "$work/site/site.yaml" > "$work/site2/site.yaml"
"$govsite" bundle --site "$work/site2" --out "$work/e.tar.gz" --quiet
tar xzf "$work/e.tar.gz" -C "$work/unpacked4"
rel2="$work/releases2"
check "install.sh installs a release for the include checks" env NGINX=none "$work/unpacked4/install.sh" "$rel2"
sed -e "s|include $work/site.conf;|include $rel2/current/nginx/site.conf;|; s|pid .*;|pid $work/ng2/nginx.pid;|" \
  -e "s|error_log .*;|error_log $work/ng2/logs/error.log;|; s|$work/nginx/|$work/ng2/|g" "$work/nginx.conf" > "$work/ng2.conf"
printf '#!/bin/sh\nexec nginx -c "%s" -p "%s" "$@"\n' "$work/nginx.conf" "$work/nginx" > "$work/nginx-without-include"
printf '#!/bin/sh\nexec nginx -c "%s" -p "%s" "$@"\n' "$work/ng2.conf" "$work/ng2" > "$work/nginx-stopped"
# -t and -T see the configuration with the include; the reload goes to the running nginx.
printf '#!/bin/sh\n[ "$*" = "-s reload" ] && exec "%s" "$@"\nexec "%s" "$@"\n' "$work/nginx-without-include" "$work/nginx-stopped" > "$work/nginx-with-include"
chmod 755 "$work/nginx-without-include" "$work/nginx-stopped" "$work/nginx-with-include"
check "nginx -t passes with the site's include" "$work/nginx-stopped" -t
rm -rf "$rel2/releases"/* "$rel2/current"
NGINX="$work/nginx-without-include" "$work/unpacked4/install.sh" "$rel2" > "$work/out.noinclude" 2>&1
check "without the site's include in nginx, install.sh fails" test $? -ne 0
check "and says which include line to add" grep -qF "    include $rel2/current/nginx/site.conf;" "$work/out.noinclude"
check "with the include in nginx's configuration, install.sh installs and reloads" \
  env NGINX="$work/nginx-with-include" "$work/unpacked4/install.sh" "$rel2"
live=$(readlink "$rel2/current")
echo "第四版" >> "$work/site2/content/pages/lxfs.md"
SOURCE_DATE_EPOCH=1578009600 "$govsite" bundle --site "$work/site2" --out "$work/f.tar.gz" --quiet
mkdir "$work/unpacked5" && tar xzf "$work/f.tar.gz" -C "$work/unpacked5"
NGINX="$work/nginx-stopped" "$work/unpacked5/install.sh" "$rel2" > "$work/out.stopped" 2>&1
check "with nginx not running, install.sh fails" test $? -ne 0
check "and current stays on the release nginx serves" test "$(readlink "$rel2/current")" = "$live"
check "and says that the reload failed and the links are restored" \
  grep -q "nginx -s reload failed (is nginx running?" "$work/out.stopped"

kill "$nginx_pid" 2>/dev/null && nginx_pid=""
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
