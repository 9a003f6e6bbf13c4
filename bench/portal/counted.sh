#!/usr/bin/env bash
# Whether every read is counted: flock /tmp/giupxa-heavy.lock bench/portal/counted.sh JAR [label].
# A new visitor on every request (no cookie) for 40 s against one app on core 0 (wrk on core 1), then 25 s for the
# flushes; prints the requests sent against the page views and article views counted (and 20 s later again).
set -eu
JAR=$1; set -- "$1" "${2:-$1}"; W=$(mktemp -d /tmp/giupxa-bench-counted.XXXXXX); PORT=18319
nice -n -15 taskset -c 0 java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port=$PORT \
  --giupxa.embedded-database.directory=$W/pg --giupxa.files.directory=$W/files --logging.level.root=warn > $W/app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf $W' EXIT
for i in $(seq 180); do curl -sf http://127.0.0.1:$PORT/actuator/health >/dev/null && break; sleep 1; done
U=http://127.0.0.1:$PORT/tin-tuc/tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia
P=$(sed -n 4p $W/pg/postmaster.pid)
Q() { psql -X -q -h 127.0.0.1 -p $P -U postgres -d postgres -At -c "select coalesce(sum(page_views),0) || ' ' || coalesce(sum(article_views),0) from portal_daily_statistics where day >= current_date - 1"; }
B=$(Q)
nice -n -15 taskset -c 1 wrk -t1 -c64 -d40s -H 'User-Agent: Mozilla/5.0 (bench) Firefox/140.0' $U > $W/wrk.txt
N=$(awk '/requests in/ {print $1}' $W/wrk.txt)
sleep 25
A=$(Q)
echo "$2 $(date -u +%T): requests $N ($(awk '/Requests\/sec/ {print $2}' $W/wrk.txt)/s); counted page views $(( ${A% *} - ${B% *} )), article views $(( ${A#* } - ${B#* } )); $(jstat -gcutil $APP | awk 'NR == 2 { print "full collections " $9 ", " $10 " s" }')"
sleep 20; A2=$(Q); echo "20 s later: page views $(( ${A2% *} - ${B% *} )), article views $(( ${A2#* } - ${B#* } ))"
grep -i "warn\|error" $W/app.log | grep -v SpringDoc | cut -c1-300 | head -5 || true
