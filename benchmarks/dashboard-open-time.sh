#!/usr/bin/env bash
# Open time of the audit dashboard (`disclosure validate DIR --report audit.html`) for 10,000
# generated reports, in headless Chromium: the page records the milliseconds from navigation to
# the moment its charts are drawn and its table is usable (data-ready-ms on <html>); this script
# writes the dashboard, opens it RUNS times in a fresh profile each, and prints each figure and
# the median. Also prints the file's size. Not part of `mvn verify`.
#
# Usage: benchmarks/dashboard-open-time.sh     (from anywhere in the repository)
# Knobs (environment): RUNS=5  WORK=/tmp/disclosure-dashboard
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-5}"
WORK="${WORK:-${TMPDIR:-/tmp}/disclosure-dashboard}"
bench_jar=benchmarks/target/benchmarks.jar
if [ ! -f "$bench_jar" ]; then
  echo "Building the benchmarks (once)..." >&2
  mvn -B -q -pl benchmarks -am -DskipTests package >&2
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "Chromium is needed (apt-get install chromium)" >&2; exit 2; }

mkdir -p "$WORK"
page="$WORK/audit.html"
java -Xmx4g -cp "$bench_jar" org.disclosurereport.benchmarks.DashboardBenchmark "$page" >&2
echo "dashboard of 10,000 reports: $(du -k "$page" | cut -f1) KiB"

times=()
for i in $(seq 1 "$RUNS"); do
  profile=$(mktemp -d "$WORK/profile.XXXXXX")
  dom=$("$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size=1280,1600 --dump-dom "file://$page" 2>/dev/null)
  rm -rf "$profile"
  ms=$(printf '%s' "$dom" | grep -o 'data-ready-ms="[0-9]*"' | head -n 1 | grep -o '[0-9]*' || true)
  if [ -z "$ms" ] || printf '%s' "$dom" | grep -q 'data-script-error='; then
    echo "run $i: the page did not get ready (script error?)" >&2
    exit 1
  fi
  echo "run $i: ready after $ms ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: $median ms (target: under 3000 ms)"
