#!/usr/bin/env bash
# Runs each libFuzzer target of the fuzz build for a bounded time.
#
#   fuzz/run.sh [-t SECONDS] [-b BUILD_DIR] [TARGET...]
#
# Defaults: 30 s per target (FUZZ_SECONDS), build/fuzz, every target built
# there. Each target starts from its seed corpus fuzz/corpus/<target>/ plus
# the inputs it found in earlier runs (build/fuzz-work/<target>/, not
# committed). A crash, a sanitizer report, a timeout (an input taking over
# 10 s: a hang) or running out of memory (over 2 GiB) fails the run; the
# input is saved to build/fuzz-crashes/<target>/ and copied to
# fuzz/regressions/<target>/, where the <target>_regression test of the
# normal build replays it once it is committed (and fixed).
set -uo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
build=build/fuzz
while getopts "t:b:" opt; do
  case $opt in
    t) seconds=$OPTARG ;;
    b) build=$OPTARG ;;
    *) echo "usage: fuzz/run.sh [-t SECONDS] [-b BUILD_DIR] [TARGET...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in $(git ls-files 'src/*_fuzz.cc' 2>/dev/null || ls src/*/*_fuzz.cc); do
    targets+=("$(basename "$f" .cc)")
  done
fi

failed=()
for t in "${targets[@]}"; do
  bin=$build/$t
  if [ ! -x "$bin" ]; then
    echo "fuzz: $bin is not built (cmake --preset fuzz && cmake --build $build --target fuzz)" >&2
    failed+=("$t(missing)")
    continue
  fi
  work=build/fuzz-work/$t
  crashes=build/fuzz-crashes/$t
  rm -rf "$crashes"
  mkdir -p "$work" "$crashes" "fuzz/corpus/$t"
  log=build/fuzz-work/$t.log
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [ $rc -ne 0 ]; then
    echo "fuzz: $t FAILED (exit $rc) after ${execs:-?} executions; log: $log" >&2
    grep -E 'ERROR: (AddressSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error|SUMMARY' "$log" | head -5 >&2
    mkdir -p "fuzz/regressions/$t"
    for c in "$crashes"/*; do
      [ -f "$c" ] || continue
      cp -n "$c" "fuzz/regressions/$t/"
      echo "fuzz: saved $c -> fuzz/regressions/$t/$(basename "$c") (commit it with the fix)" >&2
    done
    failed+=("$t")
  else
    echo "fuzz: $t ok, ${execs:-?} executions in ${seconds}s, corpus $(ls "$work" | wc -l) files"
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
