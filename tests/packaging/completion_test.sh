#!/usr/bin/env bash
# The bash completion (packaging/govsite.bash-completion), sourced in bash the way
# bash-completion loads it: COMP_WORDS and COMP_CWORD filled in as bash fills them, and
# COMPREPLY checked. Then against the binary, so the two cannot drift: every command of
# `govsite --help` is completed, every option --help shows for a command is completed for
# it, and an option is completed for a command exactly when govsite accepts it there.
# Last, `cmake --install` of the build puts it where bash-completion looks for it.
#   tests/packaging/completion_test.sh GOVSITE SOURCE_DIR [BINARY_DIR]
set -uo pipefail
govsite=$1
src=$2
bin=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }

# shellcheck source=../../packaging/govsite.bash-completion
source "$src/packaging/govsite.bash-completion"

# complete WORD… : COMPREPLY for a command line whose last word is the one being completed
# (give "" to complete a new word), printed sorted, one per line.
complete_line() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _govsite
  printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect() {  # expect "WORD…" "EXPECTED (sorted, space-separated)" — the words split at spaces
  local line=$1 want=$2 got
  read -r -a words <<<"$line"
  [[ $line == *" " ]] && words+=("")
  got=$(complete_line "${words[@]}" | tr '\n' ' ' | sed 's/ $//')
  if [[ $got == "$want" ]]; then ok; else fail "'$line' completes to '$got', expected '$want'"; fi
}

offers() {  # offers "WORD…" CANDIDATE…: each candidate is among the completions
  local line=$1 got c
  shift
  read -r -a words <<<"$line"
  [[ $line == *" " ]] && words+=("")
  got=$(complete_line "${words[@]}")
  for c in "$@"; do
    if grep -qxF -- "$c" <<<"$got"; then ok; else fail "'$line' does not offer '$c' (offers: $(echo $got))"; fi
  done
}

refuses() {  # refuses "WORD…" CANDIDATE…: none of them is offered
  local line=$1 got c
  shift
  read -r -a words <<<"$line"
  [[ $line == *" " ]] && words+=("")
  got=$(complete_line "${words[@]}")
  for c in "$@"; do
    if grep -qxF -- "$c" <<<"$got"; then fail "'$line' offers '$c'"; else ok; fi
  done
}

# ---- What a user sees.
if complete -p govsite 2>/dev/null | grep -q -- '-F _govsite govsite'; then ok; else fail "the file does not register _govsite for govsite"; fi
expect "govsite bu" "build bundle"
expect "govsite -" "--help --version"
expect "govsite check --format " "github gitlab json text"
expect "govsite check --format =" "github gitlab json text"  # --format=: bash splits at "="
expect "govsite check --format = g" "github gitlab"
expect "govsite serve --lang " "en zh"
expect "govsite new inspection-" "inspection-plan inspection-result"
expect "govsite new policy " ""                             # the title is the editor's
expect "govsite init --l" "--lang"
offers "govsite new " policy interpretation annual-report
offers "govsite new policy 关于 --" --id --now --site --lang
offers "govsite new --site x " policy                      # an option's value is no positional
offers "govsite build --" --site --out --now --jobs --quiet --json --format --clean --timings --lang --help
refuses "govsite build --" --drafts --inspection --bind --id
offers "govsite check --" --inspection --format
refuses "govsite check --" --out --clean --quiet
offers "govsite serve --" --bind --port --drafts
refuses "govsite assign-index --" --now --json
expect "govsite serve --port " ""
mkdir -p "$work/dirs/site one" "$work/dirs/site-two" && touch "$work/dirs/site.yaml" "$work/dirs/x.tar.gz"
(
  cd "$work/dirs" || exit 1
  expect "govsite build --site " "site one site-two"        # folders only, spaces kept whole
  expect "govsite build --site =" "site one site-two"
  expect "govsite build --site = site-" "site-two"
  expect "govsite build --out s" "site one site-two"
  offers "govsite bundle --out " x.tar.gz "site one"       # bundle writes a file
  expect "govsite init s" "site one site-two"
  echo "$passed $failed" >"$work/counts"
)
read -r passed failed <"$work/counts"

# ---- Against the binary's own --help (in English: the words are the same in both).
help=$("$govsite" --help --lang en)
commands=$(awk '/^commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}' <<<"$help")
[ "$(wc -w <<<"$commands")" -ge 8 ] && ok || fail "could not read the commands of govsite --help: $commands"
all_commands=$(complete_line govsite "" | tr '\n' ' ')
for c in $commands; do
  if grep -qw -- "$c" <<<"$all_commands"; then ok; else fail "command '$c' of govsite --help is not completed"; fi
done
# Each command's block of --help (its line and the description below it) names its options.
for c in $commands; do
  opts=$(awk -v c="$c" '/^commands:/ {on = 1; next} on && /^$/ {exit}
                        on && /^  [a-z-]/ {mine = ($1 == c)} on && mine' <<<"$help" | grep -o -- '--[a-z-]*' | sort -u)
  offered=$(complete_line govsite "$c" -- )
  for o in $opts --lang --help; do
    if grep -qxF -- "$o" <<<"$offered"; then ok; else fail "'govsite $c' does not complete $o, which govsite --help shows"; fi
  done
done

# Both ways against the parser: every option seen in --help or in the completion, tried on
# every command (`govsite CMD OPT VALUE --help` is 0 when the parser accepts OPT for CMD).
value_of() {
  case $1 in
    --site) echo . ;; --out) echo out ;; --now) echo 2020-01-01 ;; --jobs) echo 1 ;;
    --bind) echo 127.0.0.1 ;; --port) echo 8000 ;; --id | --interprets) echo x ;; --format) echo text ;;
    --lang) echo en ;; --year) echo 2020 ;;
  esac
}
every_option=$( { grep -o -- '--[a-z-]*' <<<"$help"; for c in $commands; do complete_line govsite "$c" --; done; } |
  grep -vx -- '--help\|--version' | sort -u)
for c in $commands; do
  offered=$(complete_line govsite "$c" --)
  for o in $every_option; do
    v=$(value_of "$o")
    if "$govsite" "$c" "$o" ${v:+"$v"} --help >/dev/null 2>&1; then accepted=yes; else accepted=no; fi
    if grep -qxF -- "$o" <<<"$offered"; then completed=yes; else completed=no; fi
    if [ "$accepted" = "$completed" ]; then ok
    else fail "govsite $c $o: accepted by govsite: $accepted, completed: $completed"; fi
  done
done

# ---- Installed (and so in the Debian package, which CPack makes from the same rules).
if [ -n "$bin" ]; then
  if cmake --install "$bin" --prefix "$work/prefix" >"$work/install.log" 2>&1; then
    if cmp -s "$src/packaging/govsite.bash-completion" "$work/prefix/share/bash-completion/completions/govsite"; then ok
    else fail "cmake --install does not put the completion in share/bash-completion/completions/govsite"; fi
    if [ -f "$work/prefix/share/man/man1/govsite.1.gz" ]; then ok; else fail "cmake --install does not install the man page"; fi
  else
    fail "cmake --install failed: $(cat "$work/install.log")"
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
