#!/usr/bin/env bash
# Broken inputs: every bad file or member is skipped with one line naming it
# and the reason, everything readable is indexed, the run commits, and the
# exit status says "some input skipped" (1).  Asserts exactly which articles
# made it in.
. "$(dirname "$0")/lib/harness.bash"
need_jq
in="$tmp/in"; mkdir -p "$in/tarsrc"

art() { printf '%s\n\nThe %s story has a body of its own, written for this test.\n' "$1" "$1"; }
art "Good plain article" > "$in/01-good.txt"
: > "$in/02-empty.txt"
head -c 3000 /dev/urandom > "$in/03-binary.dat"
printf 'Latin one headline\n\nCaf\xe9 owners said the r\xe9gion was busy.\n' > "$in/04-latin1.txt"
# a tar.gz cut short: the first member survives
art "Tar member one" > "$in/tarsrc/one.txt"; head -c 200000 /dev/urandom | base64 > "$in/tarsrc/two.txt"
tar -C "$in/tarsrc" -czf "$tmp/full.tar.gz" one.txt two.txt
head -c $(( $(stat -c %s "$tmp/full.tar.gz") / 2 )) "$tmp/full.tar.gz" > "$in/05-truncated.tar.gz"
rm -r "$in/tarsrc"
# not gzip at all behind a .gz name
printf 'this is not gzip data at all' > "$in/06-corrupt.jsonl.gz"
# JSONL: 40,001 lines, the last one broken, and a 50 MB line in the middle
{
  for i in $(seq 1 40000); do printf '{"title":"Wire %d","text":"Body of wire story %d."}\n' "$i" "$i"; done
  printf '{"title":"Broken line", "text": }\n'
} > "$in/07-big.jsonl"
{
  printf '{"title":"Before the long line","text":"Fine."}\n'
  printf '{"title":"Long","text":"'; head -c 52428800 /dev/zero | tr '\0' 'a'; printf '"}\n'
  printf '{"title":"After the long line","text":"Also fine."}\n'
} > "$in/08-longline.jsonl"
# a huge but valid article that compresses thousands of times over
{ printf 'Very repetitive article\n\n'; yes 'echo ' | head -c 20000000; printf '\n'; } > "$in/10-repetitive.txt"
# a member that decompresses to more than the cap (a text bomb)
mkdir "$tmp/bomb"; yes 'lorem ipsum dolor ' | head -c 300000000 > "$tmp/bomb/huge.txt"
art "Small member beside the bomb" > "$tmp/bomb/small.txt"
tar -C "$tmp/bomb" -czf "$in/09-bomb.tar.gz" huge.txt small.txt; rm -r "$tmp/bomb"

err=$("$idx_bin" -o "$tmp/idx" "$in" 2>&1); rc=$?
[ $rc -eq 1 ] && ok || bad "exit status $rc, want 1: $err"
line() { echo "$err" | grep -F -- "$1" | grep -qi -- "$2" && ok || bad "no skip line for $1 ($2): $err"; }
line "02-empty.txt" "empty"
line "03-binary.dat" "binary"
line "05-truncated.tar.gz" "truncat\|error"
line "06-corrupt.jsonl.gz" "gzip\|cannot read\|unreadable\|not"
line "07-big.jsonl: line 40001" "JSON"
line "08-longline.jsonl: line 2" "16 MiB"
line "09-bomb.tar.gz: huge.txt" "256 MiB"
# one line per problem: no other skip lines
n=$(echo "$err" | grep -c '^morgue-index: ')
[ "$n" = 7 ] && ok || bad "7 skip lines expected, got $n: $err"
# the summary names the kind of each skip: "7 inputs skipped (1 empty file, ...)"
sum=$(echo "$err" | grep -o 'inputs\? skipped (.*)')
[ -n "$sum" ] && ! echo "$sum" | grep -qE '[0-9]+ *[,)]' && ok || bad "summary with an unnamed kind: $sum"

# bytes before the first record of a WARC file: named in the line and the summary
printf 'garbage' > "$tmp/junk.warc"
werr=$("$idx_bin" -q -o "$tmp/widx" "$tmp/junk.warc" "$in/01-good.txt" 2>&1)
echo "$werr" | grep -q 'junk.warc: 7 bytes before the first WARC record' && ok || bad "WARC junk line: $werr"
werr=$("$idx_bin" -o "$tmp/widx2" "$tmp/junk.warc" "$in/01-good.txt" 2>&1)
echo "$werr" | grep -q '1 input skipped (1 bytes before the first WARC record)' && ok || bad "WARC junk summary: $werr"

# a WARC record cut short: its page indexed as far as it goes, the input
# counted as read in part (not skipped), exit 1
{
  body='<html><head><title>Harbour ferry timetable changes</title></head><body><article><h1>Harbour ferry timetable changes</h1>'
  for i in 1 2 3 4 5 6; do body="$body<p>The harbour board moved the morning ferry to a later slot so that the quay crews could finish the repairs to the north landing before the first crossing of the day, paragraph $i.</p>"; done
  http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s' "$body")
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/ferry\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s' $(( ${#http} + 4000 )) "$http"
} > "$tmp/cut.warc"
perr=$("$idx_bin" -o "$tmp/pidx" "$tmp/cut.warc" 2>&1); prc=$?
[ $prc -eq 1 ] && ok || bad "a record read in part exits $prc, want 1: $perr"
echo "$perr" | grep -q 'cut.warc: record 1 (http://example.org/ferry): truncated after [0-9]* of [0-9]* bytes, indexed what was read' && ok || bad "truncated record line: $perr"
echo "$perr" | grep -q '; 1 input read in part (1 truncated)' && ! echo "$perr" | grep -q 'skipped' && ok || bad "read-in-part summary: $perr"
[ "$("$q_bin" -i "$tmp/pidx" --count 'quay crews')" = 1 ] && ok || bad "the cut record's page is not searchable"

got=$("$q_bin" -i "$tmp/idx" --json -n 100 'title:good OR title:latin OR title:member OR title:line OR title:small OR title:repetitive' | jq -r .title | sort | tr '\n' '|')
want='After the long line|Before the long line|Good plain article|Latin one headline|Small member beside the bomb|Tar member one|Very repetitive article|'
[ "$got" = "$want" ] && ok || bad "articles in: $got"
[ "$("$q_bin" -i "$tmp/idx" --count 'title:wire')" = 40000 ] && ok || bad "40,000 wire stories: $("$q_bin" -i "$tmp/idx" --count 'title:wire')"
# bytes that are not UTF-8 never stop an article: its words stay searchable
[ "$("$q_bin" -i "$tmp/idx" --count 'owners busy')" = 1 ] && ok || bad "latin-1 article searchable"
# nothing readable: exit 2 and the index is untouched
"$idx_bin" -q -o "$tmp/idx" "$tmp/nothing-here" 2>/dev/null; [ $? -eq 2 ] && ok || bad "missing path exits 2"
[ "$("$q_bin" -i "$tmp/idx" --count 'title:wire')" = 40000 ] && ok || bad "index intact after a failed run"
finish
