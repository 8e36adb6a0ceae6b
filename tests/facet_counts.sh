#!/usr/bin/env bash
# Facet counts are numbers of distinct matching documents (query/search.c,
# facet_count): an article naming one entity two ways ("Halvard Brekke" and
# "Brekke", "Federal Reserve" and "Fed") counts once for it, in the person,
# org and entity facets, and a speaker facet counts quotes (the others, in a
# quote search, count the articles of the matching quotes).  The articles
# are made up here, one JSON line each; every count below is checked by
# hand against them.
. "$(dirname "$0")/lib/harness.bash"
need_jq

{
  # 1-3: the surname and the full name in one article, and both bank names
  for town in Ardal Bremnes Dale; do
    art "$town ferry" "Rates are fine, Brekke said on Monday. Harbour master Halvard Brekke said the $town ferry would run every hour. The Federal Reserve said the meeting would be short. The Fed said it would wait."
  done
  # 4: the full name alone; the bank's full name alone
  art "Quay repairs" "Harbour master Halvard Brekke said the quay repairs were finished. The Federal Reserve said nothing."
  # 5: the surname alone; the alias alone
  art "Mooring levy" "The mooring levy will rise by a tenth, Brekke said. The Fed said rates would stay."
  # 6: someone else; the bank's full name (so it is the usual spelling)
  art "Library hours" "The library will open on Sundays, Ingrid Solvang said. The Federal Reserve said so too."
} > "$tmp/names.jsonl"

"$idx_bin" -q --keep-duplicates -o "$tmp/idx" "$tmp/names.jsonl" || bad "indexing"
# facet FIELD QUERY: "value=count" lines, sorted
facet() { "$q_bin" -i "$tmp/idx" --json --facet "$1" -n 0 "$2" | jq -r 'select(.facet) | "\(.value)=\(.count)"' | sort; }
has() { # facet output, wanted line, label
  printf '%s\n' "$1" | grep -qx "$2" && ok || bad "$3: want $2 in: $(printf '%s' "$1" | tr '\n' ' ')"
}

# the extraction lists both spellings in articles 1-3 (else this test tests nothing)
n=$("$q_bin" -i "$tmp/idx" -c 'person:brekke')
[ "$n" = 5 ] && ok || bad "person:brekke should match 5 articles: $n"

f=$(facet person '*')
has "$f" 'Halvard Brekke=5' "person facet, every article"
has "$f" 'Ingrid Solvang=1' "person facet, every article"
printf '%s\n' "$f" | grep -q '^Brekke=' && bad "Brekke a person value of its own: $f" || ok
f=$(facet org '*')
has "$f" 'Federal Reserve=6' "org facet, every article"
printf '%s\n' "$f" | grep -q '^Fed=' && bad "Fed an org value of its own: $f" || ok
# entity: person, org, place and entity fields together, once an article a value
f=$(facet entity '*')
has "$f" 'Halvard Brekke=5' "entity facet"
has "$f" 'Federal Reserve=6' "entity facet"
has "$f" 'Ingrid Solvang=1' "entity facet"
# only the matches count: ferry is in articles 1-3, levy in 5
f=$(facet person ferry)
has "$f" 'Halvard Brekke=3' "person facet of ferry"
f=$(facet entity 'levy OR quay')
has "$f" 'Halvard Brekke=2' "entity facet of levy OR quay"
has "$f" 'Federal Reserve=2' "entity facet of levy OR quay"
[ "$(printf '%s\n' "$f" | wc -l)" = 2 ] && ok || bad "entity facet of levy OR quay: two values: $f"
# a speaker facet counts quotes: Brekke's (under either spelling) and the bank's
f=$(facet speaker '*')
nq=$("$q_bin" -i "$tmp/idx" -c 'speaker:"halvard brekke"')
has "$f" "Halvard Brekke=$nq" "speaker facet"
[ "$nq" -ge 5 ] && ok || bad "Halvard Brekke should be quoted at least 5 times: $nq"
# in a quote search person, org and entity count the articles the matching
# quotes come from, each once: Brekke is quoted twice in each of articles
# 1-3 and once in 4 and 5, which all name the bank; Solvang only in 6
f=$(facet org 'speaker:"halvard brekke"')
has "$f" 'Federal Reserve=5' "org facet of Brekke's quotes"
f=$(facet person 'speaker:"ingrid solvang"')
[ "$f" = 'Ingrid Solvang=1' ] && ok || bad "person facet of Solvang's quotes: $f"
f=$(facet entity 'quote:levy')
has "$f" 'Halvard Brekke=1' "entity facet of quote:levy"
[ "$(printf '%s\n' "$f" | wc -l)" = 2 ] && ok || bad "entity facet of quote:levy: two values: $f"

# a second segment: its documents count apart from the first's (numbers restart)
{
  art "Harbour dues" "Dues are fine, Brekke said on Friday. Harbour master Halvard Brekke said the dues would stay. The Federal Reserve said nothing. The Fed agreed."
  art "Harbour lights" "The lights are new, Brekke said."
} > "$tmp/more.jsonl"
"$idx_bin" -q --keep-duplicates --no-auto-merge -o "$tmp/idx" "$tmp/more.jsonl" || bad "indexing a second segment"
[ "$(ls "$tmp/idx" | grep -c '^seg-')" = 2 ] && ok || bad "two segments expected: $(ls "$tmp/idx")"
f=$(facet entity '*')
has "$f" 'Halvard Brekke=7' "entity facet over two segments"
has "$f" 'Federal Reserve=7' "entity facet over two segments"
f=$(facet person 'harbour')
has "$f" 'Halvard Brekke=6' "person facet of harbour over two segments"
f=$(facet org 'speaker:"halvard brekke"')
has "$f" 'Federal Reserve=6' "org facet of Brekke's quotes over two segments"
finish
