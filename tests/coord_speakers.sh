#!/usr/bin/env bash
# Round 15a: coordinated speakers end to end on corpus/jsonl/kelmouth.jsonl
# (an article written for the tests): "Tom Hale and Ana Reis said …" and
# "“…,” Hale and Reis said" are one quote each, found by speaker:hale and
# by speaker:reis; --extract names both (speaker_entity, co_speakers).
. "$(dirname "$0")/lib/harness.bash"
need_jq
cd "$src"
H=corpus/jsonl/kelmouth.jsonl
"$idx_bin" -q -o "$tmp/idx" "$H" || bad "indexing $H"
Q() { "$q_bin" -i "$tmp/idx" "$@"; }

# both speakers find the two joint quotes, and the same ones
[ "$(Q --count 'speaker:hale')" = 2 ] && ok || bad "speaker:hale: $(Q --count 'speaker:hale')"
[ "$(Q --count 'speaker:reis')" = 2 ] && ok || bad "speaker:reis: $(Q --count 'speaker:reis')"
[ "$(Q --count 'speaker:"ana reis"')" = 2 ] && ok || bad "speaker:\"ana reis\""
[ "$(Q --count 'speaker:reis "night sailings"')" = 1 ] && ok || bad "speaker:reis with the quote's words"
[ "$(Q --count 'speaker:hale "night sailings"')" = 1 ] && ok || bad "speaker:hale with the quote's words"
# no phrase across the two names, and the third man is not one of them
[ "$(Q --count 'speaker:"hale ana"')" = 0 ] && ok || bad "a phrase across two speakers matched"
[ "$(Q --count 'speaker:ortiz')" = 1 ] && ok || bad "speaker:ortiz"
[ "$(Q --count 'speaker:ortiz "night sailings"')" = 0 ] && ok || bad "speaker:ortiz got the joint quote"
# the hit names the first speaker; the speaker as written holds both
out=$(Q --json 'speaker:reis "night sailings"')
[ "$(echo "$out" | jq -r .speaker)" = "Tom Hale" ] && ok || bad "canonical speaker: $out"
echo "$out" | jq -r '.. | strings' | grep -qx 'Hale and Reis' && ok || bad "speaker as written: $out"
# the human listing says who else spoke
Q --quotes 'speaker:reis "night sailings"' | head -1 | grep -q 'as written: Hale and Reis' && ok ||
    bad "--quotes header lacks the speakers as written: $(Q --quotes 'speaker:reis "night sailings"' | head -1)"
# the facet counts the quote for both
fs=$(Q --facet speaker 'sailings')
echo "$fs" | grep -q 'Ana Reis' && ok || bad "facet speaker lacks Ana Reis: $fs"
echo "$fs" | grep -q 'Tom Hale' && ok || bad "facet speaker lacks Tom Hale: $fs"

# --extract: speaker_entity is the first, co_speakers the others
ex=$("$idx_bin" --extract "$H")
j=$(echo "$ex" | jq -c '.quotes[] | select(.speaker == "Tom Hale and Ana Reis") | [.speaker_entity, .co_speakers]')
[ "$j" = '["Tom Hale",["Ana Reis"]]' ] && ok || bad "extract of 'Tom Hale and Ana Reis': $j"
j=$(echo "$ex" | jq -c '.quotes[] | select(.speaker == "Sam Ortiz") | .co_speakers')
[ "$j" = '[]' ] && ok || bad "one speaker has no co_speakers: $j"
# plural and coordinated common nouns, findings of a survey
echo "$ex" | jq -r '.quotes[].speaker' | grep -qx 'Deck hands and ticket clerks' && ok || bad "plural coordination"
echo "$ex" | jq -r '.quotes[].speaker' | grep -qx 'Both unions' && ok || bad "'Both unions'"
echo "$ex" | jq -r '.quotes[] | select(.cue == "found") | .speaker' | grep -qx 'The passenger survey' && ok ||
    bad "survey findings"
finish
