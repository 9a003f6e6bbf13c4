-- Readers as browsers make them: 10,000 returning readers (each sends back its visitor cookie) read in turn,
-- and one request in ten is a new reader's first (no cookie yet). PACE_MS, when set, paces each connection.
local readers, count, i = {}, 10000, 0
math.randomseed(20261126)
for k = 1, count do
  readers[k] = string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0x7fffffff))
end
local pace = tonumber(os.getenv("PACE_MS") or "")

request = function()
  i = i + 1
  if i % 10 == 0 then
    wrk.headers["Cookie"] = nil
  else
    wrk.headers["Cookie"] = "gx_visitor=" .. readers[(i % count) + 1]
  end
  return wrk.format()
end

if pace then
  delay = function() return pace end
end
