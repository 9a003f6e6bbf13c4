#!/usr/bin/env bash
# Article page throughput: GiupXa vs nginx serving the same bytes as a static file.
# Every server is pinned to core 0 (taskset), wrk to core 1, 64 connections, on 127.0.0.1.
# Usage: bench/portal/run.sh [seconds per measured run, default 20]
# Environment: BENCH_JVMS (default 2), BENCH_ROUNDS (default 4 with two or more JVMs, else 5), BENCH_WARMUP (s,
# default 30), BENCH_WARMUP_MAX (s more until the JIT is quiet, default 120), BENCH_SETTLE (s, default 12),
# BENCH_QUIET_PERCENT (default 5).
#
# This machine's speed drifts by 10–20 % between runs minutes apart (2026-11-27: the same jar and case measured
# 21 to 47 µs of JVM time per request). Measuring each case once, one after the other, put that drift into the
# ratios. So all the servers are started and warmed first and stay up, and the cases are then measured in
# rounds, each round in a different order; a ratio is taken within each round, between runs minutes apart, and
# the median over the rounds is reported with every round's value.
#
# Each JVM compiles its code once, during its warm-up, and how well it did lasts the whole run: two JVMs of the
# same jar and case differ for the whole run (2026-11-27: counting on / off 1.04 in one run, 0.84 in the next).
# So counting on and off each run on BENCH_JVMS separately started JVMs, and their ratio is given per pair of
# JVMs and pooled. And every measured run reports the processor time per request of the server (the JVM by
# thread group, PostgreSQL; bench/portal/cpu.sh): with the app alone on core 0 its throughput is about one over
# that time, and the time does not count what other work on the machine took of the core.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/portal/cpu.sh
DURATION=${1:-20}
JVMS=${BENCH_JVMS:-2}
if [ "$JVMS" -gt 1 ]; then ROUNDS=${BENCH_ROUNDS:-4}; else ROUNDS=${BENCH_ROUNDS:-5}; fi
# Warm-up per app: the JVM shares its one core with the JIT compiler and PostgreSQL, and 10 s left the
# "counting off" run at a third of its steady rate (measured 2026-11-26 18:32).
WARMUP=${BENCH_WARMUP:-30}
WARMUP_MAX=${BENCH_WARMUP_MAX:-120}
QUIET=${BENCH_QUIET_PERCENT:-5}
SETTLE=${BENCH_SETTLE:-12}
REWARM=5
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
WORK=$(mktemp -d /tmp/giupxa-bench-portal.XXXXXX)
SLUG=tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia
NGINX_PORT=18300
declare -A PORT=([on]=18301 [off]=18302 [new]=18303 [returning]=18304)
# The extra JVMs of counting on and off: on-2, off-2 (ports 18305, 18306), on-3, off-3...
APPS=(on off new returning)
CASES=(nginx on off new)
for k in $(seq 2 "$JVMS"); do
  PORT[on-$k]=$((18300 + 2 * k + 1)); PORT[off-$k]=$((18300 + 2 * k + 2)); APPS+=("on-$k" "off-$k"); CASES+=("on-$k" "off-$k")
done
CASES+=(returning)
kind() { echo "${1%-*}"; }                                 # on-2 → on
jvm() { if [[ $1 == *-* ]]; then echo "${1##*-}"; else echo 1; fi; } # on-2 → 2
instance() { if [ "$2" = 1 ]; then echo "$1"; else echo "$1-$2"; fi; } # on 2 → on-2
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
declare -A KIND_NAME=([nginx]="nginx static copy (readers' requests)" [on]="GiupXa, counting on, readers"
                 [off]="GiupXa, counting off, readers" [new]="GiupXa, counting on, a new visitor each request"
                 [returning]="GiupXa, counting on, one returning reader")
name() { # $1 = case
  if [ "$JVMS" -gt 1 ] && { [ "$(kind "$1")" = on ] || [ "$(kind "$1")" = off ]; }; then
    echo "${KIND_NAME[$(kind "$1")]} (JVM $(jvm "$1"))"
  else echo "${KIND_NAME[$1]}"; fi
}
url() { # $1 = case
  if [ "$1" = nginx ]; then echo "http://127.0.0.1:$NGINX_PORT/tin-tuc/$SLUG"; else echo "http://127.0.0.1:${PORT[$1]}/tin-tuc/$SLUG"; fi
}
wrk_args() { local k; k=$(kind "$1"); [ -n "${SCRIPT[$k]}" ] && echo "-s ${SCRIPT[$k]}" || true; }

start_app() { # $1 = case
  "${NICE[@]}" taskset -c 0 java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="${PORT[$1]}" \
    --giupxa.embedded-database.directory="$WORK/pg-$1" --giupxa.files.directory="$WORK/files-$1" \
    --giupxa.portal.counting="${COUNTING[$(kind "$1")]}" --logging.level.root=warn > "$WORK/app-$1.log" 2>&1 &
  PID[$1]=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:${PORT[$1]}/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "app ($1) did not start"; cat "$WORK/app-$1.log"; exit 1
}

run_wrk() { # $1 = case, $2 = seconds; prints "requests/s p50 p99 requests"
  # shellcheck disable=SC2046
  "${NICE[@]}" taskset -c 1 wrk -t1 -c64 -d"$2s" --latency $(wrk_args "$1") \
    -H 'User-Agent: Mozilla/5.0 (bench) Firefox/140.0' "$(url "$1")" > "$WORK/wrk.txt"
  echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")" \
       "$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt") $(awk '/requests in/ {print $1}' "$WORK/wrk.txt")"
}

# Processor time of the measured server, ns: "server requests counters jit gc other postgresql core0 steal0"
# (server: the whole JVM, or nginx; then the JVM's thread groups, its PostgreSQL, core 0 busy and stolen).
snapshot() { # $1 = case
  if [ "$1" = nginx ]; then echo "$(tree_cpu "$NGINX_PID") 0 0 0 0 0 0 $(core_ns 0)"
  else
    local j; j=$(jvm_cpu "${PID[$1]}")
    echo "$(echo "$j" | awk '{ printf "%.0f", $1 + $2 + $3 + $4 + $5 }') $j $(tree_cpu "$(head -1 "$WORK/pg-$1/postmaster.pid")") $(core_ns 0)"
  fi
}
# Two snapshots, the requests and the wall time (ns) → µs per request of each part, then core 0's busy and
# stolen share of the wall time (%).
per_request() { # $1 $2 = snapshots, $3 = requests, $4 = wall ns
  echo "$1 $2 $3 $4" | awk '{ n = $19; for (i = 1; i <= 8; i++) printf "%.2f ", ($(i + 9) - $i) / n / 1000
    printf "%.0f %.0f", 100 * ($17 - $8) / $20, 100 * ($18 - $9) / $20 }'
}
warm() { run_wrk "$1" "$2" > /dev/null; }

# The app's one core is shared with the JIT compiler: runs measured while C2 was still compiling varied up to
# 2.5x (2026-11-26). After the fixed warm-up, warm on in 10 s slices until a slice adds less than 200 ms of
# compile time (`jstat -compiler`), at most 120 s more (BENCH_WARMUP_MAX).
compile_ms() { jstat -compiler "${PID[$1]}" 2>/dev/null | awk 'NR == 2 { printf "%d", $4 * 1000 }'; }
warm_app() { # $1 = case
  warm "$1" "$WARMUP"
  local before after extra=0
  after=$(compile_ms "$1")
  while [ -n "$after" ] && [ "$extra" -lt "$WARMUP_MAX" ]; do
    before=$after; warm "$1" 10; extra=$((extra + 10)); after=$(compile_ms "$1")
    [ $((after - before)) -lt 200 ] && break
  done
  echo "warm-up ($1): $WARMUP s + $extra s (last slice: $(( ${after:-0} - ${before:-0} )) ms compiling)" >> "$WORK/warmup.txt"
}

# Before each measured run core 0 must be quiet: the last case's flush, autovacuum and checkpoints (and those of
# the apps that are not measured) would otherwise fall into another case's run. Waits SETTLE s, longer than the
# counters' flush interval (10 s), so that the last case's next flush has begun, when the last case counted
# (nginx and counting off leave no flush behind, nor rows to vacuum), then until core 0 is busy less than QUIET %
# over 2 s, at most 300 s more, and notes the wait.
core0_busy() { # percent of core 0 busy over 2 s
  local a b
  a=$(awk '$1 == "cpu0" { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat); sleep 2
  b=$(awk '$1 == "cpu0" { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  echo "$a $b" | awk '{ t = $4 - $2; printf "%d", (t > 0 ? 100 - 100 * ($3 - $1) / t : 0) }'
}
LAST=nginx
wait_quiet() { # $1 = label
  local settle=$SETTLE busy waited
  case $(kind "$LAST") in nginx|off) settle=0;; esac
  waited=$((settle + 2)); sleep "$settle"; busy=$(core0_busy)
  while [ "$busy" -ge "$QUIET" ] && [ "$waited" -lt $((settle + 300)) ]; do busy=$(core0_busy); waited=$((waited + 2)); done
  echo "$1: waited $waited s for core 0 to be quiet (last 2 s: $busy % busy)" >> "$WORK/quiet.txt"
}

# 1. The apps, each started and warmed in turn.
for c in "${APPS[@]}"; do start_app "$c"; done
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
for c in "${APPS[@]}"; do warm_app "$c"; done
warm nginx 5

# 3. The rounds: round r measures the cases starting from the r-th, every other round in reverse order, so that
# each case takes a different place and follows different cases.
declare -A RPS=() P50=() P99=() CPU=()
N=${#CASES[@]}
for r in $(seq 0 $((ROUNDS - 1))); do
  for i in $(seq 0 $((N - 1))); do
    if [ $((r % 2)) = 0 ]; then c=${CASES[$(( (i + r) % N ))]}; else c=${CASES[$(( (N - 1 - i + r) % N ))]}; fi
    wait_quiet "round $((r + 1)) $c"
    warm "$c" "$REWARM"
    t0=$(date +%s%N); before=$(snapshot "$c")
    read -r "RPS[$c,$r]" "P50[$c,$r]" "P99[$c,$r]" requests < <(run_wrk "$c" "$DURATION")
    after=$(snapshot "$c"); t1=$(date +%s%N); LAST=$c
    CPU[$c,$r]=$(per_request "$before" "$after" "$requests" $((t1 - t0)))
    read -r server threads counters jit gc other pg core busy steal <<< "${CPU[$c,$r]}"
    if [ "$c" = nginx ]; then parts="nginx $server"
    else parts="JVM $server (requests $threads, counters $counters, JIT $jit, GC and VM $gc, other $other), PostgreSQL $pg"; fi
    echo "round $((r + 1)) $(date +%T) $c: ${RPS[$c,$r]} requests/s, p50 ${P50[$c,$r]}, p99 ${P99[$c,$r]};" \
      "µs per request: $parts, core 0 $core ($busy % busy, $steal % stolen)" >> "$WORK/rounds.txt"
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

cpu_values() { # $1 = case, $2 = field of CPU (1-10, or jp: JVM + PostgreSQL) → each round's value
  local r out=""
  for r in $(seq 0 $((ROUNDS - 1))); do
    out+="$(echo "${CPU[$1,$r]}" | awk -v f="$2" '{ printf "%.2f", (f == "jp" ? $1 + $7 : $f) }') "
  done
  echo "$out"
}
cpu_ratios() { # $1 = case, $2 = case, $3 = field → each round's CPU[$2] / CPU[$1] (the throughput ratio it implies)
  local r out=""
  for r in $(seq 0 $((ROUNDS - 1))); do
    out+="$(echo "${CPU[$1,$r]} ${CPU[$2,$r]}" | awk -v f="$3" '{ if (f == "jp") { a = $1 + $7; b = $11 + $17 } else { a = $f; b = $(f + 10) }
      printf "%.2f", (a > 0 ? b / a : 0) }') "
  done
  echo "$out"
}
field_name() {
  case $1 in 2) echo "request threads";; 3) echo "counters' flush";; 4) echo "JIT compiler";; 5) echo "GC and VM thread";;
    7) echo PostgreSQL;; jp) echo "JVM + PostgreSQL";; esac
}

# 4. Counting on at half of its median peak (readers, paced per connection): the p99 goal.
HALF=$(for k in $(seq 1 "$JVMS"); do values RPS "$(instance on "$k")"; done | median | awk '{ printf "%d", $1 / 2 }')
wait_quiet "half peak"
read -r HALF_RPS HALF_P50 HALF_P99 _ < <(PACE_MS=$(awk -v r="$HALF" 'BEGIN { printf "%d", 64000 / r }') run_wrk on "$DURATION")

echo "date: $(date -Iseconds); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load before: $LOAD_BEFORE"
echo "page: $BYTES bytes; wrk -t1 -c64 -d${DURATION}s pinned to core 1; servers pinned to core 0; ${NICE[*]:-normal priority}; $ROUNDS rounds; counting on and off on $JVMS JVMs each"
printf '%-58s %12s %9s %9s   %s\n' "case (medians over the rounds)" "requests/s" "p50 ms" "p99 ms" "requests/s in each round"
for c in "${CASES[@]}"; do
  printf '%-58s %12s %9s %9s   %s\n' "$(name "$c")" "$(values RPS "$c" | median)" "$(values P50 "$c" | median)" \
    "$(values P99 "$c" | median)" "$(values RPS "$c")"
done
printf '%-58s %12s %9s %9s\n' "GiupXa, counting on, readers at half peak" "$HALF_RPS" "$(ms "$HALF_P50")" "$(ms "$HALF_P99")"
echo
echo "processor time per request, µs (medians over the rounds): the server (JVM or nginx), the JVM's request threads,"
echo "the counters' flush thread, JIT compiler, GC and VM thread, other threads; PostgreSQL; JVM + PostgreSQL; core 0 busy"
printf '%-58s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n' "case" server requests counters jit gc other pg jvm+pg core0
for c in "${CASES[@]}"; do
  printf '%-58s' "$(name "$c")"
  for f in 1 2 3 4 5 6 7 jp 8; do printf ' %8s' "$(cpu_values "$c" "$f" | median)"; done
  echo
done
echo
cat "$WORK/warmup.txt" "$WORK/rounds.txt" "$WORK/quiet.txt"
echo
ratio_line() { # $1 = label, then the ratios
  local label=$1; shift
  printf '%-58s median %s   (%s)\n' "$label" "$(echo "$*" | median)" "$*"
}
ons=(); offs=(); for k in $(seq 1 "$JVMS"); do ons+=("$(instance on "$k")"); offs+=("$(instance off "$k")"); done
for c in "${ons[@]}" "${offs[@]}"; do ratio_line "app/nginx, $(name "$c" | sed 's/^GiupXa, //')" "$(ratios "$c" nginx)"; done
echo "counting on / off, readers (requests/s within each round; each pair of JVMs, then all pairs pooled):"
pooled=""; pooled_cpu=""; pooled_threads=""
for a in "${ons[@]}"; do for b in "${offs[@]}"; do
  ratio_line "  on JVM $(jvm "$a") / off JVM $(jvm "$b")" "$(ratios "$a" "$b")"
  pooled+="$(ratios "$a" "$b") "; pooled_cpu+="$(cpu_ratios "$a" "$b" jp) "; pooled_threads+="$(cpu_ratios "$a" "$b" 2) "
done; done
[ "$JVMS" -gt 1 ] && ratio_line "  pooled, every pair and round" "$pooled"
echo "the same by processor time (off's time a request / on's, within each round, pooled over the pairs):"
ratio_line "  JVM + PostgreSQL" "$pooled_cpu"
ratio_line "  request threads only" "$pooled_threads"
if [ "$JVMS" -gt 1 ]; then
  echo "the same jar and case on two JVMs (JVM k / JVM 1, within each round): the spread between JVMs"
  for k in $(seq 2 "$JVMS"); do
    for kd in on off; do
      ratio_line "  $kd: requests/s, JVM $k / JVM 1" "$(ratios "$(instance "$kd" "$k")" "$kd")"
      ratio_line "  $kd: JVM + PostgreSQL time a request, JVM 1 / JVM $k" "$(cpu_ratios "$(instance "$kd" "$k")" "$kd" jp)"
    done
  done
fi
ratio_line "counting on/off, a new visitor each request (off JVM 1)" "$(ratios new off)"
ratio_line "counting on/off, one returning reader (off JVM 1)" "$(ratios returning off)"
# What counting costs: the medians over all the JVMs and rounds of on and of off, and their difference.
cost() { # $1 = field
  local on_all="" off_all="" c
  for c in "${ons[@]}"; do on_all+="$(cpu_values "$c" "$1") "; done
  for c in "${offs[@]}"; do off_all+="$(cpu_values "$c" "$1") "; done
  echo "$(echo "$on_all" | median) $(echo "$off_all" | median)"
}
read -r on_jp off_jp <<< "$(cost jp)"
echo "counting's cost, readers (medians over all JVMs and rounds, µs per request, on - off):"
for f in 2 3 4 5 7 jp; do
  read -r a b <<< "$(cost "$f")"
  printf '  %-22s on %8s  off %8s  difference %6s = %5s %% of on'"'"'s JVM + PostgreSQL\n' "$(field_name "$f")" "$a" "$b" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a - b }')" "$(awk -v a="$a" -v b="$b" -v t="$on_jp" 'BEGIN { printf "%.1f", 100 * (a - b) / t }')"
done
echo "  estimate of on/off throughput from it: $(awk -v a="$on_jp" -v b="$off_jp" 'BEGIN { printf "%.3f", b / a }')"
