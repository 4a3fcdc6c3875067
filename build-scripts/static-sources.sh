#!/usr/bin/env bash
# Fetches the two library sources the static govsite binary compiles in, because Debian 12
# ships them only as shared libraries: cpp-httplib (libcpp-httplib-dev has the declarations
# and a .so; its source package has the whole httplib.h, which its own split.py cuts into
# httplib.h + httplib.cc as Debian's build does) and tinyxml2 (libtinyxml2-dev has no .a).
# Both are the Debian source packages of exactly the installed versions, fetched with
# apt-get source from the deb-src twins of this machine's Debian sources (a private apt
# folder: the system's apt configuration is not changed). Does nothing when DIR has them.
#   build-scripts/static-sources.sh DIR   → DIR/httplib/httplib.{h,cc}, DIR/tinyxml2/tinyxml2.cpp
set -euo pipefail
dir=$1
[[ -f "$dir/httplib/httplib.cc" && -f "$dir/tinyxml2/tinyxml2.cpp" ]] && exit 0
for tool in apt-get dpkg-source python3; do
  command -v "$tool" >/dev/null || { echo "static-sources: $tool is missing (build-scripts/setup.sh --release installs it)" >&2; exit 1; }
done
rm -rf "$dir/download" "$dir/apt/sources.list.d"
mkdir -p "$dir/apt/lists/partial" "$dir/apt/sources.list.d" "$dir/download"
dir=$(cd "$dir" && pwd)
apt_dir="$dir/apt"
: > "$apt_dir/sources.list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [[ -f "$f" ]] && sed -n 's/^deb \(.*debian.*\)$/deb-src \1/p' "$f" >> "$apt_dir/sources.list"
done
for f in /etc/apt/sources.list.d/*.sources; do
  [[ -f "$f" ]] && grep -qi '^URIs:.*debian' "$f" &&
    sed 's/^Types:.*/Types: deb-src/' "$f" > "$apt_dir/sources.list.d/${f##*/}"
done
apt_options=(-q -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
apt-get "${apt_options[@]}" update >/dev/null
version() { dpkg-query -W -f='${source:Version}' "$1"; }
cd "$dir/download"
# The installed versions; when the mirror has moved on (a machine not upgraded since), the
# current ones, which must then have the same headers (checked below).
apt-get "${apt_options[@]}" source --download-only \
  "cpp-httplib=$(version libcpp-httplib-dev)" "tinyxml2=$(version libtinyxml2-dev)" >/dev/null 2>&1 ||
  apt-get "${apt_options[@]}" source --download-only cpp-httplib tinyxml2 >/dev/null
rm -rf httplib-src tinyxml2-src
# apt checked the files against the signed Sources index; dpkg-source checks them against
# the .dsc again (and only warns that it has no key for the uploader's signature).
for package in cpp-httplib:httplib-src tinyxml2:tinyxml2-src; do
  dpkg-source -x "${package%%:*}"_*.dsc "${package#*:}" >/dev/null 2>"$dir/dpkg-source.log" ||
    { cat "$dir/dpkg-source.log" >&2; exit 1; }
done
mkdir -p "$dir/httplib" "$dir/tinyxml2"
python3 "$PWD/httplib-src/split.py" -o "$dir/httplib" >/dev/null
cmp -s "$dir/httplib/httplib.h" /usr/include/httplib.h ||
  { echo "static-sources: the split httplib.h differs from libcpp-httplib-dev's" >&2; exit 1; }
cmp -s tinyxml2-src/tinyxml2.h /usr/include/tinyxml2.h ||
  { echo "static-sources: tinyxml2.h of the source package differs from libtinyxml2-dev's" >&2; exit 1; }
cp tinyxml2-src/tinyxml2.cpp tinyxml2-src/tinyxml2.h "$dir/tinyxml2/"
