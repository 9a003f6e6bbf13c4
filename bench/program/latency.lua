-- Prints median and p95 latency (ms), the number of requests and of errors, for bench/program's scripts.
done = function(summary, latency, requests)
  io.write(string.format("%.2f %.2f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
