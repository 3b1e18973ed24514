#!/usr/bin/env bash
# Side-by-side load test on 127.0.0.1: BriefBot's /discord/interactions and the Node reference (discord-interactions
# on express), each pinned to one core with wrk pinned to the other, every request signed once with the test key.
#   tests/BriefBot.Benchmarks/load/run.sh [--baseline OTHER_BUILD/BriefBot.Host] [--shelf DIR] [--duration 5] [--rounds 3] [--connections 32] [--what "ping who"]
# The reference answers /who with a fixed message (it has no knowledge base): its "who" is the cost of its HTTP
# front and verification with a body the size of a command, the floor a real Node bot would start from.
# Needs: wrk (apt-get install wrk), node + npm, taskset, a .NET SDK. Everything it starts, it stops.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shelf="$root/knowledge"
duration=5
rounds=3
connections=32
what="ping who"
baseline=""
server_core=0
load_core=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shelf) shelf="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --what) what="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
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
"$host" build --knowledge "$shelf" --db "$work/briefbot.db" > "$work/kb.log"
if [[ -n "$baseline" ]]; then "$baseline" build --knowledge "$shelf" --db "$work/baseline.db" > "$work/kb-baseline.log"; fi

wait_ready() {
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.1
  done
  echo "server at $1 did not get ready" >&2; return 1
}

start_briefbot() { # [binary port name]
  local binary="${1:-$host}" port="${2:-5080}" name="${3:-briefbot}"
  Urls=http://127.0.0.1:$port Discord__Transport=http Discord__PublicKey="$public_key" Discord__ApplicationId=111111111111111111 \
  Knowledge__Directory="$shelf" Knowledge__DatabasePath="$work/$name.db" Knowledge__WatchForChanges=false \
  Digests__StatePath="$work/$name-state.db" Digests__OutboxDirectory="$work/outbox" \
    taskset -c "$server_core" "$binary" serve > "$work/$name.log" 2>&1 &
  pids+=($!)
  eval "pid_$name=$!"
  wait_ready "http://127.0.0.1:$port/readyz"
}

start_node() {
  PUBLIC_KEY="$public_key" PORT=5090 taskset -c "$server_core" node "$here/node-reference/server.js" > "$work/node.log" 2>&1 &
  pids+=($!)
  pid_node=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:5090/ && break; sleep 0.1; done
}

# Signed just before each round: timestamps stay fresh (5 minutes) and every request is new to each server's
# replay guard (the same file goes once to BriefBot and once to the reference, never twice to one server).
sign() { # kind file
  local count=$(( duration * 20000 ))
  if [[ "$1" == ping ]]; then "$bench" sign --ping --count "$count" --out "$2" 2>/dev/null
  else "$bench" sign --command who --option name=Pezeshkian --count "$count" --out "$2" 2>/dev/null; fi
}

# Server CPU time (user + system, in clock ticks) from /proc: on a shared machine req/s follow the share of the
# core the server got, while CPU time per request does not, so both are printed.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

load() { # name url kind file
  local line pid before after requests
  pid="$(eval echo "\$pid_$1")"
  before="$(cpu_ticks "$pid")"
  line="$(REQUESTS="$4" taskset -c "$load_core" wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$here/interactions.lua" "$2" | grep '^RESULT')"
  after="$(cpu_ticks "$pid")"
  requests="$(echo "$line" | sed -E 's/.*requests=([0-9]+).*/\1/')"
  local per=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / (requests > 0 ? requests : 1) ))
  echo "$1 $3 ${line#RESULT } server_cpu_us_per_request=$per"
  echo "$line" | sed -E 's/.*rps=([0-9]+).*/\1/' >> "$work/$1-$3.rps"
  echo "$per" >> "$work/$1-$3.cpu"
}

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "== $(date -u +%FT%TZ), $rounds rounds of $duration s per server and kind, $connections connections, servers on core $server_core, wrk on core $load_core" >&2
start_briefbot
if [[ -n "$baseline" ]]; then start_briefbot "$baseline" 5070 baseline; fi
start_node
# Warm-up: JIT, connections, caches.
for kind in $what; do
  sign "$kind" "$work/warm.tsv"
  REQUESTS="$work/warm.tsv" taskset -c "$load_core" wrk -t1 -c"$connections" -d2s -s "$here/interactions.lua" http://127.0.0.1:5080/discord/interactions > /dev/null
  REQUESTS="$work/warm.tsv" taskset -c "$load_core" wrk -t1 -c"$connections" -d2s -s "$here/interactions.lua" http://127.0.0.1:5090/discord/interactions > /dev/null
  if [[ -n "$baseline" ]]; then REQUESTS="$work/warm.tsv" taskset -c "$load_core" wrk -t1 -c"$connections" -d2s -s "$here/interactions.lua" http://127.0.0.1:5070/discord/interactions > /dev/null; fi
done
# Rounds alternate servers and kinds, so both see the same noise from a shared machine; medians are reported.
for round in $(seq 1 "$rounds"); do
  for kind in $what; do
    sign "$kind" "$work/$kind.tsv"
    load briefbot http://127.0.0.1:5080/discord/interactions "$kind" "$work/$kind.tsv"
    load node http://127.0.0.1:5090/discord/interactions "$kind" "$work/$kind.tsv"
    if [[ -n "$baseline" ]]; then load baseline http://127.0.0.1:5070/discord/interactions "$kind" "$work/$kind.tsv"; fi
  done
done
for kind in $what; do
  b="$(median "$work/briefbot-$kind.rps")"; n="$(median "$work/node-$kind.rps")"
  awk -v k="$kind" -v b="$b" -v n="$n" 'BEGIN { printf "median %s: briefbot %d req/s, node %d req/s, ratio %.2f\n", k, b, n, (n > 0 ? b / n : 0) }'
  bc="$(median "$work/briefbot-$kind.cpu")"; nc="$(median "$work/node-$kind.cpu")"
  awk -v k="$kind" -v b="$bc" -v n="$nc" 'BEGIN { printf "median %s CPU per request: briefbot %d us (%d req/s per core), node %d us (%d req/s per core), ratio %.2f\n", k, b, 1e6 / b, n, 1e6 / n, n / b }'
done
if [[ -n "$baseline" ]]; then
  for kind in $what; do
    awk -v k="$kind" -v b="$(median "$work/briefbot-$kind.rps")" -v o="$(median "$work/baseline-$kind.rps")" 'BEGIN { printf "median %s: this build / baseline = %.2f (baseline %d req/s)\n", k, b / o, o }'
    awk -v k="$kind" -v b="$(median "$work/briefbot-$kind.cpu")" -v o="$(median "$work/baseline-$kind.cpu")" 'BEGIN { printf "median %s CPU per request: baseline %d us, this build %d us, %.2fx less\n", k, o, b, o / b }'
  done
fi
if [[ " $what " == *" ping "* && " $what " == *" who "* ]]; then
  awk -v w="$(median "$work/briefbot-who.rps")" -v p="$(median "$work/briefbot-ping.rps")" 'BEGIN { printf "briefbot who/ping = %.2f (the cost of answering over the cost of the HTTP front)\n", w / p }'
fi
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
