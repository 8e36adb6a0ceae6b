#!/usr/bin/env bash
# --threads: the index is the same byte for byte whatever the number of
# threads.  corpus/ is read 13 times (with exact copies kept, and with them
# skipped) under a 1M budget, so that segments are flushed and merged along
# the way; bad inputs among the good ones must give the same error lines, in
# input order, and the same query results.
. "$(dirname "$0")/lib/harness.bash"
src=${MORGUE_SOURCE_DIR:?}/corpus

# bad inputs between the good ones: each gives one line, in walk order
mkdir -p "$tmp/in/a" "$tmp/in/c"
printf '{"title": "Broken", "text": "no end\n' > "$tmp/in/a/broken.json"
printf '{"title":"One","text":"Fine words here."}\n{"title": 3,, }\n{"title":"Two","text":"More fine words."}\n' > "$tmp/in/a/mixed.jsonl"
head -c 3000 /dev/urandom > "$tmp/in/c/noise.bin"
printf '\x00\x01binary' > "$tmp/in/c/zz.txt"
paths=("$src" "$tmp/in" "$src" "$src" "$src" "$src" "$src" "$src" "$tmp/in" "$src" "$src" "$src" "$src" "$src" "$src" "$src" "$src" "$src")

for dedup in keep skip; do
  extra=(); [ "$dedup" = keep ] && extra=(--keep-duplicates)
  for n in 1 3; do
    "$idx_bin" -q "${extra[@]}" -m 1M --threads "$n" -o "$tmp/$dedup-$n" "${paths[@]}" 2> "$tmp/$dedup-$n.err"
    echo $? > "$tmp/$dedup-$n.rc"
  done
  a=$tmp/$dedup-1 b=$tmp/$dedup-3
  # several flushes and a merge happened (the summary counts them); with
  # copies skipped there is too little left for more than one segment
  if [ "$dedup" = keep ]; then
    "$idx_bin" "${extra[@]}" -m 1M --threads 3 -o "$tmp/$dedup-sum" "${paths[@]}" 2> "$tmp/$dedup-sum.err"
    flushed=$(grep -o '[0-9]* segments written' "$tmp/$dedup-sum.err" | cut -d' ' -f1)
    [ "${flushed:-0}" -ge 5 ] && ok || bad "$dedup: expected several flushes, got '${flushed:-}'"
    grep -q ' [1-9][0-9]* merge' "$tmp/$dedup-sum.err" && ok || bad "$dedup: expected a merge"
  fi
  cmp -s "$a.rc" "$b.rc" && ok || bad "$dedup: exit status $(cat "$a.rc") vs $(cat "$b.rc")"
  cmp -s "$a.err" "$b.err" && ok || { bad "$dedup: error lines differ"; diff "$a.err" "$b.err" >&2; }
  nerr=$(grep -c 'morgue-index: ' "$a.err")
  [ "$nerr" -eq 8 ] && ok || bad "$dedup: expected 8 error lines (4 bad inputs read twice), got $nerr"
  # the same files, byte for byte (LOCK is empty either way)
  (cd "$a" && ls) > "$tmp/la"; (cd "$b" && ls) > "$tmp/lb"
  cmp -s "$tmp/la" "$tmp/lb" && ok || bad "$dedup: different file names"
  for f in $(cat "$tmp/la"); do
    cmp -s "$a/$f" "$b/$f" && ok || bad "$dedup: $f differs"
  done
  for q in 'court' '"port strike"' 'speaker:ushakov' 'title:vote OR body:battery' 'quote:inconvenience'; do
    "$q_bin" -i "$a" -n 50 "$q" > "$tmp/qa" 2>&1
    "$q_bin" -i "$b" -n 50 "$q" > "$tmp/qb" 2>&1
    cmp -s "$tmp/qa" "$tmp/qb" && ok || bad "$dedup: results differ for $q"
  done
done
# with the default budget a flush compresses the store on a thread of its
# own while the terms are written (segw_store_start): the same file as one
# thread's, which compresses it after them
"$idx_bin" -q --threads 1 -o "$tmp/big-1" "$src" && "$idx_bin" -q --threads 2 -o "$tmp/big-2" "$src" ||
  bad "indexing with the default budget"
for f in $(cd "$tmp/big-1" && ls seg-*); do
  cmp -s "$tmp/big-1/$f" "$tmp/big-2/$f" && ok || bad "default budget: $f differs on two threads"
done
# the option is checked
"$idx_bin" -q --threads 0 -o "$tmp/x" "$src" 2>/dev/null; [ $? -eq 2 ] && ok || bad "--threads 0 accepted"
"$idx_bin" --help | grep -q -- '--threads N' && ok || bad "--threads missing from --help"

finish
