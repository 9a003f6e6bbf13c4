#!/usr/bin/env bash
# A/B of application jars on the database a `BENCH_KEEP=1 bench/program/run.sh` kept: each jar is started in turn,
# signs in once, and each address gets WARM s of `wrk -t1 -c1` then MEASURE s measured (median, p95, requests, errors).
# Usage: bench/program/ab.sh KEPT_FOLDER label=jar [label=jar ...]
# env: ROUNDS (2), MEASURE (15), WARM (30), PATHS (matrix matrix-api summary), JAVA_OPTS_EXTRA
set -euo pipefail
WORK=$1; shift
PG_BIN=/usr/lib/postgresql/15/bin; PG_PORT=55432; APP_PORT=18089; BASE="http://127.0.0.1:${APP_PORT}"
ROUNDS=${ROUNDS:-2}; MEASURE=${MEASURE:-15}; WARM=${WARM:-30}
OUT=${OUT:-${WORK}/ab-results.txt}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_bench() { psql -X -q -h 127.0.0.1 -p "${PG_PORT}" -U giupxa -d giupxa "$@"; }
[ -f "${WORK}/pg/postmaster.pid" ] || as_pg "${PG_BIN}/pg_ctl" -D "${WORK}/pg" -l "${WORK}/pg/server.log" -w start \
  -o "-p ${PG_PORT} -c listen_addresses=127.0.0.1 -k /tmp -c shared_buffers=512MB -c max_connections=40" >/dev/null
APP_PID=""
stop_app() { if [ -n "${APP_PID}" ] && kill -0 "${APP_PID}" 2>/dev/null; then kill "${APP_PID}"; timeout 60 tail --pid="${APP_PID}" -f /dev/null || kill -9 "${APP_PID}"; fi; APP_PID=""; }
trap 'stop_app; as_pg ${PG_BIN}/pg_ctl -D ${WORK}/pg -m fast -w stop >/dev/null || true' EXIT
start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/giupxa" SPRING_DATASOURCE_USERNAME=giupxa SPRING_DATASOURCE_PASSWORD=unused \
    java -Xmx1g ${JAVA_OPTS_EXTRA:-} -jar "$1" --server.address=127.0.0.1 --server.port="${APP_PORT}" --giupxa.demo-data=false >>"${WORK}/ab-app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do curl -fs --max-time 2 "${BASE}/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0; sleep 1; done; exit 1
}
cp "$(dirname "$0")/latency.lua" "${WORK}/latency.lua"
declare -A P=([matrix]="/criteria-matrix?province=79&set=BENCH-SYN&period=2027" [matrix-api]="/api/v1/criteria-matrix?province=79&set=BENCH-SYN&period=2027" [summary]="/api/v1/criteria-summary?set=BENCH-SYN&period=2027")
for round in $(seq 1 "${ROUNDS}"); do
  for spec in "$@"; do
    label=${spec%%=*}; jar=${spec#*=}
    start_app "${jar}"
    C="${WORK}/ab-cookies.txt"; rm -f "$C"
    TOKEN=$(curl -fs -b "$C" -c "$C" "${BASE}/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -s -o /dev/null -b "$C" -c "$C" --data-urlencode username=bench.admin --data-urlencode password=giupxa-demo-2026 --data-urlencode "_csrf=${TOKEN}" "${BASE}/login"
    S=$(awk '$6 == "SESSION" { print $7 }' "$C")
    for name in ${PATHS:-matrix matrix-api summary}; do
      wrk -t1 -c1 -d"${WARM}s" -H "Cookie: SESSION=${S}" "${BASE}${P[$name]}" >/dev/null
      r=$(wrk -t1 -c1 -d"${MEASURE}s" -s "${WORK}/latency.lua" -H "Cookie: SESSION=${S}" "${BASE}${P[$name]}" | tail -n 1)
      echo "$(date -u +%H:%M:%S) round ${round} ${label} ${name} median/p95/n/err: ${r} load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "${OUT}"
    done
    stop_app
  done
done
