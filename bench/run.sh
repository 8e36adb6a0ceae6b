#!/usr/bin/env bash
# morgue beside Xapian, SQLite FTS5, Lucene 4.10 and ripgrep, in one run.
#
#   bench/run.sh [--sizes 125,250,500,1000] [--quick] [--per-class N]
#                [--xapian-max MB] [--keep]
#
#   --quick        the real-news corpus and the 125 MB scale corpus only
#   --sizes LIST   scale corpus sizes in MB (default 125,250,500,1000)
#   --per-class N  queries per query class (default 20)
#   --xapian-max MB  largest scale corpus Xapian indexes (default 250: it
#                  indexes at ~1 MB/s here, so 500 MB + 1 GB alone would
#                  take about 25 minutes); larger sizes show "skipped"
#   --keep         keep the work directory (corpora, indexes) afterwards
#
# Installs what is missing from Debian's packages (apt-get), builds morgue
# (Release) in $MORGUE_BUILD (default /tmp/build-b), normalises the real news
# in ../shared/data (or $MORGUE_BENCH_DATA) and generates the scale corpora
# into a temporary directory, then per corpus: query set, each engine's index
# (wall time, peak RSS, size) and query runs.  Prints the table, writes
# docs/BENCHMARKS.md and docs/bench-plot.png, and leaves raw JSON results in
# the work directory (path printed at the end; corpora and indexes removed
# unless --keep).  Method: docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
sizes=125,250,500,1000
quick=0
per_class=20
xapian_max=250
keep=0
cmdline="bench/run.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --per-class) per_class=$2; shift 2 ;;
    --xapian-max) xapian_max=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ $quick = 1 ] && sizes=125
PY=/usr/bin/python3      # Debian's python: python3-xapian, sqlite3 with FTS5
T0=$(date +%s)
log() { printf '[%4ds] %s\n' $(( $(date +%s) - T0 )) "$*" >&2; }

# ------------------------------------------------------------ dependencies
declare -A skip=()
need_pkgs=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for p in python3 python3-xapian sqlite3 liblucene4.10-java default-jdk-headless ripgrep gnuplot-nox time; do
  have_pkg "$p" || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "installing from Debian: ${need_pkgs[*]}"
  [ "$(id -u)" = 0 ] && SUDO= || SUDO=sudo
  $SUDO apt-get update -qq || true
  ok=()
  for p in "${need_pkgs[@]}"; do
    if apt-cache show "$p" >/dev/null 2>&1; then ok+=("$p"); else log "no Debian package $p: its peer is skipped"; fi
  done
  [ ${#ok[@]} -gt 0 ] && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${ok[@]}" >/dev/null
fi
$PY -c 'import xapian' 2>/dev/null || skip[xapian]="python3-xapian missing"
$PY -c "import sqlite3; sqlite3.connect(':memory:').execute('create virtual table t using fts5(a)')" 2>/dev/null ||
  skip[fts5]="python3 sqlite3 without FTS5"
LUCENE_CP=/usr/share/java/lucene-core-4.10.4.jar:/usr/share/java/lucene-analyzers-common-4.10.4.jar
{ [ -f /usr/share/java/lucene-core-4.10.4.jar ] && command -v javac >/dev/null; } || skip[lucene]="liblucene4.10-java or javac missing"
command -v rg >/dev/null || skip[rg]="ripgrep missing"
command -v gnuplot >/dev/null || log "gnuplot missing: no plot"
[ -x /usr/bin/time ] || { echo "bench/run.sh: /usr/bin/time (package time) is needed" >&2; exit 2; }

# -------------------------------------------------------------------- build
BUILD=${MORGUE_BUILD:-/tmp/build-b}
log "building morgue (Release) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD" -j2 --target morgue-index morgue-query >/dev/null
MI=$BUILD/morgue-index
MQ=$BUILD/morgue-query

W=$(mktemp -d /tmp/morgue-bench.XXXXXX)
mkdir -p "$W/results"
cleanup() { [ $keep = 1 ] || rm -rf "$W/corpus" "$W/idx"; }
trap cleanup EXIT
if [ -z "${skip[lucene]:-}" ]; then
  mkdir -p "$W/lucene"
  javac -nowarn -cp "$LUCENE_CP" -d "$W/lucene" bench/lucene/LuceneBench.java
  LCP=$W/lucene:$LUCENE_CP
fi

# ------------------------------------------------------------------ corpora
mkdir -p "$W/corpus" "$W/idx"
log "normalising the real news corpus"
MORGUE_BENCH_DATA=${MORGUE_BENCH_DATA:-$ROOT/../shared/data} $PY bench/peers.py normalise "$W/corpus/real.jsonl"
log "generating scale corpora: $sizes MB"
tg0=$(date +%s.%N)
$PY bench/gen_corpus.py --seed 5 --sizes "$sizes" --out "$W/corpus"
echo "{\"gen_seconds\": $(echo "$(date +%s.%N) - $tg0" | bc -l)}" > "$W/results/gen.json"
corpora="real"
for s in ${sizes//,/ }; do corpora="$corpora scale-$s"; done

# --------------------------------------------------------------- per corpus
timed() {   # timed OUT.time cmd... : wall seconds and peak RSS (kB) of cmd
  local out=$1; shift
  /usr/bin/time -f '{"wall": %e, "rss_kb": %M}' -o "$out" "$@"
}
for c in $corpora; do
  C=$W/corpus/$c.jsonl
  R=$W/results/$c
  mkdir -p "$R"
  bytes=$(stat -c %s "$C")
  docs=$(wc -l < "$C")
  mb=${c#scale-}; [ "$c" = real ] && mb=0
  echo "{\"corpus\": \"$c\", \"bytes\": $bytes, \"docs\": $docs}" > "$R/corpus.json"
  $PY bench/gen_queries.py "$C" "$R/queries.tsv" --per-class "$per_class" 2>> "$R/log"
  cat "$C" > /dev/null   # the input in page cache for every engine alike

  # morgue
  log "$c: morgue index"
  rm -rf "$W/idx/morgue"
  # one analysis thread first, the figure compared with the peers' single
  # indexing thread; then every core (morgue's default), kept for the queries
  timed "$R/morgue.index.time" "$MI" -q --keep-duplicates --threads 1 -o "$W/idx/morgue" "$C"
  rm -rf "$W/idx/morgue"
  log "$c: morgue index, $(nproc) threads"
  timed "$R/morgue.index-mt.time" "$MI" -q --keep-duplicates --threads "$(nproc)" -o "$W/idx/morgue" "$C"
  du -sb "$W/idx/morgue" | cut -f1 > "$R/morgue.size"
  "$MQ" -i "$W/idx/morgue" --stats > "$R/morgue.stats" || true
  log "$c: morgue queries"
  timed "$R/morgue.query.time" $PY bench/peers.py morgue-query "$MQ" "$W/idx/morgue" "$R/queries.tsv" "$R/morgue.query.json"
  rm -rf "$W/idx/morgue"

  # Lucene
  if [ -z "${skip[lucene]:-}" ]; then
    log "$c: lucene index"
    rm -rf "$W/idx/lucene"
    timed "$R/lucene.index.time" java -Xmx2g -cp "$LCP" LuceneBench index "$C" "$W/idx/lucene" 2>> "$R/log"
    du -sb "$W/idx/lucene" | cut -f1 > "$R/lucene.size"
    cat "$W"/idx/lucene/*.fd[tx] | wc -c > "$R/lucene.stored"
    log "$c: lucene queries"
    timed "$R/lucene.query.time" java -Xmx2g -cp "$LCP" LuceneBench query "$W/idx/lucene" "$R/queries.tsv" "$R/lucene.query.json"
    rm -rf "$W/idx/lucene"
  fi

  # SQLite FTS5
  if [ -z "${skip[fts5]:-}" ]; then
    log "$c: fts5 index"
    timed "$R/fts5.index.time" $PY bench/peers.py fts5-index "$C" "$W/idx/fts5.db"
    stat -c %s "$W/idx/fts5.db" > "$R/fts5.size"
    $PY bench/peers.py fts5-sizes "$W/idx/fts5.db" > "$R/fts5.split" || true
    log "$c: fts5 queries"
    timed "$R/fts5.query.time" $PY bench/peers.py fts5-query "$W/idx/fts5.db" "$R/queries.tsv" "$R/fts5.query.json"
    rm -f "$W/idx/fts5.db"
  fi

  # Xapian
  if [ -z "${skip[xapian]:-}" ] && [ "$mb" -le "$xapian_max" ]; then
    log "$c: xapian index"
    rm -rf "$W/idx/xapian"
    timed "$R/xapian.index.time" $PY bench/peers.py xapian-index "$C" "$W/idx/xapian" 2>> "$R/log"
    du -sb "$W/idx/xapian" | cut -f1 > "$R/xapian.size"
    stat -c %s "$W/idx/xapian/docdata.glass" > "$R/xapian.stored"
    log "$c: xapian queries"
    timed "$R/xapian.query.time" $PY bench/peers.py xapian-query "$W/idx/xapian" "$R/queries.tsv" "$R/xapian.query.json"
    rm -rf "$W/idx/xapian"
  elif [ -z "${skip[xapian]:-}" ]; then
    echo "skipped: above --xapian-max $xapian_max MB" > "$R/xapian.skipped"
  fi

  # ripgrep
  if [ -z "${skip[rg]:-}" ]; then
    log "$c: ripgrep"
    $PY bench/peers.py rg-query "$C" "$R/queries.tsv" "$R/rg.query.json"
  fi
done
T1=$(date +%s)
for k in "${!skip[@]}"; do echo "$k: ${skip[$k]}"; done > "$W/results/skipped.txt"
{
  echo "{\"command\": \"$cmdline\", \"seconds\": $((T1 - T0)), \"date\": \"$(date -u '+%Y-%m-%d %H:%M UTC')\","
  echo " \"nproc\": $(nproc), \"cpu\": \"$(lscpu | sed -n 's/^Model name: *//p' | head -1)\","
  echo " \"mem\": \"$(free -h | awk '/^Mem:/ {print $2}')\", \"morgue_rev\": \"$(git rev-parse --short HEAD 2>/dev/null || echo ?)$(git diff --quiet 2>/dev/null || echo +dirty)\","
  echo " \"xapian\": \"$($PY -c 'import xapian; print(xapian.version_string())' 2>/dev/null || echo -)\","
  echo " \"sqlite\": \"$($PY -c 'import sqlite3; print(sqlite3.sqlite_version)')\","
  echo " \"lucene\": \"$(dpkg-query -W -f='${Version}' liblucene4.10-java 2>/dev/null || echo -)\","
  echo " \"java\": \"$(java -version 2>&1 | head -1 | tr -d '"')\","
  echo " \"rg\": \"$(rg --version 2>/dev/null | head -1)\", \"quick\": $quick}"
} > "$W/results/run.json"
$PY bench/report.py "$W/results" docs/BENCHMARKS.md docs/bench-plot.png
log "done in $((T1 - T0)) s; raw results: $W/results"
