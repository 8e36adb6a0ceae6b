#!/usr/bin/env bash
# Indexing throughput and index size on a corpus, as medians of several runs.
#
#   bench/index_speed.sh [CORPUS_PATH] [RUNS] [THREADS]
#
# Defaults: ../shared/data/bbc-news (the BBC News corpus beside the checkout),
# 5 runs, and morgue-index's own default for --threads (every CPU it may
# use); give THREADS=1 for the single-thread figure.  Prints, for morgue-index and for `zstd -3` over the same bytes
# (a peer measured in the same run, since the machine is shared and noisy):
# median wall time, MB/s of input, and morgue's index size by part as % of
# the input.  Build first (./scripts/demo.sh or cmake --build build).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/bbc-news}
runs=${2:-5}
threads=${3:-}
targs=(); [ -n "$threads" ] && targs=(--threads "$threads")
bin=build/morgue-index
[ -x "$bin" ] || { echo "build first: cmake -S . -B build && cmake --build build" >&2; exit 2; }
[ -e "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# input bytes: the article files only (what morgue-index reads)
bytes=$(find "$corpus" -type f \( -name '*.jsonl' -o -name '*.json' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.ndjson' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}')
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }
: > "$tmp/m"; : > "$tmp/z"
for i in $(seq "$runs"); do
  rm -rf "$tmp/idx"
  t0=$(now); "$bin" -q "${targs[@]}" -o "$tmp/idx" "$corpus"; t1=$(now)
  echo "$t1 - $t0" | bc -l >> "$tmp/m"
  t0=$(now)
  find "$corpus" -type f \( -name '*.jsonl' -o -name '*.json' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.ndjson' \) -print0 | xargs -0 cat | zstd -3 -q -c > /dev/null
  t1=$(now)
  echo "$t1 - $t0" | bc -l >> "$tmp/z"
done
mt=$(median < "$tmp/m"); zt=$(median < "$tmp/z")
mb=$(echo "$bytes / 1000000" | bc -l)
printf 'corpus: %s, %.1f MB of article files, %d runs\n' "$corpus" "$mb" "$runs"
printf 'morgue-index (--threads %s): median %.3f s, %.1f MB/s\n' "${threads:-default}" "$mt" "$(echo "$mb / $mt" | bc -l)"
printf 'zstd -3 (peer): median %.3f s, %.1f MB/s; morgue/zstd time ratio %.2f\n' "$zt" \
  "$(echo "$mb / $zt" | bc -l)" "$(echo "$mt / $zt" | bc -l)"
build/morgue-query -i "$tmp/idx" --stats | awk -v inb="$bytes" '
  /^bytes:/ { gsub(/,/, ""); all=$2; post=$6; pos=$8; dict=$10; st=$13; oth=$15;
    printf "index: %.1f%% of input: postings %.1f%%, positions %.1f%%, dictionary %.1f%%, stored articles %.1f%%, other %.1f%%\n",
      100*all/inb, 100*post/inb, 100*pos/inb, 100*dict/inb, 100*st/inb, 100*oth/inb }
  !/^bytes:/ { print "index: " $0 }'
