#!/usr/bin/env bash
# The product's founding example, on the two seed articles in ../shared/seeds
# (skipped when ../shared is absent): `speaker:ushakov nato` gives exactly one
# quote, attributed to the canonical Yuri Ushakov, and the spellings Usakov
# and Ushakov are one entity.
. "$(dirname "$0")/lib/harness.bash"
seeds="$src/../shared/seeds"
[ -d "$seeds" ] || { echo "no ../shared/seeds: skipped"; exit 77; }
need_jq

"$idx_bin" -q -o "$tmp/idx" "$seeds" || bad "indexing the seeds"
out=$("$q_bin" -i "$tmp/idx" --json 'speaker:ushakov nato')
n=$(printf '%s' "$out" | grep -c '^{' || true)
[ "$n" = 1 ] && ok || bad "speaker:ushakov nato gave $n quotes: $out"
sp=$(printf '%s' "$out" | jq -r .speaker | head -1)
[ "$sp" = "Yuri Ushakov" ] && ok || bad "speaker '$sp', want the canonical Yuri Ushakov"
q=$(printf '%s' "$out" | jq -r .snippet | head -1)
printf '%s' "$q" | grep -qi 'nato' && ok || bad "the quote does not mention NATO: $q"
[ "$(printf '%s' "$out" | jq -r .quote | head -1)" = true ] && ok || bad "not a quote hit"
# the same quote through the other spelling
out2=$("$q_bin" -i "$tmp/idx" --json 'speaker:usakov nato')
[ "$(printf '%s' "$out2" | jq -r .snippet)" = "$(printf '%s' "$out" | jq -r .snippet)" ] && ok ||
  bad "speaker:usakov nato differs from speaker:ushakov nato"
# one entity, two spellings
ent=$("$q_bin" -i "$tmp/idx" --json --entity ushakov)
groups=$(printf '%s' "$ent" | jq -r .entity | sort -u | wc -l)
names=$(printf '%s' "$ent" | jq -r .name | sort | tr '\n' '|')
[ "$groups" = 1 ] && ok || bad "ushakov should be one entity: $ent"
case "$names" in *"Yuri Usakov|"*"Yuri Ushakov|"*) ok ;; *) bad "spellings: $names" ;; esac
[ "$(printf '%s' "$ent" | jq -r 'select(.canonical) | .name')" = "Yuri Ushakov" ] && ok ||
  bad "canonical name: $ent"
finish
