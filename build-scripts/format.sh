#!/usr/bin/env bash
# Formats govsite's C++ sources (every .cpp and .h under generator/ and tests/, the fuzz
# targets of tests/fuzz/ included) with clang-format 14 and the repository's .clang-format.
#   build-scripts/format.sh           reformat them in place
#   build-scripts/format.sh --check   change nothing; name each file that differs and exit 1
# The ctest test `format` runs the check. Another major version of clang-format formats some
# constructs differently, so the script refuses it rather than report a tree as unformatted;
# CLANG_FORMAT names another binary (clang-format-14). build-scripts/setup.sh --test
# installs Debian's clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "format.sh: $clang_format not found; build-scripts/setup.sh --test installs it" >&2
  exit 2
fi
version=$("$clang_format" --version)
if [[ ! "$version" =~ clang-format\ version\ 14\. ]]; then
  echo "format.sh: .clang-format is for clang-format 14 (Debian 12); $clang_format is: $version" >&2
  echo "format.sh: set CLANG_FORMAT to a clang-format 14 binary" >&2
  exit 2
fi

# node_modules: tests/browser/ installs npm packages, which are not ours.
mapfile -d '' files < <(find generator tests -name node_modules -prune -o -type f \
  \( -name '*.cpp' -o -name '*.h' \) -print0 | LC_ALL=C sort -z)

if [[ "${1:-}" != "--check" ]]; then
  printf '%s\0' "${files[@]}" | xargs -0 -n 50 "$clang_format" -i --style=file
  exit 0
fi

# --dry-run --Werror reports every line that would change as "file:line:col: error: …".
if output=$("$clang_format" --dry-run --Werror --style=file "${files[@]}" 2>&1); then
  echo "format.sh: ${#files[@]} files formatted as .clang-format says"
  exit 0
fi
differing=$(printf '%s\n' "$output" | sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [[ -z "$differing" ]]; then
  printf '%s\n' "$output" >&2  # clang-format failed for another reason: show it
  exit 2
fi
echo "format.sh: these files differ from .clang-format's format (run build-scripts/format.sh):" >&2
printf '%s\n' "$differing" | sed 's/^/  /' >&2
exit 1
