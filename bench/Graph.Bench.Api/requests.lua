-- wrk script for Graph.Bench.Api: cycles through prepared requests and prints one JSON line of figures at the end.
-- Its argument (after --) is a file with one request a line: METHOD <tab> PATH <tab> ACCEPT <tab> BODY (BODY may be
-- empty). Requests are formatted once in init, so wrk spends its time sending, not building strings.
local prepared = {}
local next_index = 0

function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    local method, path, accept, body = line:match("^(%u+)\t([^\t]+)\t([^\t]+)\t(.*)$")
    assert(method, "bad request line: " .. line)
    local headers = { ["Accept"] = accept }
    if body == "" then
      body = nil
    else
      headers["Content-Type"] = "application/json"
    end
    prepared[#prepared + 1] = wrk.format(method, path, headers, body)
  end
  file:close()
  assert(#prepared > 0, "no requests in " .. args[1])
end

function request()
  next_index = next_index % #prepared + 1
  return prepared[next_index]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"non_2xx":%d,"socket_errors":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean))
end
