#!/usr/bin/env bash
# Latency of one check at a terminal: the wall time of `./disclosure validate` on one report
# against a bare JVM start (`java -version`), measured in the same script, runs interleaved so
# that a machine slowing down affects both. Prints each run, the medians, their ratio and whether
# it is within the target; exits 1 when it is not.
#
# Usage: benchmarks/single-file-latency.sh      (from anywhere in the repository)
# Knobs (environment): RUNS=11  FILE=examples/reports/luoning-2020.json  TARGET=5  DISCLOSURE_CDS=1
#
# The first `./disclosure` call, not measured, builds the tool and its class-data archive when
# they are missing or stale, so that the runs measure what a user waits for every time after.
# Processor time (user + system, from /usr/bin/time, in steps of 10 ms) is printed too: on a
# shared machine it varies less than wall time. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-11}"
FILE="${FILE:-examples/reports/luoning-2020.json}"
TARGET="${TARGET:-5}"

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=java
fi

timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
./disclosure validate "$FILE" > /dev/null || true
"$java" -version > /dev/null 2>&1

# One run: "<wall µs> <processor ms>" of a command, its output discarded.
run() {
  local start end cpu=0
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S' -o "$timing" "$@" > /dev/null 2>&1 || true
    cpu=$(awk '{ printf "%.0f", ($1 + $2) * 1000 }' "$timing")
  else
    "$@" > /dev/null 2>&1 || true
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 )) $cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1)"
echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), file: $FILE, $RUNS runs each, interleaved"
echo
printf '%-4s  %14s  %14s  %14s  %14s\n' run "java -version" "(cpu)" "validate" "(cpu)"
jv_wall=() jv_cpu=() dv_wall=() dv_cpu=()
for ((i = 1; i <= RUNS; i++)); do
  read -r w c < <(run "$java" -version)
  jv_wall+=("$w") jv_cpu+=("$c")
  read -r w2 c2 < <(run ./disclosure validate "$FILE")
  dv_wall+=("$w2") dv_cpu+=("$c2")
  printf '%-4s  %11.1f ms  %11s ms  %11.1f ms  %11s ms\n' "$i" "$(awk -v u="$w" 'BEGIN { print u / 1000 }')" "$c" \
    "$(awk -v u="$w2" 'BEGIN { print u / 1000 }')" "$c2"
done

jv=$(printf '%s\n' "${jv_wall[@]}" | median)
dv=$(printf '%s\n' "${dv_wall[@]}" | median)
jc=$(printf '%s\n' "${jv_cpu[@]}" | median)
dc=$(printf '%s\n' "${dv_cpu[@]}" | median)
echo
awk -v jv="$jv" -v dv="$dv" -v jc="$jc" -v dc="$dc" -v target="$TARGET" 'BEGIN {
  ratio = dv / jv
  printf "Median wall time: java -version %.1f ms, disclosure validate %.1f ms\n", jv / 1000, dv / 1000
  printf "Median processor time: java -version %d ms, disclosure validate %d ms\n", jc, dc
  printf "Ratio (wall, validate / java -version): %.2f (target at most %s): %s\n", ratio, target, (ratio <= target) ? "met" : "MISSED"
  exit (ratio <= target) ? 0 : 1
}'
