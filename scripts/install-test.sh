#!/usr/bin/env bash
# `make install` into a temporary DESTDIR: every file is there and nothing
# else; the installed binary prints the version; the installed bash
# completion completes `runway ru` to `run`; the man page renders with man
# (or groff) and names every command; then `make uninstall` leaves no file.
# Runs the build `make install` would (INSTALL_BUILD_FLAGS, as make test sets).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/runway-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
dest="$work/destdir"
prefix=/opt/runway
root="$dest$prefix"
passed=0; failed=0
ok() { # ok DESCRIPTION-OF-FAILURE COMMAND…
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "install test: $what" >&2; fi
}

if ! command -v man >/dev/null && ! command -v groff >/dev/null; then
  echo "installing groff-base with apt-get (to render the man page)"
  SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq groff-base >/dev/null
fi

make --no-print-directory install DESTDIR="$dest" PREFIX="$prefix"

expected="bin/runway
share/bash-completion/completions/runway
share/fish/vendor_completions.d/runway.fish
share/man/man1/runway.1
share/zsh/site-functions/_runway"
installed=$(cd "$root" && find . -type f -o -type l | sed 's|^\./||' | sort)
ok "installed files differ from the expected ones: $(diff <(echo "$expected") <(echo "$installed") || true)" \
  [ "$installed" = "$expected" ]
ok "nothing was installed outside PREFIX" [ -z "$(find "$dest" \( -type f -o -type l \) -not -path "$root/*")" ]
while read -r f; do ok "$f is empty" [ -s "$root/$f" ]; done <<<"$expected"

version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/Experiments/RunwayVersion.swift)
ok "the installed binary's --version is not $version" [ -n "$version" -a "$("$root/bin/runway" --version)" = "$version" ]

# bash: source the installed completion and complete `runway ru` as bash would.
completed=$(bash -c '
  source "$1"
  complete -p runway >/dev/null || exit 1
  COMP_WORDS=(runway ru); COMP_CWORD=1; COMP_LINE="runway ru"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
  _runway runway ru runway
  printf "%s\n" "${COMPREPLY[@]}"' bash "$root/share/bash-completion/completions/runway")
ok "bash completes 'runway ru' to '$completed', not 'run'" [ "$completed" = run ]
ok "the zsh completion is not a #compdef for runway" grep -q "^#compdef runway" "$root/share/zsh/site-functions/_runway"
ok "the fish completion does not complete runway" grep -q "^complete -c 'runway'" "$root/share/fish/vendor_completions.d/runway.fish"
if command -v zsh >/dev/null; then ok "the zsh completion is not valid zsh" zsh -n "$root/share/zsh/site-functions/_runway"; fi
if command -v fish >/dev/null; then ok "the fish completion is not valid fish" fish -n "$root/share/fish/vendor_completions.d/runway.fish"; fi

# The man page renders, from where man looks for it.
if command -v man >/dev/null; then
  page=$(MANPATH="$root/share/man" MANWIDTH=100 man -P cat runway 2>"$work/man.err")
else
  page=$(groff -mandoc -Tutf8 "$root/share/man/man1/runway.1" 2>"$work/man.err")
fi
ok "the man page does not render: $(cat "$work/man.err")" grep -q "^RUNWAY(1)" <<<"$page"
ok "the rendered man page has errors: $(cat "$work/man.err")" [ -z "$(grep -iv warning "$work/man.err" || true)" ]
for section in NAME SYNOPSIS DESCRIPTION; do ok "the man page has no $section" grep -q "^$section" <<<"$page"; done
for command in run validate explain baseline check merge slurm bench; do
  ok "the man page does not describe runway $command" grep -Eq "^ +$command( |$)" <<<"$page"
done

make --no-print-directory uninstall DESTDIR="$dest" PREFIX="$prefix"
ok "uninstall left files: $(find "$dest" -type f -o -type l)" [ -z "$(find "$dest" -type f -o -type l)" ]

echo "install test: make install into a DESTDIR, version, bash completion, man page, make uninstall"
echo "$passed passed, $failed failed"
((failed == 0))
