#!/usr/bin/env bash
# `make bench`: the Google Benchmark micro-benchmarks (every bench/*_bench
# binary but throughput_bench), then the end-to-end figures on real news
# (throughput_bench: news50k.text beside TABARI, the four real corpora, the
# stage breakdown and a generated ~1 GB corpus).
#
#   BENCH_BUILD_DIR   build tree to run from (default build/release)
#   BENCH_FILTER      --benchmark_filter for the micro-benchmarks (default: all)
#   KHALDUN_BENCH_BIG_MB  size of the generated corpus in MB (default 1024; 0 skips it)
#   THROUGHPUT_ARGS   extra arguments for throughput_bench (e.g. "--only news50k")
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_BUILD_DIR:-build/release}/bench
for b in "$dir"/*_bench; do
  [ -x "$b" ] || continue
  [ "$(basename "$b")" = throughput_bench ] && continue
  echo "== $(basename "$b")"
  "$b" --benchmark_counters_tabular=true ${BENCH_FILTER:+--benchmark_filter="$BENCH_FILTER"}
done
if [ -x "$dir/throughput_bench" ]; then
  echo "== throughput_bench"
  # shellcheck disable=SC2086
  "$dir/throughput_bench" ${THROUGHPUT_ARGS:-}
fi
if [ -x bench/serve_load.sh ] || [ -f bench/serve_load.sh ]; then
  echo "== serve_load (wrk on loopback, 1M synthetic events)"
  bash bench/serve_load.sh "${BENCH_BUILD_DIR:-build/release}"
fi
