#!/usr/bin/env bash
# Side-by-side load test on 127.0.0.1: BriefBot's /discord/interactions and the Node reference (discord-interactions
# on express), each pinned to one core with wrk pinned to the other, every request signed once with the test key.
#   tests/BriefBot.Benchmarks/load/run.sh [--shelf DIR] [--duration 10] [--connections 32] [--what "ping who"]
# Needs: wrk (apt-get install wrk), node + npm, taskset, a .NET SDK. Everything it starts, it stops.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shelf="$root/knowledge"
duration=10
connections=32
what="ping who"
server_core=0
load_core=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shelf) shelf="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --what) what="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d /tmp/briefbot-load.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building (Release)" >&2
dotnet build "$root/src/BriefBot.Host" -c Release -v q -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build "$root/tests/BriefBot.Benchmarks" -c Release -v q -nologo > "$work/build-bench.log" 2>&1 || { cat "$work/build-bench.log"; exit 1; }
bench="$root/tests/BriefBot.Benchmarks/bin/Release/net10.0/BriefBot.Benchmarks"
host="$root/src/BriefBot.Host/bin/Release/net10.0/BriefBot.Host"
if [[ ! -d "$here/node-reference/node_modules" ]]; then
  (cd "$here/node-reference" && npm ci --no-audit --no-fund > "$work/npm.log" 2>&1)
fi
public_key="$("$bench" sign --public-key)"

echo "== knowledge base for $shelf" >&2
"$host" build --knowledge "$shelf" --db "$work/knowledge.db" > "$work/kb.log"

wait_ready() {
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.1
  done
  echo "server at $1 did not get ready" >&2; return 1
}

start_briefbot() {
  Urls=http://127.0.0.1:5080 Discord__Transport=http Discord__PublicKey="$public_key" Discord__ApplicationId=111111111111111111 \
  Knowledge__Directory="$shelf" Knowledge__DatabasePath="$work/knowledge.db" Knowledge__WatchForChanges=false \
  Digests__StatePath="$work/state.db" Digests__OutboxDirectory="$work/outbox" DOTNET_gcServer=0 \
    taskset -c "$server_core" "$host" serve > "$work/briefbot.log" 2>&1 &
  pids+=($!)
  wait_ready http://127.0.0.1:5080/readyz
}

start_node() {
  PUBLIC_KEY="$public_key" PORT=5090 taskset -c "$server_core" node "$here/node-reference/server.js" > "$work/node.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:5090/ && break; sleep 0.1; done
}

stop_last() { local pid="${pids[-1]}"; kill "$pid"; wait "$pid" 2>/dev/null || true; unset 'pids[-1]'; }

# Signed just before each run: timestamps stay fresh (5 minutes) and every request is new to a replay guard.
load() { # name url kind
  local file="$work/$3.tsv" count=$(( duration * 25000 ))
  if [[ "$3" == ping ]]; then "$bench" sign --ping --count "$count" --out "$file" 2>/dev/null
  else "$bench" sign --command who --option name=Pezeshkian --count "$count" --out "$file" 2>/dev/null; fi
  # A short warm-up (JIT, connections) with its own signed requests, then the measured run.
  REQUESTS="$file" taskset -c "$load_core" wrk -t1 -c"$connections" -d2s -s "$here/interactions.lua" "$2" > /dev/null
  "$bench" sign $([[ "$3" == ping ]] && echo --ping || echo --command who --option name=Pezeshkian) --count "$count" --out "$file" 2>/dev/null
  local line
  line="$(REQUESTS="$file" taskset -c "$load_core" wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$here/interactions.lua" "$2" | grep '^RESULT')"
  echo "$1 $3 ${line#RESULT }"
  echo "$line" | sed -E 's/.*rps=([0-9]+).*/\1/' > "$work/$1-$3.rps"
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "== $(date -u +%FT%TZ), $duration s per run, $connections connections, server on core $server_core, wrk on core $load_core" >&2
start_briefbot
for kind in $what; do load briefbot http://127.0.0.1:5080/discord/interactions "$kind"; done
stop_last
start_node
for kind in $what; do load node http://127.0.0.1:5090/discord/interactions "$kind"; done
stop_last
for kind in $what; do
  b="$(cat "$work/briefbot-$kind.rps")"; n="$(cat "$work/node-$kind.rps")"
  awk -v k="$kind" -v b="$b" -v n="$n" 'BEGIN { printf "ratio %s briefbot/node = %.2f\n", k, (n > 0 ? b / n : 0) }'
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
