#!/usr/bin/env bash
# Installs what is missing, builds, indexes the bundled corpus/ and runs an
# example query.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
rm -rf demo.idx
./build/morgue-index -o demo.idx corpus/
echo
echo '$ morgue-query -i demo.idx '"'"'"security guarantees" NATO'"'"
./build/morgue-query -i demo.idx '"security guarantees" NATO'
echo
echo '$ morgue-query -i demo.idx '"'"'speaker:sorokin nato'"'"'    # his quotes that mention NATO, any spelling'
./build/morgue-query -i demo.idx 'speaker:sorokin nato'
