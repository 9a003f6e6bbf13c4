#!/usr/bin/env bash
# Article page throughput: GiupXa vs nginx serving the same bytes as a static file.
# Every server is pinned to core 0 (taskset), wrk to core 1, 64 connections, on 127.0.0.1.
# Usage: bench/portal/run.sh [seconds per measured run, default 20]
# Environment: BENCH_ROUNDS (default 5), BENCH_WARMUP (s, default 30), BENCH_SETTLE (s, default 12),
# BENCH_QUIET_PERCENT (default 5).
#
# This machine's speed drifts by 10–20 % between runs minutes apart (2026-11-27: the same jar and case measured
# 21 to 47 µs of JVM time per request). Measuring each case once, one after the other, put that drift into the
# ratios. So all the servers are started and warmed first and stay up, and the cases are then measured in
# rounds, each round in a different order; a ratio is taken within each round, between runs minutes apart, and
# the median over the rounds is reported with every round's value.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
ROUNDS=${BENCH_ROUNDS:-5}
# Warm-up per app: the JVM shares its one core with the JIT compiler and PostgreSQL, and 10 s left the
# "counting off" run at a third of its steady rate (measured 2026-11-26 18:32).
WARMUP=${BENCH_WARMUP:-30}
QUIET=${BENCH_QUIET_PERCENT:-5}
SETTLE=${BENCH_SETTLE:-12}
REWARM=5
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/giupxa-bench-portal.XXXXXX)
SLUG=tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia
NGINX_PORT=18300
declare -A PORT=([on]=18301 [off]=18302 [new]=18303 [returning]=18304)
declare -A PID=()
NGINX_PID=""
cleanup() {
  for p in "${PID[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PID[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$(ls target/giupxa-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/giupxa-*.jar | grep -v plain | head -1); fi

# Other work on the machine (builds, tests) would share the cores: when run as root, the servers and wrk run at
# a higher priority (nice -15), nginx as the apps.
NICE=(); [ "$(id -u)" = 0 ] && NICE=(nice -n -15)

# The cases. Readers as browsers make them (bench/portal/readers.lua): 10,000 returning readers in turn, each
# sending back its visitor cookie, and one request in ten a new reader's first. The worst case for counting is a
# new visitor on every request (no cookie, as a client that drops cookies); one returning reader on all 64
# connections is the other extreme. Each case has its own app and database, warmed with its own requests, so no
# case shares its core with the flush or autovacuum of another case's rows.
declare -A COUNTING=([on]=true [off]=false [new]=true [returning]=true)
declare -A SCRIPT=([nginx]=bench/portal/readers.lua [on]=bench/portal/readers.lua [off]=bench/portal/readers.lua
                   [new]="" [returning]=bench/portal/returning.lua)
declare -A NAME=([nginx]="nginx static copy (readers' requests)" [on]="GiupXa, counting on, readers"
                 [off]="GiupXa, counting off, readers" [new]="GiupXa, counting on, a new visitor each request"
                 [returning]="GiupXa, counting on, one returning reader")
CASES=(nginx on off new returning)
url() { # $1 = case
  if [ "$1" = nginx ]; then echo "http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG"; else echo "http://127.0.0.1:${PORT[$1]}/tin-tuc/$SLUG"; fi
}
wrk_args() { [ -n "${SCRIPT[$1]}" ] && echo "-s ${SCRIPT[$1]}" || true; }

start_app() { # $1 = case
  "${NICE[@]}" taskset -c 0 java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="${PORT[$1]}" \
    --giupxa.embedded-database.directory="$WORK/pg-$1" --giupxa.files.directory="$WORK/files-$1" \
    --giupxa.portal.counting="${COUNTING[$1]}" --logging.level.root=warn > "$WORK/app-$1.log" 2>&1 &
  PID[$1]=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:${PORT[$1]}/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "app ($1) did not start"; cat "$WORK/app-$1.log"; exit 1
}

run_wrk() { # $1 = case, $2 = seconds; prints "requests/s p50 p99"
  # shellcheck disable=SC2046
  "${NICE[@]}" taskset -c 1 wrk -t1 -c64 -d"$2s" --latency $(wrk_args "$1") \
    -H 'User-Agent: Mozilla/5.0 (bench) Firefox/140.0' "$(url "$1")" > "$WORK/wrk.txt"
  echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")" \
       "$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")"
}
warm() { run_wrk "$1" "$2" > /dev/null; }

# The app's one core is shared with the JIT compiler: runs measured while C2 was still compiling varied up to
# 2.5x (2026-11-26). After the fixed warm-up, warm on in 10 s slices until a slice adds less than 200 ms of
# compile time (`jstat -compiler`), at most 120 s more.
compile_ms() { jstat -compiler "${PID[$1]}" 2>/dev/null | awk 'NR == 2 { printf "%d", $4 * 1000 }'; }
warm_app() { # $1 = case
  warm "$1" "$WARMUP"
  local before after extra=0
  after=$(compile_ms "$1")
  while [ -n "$after" ] && [ "$extra" -lt 120 ]; do
    before=$after; warm "$1" 10; extra=$((extra + 10)); after=$(compile_ms "$1")
    [ $((after - before)) -lt 200 ] && break
  done
  echo "warm-up ($1): $WARMUP s + $extra s (last slice: $(( ${after:-0} - ${before:-0} )) ms compiling)" >> "$WORK/warmup.txt"
}

# Before each measured run core 0 must be quiet: the last case's flush, autovacuum and checkpoints (and those of
# the apps that are not measured) would otherwise fall into another case's run. Waits SETTLE s, longer than the
# counters' flush interval (10 s), so that the last case's next flush has begun, then until core 0 is busy less
# than QUIET % over 2 s, at most 300 s more, and notes the wait.
core0_busy() { # percent of core 0 busy over 2 s
  local a b
  a=$(awk '$1 == "cpu0" { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat); sleep 2
  b=$(awk '$1 == "cpu0" { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  echo "$a $b" | awk '{ t = $4 - $2; printf "%d", (t > 0 ? 100 - 100 * ($3 - $1) / t : 0) }'
}
wait_quiet() { # $1 = label
  local waited=$((SETTLE + 2)) busy
  sleep "$SETTLE"; busy=$(core0_busy)
  while [ "$busy" -ge "$QUIET" ] && [ "$waited" -lt $((SETTLE + 300)) ]; do busy=$(core0_busy); waited=$((waited + 2)); done
  echo "$1: waited $waited s for core 0 to be quiet (last 2 s: $busy % busy)" >> "$WORK/quiet.txt"
}

# 1. The apps, each started and warmed in turn.
for c in on off new returning; do start_app "$c"; done
mkdir -p "$WORK/www"; curl -sf "$(url on)" -o "$WORK/www/article.html"
BYTES=$(stat -c %s "$WORK/www/article.html")
# 2. nginx (Debian package) serving the same bytes, one worker on the same core.
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
for c in on off new returning; do warm_app "$c"; done
warm nginx 5

# 3. The rounds: round r measures the cases starting from the r-th, every other round in reverse order, so that
# each case takes a different place and follows different cases.
declare -A RPS=() P50=() P99=()
N=${#CASES[@]}
for r in $(seq 0 $((ROUNDS - 1))); do
  for i in $(seq 0 $((N - 1))); do
    if [ $((r % 2)) = 0 ]; then c=${CASES[$(( (i + r) % N ))]}; else c=${CASES[$(( (N - 1 - i + r) % N ))]}; fi
    wait_quiet "round $((r + 1)) $c"
    warm "$c" "$REWARM"
    read -r "RPS[$c,$r]" "P50[$c,$r]" "P99[$c,$r]" < <(run_wrk "$c" "$DURATION")
    echo "round $((r + 1)) $(date +%T) $c: ${RPS[$c,$r]} requests/s, p50 ${P50[$c,$r]}, p99 ${P99[$c,$r]}" >> "$WORK/rounds.txt"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { printf "%s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Latencies as wrk prints them (us, ms, s) → ms, for the medians.
ms() { echo "$1" | awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/) v *= 1000; printf "%.2f", v }'; }
values() { # $1 = array name, $2 = case
  local -n a=$1; local r out=""
  for r in $(seq 0 $((ROUNDS - 1))); do
    if [ "$1" = RPS ]; then out+="${a[$2,$r]} "; else out+="$(ms "${a[$2,$r]}") "; fi
  done
  echo "$out"
}
ratios() { # $1 = case, $2 = case → each round's RPS[$1] / RPS[$2]
  local r out=""
  for r in $(seq 0 $((ROUNDS - 1))); do out+="$(awk -v a="${RPS[$1,$r]}" -v b="${RPS[$2,$r]}" 'BEGIN { printf "%.2f", a / b }') "; done
  echo "$out"
}

# 4. Counting on at half of its median peak (readers, paced per connection): the p99 goal.
HALF=$(values RPS on | median | awk '{ printf "%d", $1 / 2 }')
wait_quiet "half peak"
read -r HALF_RPS HALF_P50 HALF_P99 < <(PACE_MS=$(awk -v r="$HALF" 'BEGIN { printf "%d", 64000 / r }') run_wrk on "$DURATION")

echo "date: $(date -Iseconds); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load before: $LOAD_BEFORE"
echo "page: $BYTES bytes; wrk -t1 -c64 -d${DURATION}s pinned to core 1; servers pinned to core 0; ${NICE[*]:-normal priority}; $ROUNDS rounds"
printf '%-48s %12s %9s %9s   %s\n' "case (medians over the rounds)" "requests/s" "p50 ms" "p99 ms" "requests/s in each round"
for c in "${CASES[@]}"; do
  printf '%-48s %12s %9s %9s   %s\n' "${NAME[$c]}" "$(values RPS "$c" | median)" "$(values P50 "$c" | median)" \
    "$(values P99 "$c" | median)" "$(values RPS "$c")"
done
printf '%-48s %12s %9s %9s\n' "GiupXa, counting on, readers at half peak" "$HALF_RPS" "$(ms "$HALF_P50")" "$(ms "$HALF_P99")"
cat "$WORK/warmup.txt" "$WORK/rounds.txt" "$WORK/quiet.txt"
ratio_line() { # $1 = label, $2 $3 = cases
  local each; each=$(ratios "$2" "$3")
  printf '%-44s median %s   (rounds: %s)\n' "$1" "$(echo "$each" | median)" "$each"
}
ratio_line "app/nginx, readers, counting on" on nginx
ratio_line "app/nginx, readers, counting off" off nginx
ratio_line "counting on/off, readers" on off
ratio_line "counting on/off, a new visitor each request" new off
ratio_line "counting on/off, one returning reader" returning off
