#!/usr/bin/env bash
# Indexes corpus/ with morgue-index and checks a table of queries against
# their exact expected hits (facts verified by hand: tests/data/corpus-facts.md),
# plus sorting, paging, counts, exit codes and error messages.
. "$(dirname "$0")/lib/harness.bash"
need_jq

cd "$src"
"$idx_bin" -q -o "$tmp/idx" corpus/ 2>"$tmp/err"; rc=$?
[ $rc -eq 0 ] && ok || { bad "indexing corpus/ exited $rc: $(cat "$tmp/err")"; }
[ "$("$q_bin" -i "$tmp/idx" --stats | head -1 | cut -d";" -f1)" = "37 articles in 1 segment" ] && ok || bad "37 articles expected: $("$q_bin" -i "$tmp/idx" --stats)"
# the by-field rows account for every postings, positions and dictionary
# byte (the block index aside), and the whole-name terms have no positions
"$q_bin" -i "$tmp/idx" --stats | awk '
  /^bytes:/ { gsub(",", ""); for (i = 1; i < NF; i++) { if ($i == "postings") P = $(i+1); if ($i == "positions") Q = $(i+1); if ($i == "dictionary") D = $(i+1) } }
  / terms: / { gsub(",", ""); p += $6; q += $8; d += $10; rows++; if ($2 == "names" && $8 != 0) named = 1; if ($1 == "body") body = 1 }
  /block index/ { gsub(";", ""); bi = $4; tb = $NF }
  END { ok = rows >= 4 && body && !named && p == P && q == Q && d + bi == D && bi > 0 && tb > 0 && tb < P + Q + D; exit !ok }' &&
  ok || bad "--stats by field does not add up: $("$q_bin" -i "$tmp/idx" --stats)"

# hits as "source" (txt/html/json/archive members) or "source#title" (JSONL lines)
hits() {
  "$q_bin" -i "$tmp/idx" --json -n 100 "$@" |
    jq -r 'if (.source|test("jsonl$")) then .source + "#" + .title else .source end' | sort
}
W=corpus/jsonl/wire.jsonl
B=corpus/archives/briefs.zip
check() { # query, expected hits separated by ';' (any order)
  local q=$1 want got
  want=$(printf '%s' "$2" | tr ';' '\n' | sed '/^$/d' | sort)
  got=$(hits "$q")
  [ "$got" = "$want" ] && ok || bad "query '$q'
  want: $(echo $want)
  got:  $(echo $got)"
}
check '"security guarantees"' "corpus/txt/2021-12-04-kremlin-aide-briefing.txt;$W#Evgeny Sorokin says Moscow still waiting for US reply;corpus/archives/desk.tar.zst:2022-01-10-geneva-talks-open.txt"
check 'harbour' "corpus/txt/2021-11-19-wexmouth-port-strike.txt;corpus/archives/regional.7z:2021-07-21-porthallow-dredging.txt"
check 'sanctions' "corpus/txt/2021-12-04-kremlin-aide-briefing.txt;corpus/txt/2022-02-16-eu-ministers-sanctions-package.txt"
check 'sanctions date:2021-12' "corpus/txt/2021-12-04-kremlin-aide-briefing.txt"
check 'sanctions date:2022-02-01..2022-02-28' "corpus/txt/2022-02-16-eu-ministers-sanctions-package.txt"
check 'sorokine' "$B:2022-01-27-paris-moscow-phone-call.txt"
check 'jose' "corpus/txt/2021-09-22-baltic-battery-tender.txt"
check 'JOSÉ' "corpus/txt/2021-09-22-baltic-battery-tender.txt"
check 'angstrom' "corpus/txt/2021-10-08-fusion-plasma-record.txt"
check 'muller' "corpus/txt/2021-10-08-fusion-plasma-record.txt"
check 'безопасности' "corpus/txt/2021-12-04-kremlin-aide-briefing.txt"
check 'moscow-washington' "corpus/txt/2021-12-04-kremlin-aide-briefing.txt"
check 'o’brien' "corpus/txt/2021-11-19-wexmouth-port-strike.txt;corpus/html/2022-03-28-wexmouth-terminal-injunction.html"
check "o'brien" "corpus/txt/2021-11-19-wexmouth-port-strike.txt;corpus/html/2022-03-28-wexmouth-terminal-injunction.html"
check '"3.5 per cent"' "corpus/txt/2021-09-22-baltic-battery-tender.txt"
check '2,000' "corpus/txt/2021-09-22-baltic-battery-tender.txt;corpus/txt/2021-11-19-wexmouth-port-strike.txt"
check 'nato' "corpus/txt/2021-12-04-kremlin-aide-briefing.txt;corpus/txt/2022-02-16-eu-ministers-sanctions-package.txt;$W#Evgeny Sorokin says Moscow still waiting for US reply;corpus/archives/desk.tar.zst:2022-01-10-geneva-talks-open.txt"
check 'nato -sanctions' "$W#Evgeny Sorokin says Moscow still waiting for US reply;corpus/archives/desk.tar.zst:2022-01-10-geneva-talks-open.txt"
check 'nato AND NOT sanctions' "$W#Evgeny Sorokin says Moscow still waiting for US reply;corpus/archives/desk.tar.zst:2022-01-10-geneva-talks-open.txt"
check 'harbour OR sorokine' "corpus/txt/2021-11-19-wexmouth-port-strike.txt;corpus/archives/regional.7z:2021-07-21-porthallow-dredging.txt;$B:2022-01-27-paris-moscow-phone-call.txt"
check '(harbour OR sorokine) -strike' "corpus/archives/regional.7z:2021-07-21-porthallow-dredging.txt;$B:2022-01-27-paris-moscow-phone-call.txt"
check 'gdansk' "corpus/txt/2022-03-06-gdansk-by-election.txt;$B:briefs.jsonl#Police investigate vandalism of election posters"
check 'brackenford' "corpus/txt/2021-06-14-brackenford-council-budget.txt;corpus/html/2021-10-27-brackenford-stadium-vote.html;corpus/archives/features.tar.gz:features/2021-08-30-rooftop-beekeepers.txt;$B:2021-09-10-old-bridge-closure.txt;$B:briefs.jsonl#Marathon runners brave sleet as record field sets off;corpus/archives/desk.tar.zst:2021-11-26-councillor-cleared.txt"
check 'nightdesk' ""
check 'zanzibartracker OR quokkastyle OR mongoosebanner OR pelicanmetrics OR walrusfooter' ""
check 'title:sorokin' "$W#Evgeny Sorokin says Moscow still waiting for US reply"
check 'date:2021-08' "corpus/json/2021-08-17-un-envoy-coastal-fund.json;corpus/archives/features.tar.gz:features/2021-08-30-rooftop-beekeepers.txt"
check 'date:2022-01-15' "$W#Ferry crossings cancelled as storm batters west coast"
check 'date:2022-02-07' "corpus/txt/2022-02-07-data-retention-ruling.txt;$W#Central bank holds rates, signals rise in spring"

count() { "$q_bin" -i "$tmp/idx" --count "$@"; }
for m in "2021-06 3" "2021-07 3" "2021-08 2" "2021-09 3" "2021-10 3" "2021-11 4" "2021-12 3" "2022-01 6" "2022-02 3" "2022-03 6"; do
  set -- $m
  got=$(count "date:$1")
  [ "$got" = "$2" ] && ok || bad "date:$1 count $got, want $2"
done
[ "$(count '*')" = 37 ] && ok || bad "* should count 37"
[ "$(count 'date:..2021-12-31')" = 21 ] && ok || bad "open-ended date range: $(count 'date:..2021-12-31')"
[ "$(count -- '-nato')" = 33 ] && ok || bad "-nato should count 33"

# date sort: newest first, over every hit
dates=$("$q_bin" -i "$tmp/idx" --json -n 100 --sort date 'brackenford' | jq -r .date)
[ "$dates" = "$(echo "$dates" | sort -r)" ] && ok || bad "--sort date not newest first: $dates"
# relevance: scores non-increasing; title match ranks the Sorokin wire story first
scores=$("$q_bin" -i "$tmp/idx" --json -n 100 'nato' | jq -r .score)
[ "$scores" = "$(echo "$scores" | sort -gr)" ] && ok || bad "scores not descending"
# paging: offset+limit slices the same ranking
all=$("$q_bin" -i "$tmp/idx" --json -n 6 'brackenford' | jq -r .id)
p2=$("$q_bin" -i "$tmp/idx" --json -n 2 --offset 2 'brackenford' | jq -r .id)
[ "$p2" = "$(echo "$all" | sed -n 3,4p)" ] && ok || bad "offset paging"
# snippet highlights the match
# (match offsets are UTF-8 byte offsets into the snippet)
hit=$("$q_bin" -i "$tmp/idx" --json 'sorokine')
snip=$(echo "$hit" | jq -r .snippet); a=$(echo "$hit" | jq '.matches[0][0]'); b=$(echo "$hit" | jq '.matches[0][1]')
m=$(printf '%s' "$snip" | head -c "$b" | tail -c "$((b - a))")
[ "$(echo "$m" | tr 'A-Z' 'a-z')" = sorokine ] && ok || bad "highlight: '$m'"
# human output: rank, title, source, no colour in a pipe
out=$("$q_bin" -i "$tmp/idx" 'sorokine')
echo "$out" | grep -q '^1\. .*' && ! echo "$out" | grep -q $'\033' && ok || bad "human output: $out"

# batch mode: one JSON object per query, the same hits as one query at a time
printf 'nato\n\n# a comment\n"security guarantees"\n(broken\nbrackenford\n' > "$tmp/batch"
out=$("$q_bin" -i "$tmp/idx" --batch "$tmp/batch" -n 3); rc=$?
[ $rc -eq 1 ] && ok || bad "a batch with a malformed query exits 1 (rc $rc)"
[ "$(echo "$out" | wc -l)" = 4 ] && ok || bad "batch: 4 lines expected: $out"
[ "$(echo "$out" | sed -n 3p | jq -r .column)" = 1 ] && ok || bad "batch error column"
for i in 1 2 4; do
  q=$(echo "$out" | sed -n ${i}p | jq -r .query)
  a=$(echo "$out" | sed -n ${i}p | jq -c '[.hits[].id]')
  b=$("$q_bin" -i "$tmp/idx" --json -n 3 "$q" | jq -s -c '[.[].id]')
  [ "$a" = "$b" ] && ok || bad "batch differs for $q: $a vs $b"
done
[ "$(echo "$out" | sed -n 1p | jq .total)" = 4 ] && ok || bad "batch total"
[ "$(echo "$out" | jq -r 'select((.took_ms | type) == "number" and .took_ms >= 0) | 1' | wc -l)" = 4 ] \
  && ok || bad "batch: every answer, errors too, carries its took_ms"
# a field keeps a lone *: quote:* and speaker:* are every quote, title:* every article
allq=$("$q_bin" -i "$tmp/idx" -c --quotes '*')
[ "$allq" -gt 0 ] && [ "$("$q_bin" -i "$tmp/idx" -c 'quote:*')" = "$allq" ] &&
  [ "$("$q_bin" -i "$tmp/idx" -c 'speaker:*')" = "$allq" ] && ok || bad "quote:* and speaker:* are every quote ($allq)"
[ "$("$q_bin" -i "$tmp/idx" -c 'title:*')" = 37 ] && ok || bad "title:* is every article"
[ "$("$q_bin" -i "$tmp/idx" -c 'speaker:* -speaker:sorokin')" = "$((allq - $("$q_bin" -i "$tmp/idx" -c 'speaker:sorokin')))" ] &&
  ok || bad "speaker:* -speaker:sorokin"
# an exclusion given first is read as options: the message says to put it after --
for a in -nato -kremlin; do
  err=$("$q_bin" -i "$tmp/idx" "$a" 2>&1 >/dev/null); rc=$?
  [ $rc -eq 2 ] && case "$err" in *"'$a' was read as options"*"-- '$a'"*) true ;; *) false ;; esac &&
    ok || bad "$a before -- (rc $rc): $err"
done
[ "$("$q_bin" -i "$tmp/idx" -c -- -nato)" = "$(("$("$q_bin" -i "$tmp/idx" -c '*')" - "$("$q_bin" -i "$tmp/idx" -c nato)"))" ] &&
  ok || bad "-- -nato counts the articles without nato"
"$q_bin" -i "$tmp/idx" --bogus nato >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "unknown option --bogus" "$tmp/err" && ok || bad "--bogus: rc $rc, $(head -1 "$tmp/err")"
# what a total counts comes from the search, not from the query's text:
# `Speaker:` is the field (names are case-insensitive), `speaker: x` plain words
[ "$(echo "$out" | sed -n 1p | jq -r .of)" = articles ] && ok || bad "batch: nato counts articles"
for qo in 'Speaker:sorokin quotes' 'speaker: sorokin articles' 'sorokin articles' 'quote:nato quotes'; do
  q=${qo% *} want=${qo##* }
  got=$("$q_bin" -i "$tmp/idx" -c --json "$q" | jq -r .of)
  [ "$got" = "$want" ] && ok || bad "-c --json '$q' counts $got, not $want"
  got=$("$q_bin" -i "$tmp/idx" -n 1 --color never "$q" | tail -1)
  case "$got" in *" $want match; showing 1-1"*|"no $want match") ok ;; *) bad "'$q' footer says: $got" ;; esac
done
# --facet-limit N shows the first N of the same list; 0 or a word is refused
full=$("$q_bin" -i "$tmp/idx" --json -n 0 --facet person nato | jq -c 'select(.facet) | .value' | head -2 | tr '\n' ' ')
two=$("$q_bin" -i "$tmp/idx" --json -n 0 --facet person --facet-limit 2 nato | jq -c 'select(.facet) | .value' | tr '\n' ' ')
[ -n "$two" ] && [ "$two" = "$full" ] && ok || bad "--facet-limit 2: '$two' vs '$full'"
"$q_bin" -i "$tmp/idx" -n 0 --facet person --facet-limit 0 nato >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "--facet-limit 0 exits 2"
# a batch with --facet carries each query's facet values, those of --facet --json
for fq in 'nato person' 'nato speaker' 'kremlin org' 'speaker:sorokin speaker'; do
  q=${fq% *} fc=${fq##* }
  a=$(printf '%s\n' "$q" | "$q_bin" -i "$tmp/idx" --batch - -n 0 --facet "$fc" | jq -c '[.facets[] | [.value, .count]]')
  b=$("$q_bin" -i "$tmp/idx" --json -n 0 --facet "$fc" "$q" | jq -s -c '[.[] | select(.facet) | [.value, .count]]')
  [ -n "$a" ] && [ "$a" != "[]" ] && [ "$a" = "$b" ] && ok || bad "batch --facet $fc for $q: $a vs $b"
done

# exit codes and messages
"$q_bin" -i "$tmp/idx" 'nightdesk' >/dev/null; [ $? -eq 1 ] && ok || bad "no match should exit 1"
err=$("$q_bin" -i "$tmp/idx" 'nato AND (sanctions' 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] && echo "$err" | grep -q 'column' && ok || bad "malformed query: rc $rc, '$err'"
err=$("$q_bin" -i "$tmp/nope" 'nato' 2>&1); rc=$?
[ $rc -eq 2 ] && echo "$err" | grep -q "$tmp/nope" && ok || bad "missing index: rc $rc, '$err'"
"$idx_bin" -o "$tmp/x" 2>/dev/null; [ $? -eq 2 ] && ok || bad "no PATH should exit 2"
"$idx_bin" -q -o "$tmp/y" "$tmp/does-not-exist" 2>/dev/null; [ $? -eq 2 ] && ok || bad "missing PATH should exit 2"

# appending the same inputs in two runs equals one run; --merge folds segments
"$idx_bin" -q -o "$tmp/two" corpus/txt corpus/html corpus/json || bad "append run 1"
"$idx_bin" -q -o "$tmp/two" corpus/jsonl corpus/archives || bad "append run 2"
[ "$("$q_bin" -i "$tmp/two" --stats | head -1 | cut -d";" -f1)" = "37 articles in 2 segments" ] && ok || bad "two segments: $("$q_bin" -i "$tmp/two" --stats)"
for q in nato 'brackenford' '"security guarantees"' 'date:2022-01' 'speaker:sorokin' 'quote:nato' 'person:sorokin'; do
  a=$("$q_bin" -i "$tmp/idx" --json -n 500 "$q" | jq -c '[.id,.score,.speaker,.snippet,.quote_start]' | sort)
  b=$("$q_bin" -i "$tmp/two" --json -n 500 "$q" | jq -c '[.id,.score,.speaker,.snippet,.quote_start]' | sort)
  [ "$a" = "$b" ] && ok || bad "appended index differs for $q"
done
a=$("$q_bin" -i "$tmp/idx" --json --entity sorokin); b=$("$q_bin" -i "$tmp/two" --json --entity sorokin)
[ "$a" = "$b" ] && ok || bad "appended index lists entities differently"
"$idx_bin" -q -o "$tmp/two" --merge || bad "--merge"
[ "$("$q_bin" -i "$tmp/two" --stats | head -1 | cut -d";" -f1)" = "37 articles in 1 segment" ] && ok || bad "merged: $("$q_bin" -i "$tmp/two" --stats)"
for q in nato 'speaker:sorokin' 'quote:nato'; do
  a=$("$q_bin" -i "$tmp/idx" --json -n 500 "$q" | jq -c '[.id,.score,.speaker,.snippet]' | sort)
  b=$("$q_bin" -i "$tmp/two" --json -n 500 "$q" | jq -c '[.id,.score,.speaker,.snippet]' | sort)
  [ "$a" = "$b" ] && ok || bad "merged index differs for $q"
done
a=$("$q_bin" -i "$tmp/idx" --json --entity sorokin); b=$("$q_bin" -i "$tmp/two" --json --entity sorokin)
[ "$a" = "$b" ] && ok || bad "merged index lists entities differently"
[ -n "$a" ] && ok || bad "--entity sorokin lists nothing"

# --article ID prints the stored article a hit names, in every segment layout
for ix in "$tmp/idx" "$tmp/two"; do
  hit=$("$q_bin" -i "$ix" --json -n 1 '"security guarantees"')
  id=$(echo "$hit" | jq -r .id)
  art=$("$q_bin" -i "$ix" --json --article "$id")
  [ "$(echo "$art" | jq -r .title)" = "$(echo "$hit" | jq -r .title)" ] && ok || bad "--article $id: title"
  echo "$art" | jq -r .text | grep -qi 'security guarantees' && ok || bad "--article $id: text"
  "$q_bin" -i "$ix" --article "$id" | head -1 | grep -qF "$(echo "$hit" | jq -r .title)" && ok || bad "--article $id: human form"
done
"$q_bin" -i "$tmp/idx" --article 0123456789abcdef >/dev/null 2>&1; [ $? -eq 1 ] && ok || bad "--article of no article exits 1"
err=$("$q_bin" -i "$tmp/idx" --article 'sorokin' 2>&1); rc=$?
[ $rc -eq 2 ] && echo "$err" | grep -q 'not an article id' && ok || bad "--article with a bad id: rc $rc, '$err'"

finish
