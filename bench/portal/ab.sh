#!/usr/bin/env bash
# Quick A/B of one build and setting of the article page: the jar on core 0 with a fresh embedded database
# (demo data), wrk -t1 -c64 on core 1 with the readers' requests (bench/portal/readers.lua), a warm-up, then
# one measured run. Prints requests/s, p99, and the processor time per request of the JVM (by thread group, as
# run.sh: bench/portal/cpu.sh) and of PostgreSQL.
# Usage: bench/portal/ab.sh JAR [application arguments...], e.g.
#   bench/portal/ab.sh target/giupxa-0.1.0-SNAPSHOT.jar --giupxa.portal.counting=false
# Environment: WARM (s, default 40), MEASURE (s, default 20), SCRIPT (wrk script, default readers.lua),
# JAVA_EXTRA (JVM options, e.g. -XX:StartFlightRecording=filename=on.jfr,settings=profile: start a recording
# with the JVM; one started by jcmd in the middle of a run made the JVM ten times slower here).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/cpu.sh"
JAR=$1; shift
WORK=$(mktemp -d /tmp/giupxa-bench-ab.XXXXXX)
PORT=${BENCH_APP_PORT:-18301}
NICE=(); if [ "$(id -u)" = 0 ]; then NICE=(nice -n -15); fi
"${NICE[@]}" taskset -c 0 java -Xmx512m ${JAVA_EXTRA:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --giupxa.embedded-database.directory="$WORK/pg" --giupxa.files.directory="$WORK/files" --logging.level.root=warn \
  "$@" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break; sleep 1; done
URL="http://127.0.0.1:$PORT/tin-tuc/tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia"
WRK=("${NICE[@]}" taskset -c 1 wrk -t1 -c64 -s "${SCRIPT:-$HERE/readers.lua}" -H 'User-Agent: Mozilla/5.0 (bench) Firefox/140.0')
curl -s -o /dev/null "$URL"
"${WRK[@]}" -d"${WARM:-40}s" "$URL" > /dev/null
PM=$(head -1 "$WORK/pg/postmaster.pid")
B="$(jvm_cpu $APP) $(tree_cpu "$PM")"
"${WRK[@]}" -d"${MEASURE:-20}s" --latency "$URL" > "$WORK/wrk.txt"
A="$(jvm_cpu $APP) $(tree_cpu "$PM")"
N=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
echo "$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") requests/s, p99 $(awk '$1=="99%" {print $2}' "$WORK/wrk.txt"), µs per request:"\
 "$(echo "$B $A $N" | awk '{ for (i = 1; i <= 6; i++) d[i] = ($(i + 6) - $i) / $13 / 1000
   printf "JVM %.2f (requests %.2f, counters %.2f, JIT %.2f, GC and VM %.2f, other %.2f), PostgreSQL %.2f",
     d[1] + d[2] + d[3] + d[4] + d[5], d[1], d[2], d[3], d[4], d[5], d[6] }'), load $(cut -d' ' -f1 /proc/loadavg)"
