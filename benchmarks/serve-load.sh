#!/usr/bin/env bash
# Load test of `disclosure serve`: starts the service with a fixed heap, has 16 clients post
# reports to POST /api/v1/validate for a bounded time (ServeLoad: valid JSON, broken JSON and an
# HTML page in turn, every answer checked), then prints the throughput, the 50th and 99th
# percentile latency, the errors, and the service's peak resident memory and largest heap after a
# garbage collection; finally stops the service with SIGTERM, as a load balancer would.
#
# Usage: benchmarks/serve-load.sh                 (from anywhere in the repository)
# Knobs (environment): SECONDS_TO_RUN=10  CLIENTS=16  HEAP=256m  PORT=18089
#
# Short by default so that trying it costs little; SECONDS_TO_RUN=60 gives the figures of the
# README. Not part of `mvn verify`. Exit code 1 when any answer was wrong.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN="${SECONDS_TO_RUN:-10}"
CLIENTS="${CLIENTS:-16}"
HEAP="${HEAP:-256m}"
PORT="${PORT:-18089}"

bench_jar=benchmarks/target/benchmarks.jar
cli_jar=$(ls cli/target/disclosure-cli-*-all.jar 2>/dev/null | head -n 1 || true)
if [ ! -f "$bench_jar" ] || [ -z "$cli_jar" ]; then
  echo "Building the tool and the benchmarks (once)..." >&2
  mvn -B -q -pl benchmarks,cli -am -DskipTests package >&2
  cli_jar=$(ls cli/target/disclosure-cli-*-all.jar | head -n 1)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/disclosure-serve-load.XXXXXX")
java -Xms"$HEAP" -Xmx"$HEAP" -Xlog:gc:file="$work/gc.log" -jar "$cli_jar" serve --port "$PORT" \
  >"$work/serve.out" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.1
done

peak=0
( while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/VmHWM/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
    echo "$rss" > "$work/peak"
    sleep 0.5
  done ) &
sampler=$!

status=0
java -cp "$bench_jar" org.disclosurereport.benchmarks.serve.ServeLoad \
  "http://127.0.0.1:$PORT" "$SECONDS_TO_RUN" "$CLIENTS" || status=$?

curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null && echo "service still up   yes"
peak=$(cat "$work/peak" 2>/dev/null || echo 0)
echo "service heap       -Xmx$HEAP"
echo "service peak RSS   $((peak / 1024)) MiB"
heap=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -n 1)
echo "max heap after GC  ${heap:-?} MiB"

kill -TERM "$server"
wait "$server" || true
kill "$sampler" 2>/dev/null || true
exit "$status"
