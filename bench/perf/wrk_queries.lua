-- wrk script of the performance bench: rotates through the inquiries of a TSV
-- (category<TAB>bucket<TAB>text) as POST /v1/suggest JSON bodies or GET /v1/search?q=.
--
--   HELPDEX_QUERIES=/tmp/perf/queries.tsv HELPDEX_MODE=suggest \
--     wrk -t2 -c16 -d10s --latency -s bench/perf/wrk_queries.lua http://127.0.0.1:8080
--
-- HELPDEX_MODE is "suggest" (default) or "search". Every response that is not 2xx is
-- counted by status; done() prints one line "WRK_JSON {...}" with latency percentiles in
-- microseconds, requests, requests/s, wrk's socket errors and the non-2xx counts.

local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local function json_string(text)
  local escaped = text:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == '\\' then return '\\\\' end
    return string.format("\\u%04x", string.byte(c))
  end)
  return '"' .. escaped .. '"'
end

local function url_encode(text)
  return (text:gsub("[^A-Za-z0-9%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

local function read_texts(path)
  local file = assert(io.open(path, "r"), "cannot read HELPDEX_QUERIES file " .. tostring(path))
  local texts = {}
  for line in file:lines() do
    local text = line:match("^[^\t]*\t[^\t]*\t(.*)$")
    if text and text ~= "" then table.insert(texts, text) end
  end
  file:close()
  assert(#texts > 0, path .. " holds no category<TAB>bucket<TAB>text lines")
  return texts
end

local requests_by_index = {}
local next_index = 1
non2xx = {}  -- status -> count; global so done() can read it from each thread

function init(args)
  local path = os.getenv("HELPDEX_QUERIES")
  assert(path and path ~= "", "set HELPDEX_QUERIES to the inquiries TSV")
  local mode = os.getenv("HELPDEX_MODE") or "suggest"
  assert(mode == "suggest" or mode == "search", "HELPDEX_MODE must be suggest or search, not " .. mode)
  for _, text in ipairs(read_texts(path)) do
    local request
    if mode == "suggest" then
      request = wrk.format("POST", "/v1/suggest", {["Content-Type"] = "application/json"},
                           '{"text":' .. json_string(text) .. '}')
    else
      request = wrk.format("GET", "/v1/search?q=" .. url_encode(text))
    end
    table.insert(requests_by_index, request)
  end
  -- Each thread starts elsewhere in the list, so two threads do not send the same inquiry together.
  next_index = (thread_index * 997) % #requests_by_index + 1
end

function request()
  local r = requests_by_index[next_index]
  next_index = next_index % #requests_by_index + 1
  return r
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    local key = tostring(status)
    non2xx[key] = (non2xx[key] or 0) + 1
  end
end

local function json_object(fields)
  local parts = {}
  for _, kv in ipairs(fields) do
    table.insert(parts, json_string(kv[1]) .. ":" .. kv[2])
  end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local statuses, non2xx_total = {}, 0
  for _, thread in ipairs(threads) do
    local counts = thread:get("non2xx") or {}
    for status, n in pairs(counts) do
      statuses[status] = (statuses[status] or 0) + n
      non2xx_total = non2xx_total + n
    end
  end
  local status_fields = {}
  for status, n in pairs(statuses) do table.insert(status_fields, {status, tostring(n)}) end
  table.sort(status_fields, function(a, b) return a[1] < b[1] end)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  print("WRK_JSON " .. json_object({
    {"duration_s", string.format("%.3f", seconds)},
    {"requests", tostring(summary.requests)},
    {"requests_per_s", string.format("%.1f", summary.requests / seconds)},
    {"latency_us", json_object({
      {"p50", tostring(latency:percentile(50))},
      {"p90", tostring(latency:percentile(90))},
      {"p95", tostring(latency:percentile(95))},
      {"p99", tostring(latency:percentile(99))},
      {"mean", string.format("%.1f", latency.mean)},
      {"max", tostring(latency.max)},
    })},
    {"errors", json_object({
      {"connect", tostring(e.connect)}, {"read", tostring(e.read)}, {"write", tostring(e.write)},
      {"timeout", tostring(e.timeout)}, {"status", tostring(e.status)},
    })},
    {"non2xx", tostring(non2xx_total)},
    {"non2xx_by_status", json_object(status_fields)},
  }))
end
