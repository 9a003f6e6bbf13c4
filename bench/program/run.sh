#!/usr/bin/env bash
# Programs benchmark: the province matrix and the national "n of N" summary on national synthetic
# data (3,321 communes × 47 indicators × 8 periods), through the application and as bare SQL, and
# an XLSX import of 3,321 × 47 indicator values. Everything runs on loopback against a throw-away
# PostgreSQL 15 that is removed at the end. Usage: bench/program/run.sh [runs per measurement, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-30}
WARMUP=${BENCH_WARMUP:-50}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-20}
WARMUP_MAX_SECONDS=${BENCH_WARMUP_MAX_SECONDS:-240}
WARMUP_QUIET_MS=${BENCH_WARMUP_QUIET_MS:-300}
SLICE_SECONDS=${BENCH_SLICE_SECONDS:-2}
SLICES=${BENCH_SLICES:-30}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${BENCH_PG_PORT:-55432}
APP_PORT=${BENCH_APP_PORT:-18089}
HEAP=${BENCH_HEAP:-1g}
SET=BENCH-SYN
PERIOD=2027
BASE="http://127.0.0.1:${APP_PORT}"
WORK=$(mktemp -d /tmp/giupxa-bench-program.XXXXXX)
APP_PID=""
RESULTS="${WORK}/results.txt"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# initdb and postgres refuse to run as root: use the postgres account then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_app() {
  if [ -n "${APP_PID}" ] && kill -0 "${APP_PID}" 2>/dev/null; then
    kill "${APP_PID}"
    timeout 60 tail --pid="${APP_PID}" -f /dev/null || kill -9 "${APP_PID}"
  fi
  APP_PID=""
}

cleanup() {
  stop_app
  if [ -f "${WORK}/pg/postmaster.pid" ]; then
    as_pg timeout 60 "${PG_BIN}/pg_ctl" -D "${WORK}/pg" -m fast -w stop >/dev/null || true
  fi
  if [ -n "${BENCH_KEEP:-}" ]; then log "kept ${WORK}"; else rm -rf "${WORK}"; fi
}
trap cleanup EXIT

psql_bench() { timeout "${PSQL_TIMEOUT:-900}" psql -X -q -h 127.0.0.1 -p "${PG_PORT}" -U giupxa -d giupxa "$@"; }

p95() { sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---------------------------------------------------------------- 1. the jar
JAR=$(ls target/giupxa-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [ -z "${JAR}" ]; then
  log "packaging the jar"
  timeout 1800 ./mvnw -B -q -ntp -DskipTests package
  JAR=$(ls target/giupxa-*.jar | grep -v '\.original$' | head -n 1)
fi
log "jar ${JAR}"

# ---------------------------------------------------------------- 2. a throw-away PostgreSQL 15
chmod 755 "${WORK}"
mkdir "${WORK}/pg"
if [ "$(id -u)" = 0 ]; then chown postgres "${WORK}/pg"; fi
as_pg timeout 120 "${PG_BIN}/initdb" -D "${WORK}/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg timeout 120 "${PG_BIN}/pg_ctl" -D "${WORK}/pg" -l "${WORK}/pg/server.log" -w start \
  -o "-p ${PG_PORT} -c listen_addresses=127.0.0.1 -k /tmp -c shared_buffers=512MB -c max_connections=40" >/dev/null
timeout 60 psql -X -q -h 127.0.0.1 -p "${PG_PORT}" -U postgres -d postgres \
  -c "CREATE ROLE giupxa LOGIN SUPERUSER" -c "CREATE DATABASE giupxa OWNER giupxa TEMPLATE template0 ENCODING 'UTF8'"
log "PostgreSQL $(psql_bench -Atc 'SHOW server_version') on port ${PG_PORT}"

start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/giupxa" SPRING_DATASOURCE_USERNAME=giupxa \
  SPRING_DATASOURCE_PASSWORD=unused GIUPXA_DEMO_DATA=false \
    java "-Xmx${HEAP}" -jar "${JAR}" --server.address=127.0.0.1 --server.port="${APP_PORT}" \
    --giupxa.demo-data=false >>"${WORK}/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    if curl -fs --max-time 2 "${BASE}/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "${APP_PID}" 2>/dev/null || { tail -n 40 "${WORK}/app.log" >&2; exit 1; }
    sleep 1
  done
  log "the application did not start in 300 s"; tail -n 40 "${WORK}/app.log" >&2; exit 1
}

# ---------------------------------------------------------------- 3. schema by the application's own Flyway
log "migrating with the application"
start_app
stop_app

# ---------------------------------------------------------------- 4. synthetic national data
log "generating synthetic data"
DATA_START=$(date +%s)
psql_bench -f bench/program/data.sql | tee -a "${RESULTS}"
log "data generated in $(( $(date +%s) - DATA_START )) s"
PROVINCE=$(psql_bench -Atc "
  SELECT p.code FROM administrative_unit p JOIN administrative_unit c ON c.parent_id = p.id AND c.level = 'COMMUNE'
  WHERE p.level = 'PROVINCE' AND p.valid_from = DATE '2025-07-01' AND c.valid_to IS NULL
  GROUP BY p.code ORDER BY count(*) DESC, p.code LIMIT 1")
PROVINCE_PATH=$(psql_bench -Atc "SELECT path FROM administrative_unit WHERE level = 'PROVINCE' AND code = '${PROVINCE}' AND valid_to IS NULL")
PROVINCE_COMMUNES=$(psql_bench -Atc "SELECT count(*) FROM administrative_unit WHERE level = 'COMMUNE' AND valid_to IS NULL AND path LIKE '${PROVINCE_PATH}%'")
log "largest province ${PROVINCE} (${PROVINCE_COMMUNES} communes)"

# ---------------------------------------------------------------- 5. the stored results, computed by the app
# The synthetic scorecards are written by SQL, so they have no stored criterion results yet: the first
# request that reads a set and period computes them (CriterionResults.fillMissing). Timed once here.
start_app
JAR_COOKIES="${WORK}/cookies.txt"
csrf() { curl -fs --max-time 30 -b "${JAR_COOKIES}" -c "${JAR_COOKIES}" "${BASE}$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
TOKEN=$(csrf /login)
LOGIN=$(curl -s --max-time 30 -o /dev/null -w '%{redirect_url}' -b "${JAR_COOKIES}" -c "${JAR_COOKIES}" \
  --data-urlencode username=bench.admin --data-urlencode password=giupxa-demo-2026 --data-urlencode "_csrf=${TOKEN}" "${BASE}/login")
case "${LOGIN}" in */home) ;; *) log "login failed: ${LOGIN}"; exit 1 ;; esac
FILL_SECONDS=$(curl -s --max-time 300 -o /dev/null -w '%{time_total}' -b "${JAR_COOKIES}" "${BASE}/api/v1/criteria-summary?set=${SET}&period=${PERIOD}")
STORED=$(psql_bench -Atc "SELECT count(*) FROM assessment_result r JOIN criteria_assessment a ON a.id = r.assessment_id WHERE a.period = '${PERIOD}'")
log "first read computed ${STORED} scorecards in ${FILL_SECONDS} s"

# ---------------------------------------------------------------- 6. bare SQL, the statements of ProvinceMatrix
# STATUS, NATIONAL_STATUS, PAGE and COUNTS are read from the source at run time, so this is the SQL the application
# runs: the matrix is ProvinceMatrix.matrix (STATUS with COUNTS, the province's counts, and with PAGE, the first page
# of 100, without a key filter); the national summary is ProvinceMatrix.summary of the whole country
# (NATIONAL_STATUS with COUNTS).
java_text() { # name → the text block of that constant of ProvinceMatrix (a leading hint comment left out)
  awk -v name="$1" '$0 ~ "static final String " name " = .*\"\"\"$" { f = 1; next }
    f && /""";/ { sub(/""";.*/, ""); print; exit } f' src/main/java/vn/giupxa/program/ProvinceMatrix.java | sed 's/%s//'
}
STATUS=$(java_text STATUS)
NATIONAL_STATUS=$(java_text NATIONAL_STATUS)
PAGE=$(java_text PAGE)
COUNTS=$(java_text COUNTS)
for text in STATUS NATIONAL_STATUS PAGE COUNTS; do
  [ -n "${!text}" ] || { log "${text} not found in ProvinceMatrix.java"; exit 1; }
done
MATRIX_SQL="${STATUS}
${PAGE};"
PROVINCE_COUNTS_SQL="${STATUS}
${COUNTS};"
SUMMARY_SQL="${NATIONAL_STATUS}
${COUNTS};"
SET_ID=$(psql_bench -Atc "SELECT id FROM criteria_set WHERE code = '${SET}'")
# psql replaces :name by the variable, so the application's named parameters become literals here.
VARS=(-v "asOf=DATE '${PERIOD}-01-01'" -v unrestricted=true -v "patterns='{}'" -v "keyKind='COMMUNE_GROUP'"
      -v "periodStart=DATE '${PERIOD}-01-01'" -v "periodEnd=DATE '${PERIOD}-12-31'" -v "year=${PERIOD}"
      -v "set=${SET_ID}" -v "period='${PERIOD}'" -v limit=100 -v offset=0
      -v anyCommune=true -v "communePaths='{}'")
# Runs a script of the statements for an area, whose communes are the paths from its path to its path with the last
# character raised (ProvinceMatrix.areaRange; paths end with "/", raised to "0"), with JIT off as the application's
# connections have it (spring.datasource.hikari.connection-init-sql).
psql_area() { # area, script file
  case "$1" in */) ;; *) log "area path $1 does not end with /"; exit 1 ;; esac
  PGOPTIONS='-c jit=off' psql_bench "${VARS[@]}" -v "areaFrom='$1'" -v "areaTo='${1%/}0'" -f "$2"
}
sum_runs() { # statements per run, timed runs → the sums of psql's timings per run, the last runs only
  sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' \
    | awk -v n="$1" '{ sum += $1 } NR % n == 0 { printf "%.2f\n", sum; sum = 0 }' | tail -n "$2"
}
bare() { # name, area, statements per run, timed runs[, untimed runs first] → a duration in ms per line (the run's statements' sum)
  local script="${WORK}/$1.sql" statements
  statements=$(printf '%s' "$3" | grep -c ';$')
  { echo '\timing on'; echo '\o /dev/null'
    for _ in $(seq 1 $(( ${5:-$(( WARMUP / 2 ))} + $4 ))); do echo "$3"; done; } >"${script}"
  psql_area "$2" "${script}" | sum_runs "${statements}" "$4"
}
# As bare, with each statement PREPAREd once and EXECUTEd on every run: psql has replaced the variables, so PostgreSQL
# plans it for these values at its first EXECUTE and keeps that plan. The application's statements too run on a
# kept plan (ProvinceMatrix.STATUS); this is the reference that leaves planning out of both.
prepared() { # name, area, timed runs, untimed runs, statement (ending with ;) ... → as bare
  local script="${WORK}/$1.prepared.sql" area=$2 runs=$3 warm=$4 i
  shift 4
  { echo '\o /dev/null'
    i=0; for statement in "$@"; do i=$(( i + 1 )); printf 'PREPARE s%d AS %s\n' "${i}" "${statement}"; done
    echo '\timing on'
    for _ in $(seq 1 $(( warm + runs ))); do for i in $(seq 1 $#); do echo "EXECUTE s${i};"; done; done; } >"${script}"
  psql_area "${area}" "${script}" | sum_runs $# "${runs}"
}
# As many timed runs as fill a slice of SLICE_SECONDS (from a first ${RUNS} runs' median, at least 10, at most 5,000).
bare_runs() { sort -n | awk -v s="${SLICE_SECONDS}" '{ v[NR] = $1 } END {
  m = v[int((NR + 1) / 2)]; n = int(s * 1000 / (m > 0 ? m : 1)); if (n < 10) n = 10; if (n > 5000) n = 5000; print n }'; }
explain() { # name, area, sql (a file: psql does not replace variables in -c)
  printf 'EXPLAIN (ANALYZE, BUFFERS)\n%s\n' "$3" >"${WORK}/$1.explain.sql"
  psql_area "$2" "${WORK}/$1.explain.sql" >"${WORK}/$1.explain.txt"
}
# The matrix runs the page statement and the province's counts.
log "bare SQL: ${RUNS} runs each to size the timed runs"
bare matrix "${PROVINCE_PATH}" "${MATRIX_SQL}
${PROVINCE_COUNTS_SQL}" "${RUNS}" >"${WORK}/bare-matrix.calibration.ms"
bare summary "/" "${SUMMARY_SQL}" "${RUNS}" >"${WORK}/bare-summary.calibration.ms"
BARE_MATRIX_RUNS=$(bare_runs <"${WORK}/bare-matrix.calibration.ms")
BARE_SUMMARY_RUNS=$(bare_runs <"${WORK}/bare-summary.calibration.ms")
explain matrix "${PROVINCE_PATH}" "${MATRIX_SQL}"
explain counts "${PROVINCE_PATH}" "${PROVINCE_COUNTS_SQL}"
explain summary "/" "${SUMMARY_SQL}"

# ---------------------------------------------------------------- 7. through the application, then in rounds

# A server that has been running: each address is first requested on one keep-alive connection until the JIT
# has compiled the path. The JIT is still compiling after 20 s on 2 busy cores: on the summary, C2's threads took
# 0.8–1.1 ms of processor time per request for about two minutes of load, then under 0.1 ms, and p95 fell from
# 16.7 to 11.6 ms with it (2026-11-26, load 5). So after WARMUP_SECONDS the warm-up goes on in 10 s slices until a
# slice adds less than WARMUP_QUIET_MS of compile time (`jstat -compiler`), at most WARMUP_MAX_SECONDS.
SESSION_COOKIE=$(awk '$6 == "SESSION" { print $7 }' "${JAR_COOKIES}")
compile_ms() { jstat -compiler "${APP_PID}" 2>/dev/null | awk 'NR == 2 { printf "%d", $4 * 1000 }'; }
declare -A ADDRESS=([matrix]="/criteria-matrix?province=${PROVINCE}&set=${SET}&period=${PERIOD}"
                    [matrix-api]="/api/v1/criteria-matrix?province=${PROVINCE}&set=${SET}&period=${PERIOD}"
                    [summary]="/api/v1/criteria-summary?set=${SET}&period=${PERIOD}")
warm() { # name
  local warmed=${WARMUP_SECONDS} before after url="${BASE}${ADDRESS[$1]}"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "${JAR_COOKIES}" "${url}")" = 200 ] || { log "$1 is not 200"; exit 1; }
  wrk -t1 -c1 -d"${WARMUP_SECONDS}s" -H "Cookie: SESSION=${SESSION_COOKIE}" "${url}" >/dev/null
  after=$(compile_ms)
  while [ -n "${after}" ] && [ "${warmed}" -lt "${WARMUP_MAX_SECONDS}" ]; do
    before=${after}
    wrk -t1 -c1 -d10s -H "Cookie: SESSION=${SESSION_COOKIE}" "${url}" >/dev/null
    warmed=$(( warmed + 10 )); after=$(compile_ms)
    [ $(( after - before )) -lt "${WARMUP_QUIET_MS}" ] && break
  done
  echo "$1: ${warmed} s (last 10 s: $(( ${after:-0} - ${before:-0} )) ms of compiling)" >>"${WORK}/warmup.txt"
}
log "through HTTP: warm-up of ${WARMUP_SECONDS}–${WARMUP_MAX_SECONDS} s per address until the JIT is quiet"
warm matrix; warm matrix-api; warm summary

# This machine drifts by 10–50 % between minutes (a shared virtual machine: the same jar's page median went
# from 7.5 to 11.9 ms in two runs ten minutes apart, while psql moved less), and five rounds of 6 s per case still
# gave one address ratios from 1.04 to 1.78 (2026-11-27). So the cases are interleaved finely: SLICES slices of
# SLICE_SECONDS per case, one case after the other; slice s starts at the s-th case and every other slice runs
# backwards, so no case always follows the same one and every case samples the same minutes. Each case's
# latencies are pooled over all its slices (psql: every run; wrk: 400 quantiles of each slice, weighted by its
# requests), and the ratios are those of the pooled p95s; the same ratios over the odd and the even slices alone
# show how far the figure moves with the sample.
measure() { # slice, case → the case's latencies ("ms weight" lines) appended to <case>.pooled, tagged with the slice
  local out="${WORK}/slice.out"
  case "$2" in
    bare-matrix) bare matrix "${PROVINCE_PATH}" "${MATRIX_SQL}
${PROVINCE_COUNTS_SQL}" "${BARE_MATRIX_RUNS}" "${BARE_SLICE_WARMUP}" | awk '{ print $1, 1 }' >"${out}" ;;
    prepared-matrix) prepared matrix "${PROVINCE_PATH}" "${BARE_MATRIX_RUNS}" "${BARE_SLICE_WARMUP}" "${MATRIX_SQL}" \
                       "${PROVINCE_COUNTS_SQL}" | awk '{ print $1, 1 }' >"${out}" ;;
    bare-summary) bare summary "/" "${SUMMARY_SQL}" "${BARE_SUMMARY_RUNS}" "${BARE_SLICE_WARMUP}" | awk '{ print $1, 1 }' >"${out}" ;;
    prepared-summary) prepared summary "/" "${BARE_SUMMARY_RUNS}" "${BARE_SLICE_WARMUP}" "${SUMMARY_SQL}" \
                        | awk '{ print $1, 1 }' >"${out}" ;;
    *) wrk -t1 -c1 -d"${SLICE_SECONDS}s" -s "${WORK}/quantiles.lua" -H "Cookie: SESSION=${SESSION_COOKIE}" \
         "${BASE}${ADDRESS[$2]}" | sed -n '/^[0-9.]* [0-9.]*$/p; /^requests /w '"${WORK}/slice.count" >"${out}"
       read -r _ n _ errors <"${WORK}/slice.count"
       [ "${errors}" = 0 ] && [ "${n}" -gt 0 ] || { log "$2: ${errors} failed of ${n} requests"; exit 1; } ;;
  esac
  awk -v s="$1" '{ print s, $1, $2 }' "${out}" >>"${WORK}/$2.pooled"
}
# Untimed runs of the bare statements at the start of each slice's psql session (a new backend's caches).
BARE_SLICE_WARMUP=${BENCH_BARE_SLICE_WARMUP:-5}
cp bench/program/quantiles.lua "${WORK}/quantiles.lua"
CASES=(bare-matrix matrix matrix-api prepared-matrix bare-summary summary prepared-summary)
log "${SLICES} slices of ${SLICE_SECONDS} s per case, interleaved: ${CASES[*]}"
for slice in $(seq 1 "${SLICES}"); do
  order=()
  for i in $(seq 0 $(( ${#CASES[@]} - 1 ))); do order+=("${CASES[$(( (slice - 1 + i) % ${#CASES[@]} ))]}"); done
  if [ $(( slice % 2 )) = 0 ]; then mapfile -t order < <(printf '%s\n' "${order[@]}" | tac); fi
  for c in "${order[@]}"; do measure "${slice}" "${c}"; done
done
echo "load at the end of the slices: $(cut -d' ' -f1-3 /proc/loadavg)" >"${WORK}/slices-load.txt"

# ---------------------------------------------------------------- 8. XLSX import of 3,321 × 47 values
log "building the workbook"
mkdir "${WORK}/lib"
(cd "${WORK}/lib" && unzip -q -j "${OLDPWD}/${JAR}" 'BOOT-INF/lib/*.jar')
psql_bench -f bench/program/values.sql >"${WORK}/values.csv"
timeout 300 java -cp "${WORK}/lib/*" bench/program/ValuesWorkbook.java "${WORK}/values.csv" "${WORK}/values.xlsx" >&2
TOKEN=$(csrf /criteria/import)
log "uploading $(du -h "${WORK}/values.xlsx" | cut -f1) to /criteria/import"
read -r IMPORT_CODE IMPORT_SECONDS IMPORT_REDIRECT < <(curl -s --max-time 600 -o "${WORK}/import.html" \
  -w '%{http_code} %{time_total} %{redirect_url}\n' -b "${JAR_COOKIES}" -c "${JAR_COOKIES}" \
  -H "X-CSRF-TOKEN: ${TOKEN}" -F "file=@${WORK}/values.xlsx" "${BASE}/criteria/import")
IMPORTED=$(psql_bench -Atc "SELECT count(*) FROM assessment_value v JOIN criteria_assessment a ON a.id = v.assessment_id WHERE a.period = '2028'")
IMPORTED_RESULTS=$(psql_bench -Atc "SELECT count(*) FROM assessment_result r JOIN criteria_assessment a ON a.id = r.assessment_id WHERE a.period = '2028'")
[ "${IMPORT_CODE}" = 302 ] || { log "import refused (HTTP ${IMPORT_CODE}), see ${WORK}/import.html"; BENCH_KEEP=1; }

# ---------------------------------------------------------------- 9. report
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# case, quantile (0.5, 0.95)[, odd|even] → the weighted quantile (ms) of the case's pooled latencies
pooled() { awk -v half="${3:-}" '(half == "") || (half == "odd" && $1 % 2 == 1) || (half == "even" && $1 % 2 == 0) { print $2, $3 }' \
  "${WORK}/$1.pooled" | sort -n | awk -v q="$2" '{ v[NR] = $1; w[NR] = $2; t += $2 }
  END { for (i = 1; i <= NR; i++) { c += w[i]; if (c >= q * t) { printf "%.2f", v[i]; exit } } }'; }
samples() { awk '{ n += $3 } END { printf "%d", n + 0.5 }' "${WORK}/$1.pooled"; }
# address, bare case → the ratio of pooled p95s, and the same over the odd and over the even slices
ratios() {
  echo "$(ratio "$(pooled "$1" 0.95)" "$(pooled "$2" 0.95)") (odd slices $(ratio "$(pooled "$1" 0.95 odd)" "$(pooled "$2" 0.95 odd)"), even $(ratio "$(pooled "$1" 0.95 even)" "$(pooled "$2" 0.95 even)"); medians $(ratio "$(pooled "$1" 0.5)" "$(pooled "$2" 0.5)"))"
}
line() { echo "p95 $(pooled "$1" 0.95) ms (median $(pooled "$1" 0.5), $(samples "$1") samples)"; }
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ); cores: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2}') GiB; load before: ${LOAD_BEFORE}; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -n 1); PostgreSQL: $(psql_bench -Atc 'SHOW server_version'); heap ${HEAP}; shared_buffers 512MB"
  echo "${SLICES} interleaved slices of ${SLICE_SECONDS} s per case; latencies pooled over the slices; app/bare is the ratio of pooled p95s ($(cat "${WORK}/slices-load.txt"))"
  echo "province matrix (${PROVINCE}, ${PROVINCE_COMMUNES} communes, page of 100, set ${SET}, period ${PERIOD}):"
  echo "  bare SQL (psql, matrix + province summary as the application runs them) $(line bare-matrix)"
  echo "  app GET /api/v1/criteria-matrix (JSON) $(line matrix-api)   app/bare $(ratios matrix-api bare-matrix)"
  echo "  app GET /criteria-matrix (the HTML page) $(line matrix)   app/bare $(ratios matrix bare-matrix)"
  echo "  reference: the same statements planned once (psql PREPARE, EXECUTE) $(line prepared-matrix); JSON against it $(ratios matrix-api prepared-matrix); page $(ratios matrix prepared-matrix)"
  echo "national summary (all communes in force, n of N):"
  echo "  bare SQL (psql)                  $(line bare-summary)"
  echo "  app GET /api/v1/criteria-summary $(line summary)   app/bare $(ratios summary bare-summary)"
  echo "  reference: the same statement planned once (psql PREPARE, EXECUTE) $(line prepared-summary); summary against it $(ratios summary prepared-summary)"
  echo "stored results: the first read computed ${STORED} scorecards of ${PERIOD} in ${FILL_SECONDS} s"
  echo "XLSX import: HTTP ${IMPORT_CODE} in ${IMPORT_SECONDS} s, ${IMPORTED} values written for period 2028, ${IMPORTED_RESULTS} scorecard results stored with them"
  echo "bare: ${BARE_MATRIX_RUNS} (matrix) and ${BARE_SUMMARY_RUNS} (summary) timed runs per slice after ${BARE_SLICE_WARMUP} untimed ones, each slice a new psql session; app: wrk, one keep-alive connection per slice, after a warm-up per address until the JIT was quiet ($(paste -sd';' "${WORK}/warmup.txt"))"
} | tee -a "${RESULTS}"
echo "--- EXPLAIN (ANALYZE, BUFFERS) of the matrix statement" >>"${RESULTS}"; cat "${WORK}/matrix.explain.txt" >>"${RESULTS}"
echo "--- EXPLAIN (ANALYZE, BUFFERS) of the province's counts" >>"${RESULTS}"; cat "${WORK}/counts.explain.txt" >>"${RESULTS}"
echo "--- EXPLAIN (ANALYZE, BUFFERS) of the summary statement" >>"${RESULTS}"; cat "${WORK}/summary.explain.txt" >>"${RESULTS}"
mkdir -p target/bench && cp "${RESULTS}" target/bench/program-results.txt
log "full results with plans: target/bench/program-results.txt"
