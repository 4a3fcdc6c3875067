#!/usr/bin/env bash
# Builds the release artifacts of govsite into dist/release/:
#   govsite_<version>_amd64.deb          Debian 12 package: /usr/bin/govsite and
#                                        /usr/sbin/govsite-install-release (CPack; the
#                                        dependencies come from dpkg-shlibdeps; lintian
#                                        must find no error)
#   govsite-<version>-linux-x86_64       the statically linked binary, for any x86-64 Linux
#   govsite-install-release-<version>    the install command on its own (a shell script)
#   SHA256SUMS                           sha256sum of the three
# In the build folder build/ (the one build.sh and test.sh use), configured with
# -DGOVSITE_STATIC=ON; extra arguments go to cmake (e.g. -DGOVSITE_COMMIT=abc1234 when
# building from a tarball without git).
#   build-scripts/release.sh [cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."
build-scripts/setup.sh
build-scripts/setup.sh --release
build=build
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DGOVSITE_STATIC=ON "$@" >/dev/null
# glibc warns, for the static link, that getaddrinfo and dlopen would need its shared
# libraries at run time; govsite needs neither there (see CMakeLists.txt).
cmake --build "$build" -j"$(nproc)" --target govsite govsite-static install_release_command package_docs 2>&1 |
  grep -Ev "requires at runtime the shared libraries from the glibc version|^/usr/bin/ld: .*: in function" || true
[[ -x "$build/govsite-static" ]] || { echo "release: the static binary was not built" >&2; exit 1; }
version=$("$build/govsite" --version | sed -n 's/^govsite \([0-9.]*\) .*/\1/p')
deb="govsite_${version}_amd64.deb"
rm -f "$build/$deb"
(cd "$build" && cpack -G DEB >/dev/null)

# lintian: errors fail the release, warnings are printed.
lintian_output=$(lintian --tag-display-limit 0 "$build/$deb" 2>&1 | grep -v '^running with root privileges' || true)
[[ -n "$lintian_output" ]] && echo "$lintian_output"
if grep -q '^E:' <<<"$lintian_output"; then echo "release: lintian found errors in $deb" >&2; exit 1; fi

out=dist/release
rm -rf "$out"
mkdir -p "$out"
cp "$build/$deb" "$out/"
cp "$build/govsite-static" "$out/govsite-${version}-linux-x86_64"
cp "$build/govsite-install-release" "$out/govsite-install-release-${version}"
(cd "$out" && sha256sum -- * > SHA256SUMS)
echo "release: $("$build/govsite" --version) in $out/:"
(cd "$out" && ls -l)
