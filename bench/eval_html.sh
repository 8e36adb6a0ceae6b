#!/usr/bin/env bash
# Scores HTML article extraction on the Article Extraction Benchmark pages
# in ../shared/data/aeb-dev (see its ABOUT.md) with the benchmark's metric
# and prints precision, recall, F1 and the throughput in MB/s of HTML
# (docs/EXTRACTION-HTML.md).  Builds morgue-eval-html first if needed.
#   bench/eval_html.sh [build-dir] [extra morgue-eval-html options]
# Exits 0 with a message when the pages are absent.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
data="${MORGUE_AEB:-$src/../shared/data/aeb-dev}"
if [[ ! -f "$data/ground-truth.json" ]]; then
    echo "eval_html: $data/ground-truth.json not found; skipping (needs ../shared)"
    exit 0
fi
build="${1:-${MORGUE_BUILD_DIR:-$src/build}}"
shift || true
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
if ! cmake --build "$build" --target morgue-eval-html -j"$(nproc)" >/dev/null 2>&1; then
    # the target is not in CMakeLists.txt yet: build it by hand
    # shellcheck disable=SC2046
    cc -O2 -std=c11 -D_GNU_SOURCE -I"$src/lib" $(pkg-config --cflags libxml-2.0) \
        "$src/bench/eval_html.c" "$src/lib/html_extract.c" "$src/lib/buf.c" "$src/lib/utf8.c" \
        -o "$build/morgue-eval-html" $(pkg-config --libs libxml-2.0 libutf8proc)
fi
exec "$build/morgue-eval-html" "$@" "$data"
