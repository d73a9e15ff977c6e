#!/usr/bin/env bash
# Builds the dashboard into BUILD_DIR/dist: `npm ci` in BUILD_DIR (from the
# committed package-lock.json; the npm registry only, never a CDN), then the
# page from web/src and the package files it loads, copied into dist/.
#   web/build.sh WEB_SOURCE_DIR BUILD_DIR STAMP
# When npm ci fails (registry unreachable), it warns and exits 0 without
# the dashboard, so that the library, the CLI and the API tests still
# build; the browser test then skips with the reason. STAMP is touched only
# on success, so the next build tries again.
set -euo pipefail
src=$(cd "$1" && pwd)
out=$2
stamp=$3
mkdir -p "$out"
cd "$out"
cp "$src/package.json" "$src/package-lock.json" .
# npm ci only when the lock file changed since the last install here.
if ! cmp -s package-lock.json node_modules/.khaldun-installed-lock 2>/dev/null; then
  if ! npm ci --no-audit --no-fund --loglevel=error; then
    echo "web/build.sh: WARNING: npm ci failed; the dashboard is not built" >&2
    rm -rf dist
    exit 0
  fi
  cp package-lock.json node_modules/.khaldun-installed-lock
fi
rm -rf dist.tmp
mkdir -p dist.tmp/vendor
cp "$src"/src/* dist.tmp/
cp node_modules/uplot/dist/uPlot.iife.min.js node_modules/uplot/dist/uPlot.min.css \
   node_modules/topojson-client/dist/topojson-client.min.js \
   node_modules/world-atlas/countries-110m.json dist.tmp/vendor/
for p in uplot topojson-client world-atlas; do
  cp "node_modules/$p/LICENSE" "dist.tmp/vendor/LICENSE.$p" 2>/dev/null || true
done
rm -rf dist
mv dist.tmp dist
touch "$stamp"
