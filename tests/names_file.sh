#!/usr/bin/env bash
# The names file (NAMES, query/names_file.c): every entity name of the index
# grouped at commit, which one-shot speaker:, person:, org:, entity:,
# --entity and --facet queries map instead of grouping the names
# themselves.  Its answers must be the ones computed from the segments
# (what a query does without the file: an older index, or a file of another
# manifest), so each query of the tables below runs on the index and on a
# copy without its NAMES, and the outputs must be byte for byte the same:
# on corpus/ (queries made from the names the index holds) and on made-up
# articles with variant spellings, lone surnames, initials and aliases,
# indexed in two commits (two segments), then merged.  The groups of the
# made-up articles are also checked against the table at the end (what
# main's grouping gives, checked by hand), so a change to grouping is seen
# here too.  Then: a file of another manifest is ignored; a damaged one is
# an error naming it, never another answer; a writer's leftover NAMES.tmp
# goes.
. "$(dirname "$0")/lib/harness.bash"
need_jq

# same IDX QUERY-ARGS...: the output and exit status with and without NAMES
same() {
  local ix=$1; shift
  local a b
  a=$("$q_bin" -i "$ix" --color never "$@" 2>&1; echo "rc=$?")
  b=$("$q_bin" -i "$ix-plain" --color never "$@" 2>&1; echo "rc=$?")
  [ "$a" = "$b" ] && ok || bad "names file and computed names differ for $*: $(diff <(echo "$a") <(echo "$b") | head -5)"
}
# plain IDX: a copy of IDX without its names file
plain() { rm -rf "$1-plain"; cp -r "$1" "$1-plain"; rm -f "$1-plain/NAMES"; }
# names IDX FIELD: the facet's values over every article, one a line
names() { "$q_bin" -i "$1" --json --facet "$2" --facet-limit 60 -n 0 '*' | jq -r 'select(.facet) | .value'; }
# table IDX: every query form for each name the index holds, and the fixed ones
table() {
  local ix=$1 n w
  for f in speaker person org place entity; do
    for w in the said '*' oil bank minister; do same "$ix" -c --facet "$f" --facet-limit 30 "$w"; done
  done
  while IFS= read -r n; do
    w=$(printf '%s' "$n" | tr -c 'A-Za-z0-9\n' ' ' | awk '{print tolower($NF)}')
    same "$ix" --entity "$n"
    same "$ix" -n 5 --json "speaker:\"${n//\"/}\""
    [ -n "$w" ] && same "$ix" -n 5 --json "speaker:$w" && same "$ix" -n 5 --json "person:$w" &&
      same "$ix" --json --facet speaker -n 0 "speaker:$w"
  done < <(names "$ix" speaker; names "$ix" person)
  while IFS= read -r n; do
    same "$ix" --entity "$n"
    same "$ix" -n 5 --json "org:\"${n//\"/}\""
    same "$ix" -n 5 --json "entity:\"${n//\"/}\""
  done < <(names "$ix" org; names "$ix" place)
  for n in ushakov usakov brekke rmf fed "federal reserve" gop ec "european community" kowalczyk solvang nobody; do
    same "$ix" --entity "$n"
    same "$ix" -n 5 --json "speaker:\"$n\""
    same "$ix" -n 5 --json "person:\"$n\""
    same "$ix" -n 5 --json "org:\"$n\""
  done
  # one process, many queries (--batch): the file is opened once
  printf '%s\n' 'speaker:ushakov' 'speaker:brekke' 'person:brekke' 'org:fed' 'entity:rmf' 'speaker:"yuri usakov"' \
    > "$tmp/batch"
  a=$("$q_bin" -i "$ix" --batch "$tmp/batch" --facet org | sed -E 's/"took_ms":[0-9.]+//')
  b=$("$q_bin" -i "$ix-plain" --batch "$tmp/batch" --facet org | sed -E 's/"took_ms":[0-9.]+//')
  [ "$a" = "$b" ] && ok || bad "--batch differs with and without the names file"
}

# corpus/
"$idx_bin" -q -o "$tmp/corpus" "$src/corpus" || bad "indexing corpus/"
[ -s "$tmp/corpus/NAMES" ] && ok || bad "no NAMES written in the corpus/ index"
plain "$tmp/corpus"
table "$tmp/corpus"

# made-up articles, in two commits
{
  for town in Ardal Bremnes Dale; do
    art "$town ferry" "Harbour master Halvard Brekke said the $town ferry would run every hour. \"The old timetable served nobody,\" Halvard Brekke said."
  done
  art "Levy" "The mooring levy will rise, Brekke said on Monday."
  for n in first second third; do
    art "Orchard grants" "Ingrid Solvang said the $n round of grants would open soon."
    art "School roof" "Petter Solvang said the $n school roof would be mended."
  done
  art "Library" "The library will open on Sundays, Solvang said."
  for p in "Yuri Ushakov" "Yuri Usakov" "Hanna Kowalczyk" "H. Kowalczyk"; do
    art "Talks" "\"Talks will go on,\" $p said on Monday. \"We meet again soon,\" $p said."
  done
} > "$tmp/a.jsonl"
{
  for q in first second third fourth; do
    art "Peg" "The Ruritanian Monetary Fund said the $q review of the peg was done. Tarn Mining Co Ltd said exports rose."
  done
  art "Rates" "The rates are too high, RMF said on Monday."
  art "Rates again" "RMF said the rates would stay. Tarn Mining Co said so too."
  for q in spring summer autumn; do art "Bank" "The Federal Reserve said the $q meeting would be short."; done
  art "Bank again" "The Fed said it would wait."
  art "More talks" "\"No deal yet,\" Yuri Ushakov said. Brekke said the ferry was late."
} > "$tmp/b.jsonl"
m="$tmp/made"
"$idx_bin" -q --keep-duplicates -o "$m" "$tmp/a.jsonl" || bad "indexing a.jsonl"
cp "$m/NAMES" "$tmp/NAMES.first"
"$idx_bin" -q --keep-duplicates -o "$m" "$tmp/b.jsonl" || bad "indexing b.jsonl"
[ "$(ls "$m"/seg-*.mrg | wc -l)" = 2 ] && ok || bad "two segments wanted"
cmp -s "$m/NAMES" "$tmp/NAMES.first" && bad "NAMES not rewritten by the second commit" || ok
plain "$m"
table "$m"
# the groups, as main's grouping makes them (checked by hand)
ent() { "$q_bin" -i "$m" --json --entity "$1" | jq -r '"\(.entity)|\(.name)|\(.merged // "")"' | tr '\n' ';'; }
while IFS='=' read -r q want; do
  got=$(ent "$q")
  [ "$got" = "$want" ] && ok || bad "--entity $q: want $want, got $got"
done <<'EOF'
ushakov=0|Yuri Ushakov|;0|Yuri Usakov|same given name, close surname;
kowalczyk=0|Hanna Kowalczyk|;0|H. Kowalczyk|same given name, close surname;
brekke=0|Halvard Brekke|;0|Brekke|surname of the only full name;
solvang=0|Solvang|;1|Ingrid Solvang|;2|Petter Solvang|;
rmf=0|Ruritanian Monetary Fund|;0|RMF|initials of the dominant full name;
fed=0|Federal Reserve|;0|Fed|a listed alias (data/org_aliases.txt);
tarn=0|Tarn Mining Co Ltd|;0|Tarn Mining Co|the name with another company suffix;
EOF
# merged into one segment: the names file follows the new manifest
"$idx_bin" -q -o "$m" --merge || bad "merging"
[ "$(ls "$m"/seg-*.mrg | wc -l)" = 1 ] && ok || bad "one segment wanted after --merge"
plain "$m"
table "$m"

# a names file of another manifest (a crash between the manifest's rename
# and the file's) is not used: the names are computed
cp "$tmp/NAMES.first" "$m/NAMES"
for q in ushakov brekke rmf fed; do same "$m" --entity "$q"; same "$m" -n 5 --json "speaker:$q"; done
# a damaged one is an error naming it (or, where a query reads no damaged
# byte, the same answer), never another answer
"$idx_bin" -q -o "$m" --merge || bad "rewriting NAMES"
cmp -s "$m/NAMES" "$tmp/NAMES.first" && bad "NAMES not rewritten for the current manifest" || ok
size=$(stat -c %s "$m/NAMES")
errors=0
for at in 40 100 300 700 1500 3000 $((size / 2)) $((size - 9)) $((size - 3)); do
  cp "$m/NAMES" "$tmp/NAMES.good"
  printf '\x5a' | dd of="$m/NAMES" bs=1 seek="$at" conv=notrunc status=none
  cmp -s "$m/NAMES" "$tmp/NAMES.good" && { cp "$tmp/NAMES.good" "$m/NAMES"; continue; }
  for q in "--entity ushakov" "--entity rmf" "-n 5 speaker:brekke" "-c --facet org *"; do
    a=$("$q_bin" -i "$m" --color never $q 2>&1; echo "rc=$?")
    b=$("$q_bin" -i "$m-plain" --color never $q 2>&1; echo "rc=$?")
    if [ "$a" = "$b" ]; then ok
    elif printf '%s' "$a" | grep -q "NAMES: .*damaged names file" && printf '%s' "$a" | grep -q 'rc=2$'; then
      ok; errors=$((errors + 1))
    else bad "byte $at of NAMES damaged: $q gave $a"; fi
  done
  # a query that reads no names still answers
  [ "$("$q_bin" -i "$m" -c ferry)" = "$("$q_bin" -i "$m-plain" -c ferry)" ] && ok || bad "plain query with NAMES damaged"
  cp "$tmp/NAMES.good" "$m/NAMES"
done
[ "$errors" -gt 0 ] && ok || bad "no damage was reported"
head -c 100 "$m/NAMES" > "$tmp/short" && cp "$tmp/short" "$m/NAMES"
"$q_bin" -i "$m" --entity ushakov 2>&1 | grep -q "NAMES: damaged names file" && ok || bad "a truncated NAMES is not reported"
# a writer's leftover goes
echo debris > "$m/NAMES.tmp"
"$idx_bin" -q -o "$m" --merge || bad "rewriting NAMES"
[ ! -e "$m/NAMES.tmp" ] && ok || bad "NAMES.tmp left"
same "$m" --entity ushakov
# grouping round 1: names compared by an initial they do not go by, initials
# that fit one, a name's dates; the names file and each name asked first
# (grouping from it) give the same groups
art_on() { jq -cn --arg d "$1" --arg t "$2" --arg b "$3" '{title: $t, date: $d, text: $b}'; }
{
  for d in Monday Tuesday; do art "Timber" "\"The yard stays open,\" Kjell Rask said on $d."; done
  art "Timber row" "\"We will not sell,\" Kjell Rask said. Critics call him K. Halvor Rask, and K. Halvor Rask has not answered."
  for d in Monday Tuesday; do art "Salmon" "\"The quota is fair,\" P. Jonas Lindqvist said on $d."; done
  art "Salmon again" "\"The fishermen were never asked,\" P.J. Lindqvist said."
  art "Salmon too" "\"Quotas change every year,\" P. Lindqvist said."
  for d in 2020-01-10 2020-02-11 2020-03-12 2020-04-13 2020-05-14 2020-06-15; do
    art_on "$d" "Dam" "\"The dam holds,\" Arne B. Holt said on $d."
  done
  art_on 2020-07-01 "Dam again" "\"The dam leaks,\" Arne K. Holt said."
  for d in 1990-01-10 1990-02-11 1990-03-12; do art_on "$d" "Old dam" "\"The dam is new,\" Arne Holt said on $d."; done
} > "$tmp/g.jsonl"
g="$tmp/group1"
"$idx_bin" -q --keep-duplicates -o "$g" "$tmp/g.jsonl" || bad "indexing g.jsonl"
plain "$g"
for n in rask "kjell rask" "k. halvor rask" lindqvist "p.j. lindqvist" "p. lindqvist" "p. jonas lindqvist" holt "arne holt" \
         "arne k. holt"; do
  same "$g" --entity "$n"
  same "$g" -n 5 --json "speaker:\"$n\""
done
finish
