#!/usr/bin/env bash
# One place however it is written (query/entities.c, group_places): the
# spellings listed in data/place_aliases.txt are one place for place:,
# entity:, --facet place and --entity (U.S., United States, US, USA and
# America; Britain and UK, joined through "United Kingdom", which no article
# here names; Calif. and California), and so are names that differ only in
# letter case (OSLO in a dateline, Oslo in a body).  A group is shown by
# its usual spelling: most articles, but never a name in capitals when
# another spelling exists (three datelines' OSLO against two bodies' Oslo).  Other spellings are matched by their
# whole names: place:us does not reach "Latin America" through "America",
# while place:america still does by its own word.  Every answer is checked
# on the index with its names file (NAMES, written at commit) and on a copy
# without it (the groups computed at query time).  The articles are made up
# here, one JSON line each.
. "$(dirname "$0")/lib/harness.bash"
need_jq

{
  for crop in wheat maize barley; do art "Grain exports" "Exports of $crop from the U.S. rose in May, the ministry said."; done
  for m in May June; do art "Farm talks" "Farm ministers met in the United States in $m to talk about quotas."; done
  art "Corn sales" "Corn sales to the US fell, traders said."
  art "Soy shipments" "Soy shipments to the USA were steady, traders said."
  art "Wheat growers" "Wheat growers in America want rain, the union said."
  art "Coffee trade" "Coffee trade with Latin America grew, the bank said."
  for d in Monday Tuesday; do art "Rail strike" "A rail strike in Britain closed ports on $d, the union said."; done
  art "Rail fares" "Rail fares in the UK will rise, the operator said."
  art "Vineyards" "Vineyards in Calif. had a dry year, growers said."
  for y in first second; do art "Harvest" "Growers in California expect a small harvest for the $y year running."; done
  art "Ferry fares" "OSLO, March 1 - Ferry fares will rise in April, the operator said."
  art "Ferries" "OSLO, March 3 - Two ferries were withdrawn."
  art "Ferry timetables" "OSLO, March 5 - New ferry timetables start in May."
  for p in Monday Friday; do art "Ferry operators" "Ferry operators in Oslo said on $p that fares would rise."; done
} > "$tmp/places.jsonl"
"$idx_bin" -q -o "$tmp/ix" "$tmp/places.jsonl" || bad "indexing"
[ -s "$tmp/ix/NAMES" ] && ok || bad "no NAMES written"
cp -r "$tmp/ix" "$tmp/plain" && rm -f "$tmp/plain/NAMES"

# count QUERY WANT: the number of matching articles, with and without NAMES
count() {
  local ix got
  for ix in ix plain; do
    got=$("$q_bin" -i "$tmp/$ix" -c "$1")
    [ "$got" = "$2" ] && ok || bad "$ix: $1: $got articles, want $2"
  done
}
count 'place:us' 8
count 'place:"united states"' 8
count 'place:u.s.' 8
count 'place:usa' 8
count 'entity:u.s.' 8
count 'entity:"united states"' 8
count 'place:america' 9 # its own word: Latin America too
count 'place:"latin america"' 1
count 'place:uk' 3
count 'place:britain' 3
count 'entity:"united kingdom"' 0 # the name no article uses is no spelling
count 'place:california' 3
count 'place:calif.' 3
count 'place:oslo' 5
count 'place:us place:britain' 0
count 'place:us OR place:oslo' 13
count 'ferry -place:oslo' 0

# output IX ARGS...: the query's output, the same with and without NAMES
output() {
  local ix=$1; shift
  local a b
  a=$("$q_bin" -i "$tmp/ix" --color never "$@" 2>&1)
  b=$("$q_bin" -i "$tmp/plain" --color never "$@" 2>&1)
  [ "$a" = "$b" ] || bad "names file and computed names differ for $*: $(diff <(echo "$a") <(echo "$b") | head -5)"
  printf '%s\n' "$a"
}
expect() { [ "$1" = "$2" ] && ok || bad "$3: got
$1
want
$2"; }

expect "$(output ix --facet place --facet-limit 10 -n 0 '*')" "place, over all 20 matching articles:
       8  U.S.
       5  Oslo
       3  Britain
       3  California
       1  Latin America" "--facet place"
expect "$(output ix --facet place -c 'place:us')" "place, over all 8 matching articles:
       8  U.S.

8" "--facet place of place:us"
expect "$(output ix --entity 'united states')" "U.S. (place): 3 articles, 0 quotes
    also written United States: 2 articles, 0 quotes (merged: a listed alias (data/place_aliases.txt))
    also written America: 1 article, 0 quotes (merged: a listed alias (data/place_aliases.txt))
    also written US: 1 article, 0 quotes (merged: a listed alias (data/place_aliases.txt))
    also written USA: 1 article, 0 quotes (merged: a listed alias (data/place_aliases.txt))" "--entity 'united states'"
for n in us usa u.s. america; do
  expect "$(output ix --entity "$n" | head -1)" "U.S. (place): 3 articles, 0 quotes" "--entity $n"
done
expect "$(output ix --entity uk)" "Britain (place): 2 articles, 0 quotes
    also written UK: 1 article, 0 quotes (merged: a listed alias (data/place_aliases.txt))" "--entity uk"
expect "$(output ix --entity calif.)" "California (place): 2 articles, 0 quotes
    also written Calif.: 1 article, 0 quotes (merged: a listed alias (data/place_aliases.txt))" "--entity calif."
expect "$(output ix --entity oslo)" "Oslo (place): 2 articles, 0 quotes
    also written OSLO: 3 articles, 0 quotes (merged: the same words)" "--entity oslo"
expect "$(output ix --entity 'latin america')" "Latin America (place): 1 article, 0 quotes" "--entity 'latin america'"
# the hits of a place: query name the places as the articles wrote them
expect "$(output ix --json -n 20 'place:us' | jq -r '.title' | sort | uniq -c | sed 's/^ *//')" "1 Corn sales
2 Farm talks
3 Grain exports
1 Soy shipments
1 Wheat growers" "place:us hits"
finish
