#!/usr/bin/env bash
# The names listed with one organisation alias in data/org_aliases.txt are
# one organisation (query/entities.c, join_aliases), also in an archive that
# never writes the alias itself: "Federal Reserve" and "Federal Reserve
# Board" are joined through "Fed", which no article here names.  Checked on
# the index with its names file (NAMES) and on a copy without it (the
# groups computed at query time).  The articles are made up here.
. "$(dirname "$0")/lib/harness.bash"
need_jq

{
  for m in May June July; do art "Rates" "The Federal Reserve raised rates in $m, dealers said."; done
  for m in May June; do art "Board" "The Federal Reserve Board met in $m to discuss the dollar."; done
  art "Farm" "The Agriculture Department said wheat stocks fell in May."
  art "Farm exports" "The U.S. Department of Agriculture said maize exports rose."
  art "Harbour" "The Kelmouth Harbour Trust said fares would rise."
} > "$tmp/orgs.jsonl"
"$idx_bin" -q -o "$tmp/ix" "$tmp/orgs.jsonl" || bad "indexing"
[ -s "$tmp/ix/NAMES" ] && ok || bad "no NAMES written"
cp -r "$tmp/ix" "$tmp/plain" && rm -f "$tmp/plain/NAMES"

for ix in ix plain; do
  got=$("$q_bin" -i "$tmp/$ix" --entity 'federal reserve' | head -2)
  want="Federal Reserve (org): 3 articles, 0 quotes
    also written Federal Reserve Board: 2 articles, 0 quotes (merged: a listed alias (data/org_aliases.txt))"
  [ "$got" = "$want" ] && ok || bad "$ix: --entity 'federal reserve': got
$got
want
$want"
  got=$("$q_bin" -i "$tmp/$ix" --entity 'agriculture department' | head -2)
  case $got in
  *"also written"*"(merged: a listed alias (data/org_aliases.txt))"*) ok ;;
  *) bad "$ix: --entity 'agriculture department' not joined to the U.S. Department of Agriculture: $got" ;;
  esac
  got=$("$q_bin" -i "$tmp/$ix" -c --facet org -n 0 '*' | sed -n 2p)
  [ "$got" = "       5  Federal Reserve" ] && ok || bad "$ix: facet org: first row '$got', want 5 Federal Reserve"
done
finish
