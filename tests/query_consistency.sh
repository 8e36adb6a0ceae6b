#!/usr/bin/env bash
# The executor's shortcuts must not change answers: for a table of query
# shapes on corpus/, the count (-c, answered from document frequencies and
# |A|+|B|-|A and B| where it can), the total of a top-10 search and the
# number of hits of an unlimited search agree; the top-k heap with score
# bounds gives the first k of the full ranking (ids and scores); and a few
# counts are checked against exact expected values (grep-verified facts of
# corpus/, tests/data/corpus-facts.md style).
. "$(dirname "$0")/lib/harness.bash"
need_jq

cd "$src"
"$idx_bin" -q -o "$tmp/idx" corpus/ || { echo "indexing failed"; exit 1; }
# the same articles in several segments: counts and ranks must not change
"$idx_bin" -q --memory 1M -o "$tmp/idx2" corpus/ 2>/dev/null || cp -r "$tmp/idx" "$tmp/idx2"

queries=(
  'the' 'said' 'harbour' 'sorokin' 'nightdesk'
  'the said' 'said nato' 'the said nato' 'nato -sanctions' 'said -harbour -nato'
  'the OR said' 'harbour OR nato' 'harbour OR nightdesk' 'nato OR sanctions OR harbour'
  '(harbour OR sorokin) said' '(harbour OR sorokin) (nato OR said)'
  '"of the"' '"security guarantees"' '"the port of"' 'title:sorokin' 'body:"of the"'
  'nat*' 'sanc* OR harb*' 'st*' 'co* said' 'quote:co*' 'speaker:sorokin st*' 'st* -co*' 'date:2021' 'said date:2022' '*' '-the' '-nato'
  'speaker:sorokin' 'speaker:sorokin "we are"' 'speaker:sorokin moscow' 'quote:security'
  'quote:the OR quote:said' 'person:sorokin'
)
for ix in "$tmp/idx" "$tmp/idx2"; do
  for q in "${queries[@]}"; do
    c=$("$q_bin" -i "$ix" -c -- "$q")
    t=$(printf '%s\n' "$q" | "$q_bin" -i "$ix" --batch - -n 10 | jq -r .total)
    all=$("$q_bin" -i "$ix" --json -n 100000 -- "$q" > "$tmp/all"; wc -l < "$tmp/all")
    [ "$c" = "$t" ] && [ "$c" = "$all" ] && ok || bad "'$q' on $ix: count $c, top-10 total $t, hits $all"
    for k in 1 3 10; do
      "$q_bin" -i "$ix" --json -n $k -- "$q" | jq -r '"\(.id) \(.score)"' > "$tmp/top"
      head -n $k "$tmp/all" | jq -r '"\(.id) \(.score)"' > "$tmp/want"
      cmp -s "$tmp/top" "$tmp/want" && ok || bad "'$q' on $ix: top-$k is not the head of the full ranking"
    done
  done
done

# exact counts, from the hit lists corpus_queries.sh checks (verified by
# hand, tests/data/corpus-facts.md): nato 4 articles, harbour 2 (none in
# common), sanctions 2 (both with nato), harbour OR sorokine 3
expect() { local got; got=$("$q_bin" -i "$tmp/idx" -c -- "$1"); [ "$got" = "$2" ] && ok || bad "'$1': $got, want $2"; }
expect 'nato' 4
expect 'harbour' 2
expect 'harbour OR nato' 6
expect 'nato OR harbour OR sanctions' 6
expect 'nato -sanctions' 2
expect 'nato sanctions' 2
expect 'harbour OR sorokine' 3

# A body longer than 65535 words: ranking keeps its field lengths in 2-byte
# arrays, widened to 4 for such a segment.  The top-k path (lengths from the
# arrays) and --sort date (lengths from each document's metadata) must give
# every document the same score, and the long one must rank last.
awk 'BEGIN {
  printf "{\"title\":\"Long one\",\"date\":\"2020-01-01\",\"text\":\"";
  for (i = 0; i < 70000; i++) printf "%sword%d", (i ? " " : ""), i % 500;
  printf " zeta\"}\n";
  for (i = 0; i < 5; i++)
    printf "{\"title\":\"Short %d\",\"date\":\"2020-01-0%d\",\"text\":\"zeta and word%d here\"}\n", i, i + 2, i;
}' > "$tmp/long.jsonl"
"$idx_bin" -q -o "$tmp/long" "$tmp/long.jsonl" || bad "indexing the long article"
by_rank=$("$q_bin" -i "$tmp/long" --json zeta | jq -c '[.title, .score]' | sort)
by_date=$("$q_bin" -i "$tmp/long" --json --sort date zeta | jq -c '[.title, .score]' | sort)
[ -n "$by_rank" ] && [ "$by_rank" = "$by_date" ] && ok || bad "long field: scores differ by path: $by_rank vs $by_date"
[ "$("$q_bin" -i "$tmp/long" --json zeta | jq -r .title | tail -1)" = "Long one" ] && ok || bad "long field: the 70000-word article should rank last"

# A prefix stands for every word it matches, however many: here 1,500
# articles each hold a word of their own (pfxw0 ... pfxw1499, more than the
# 1024 words a prefix was once cut to) in a quote, and one holds pfxw7 twice.
# The counts are exact, a word's own query finds its article, and the prefix
# ranks the double pfxw7 first.
awk 'BEGIN {
  for (i = 0; i < 1500; i++) {
    w = "pfxw" i; t = (i == 7) ? w " and " w : w;
    printf "{\"title\":\"Note %d\",\"date\":\"2020-02-01\",\"text\":\"The panel met. \u201cWe looked at %s today,\u201d Anna Berg said.\"}\n", i, t;
  }
}' > "$tmp/many.jsonl"
"$idx_bin" -q -o "$tmp/many" "$tmp/many.jsonl" || bad "indexing the prefix corpus"
"$idx_bin" -q --memory 1M -o "$tmp/many2" "$tmp/many.jsonl" 2>/dev/null || bad "indexing the prefix corpus in segments"
for ix in "$tmp/many" "$tmp/many2"; do
  for q in 'pfxw*' 'quote:pfxw*' 'speaker:berg pfxw*' 'panel pfxw*' 'pfxw* -pfxw7'; do
    want=1500; case $q in *-pfxw7) want=1499;; esac
    got=$("$q_bin" -i "$ix" -c -- "$q")
    [ "$got" = "$want" ] && ok || bad "'$q' on $ix: $got, want $want"
    all=$("$q_bin" -i "$ix" --json -n 100000 -- "$q" | wc -l)
    [ "$all" = "$want" ] && ok || bad "'$q' on $ix: $all hits listed, want $want"
  done
  [ "$("$q_bin" -i "$ix" -c pfxw1499)" = 1 ] && ok || bad "pfxw1499 on $ix"
  [ "$("$q_bin" -i "$ix" --json -n 1 'pfxw*' | jq -r .title)" = "Note 7" ] && ok || bad "'pfxw*' on $ix: the article with the word twice should rank first"
  [ "$("$q_bin" -i "$ix" --json -n 1 'quote:pfxw*' | jq -r .title)" = "Note 7" ] && ok || bad "'quote:pfxw*' on $ix: the quote with the word twice should rank first"
done

finish
