#!/usr/bin/env bash
# Scores quotation extraction against the PolNeAR gold attributions in
# ../shared/data/polnear-train (see its ABOUT.md) and prints the table of
# docs/EXTRACTION.md.  Builds morgue-eval-quotes first if needed.
#   bench/eval_quotes.sh [build-dir] [extra morgue-eval-quotes options]
# Exits 0 with a message when the gold data is absent.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
gold="${MORGUE_POLNEAR:-$src/../shared/data/polnear-train/polnear_train.jsonl}"
if [[ ! -f "$gold" ]]; then
    echo "eval_quotes: $gold not found; skipping (needs ../shared)"
    exit 0
fi
build="${1:-${MORGUE_BUILD_DIR:-$src/build}}"
shift || true
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target morgue-eval-quotes -j"$(nproc)" >/dev/null
exec "$build/morgue-eval-quotes" "$@" "$gold"
