# Sourced by every tests/*.sh integration test (this file is not a test: the
# ctest glob takes tests/*.sh only).  It gives the tools from ctest's
# environment ($idx_bin, $q_bin; $src is the source tree), a temporary
# directory removed on exit ($tmp), pass/fail counters with ok / bad MESSAGE,
# need_jq (skip, exit 77, without jq), art TITLE BODY (one made-up article as
# a JSON line, dated 2022-03-01; needs jq) and finish (the summary line and
# the exit status).
set -u
src=${MORGUE_SOURCE_DIR:?} idx_bin=${MORGUE_INDEX:?} q_bin=${MORGUE_QUERY:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*" >&2; }
need_jq() { command -v jq >/dev/null || { echo "jq missing: skipped"; exit 77; }; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; }
art() { jq -cn --arg t "$1" --arg b "$2" '{title: $t, date: "2022-03-01", text: $b}'; }
