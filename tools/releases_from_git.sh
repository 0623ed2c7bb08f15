#!/usr/bin/env bash
# Rebuilds data/releases.json from git history: each distinct `version` of data/events.json, in the form of the
# last commit that had it, recorded with that commit's date. Events that disappeared without an alias need a
# reason: pass them as --removed ID=WHY (handed to rift-diff --record).
# usage: tools/releases_from_git.sh RIFT_DIFF [--removed ID=WHY]...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
diff_tool="$1"; shift
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
last_version=""; last_commit=""
# Oldest first; a version's last commit is the one before the version changes.
while read -r commit; do
  version="$(git show "$commit:data/events.json" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("version",""))')"
  if [ -n "$last_version" ] && [ "$version" != "$last_version" ]; then echo "$last_commit"; fi
  last_version="$version"; last_commit="$commit"
done < <(git log --reverse --format=%H -- data/events.json) > "$tmp/commits"
echo "$last_commit" >> "$tmp/commits"
rm -f data/releases.json
while read -r commit; do
  git show "$commit:data/events.json" > "$tmp/events.json"
  "$diff_tool" --record data/releases.json "$tmp/events.json" --date "$(git log -1 --format=%ad --date=short "$commit")" "$@"
done < "$tmp/commits"
