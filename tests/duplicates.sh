#!/usr/bin/env bash
# Syndicated copies: an exact copy (other file, other spacing and case) is
# counted and not indexed; a near copy (new headline, one changed sentence,
# a credit line) is indexed into the first copy's cluster; --collapse shows
# one article per cluster with its number of copies; a second run over the
# same files indexes nothing new.
. "$(dirname "$0")/lib/harness.bash"
need_jq
mkdir "$tmp/in"
body='The regional water authority said on Tuesday that the old reservoir at Kettlebrook would be drained over the summer so that engineers could inspect the dam wall, which was built in 1911 and last surveyed two decades ago.

Residents of the valley have been told to expect lorries on the narrow lanes for several weeks. "We know this will be an inconvenience, but the inspection cannot wait any longer," said Imelda Ranft, the authority'"'"'s chief engineer.

Anglers who use the reservoir will be offered places at two nearby lakes, and the authority expects to refill it before the autumn rains.

The dam, a stone and earth embankment about forty metres high, holds back water that supplies around twelve thousand homes in the lower valley. Engineers will pump the reservoir down in stages, watching the wall for movement as the weight of water against it falls, and will then walk the exposed face to look for cracks, seepage and loose masonry.

Parish councillors welcomed the work but asked for a clear timetable. "People want to know when the lorries will start and when they will stop, and whether the footpath round the water will stay open," said Tobias Wren, who chairs the parish council. The authority said it would publish a schedule next week and hold a drop-in session at the village hall.

Supplies to homes will not be affected, the authority said, because the valley can draw on the larger reservoir at Hollin Moor while Kettlebrook is empty. Wildlife groups have been consulted about the fish, which will be netted and moved before the water level drops too far.'
printf 'Kettlebrook reservoir to be drained for dam inspection\n\n%s\n' "$body" > "$tmp/in/a.txt"
# exact copy: different file, case and spacing changed, same words
printf 'KETTLEBROOK  RESERVOIR TO BE DRAINED FOR DAM INSPECTION\n\n%s\n' "$(echo "$body" | sed 's/  */ /g; s/The regional/THE   regional/')" > "$tmp/in/b.txt"
# near copy: another headline, a credit line, one word changed
printf 'Dam inspection: Kettlebrook reservoir will be emptied\n\n%s\n\nReporting by the valley desk.\n' "$(echo "$body" | sed 's/several weeks/several months/')" > "$tmp/in/c.txt"
printf 'Library opens on Sundays\n\nThe town library will open on Sundays from next month, the council said, after a petition signed by more than a thousand residents.\n' > "$tmp/in/d.txt"

err=$("$idx_bin" -o "$tmp/idx" "$tmp/in" 2>&1); rc=$?
[ $rc -eq 0 ] && ok || bad "indexing exited $rc: $err"
echo "$err" | grep -q '1 exact duplicate not indexed' && ok || bad "summary should count 1 exact duplicate: $err"
echo "$err" | grep -q '1 near duplicate clustered' && ok || bad "summary should count 1 near duplicate: $err"
[ "$("$q_bin" -i "$tmp/idx" --stats | head -1 | cut -d';' -f1)" = "3 articles in 1 segment" ] && ok || bad "3 articles: $("$q_bin" -i "$tmp/idx" --stats)"
[ "$("$q_bin" -i "$tmp/idx" --count kettlebrook)" = 2 ] && ok || bad "two copies indexed"
[ "$("$q_bin" -i "$tmp/idx" --count --collapse kettlebrook)" = 1 ] && ok || bad "one cluster"
c=$("$q_bin" -i "$tmp/idx" --json --collapse kettlebrook | jq -r '.copies')
[ "$c" = 2 ] && ok || bad "copies $c"
[ "$("$q_bin" -i "$tmp/idx" --count --collapse 'kettlebrook OR library')" = 2 ] && ok || bad "two clusters"
"$q_bin" -i "$tmp/idx" --collapse --color never kettlebrook | head -1 | grep -q '(2 copies)' && ok || bad "human output shows copies"
# a second run finds every article already there
err=$("$idx_bin" -o "$tmp/idx" "$tmp/in" 2>&1)
echo "$err" | grep -q '4 exact duplicates not indexed' && ok || bad "second run: $err"
[ "$("$q_bin" -i "$tmp/idx" --stats | head -1 | cut -d';' -f1)" = "3 articles in 1 segment" ] && ok || bad "still 3 articles"
# --keep-duplicates indexes the copy
"$idx_bin" -q -o "$tmp/keep" --keep-duplicates "$tmp/in"
[ "$("$q_bin" -i "$tmp/keep" --count kettlebrook)" = 3 ] && ok || bad "--keep-duplicates"
finish
