-- Writes the latency distribution of the run as 400 quantiles, "value_ms weight" per line, each weighing a 400th
-- of the requests, so that runs can be pooled; then the request and error counts on a last line.
done = function(summary, latency, requests)
  local n = summary.requests
  for i = 1, 400 do
    io.write(string.format("%.3f %.4f\n", latency:percentile((i - 0.5) / 4) / 1000, n / 400))
  end
  io.write(string.format("requests %d errors %d\n", n,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
