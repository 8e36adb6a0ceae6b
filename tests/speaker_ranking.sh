#!/usr/bin/env bash
# How a speaker search ranks its quotes.  `speaker:lindqvist` expands to
# every name holding the word ("Mara Lindqvist", "Lindqvist Foundation")
# and their spellings; those are one word to rank by (exec.c,
# spellings_group), so the rarest speaker holding the word does not come
# first: the person quoted most is not outranked by a one-off organisation
# or description.  The articles are written here for the test.
. "$(dirname "$0")/lib/harness.bash"
need_jq
mkdir -p "$tmp/in"
cat > "$tmp/in/ranking.jsonl" <<'JSONL'
{"id":"a1","title":"Harbour plan approved","date":"2024-03-01","text":"The council approved the harbour plan on Monday.\n\n“We waited ten years for this vote,” Mara Lindqvist said after the meeting.\n\n“The ferries come first,” Lindqvist added."}
{"id":"a2","title":"Ferry timetable changes","date":"2024-03-08","text":"New timetables start in April.\n\n“Night crossings will run twice a week,” Mara Lindqvist told reporters.\n\n“Nobody loses a sailing,” Lindqvist said."}
{"id":"a3","title":"Grant for the museum","date":"2024-03-15","text":"A grant of two million crowns went to the maritime museum.\n\n“The museum deserves a new roof,” the Lindqvist Foundation said in a statement."}
{"id":"a4","title":"Dock workers meet","date":"2024-03-20","text":"Dock workers met in the union hall.\n\n“We want the same hours,” a Lindqvist campaign volunteer said."}
JSONL
"$idx_bin" -q -o "$tmp/idx" "$tmp/in" || bad "indexing"
Q() { "$q_bin" -i "$tmp/idx" "$@"; }

[ "$(Q --count 'speaker:lindqvist')" = 6 ] && ok || bad "speaker:lindqvist: $(Q --count 'speaker:lindqvist')"
# the four quotes by Mara Lindqvist come first, then the foundation's (a
# two-word name), then the volunteer's (four words)
order=$(Q --json -n 10 'speaker:lindqvist' | jq -r '.speaker + "|" + .speaker_text' | cut -d'|' -f1 | tr '\n' ';')
case "$order" in
  "Mara Lindqvist;Mara Lindqvist;Mara Lindqvist;Mara Lindqvist;Lindqvist Foundation;;") ok ;;
  *) bad "speaker:lindqvist order: $order" ;;
esac
# equal speakers, equal scores: the quote's own words then decide
s=$(Q --json -n 4 'speaker:lindqvist' | jq -r .score | sort -u | wc -l)
[ "$s" = 1 ] && ok || bad "Mara Lindqvist's quotes score differently: $(Q --json -n 4 'speaker:lindqvist' | jq -c '[.speaker,.score]')"
top=$(Q --json -n 1 'speaker:lindqvist ferries' | jq -r .snippet)
echo "$top" | grep -q 'ferries come first' && ok || bad "speaker:lindqvist ferries: $top"
finish
