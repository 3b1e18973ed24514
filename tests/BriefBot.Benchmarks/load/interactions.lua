-- wrk script: posts pre-signed Discord interactions (written by `BriefBot.Benchmarks sign`), each exactly once.
-- Every thread takes its own slice of the file, so no interaction id, token or signature is sent twice: a replay
-- guard sees only fresh requests. When a thread runs out it starts again from its first line and counts it as
-- "reused" (shown at the end): make the file larger than rate x duration so that stays 0.
-- Usage: REQUESTS=/tmp/who.tsv wrk -t1 -c32 -d10s -s interactions.lua http://127.0.0.1:5080/discord/interactions

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local path = os.getenv("REQUESTS") or "interactions.tsv"
  local total = tonumber(os.getenv("THREADS") or "1")
  lines = {}
  local n = 0
  for line in io.lines(path) do
    if n % total == id then
      lines[#lines + 1] = line
    end
    n = n + 1
  end
  next_line = 1
  reused = 0
  non2xx = 0
end

function request()
  if next_line > #lines then
    next_line = 1
    reused = reused + 1
  end
  local line = lines[next_line]
  next_line = next_line + 1
  local sig, ts, body = line:match("^([^\t]+)\t([^\t]+)\t(.*)$")
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["X-Signature-Ed25519"] = sig,
    ["X-Signature-Timestamp"] = ts,
  }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local reused_total, bad = 0, 0
  for _, t in ipairs(threads) do
    reused_total = reused_total + (t:get("reused") or 0)
    bad = bad + (t:get("non2xx") or 0)
  end
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f requests=%d non200=%d errors=%d reused_files=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.requests, bad, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    reused_total))
end
