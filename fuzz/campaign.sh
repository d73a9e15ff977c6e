#!/usr/bin/env bash
# A long fuzz campaign for one target (not part of CI):
#   fuzz/campaign.sh TARGET RUNS MAX_SECONDS [MAX_LEN]
# Runs a private copy of build/fuzz/TARGET at nice 19 until RUNS executions or
# MAX_SECONDS, from fuzz/corpus/TARGET plus build/fuzz-campaign/TARGET/ (its
# growing corpus). Log: build/fuzz-campaign/TARGET.log; crashes:
# build/fuzz-campaign/crashes/TARGET/. MAX_LEN (default 65536) caps an input's
# size: a smaller cap keeps executions fast; the 100 MB single lines and 10,000-token
# sentences are covered by tests/hostile/ instead. NICE (default 19) sets the priority;
# FUZZ_FLAGS adds libFuzzer flags (e.g. "-entropic=0": a cheaper scheduler for a
# target whose corpus has tens of thousands of features).
set -uo pipefail
cd "$(dirname "$0")/.."
t=$1 runs=$2 secs=$3 max_len=${4:-65536}
mkdir -p build/fuzz-campaign/bin "build/fuzz-campaign/$t" "build/fuzz-campaign/crashes/$t"
cp "build/fuzz/$t" "build/fuzz-campaign/bin/$t"
exec nice -n "${NICE:-19}" "build/fuzz-campaign/bin/$t" -runs="$runs" -max_total_time="$secs" -timeout=10 \
  -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 ${FUZZ_FLAGS:-} \
  -artifact_prefix="build/fuzz-campaign/crashes/$t/" "build/fuzz-campaign/$t" "fuzz/corpus/$t" \
  >"build/fuzz-campaign/$t.log" 2>&1
