#!/usr/bin/env bash
# Article page throughput: GiupXa vs nginx serving the same bytes as a static file.
# Each server is pinned to one core in turn (taskset), wrk to the other, 64 connections, on 127.0.0.1.
# Usage: bench/portal/run.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
# Warm-up per app run: the JVM shares its one core with the JIT compiler and PostgreSQL, and 10 s left the
# "counting off" run at a third of its steady rate (measured 2026-11-26 18:32).
WARMUP=${BENCH_WARMUP:-30}
APP_PORT=18301
NGINX_PORT=18302
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/giupxa-bench-portal.XXXXXX)
SLUG=tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia
APP_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$(ls target/giupxa-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/giupxa-*.jar | grep -v plain | head -1); fi

# Other work on the machine (builds, tests) would share the cores: when run as root, the servers and wrk run at
# a higher priority (nice -15), nginx as the app.
NICE=(); [ "$(id -u)" = 0 ] && NICE=(nice -n -15)

# Each app run gets a fresh database: the "counting off" run must not share its core with PostgreSQL's
# autovacuum of the visitor and view rows the "counting on" run wrote.
start_app() { # $1 = counting true/false, $2 = the case's name
  CASE=$2
  "${NICE[@]}" taskset -c 0 java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port=$APP_PORT \
    --giupxa.embedded-database.directory="$WORK/pg-$2" --giupxa.files.directory="$WORK/files-$2" \
    --giupxa.portal.counting="$1" --logging.level.root=warn > "$WORK/app-$2.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "app did not start"; cat "$WORK/app-$2.log"; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
CASE=""

# Readers as browsers make them (bench/portal/readers.lua): 10,000 returning readers in turn, each sending back
# its visitor cookie, and one request in ten a new reader's first. The worst case for counting is a new
# visitor on every request (no cookie, as a client that drops cookies); one returning reader on all 64
# connections is the other extreme.
READERS="-s bench/portal/readers.lua"

run_wrk() { # $1 = url, $2 = extra args; prints "requests/s p50 p99"
  "${NICE[@]}" taskset -c 1 wrk -t1 -c64 -d"${DURATION}s" --latency $2 \
    -H 'User-Agent: Mozilla/5.0 (bench) Firefox/140.0' "$1" > "$WORK/wrk.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  echo "$rps $p50 $p99"
}
warm() { "${NICE[@]}" taskset -c 1 wrk -t1 -c64 -d"$2s" $3 "$1" >/dev/null; }
# The app's one core is shared with the JIT compiler: runs measured while C2 was still compiling varied up to
# 2.5x (2026-11-26). After the fixed warm-up, warm on in 10 s slices until a slice adds less than 200 ms of
# compile time (`jstat -compiler`), at most 120 s more.
compile_ms() { jstat -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 { printf "%d", $4 * 1000 }'; }
warm_app() { # $1 = url, $2 = extra wrk args
  warm "$1" "$WARMUP" "$2"
  local before after=$(compile_ms) extra=0
  while [ -n "$after" ] && [ "$extra" -lt 120 ]; do
    before=$after; warm "$1" 10 "$2"; extra=$((extra + 10)); after=$(compile_ms)
    [ $((after - before)) -lt 200 ] && break
  done
  echo "warm-up ($CASE): $WARMUP s + $extra s (last slice: $(( ${after:-0} - ${before:-0} )) ms compiling)" >> "$WORK/warmup.txt"
}

# Each case on its own app and database, warmed with its own requests: a case measured right after the worst
# case shared the core with the flush and vacuum of that case's rows (one returning reader: 10,557 requests/s
# after it, 42,646 alone, 2026-11-27 00:05).
URL="http://127.0.0.1:$APP_PORT/tin-tuc/$SLUG"
# 1. Counting on, the readers, then the readers paced at half of that rate (per connection).
start_app true on-readers
mkdir -p "$WORK/www"; curl -sf "$URL" -o "$WORK/www/article.html"
BYTES=$(stat -c %s "$WORK/www/article.html")
warm_app "$URL" "$READERS"
read -r APP_RPS APP_P50 APP_P99 < <(run_wrk "$URL" "$READERS")
HALF=$(awk -v r="$APP_RPS" 'BEGIN { printf "%d", r / 2 }')
read -r HALF_RPS HALF_P50 HALF_P99 < <(PACE_MS=$(awk -v r="$HALF" 'BEGIN { printf "%d", 64000 / r }') run_wrk "$URL" "$READERS")
stop_app
# 2. Counting off, the same readers' requests.
start_app false off-readers
warm_app "$URL" "$READERS"
read -r OFF_RPS OFF_P50 OFF_P99 < <(run_wrk "$URL" "$READERS")
stop_app
# 3. Counting on, a new visitor on every request (no cookie).
start_app true on-new
warm_app "$URL" ""
read -r NEW_RPS NEW_P50 NEW_P99 < <(run_wrk "$URL" "")
stop_app
# 4. Counting on, one returning reader on all connections.
start_app true on-returning
warm_app "$URL" "-s bench/portal/returning.lua"
read -r RET_RPS RET_P50 RET_P99 < <(run_wrk "$URL" "-s bench/portal/returning.lua")
stop_app

# 3. nginx (Debian package) serving the same bytes, one worker on the same core.
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { try_files /article.html =404; } }
}
CONF
"${NICE[@]}" taskset -c 0 /usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
sleep 1
NURL="http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG"
warm "$NURL" 5 "$READERS"
read -r NGINX_RPS NGINX_P50 NGINX_P99 < <(run_wrk "$NURL" "$READERS")

echo "date: $(date -Iseconds); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load before: $LOAD_BEFORE"
echo "page: $BYTES bytes; wrk -t1 -c64 -d${DURATION}s pinned to core 1; servers pinned to core 0; ${NICE[*]:-normal priority}"
printf '%-46s %12s %10s %10s\n' "run" "requests/s" "p50" "p99"
printf '%-46s %12s %10s %10s\n' "nginx static copy (readers' requests)" "$NGINX_RPS" "$NGINX_P50" "$NGINX_P99"
printf '%-46s %12s %10s %10s\n' "GiupXa, counting on, readers" "$APP_RPS" "$APP_P50" "$APP_P99"
printf '%-46s %12s %10s %10s\n' "GiupXa, counting on, readers at half peak" "$HALF_RPS" "$HALF_P50" "$HALF_P99"
printf '%-46s %12s %10s %10s\n' "GiupXa, counting off, readers" "$OFF_RPS" "$OFF_P50" "$OFF_P99"
printf '%-46s %12s %10s %10s\n' "GiupXa, counting on, a new visitor each request" "$NEW_RPS" "$NEW_P50" "$NEW_P99"
printf '%-46s %12s %10s %10s\n' "GiupXa, counting on, one returning reader" "$RET_RPS" "$RET_P50" "$RET_P99"
cat "$WORK/warmup.txt"
awk -v a="$APP_RPS" -v w="$NEW_RPS" -v r="$RET_RPS" -v n="$NGINX_RPS" -v o="$OFF_RPS" 'BEGIN {
  printf "app/nginx = %.2f (readers, counting on), %.2f (counting off)\n", a / n, o / n
  printf "counting on/off = %.2f (readers), %.2f (a new visitor each request), %.2f (one returning reader)\n", a / o, w / o, r / o }'
