#!/usr/bin/env bash
# The man page (packaging/govsite.1) against the binary: every command of `govsite --help`
# has a SYNOPSIS line and an entry under COMMANDS, each option --help shows for a command is
# on that command's SYNOPSIS line and described under OPTIONS, every option a SYNOPSIS line
# gives is one govsite accepts for that command, and man renders the page without a warning.
#   tests/packaging/man_page_test.sh GOVSITE SOURCE_DIR
set -uo pipefail
govsite=$1
src=$2
page=$src/packaging/govsite.1
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }

# The page's text without roff's escapes for "-" and fonts.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page")
section() {  # the lines of one .SH section
  awk -v s="$1" '/^\.SH / {on = ($2 == s); next} on' <<<"$text"
}
synopsis_of() {  # the options on the SYNOPSIS lines of one command, one per line
  section SYNOPSIS | awk -v c="$1" '/^\.B govsite / {on = ($3 == c); next} /^\.br/ {on = 0} on' |
    grep -o -- '--[a-z-]*' | sort -u
}

help=$("$govsite" --help --lang en)
commands=$(awk '/^commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}' <<<"$help")
[ "$(wc -w <<<"$commands")" -ge 8 ] && ok || fail "could not read the commands of govsite --help: $commands"

for c in $commands; do
  if section SYNOPSIS | grep -q "^\.B govsite $c\( \|$\)"; then ok; else fail "SYNOPSIS has no line for '$c'"; fi
  if section COMMANDS | grep -qx "\.B $c"; then ok; else fail "COMMANDS does not describe '$c'"; fi
  opts=$(awk -v c="$c" '/^commands:/ {on = 1; next} on && /^$/ {exit}
                        on && /^  [a-z-]/ {mine = ($1 == c)} on && mine' <<<"$help" | grep -o -- '--[a-z-]*' | sort -u)
  synopsis=$(synopsis_of "$c")
  for o in $opts; do
    if grep -qxF -- "$o" <<<"$synopsis"; then ok; else fail "the SYNOPSIS of '$c' lacks $o, which govsite --help shows"; fi
  done
done

# Every option of --help (and --lang) is described under OPTIONS.
for o in $(grep -o -- '--[a-z-]*' <<<"$help" | sort -u); do
  if section OPTIONS | grep -qE -- "^\.(B|BI|BR) $o( |$)"; then ok
  else fail "OPTIONS does not describe $o"; fi
done

# What the SYNOPSIS promises, govsite accepts (`govsite CMD OPT VALUE --help` exits 0).
value_of() {
  case $1 in
    --site) echo . ;; --out) echo out ;; --now) echo 2020-01-01 ;; --jobs) echo 1 ;;
    --bind) echo 127.0.0.1 ;; --port) echo 8000 ;; --id | --interprets) echo x ;; --format) echo text ;;
    --lang) echo en ;; --year) echo 2020 ;;
  esac
}
for c in $commands; do
  for o in $(synopsis_of "$c"); do
    v=$(value_of "$o")
    if "$govsite" "$c" "$o" ${v:+"$v"} --help >/dev/null 2>&1; then ok; else fail "the SYNOPSIS gives '$c' $o, which govsite refuses"; fi
  done
done

# As lintian checks it: no warning from man and groff.
command -v man >/dev/null || { fail "man is missing (build-scripts/setup.sh --test installs man-db)"; }
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
if [ -z "$warnings" ]; then ok; else fail "man --warnings: $warnings"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
