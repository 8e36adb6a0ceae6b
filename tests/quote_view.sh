#!/usr/bin/env bash
# The quote field is a view of the article body (docs/FORMAT.md, format 6):
# quote:WORD must find exactly the quotes whose own words hold WORD, and no
# quote whose attribution alone does.  Checked by brute force on corpus/:
# every quote's words are listed (--quotes --json '*': its segments, joined
# by " … ", without what lies between them) and tokenized here the way
# lib/tokenize.h does for plain ASCII words; for every word of two quotes or
# more, and the attribution words, the count of quote:WORD must be the
# number of quotes that hold it, on one segment and on several; and so must
# quote:A quote:B for pairs of them.
. "$(dirname "$0")/lib/harness.bash"
need_jq

cd "$src"
"$idx_bin" -q -o "$tmp/idx" corpus/ || { echo "indexing failed"; exit 1; }
"$idx_bin" -q --memory 1M -o "$tmp/idx2" corpus/ 2>/dev/null || cp -r "$tmp/idx" "$tmp/idx2"

n=$("$q_bin" -i "$tmp/idx" -c --quotes -- '*')
"$q_bin" -i "$tmp/idx" --quotes --json -n 100000 -- '*' > "$tmp/quotes"
[ "$(wc -l < "$tmp/quotes")" = "$n" ] && [ "$n" -gt 100 ] && ok || bad "listing $n quotes"
# each quote's distinct words, one JSON array a line: ’ as ', case folded,
# runs of letters and digits, an apostrophe between two letters and a '.'
# or ',' between two digits inside, a final 's dropped.  A quote cut short
# by the snippet's length limit, or holding letters outside ASCII (which
# this does not fold), is left out: `unsure` counts them, the most a count
# may exceed the brute force by.
jq -c 'select(.snippet | endswith("…") or (explode | any(. > 127 and
         (IN(8216, 8217, 8220, 8221, 8222, 171, 187, 8230, 8211, 8212) | not))) | not) | .snippet
       | gsub("’"; "'"'"'") | ascii_downcase
       | [scan("[a-z0-9]+(?:(?<=[a-z])'"'"'(?=[a-z])[a-z0-9]+|(?<=[0-9])[.,](?=[0-9])[0-9]+)*")
          | sub("'"'"'s$"; "")] | unique' \
  "$tmp/quotes" > "$tmp/words"
unsure=$((n - $(wc -l < "$tmp/words")))
[ "$unsure" -lt 10 ] && ok || bad "$unsure quotes left out of the brute force"
# words in two quotes or more, and words that attributions hold; plain
# words only: no apostrophe, and no number (a quote may end inside one,
# "around 1" of "1.4 billion", where the index has the whole token)
jq -r '.[]' "$tmp/words" | grep -v "['.,]" | grep -v '^[0-9]*$' | sort | uniq -c | awk '$1 >= 2 {print $2}' > "$tmp/vocab"
printf '%s\n' said told added says according >> "$tmp/vocab"
sort -u -o "$tmp/vocab" "$tmp/vocab"
[ "$(wc -l < "$tmp/vocab")" -gt 50 ] && ok || bad "vocabulary of $(wc -l < "$tmp/vocab") words"

count_with() { # number of quotes holding every word given
  jq --args -r '[inputs] | map(select(. as $w | $ARGS.positional | all(. as $x | $w | index($x)))) | length' \
    -n "$@" < "$tmp/words"
}
wrong=0 checked=0
while read -r w; do
  want=$(count_with "$w")
  for ix in "$tmp/idx" "$tmp/idx2"; do
    got=$("$q_bin" -i "$ix" -c -- "quote:$w")
    # a quote left out may hold the word: at most that many more
    if [ "$got" -lt "$want" ] || [ "$got" -gt $((want + unsure)) ]; then
      wrong=$((wrong + 1))
      echo "quote:$w on $ix: $got, brute force $want" >&2
    fi
    checked=$((checked + 1))
  done
done < "$tmp/vocab"
[ "$wrong" -eq 0 ] && ok || bad "$wrong of $checked quote: counts differ from the brute force"

# pairs: every tenth word with the next one
wrong=0
awk 'NR % 10 == 1 {a = $1; getline; print a, $1}' "$tmp/vocab" > "$tmp/pairs"
while read -r a b; do
  want=$(count_with "$a" "$b")
  got=$("$q_bin" -i "$tmp/idx2" -c -- "quote:$a quote:$b")
  if [ "$got" -lt "$want" ] || [ "$got" -gt $((want + unsure)) ]; then
    wrong=$((wrong + 1))
    echo "quote:$a quote:$b: $got, brute force $want" >&2
  fi
done < "$tmp/pairs"
[ "$wrong" -eq 0 ] && ok || bad "$wrong pairs differ from the brute force"

finish
