-- A lighter load generator for `tequ serve`: wrk (Debian package `wrk`) sending the bench's mix.
--
--   .venv/bin/python bench/bench_serve.py --db KB.db --write-paths /tmp/tequ-wrk-paths.txt
--   tequ serve --db KB.db --workers 2 --port 8765 &
--   TEQU_WRK_PATHS=/tmp/tequ-wrk-paths.txt wrk -t1 -c50 -d30s --latency -s bench/wrk_serve.lua http://127.0.0.1:8765
--
-- Each request is a random line of the paths file (drawn by bench_serve.py with its mix weights).
-- wrk prints one latency distribution for all kinds together and counts non-2xx answers; it
-- cannot tell search from other kinds nor hits from misses (bench_serve.py does).

local paths = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

function init(args)
  local file = os.getenv("TEQU_WRK_PATHS") or "/tmp/tequ-wrk-paths.txt"
  for line in io.lines(file) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  math.randomseed(1000 * (id or 1) + os.time() % 1000)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "wrk_serve: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, non-2xx %d, socket errors %d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
