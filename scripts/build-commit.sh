#!/bin/sh
# build-commit.sh PACKAGE_DIR OUTPUT.swift
#
# Writes `enum BuildCommit` with the commit the sources are at ("-dirty" when they have
# uncommitted changes), or "unknown" outside a git checkout. Run by the BuildCommit
# plugin before every build; rewrites OUTPUT only when its text changes.
set -u
dir=$1
out=$2
commit=""
# Only the package's own checkout counts, not a repository it happens to sit inside.
top=$(git -C "$dir" rev-parse --show-toplevel 2>/dev/null) || top=""
if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$(cd "$dir" && pwd -P)" ]; then
    commit=$(git -C "$dir" rev-parse --short=12 HEAD 2>/dev/null) || commit=""
fi
if [ -z "$commit" ]; then
    commit=unknown
elif [ -n "$(git -C "$dir" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit-dirty"
fi
mkdir -p "$(dirname "$out")"
tmp="$out.tmp.$$"
cat > "$tmp" <<SWIFT
// Generated before each build by the BuildCommit plugin (scripts/build-commit.sh).
enum BuildCommit {
    /// The commit pace was built from, "-dirty" with uncommitted changes, or "unknown".
    static let id = "$commit"
}
SWIFT
if cmp -s "$tmp" "$out"; then rm -f "$tmp"; else mv "$tmp" "$out"; fi
