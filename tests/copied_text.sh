#!/usr/bin/env bash
# The project's files hold no text copied from the news of ../shared
# (copyrighted; skipped when ../shared is absent): tests/copied_text.py lists
# every run of seven words or more of a tracked file that is also in those
# articles, names of organisations and the like aside.
. "$(dirname "$0")/lib/harness.bash"
shared="$src/../shared"
[ -d "$shared/data" ] || { echo "no ../shared/data: skipped"; exit 77; }
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
git -C "$src" rev-parse --git-dir >/dev/null 2>&1 || { echo "not a git checkout: skipped"; exit 77; }
if out=$(python3 "$src/tests/copied_text.py" "$shared" "$src" 7); then ok; else bad "copied text:
$out"; fi
finish
