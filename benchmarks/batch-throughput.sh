#!/usr/bin/env bash
# Batch throughput of the command-line tool: `disclosure validate` over folders of 20,000 and
# 100,000 JSON reports written by the testkit (COUNTS chooses others). Prints, for each count, the reports per second,
# the peak resident memory (/usr/bin/time -v) and the largest heap left after a garbage
# collection (the live data; it must not grow with the number of files), then how the time
# scales: the marginal rate between two counts is the rate once the JVM has warmed up, since the
# fixed cost of starting and compiling is paid by both. The last line is the marginal rate from
# the first count to the last against its target (TARGET reports a second); the script exits 1
# when it is missed. It also prints the processor time of each run and the rate the marginal
# processor time per report gives when the tool has the cores to itself (what a busy, shared
# machine cannot show in wall time).
#
# Usage: benchmarks/batch-throughput.sh            (from anywhere in the repository)
# Knobs (environment): COUNTS="20000 100000"  WORK=/tmp/disclosure-batch  HEAP=256m  THREADS=0
#                      TARGET=20000
#
# The heap is fixed (-Xms = -Xmx = HEAP) so that the runs compare: a tool that kept something
# per file would run out of it at 100,000 files. THREADS=0 is one worker per core. Generated
# files are kept in WORK and reused by the next run. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNTS="${COUNTS:-20000 100000}"
TARGET="${TARGET:-20000}"
WORK="${WORK:-${TMPDIR:-/tmp}/disclosure-batch}"
HEAP="${HEAP:-256m}"
THREADS="${THREADS:-0}"

bench_jar=benchmarks/target/benchmarks.jar
cli_jar=$(ls cli/target/disclosure-cli-*-all.jar 2>/dev/null | head -n 1 || true)
if [ ! -f "$bench_jar" ] || [ -z "$cli_jar" ]; then
  echo "Building the tool and the benchmarks (once)..." >&2
  mvn -B -q -pl benchmarks,cli -am -DskipTests package >&2
  cli_jar=$(ls cli/target/disclosure-cli-*-all.jar | head -n 1)
fi
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, $(java -version 2>&1 | head -n 1)"
echo "Tool: $cli_jar, heap $HEAP, threads ${THREADS} (0 = one per core)"
echo
printf '| %-8s | %-10s | %-12s | %-10s | %-12s | %-14s | %-16s |\n' \
  "Reports" "Data" "Wall time" "Reports/s" "CPU time" "Peak RSS" "Max heap after GC"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "----------:" "-----------:" "-------------:" "-----------:" "-------------:" "---------------:" "------------------:"

counts=()
times=()
cpus=()
for n in $COUNTS; do
  dir="$WORK/$n"
  have=0
  [ -d "$dir" ] && have=$(find "$dir" -name '*.json' -type f | wc -l)
  if [ "$have" -ne "$n" ]; then
    rm -rf "$dir"
    java -cp "$bench_jar" org.disclosurereport.benchmarks.batch.ReportFiles "$dir" "$n" >&2
  fi
  data=$(du -sh --apparent-size "$dir" | cut -f1)
  timing="$WORK/time-$n.txt"
  gclog="$WORK/gc-$n.log"
  status=0
  /usr/bin/time -v -o "$timing" \
    java "-Xms$HEAP" "-Xmx$HEAP" "-Xlog:gc:file=$gclog" -jar "$cli_jar" \
      validate --quiet --no-progress --threads "$THREADS" --summary "$WORK/summary-$n.json" "$dir" \
      > "$WORK/out-$n.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "validate failed with exit code $status; see $WORK/out-$n.txt" >&2
    exit 1
  fi
  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timing")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$timing")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timing")
  # G1 lines: "... Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.456ms"
  heap_after=$(grep -o -- '->[0-9]*M' "$gclog" | tr -d -- '->M' | sort -n | tail -n 1)
  rate=$(awk -v n="$n" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
  printf '| %8s | %10s | %10.1f s | %10s | %10.1f s | %10.0f MiB | %14s MiB |\n' \
    "$n" "$data" "$seconds" "$rate" "$cpu" "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "${heap_after:-?}"
  counts+=("$n")
  times+=("$seconds")
  cpus+=("$cpu")
done

echo
for ((i = 1; i < ${#counts[@]}; i++)); do
  awk -v a="${counts[i-1]}" -v ta="${times[i-1]}" -v b="${counts[i]}" -v tb="${times[i]}" 'BEGIN {
    printf "Scaling %d -> %d reports (x%.0f): time x%.2f; the %d more took %.1f s, %.0f reports/s.\n",
      a, b, b / a, tb / ta, b - a, tb - ta, (b - a) / (tb - ta) }'
done
echo "Outputs, timings and GC logs: $WORK"
last=$((${#counts[@]} - 1))
if [ "$last" -ge 1 ]; then
  awk -v a="${counts[0]}" -v ta="${times[0]}" -v b="${counts[last]}" -v tb="${times[last]}" -v target="$TARGET" 'BEGIN {
    rate = (b - a) / (tb - ta)
    printf "Marginal rate from %d to %d reports: %.0f reports/s (target at least %d): %s\n",
      a, b, rate, target, (rate >= target) ? "met" : "MISSED"
    exit (rate >= target) ? 0 : 1 }' || missed=1
  # On a machine shared with other work the wall time says more about the others than about the
  # tool; the processor time the tool used does not. Its marginal cost per report, spread over
  # the cores the tool may use, is the rate it would reach with those cores to itself.
  awk -v a="${counts[0]}" -v ca="${cpus[0]}" -v b="${counts[last]}" -v cb="${cpus[last]}" -v cores="$(nproc)" 'BEGIN {
    per = (cb - ca) / (b - a)
    printf "Marginal processor time per report: %.1f µs; with the %d cores to itself: %.0f reports/s.\n",
      per * 1e6, cores, cores / per }'
  exit "${missed:-0}"
fi
