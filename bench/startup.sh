#!/usr/bin/env bash
# Time from JVM start to the first HTTP 200 on /actuator/health and on the home page, and the
# resident memory after start, for the packaged jar on the embedded PostgreSQL.
# Usage: bench/startup.sh [runs]   (default 3 runs; each uses a fresh data folder, plus one warm restart)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
./mvnw -q -B -DskipTests package
jar=$(ls target/giupxa-*.jar | grep -v original | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
  local data=$1 label=$2
  local start end pid rss
  start=$(date +%s%N)
  java -Xmx512m -jar "$jar" --server.port=$port --giupxa.embedded-database.directory="$data" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "app died"; tail -20 "$work/app.log"; exit 1; }
  done
  end=$(date +%s%N)
  curl -fs -o /dev/null "http://127.0.0.1:$port/"
  local first_page=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%-12s health 200 after %5d ms, home page after %5d ms, RSS %4d MiB\n' "$label" \
    $(( (end - start) / 1000000 )) $(( (first_page - start) / 1000000 )) $(( rss / 1024 ))
}

for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  measure "$work/data" "cold #$i"
done
measure "$work/data" "warm"
