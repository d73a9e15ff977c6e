#!/usr/bin/env bash
# Runs every benchmark binary built in build/release/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
for b in build/release/bench/*_bench; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b" --benchmark_counters_tabular=true
done
