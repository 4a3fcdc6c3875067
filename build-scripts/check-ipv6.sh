#!/usr/bin/env bash
# IPv6 check of a live site, for ops on a machine with both IPv4 and IPv6 connectivity
# (what government-site monitoring checks after the IPv6改造):
#   1. the domain has an AAAA record;
#   2. every URL of its sitemap answers over IPv6 (curl -6), with the same status and the
#      same body as over IPv4 (curl -4).
#
#   build-scripts/check-ipv6.sh DOMAIN [--port N] [--insecure]
#
# For testing against a local server, GOVSITE_ADDR6 and GOVSITE_ADDR4 (e.g. ::1 and
# 127.0.0.1) pin the addresses instead of DNS. Prints one line per problem and a final
# "N passed, M failed"; exits 1 on any failure.
set -uo pipefail
domain=${1:?usage: check-ipv6.sh DOMAIN [--port N] [--insecure]}
shift
port=443
insecure=()
while [ $# -gt 0 ]; do
  case $1 in
    --port) port=$2; shift 2 ;;
    --insecure) insecure=(-k); shift ;;
    *) echo "check-ipv6.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAILED: $*"; }

addr6=${GOVSITE_ADDR6:-$(getent ahostsv6 "$domain" | awk '$1 ~ /:/ && $1 !~ /^::ffff:/ {print $1; exit}')}
addr4=${GOVSITE_ADDR4:-$(getent ahostsv4 "$domain" | awk '{print $1; exit}')}
if [ -n "$addr6" ]; then ok; echo "AAAA $domain: $addr6"; else bad "$domain has no AAAA record"; fi
[ -n "$addr4" ] || bad "$domain has no A record"

get() {  # get FAMILY ADDRESS URL OUT → prints the status code
  curl -s "${insecure[@]}" "-$1" --max-time 20 --resolve "$domain:$port:$2" -o "$4" -w '%{http_code}' "$3"
}
base="https://$domain"
[ "$port" != 443 ] && base="$base:$port"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "$addr6" ] && [ "$(get 6 "$addr6" "$base/sitemap.xml" "$tmp/sitemap.xml")" = 200 ]; then
  ok
else
  bad "sitemap.xml is not reachable over IPv6"
fi
# A sitemap index lists parts: read them too.
locs() { grep -o '<loc>[^<]*</loc>' "$1" | sed 's|<loc>||; s|</loc>||'; }
urls=$(locs "$tmp/sitemap.xml" 2>/dev/null)
if grep -q '<sitemapindex' "$tmp/sitemap.xml" 2>/dev/null; then
  parts=$urls
  urls=""
  for part in $parts; do
    get 6 "$addr6" "${part/https:\/\/$domain\//$base/}" "$tmp/part.xml" >/dev/null && urls="$urls $(locs "$tmp/part.xml")"
  done
fi
n=0
for url in $urls; do
  n=$((n + 1))
  url=${url/https:\/\/$domain\//$base/}
  s6=$(get 6 "$addr6" "$url" "$tmp/six")
  s4=$(get 4 "$addr4" "$url" "$tmp/four")
  if [ "$s6" != 200 ]; then bad "$url answers $s6 over IPv6"; continue; fi
  if [ "$s6" != "$s4" ] || ! cmp -s "$tmp/six" "$tmp/four"; then bad "$url differs between IPv6 ($s6) and IPv4 ($s4)"; continue; fi
  ok
done
echo "$n URLs checked over IPv6 and IPv4"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
