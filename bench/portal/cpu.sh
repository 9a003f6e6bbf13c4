# Processor time of the servers, sourced by run.sh and ab.sh. Each thread's time on a processor is read from
# /proc/<pid>/task/<tid>/schedstat (nanoseconds, user and system together; /proc/<pid>/stat counts in 10 ms
# ticks), so a snapshot before and one after a measured run give the time each part spent per request.

# jvm_cpu PID → ns on a processor of the JVM's threads by group: "requests counters jit gc other".
# requests: Jetty's thread pool (qtp*: its acceptor, selectors and the threads that handle requests, one pool
# whose threads take turns at each), or Tomcat's (http-nio-*); counters: portal-counters (the counters' flush); jit: C1/C2 compiler threads;
# gc: the VM thread (safepoints, and the serial collector the JVM picks on one core) and any GC threads;
# other: everything else (Spring's schedulers, the database pool, the embedded database's log readers...).
jvm_cpu() {
  grep -s -H '' /proc/"$1"/task/*/comm /proc/"$1"/task/*/schedstat | awk -F: '
    function group(n) {
      if (n ~ /^(qtp|http-nio-)/) return "requests"
      if (n == "portal-counters") return "counters"
      if (n ~ /CompilerThre/) return "jit"
      if (n ~ /^(VM Thread|GC Thread|G1 )/) return "gc"
      return "other"
    }
    { split($1, p, "/"); rest = substr($0, length($1) + 2) }
    p[6] == "comm" { name[p[5]] = rest; next }
    { split(rest, s, " "); ns[p[5]] = s[1] }
    END {
      for (t in ns) sum[group(name[t])] += ns[t]
      printf "%.0f %.0f %.0f %.0f %.0f\n", sum["requests"], sum["counters"], sum["jit"], sum["gc"], sum["other"]
    }'
}

# tree_cpu PID → ns on a processor of the process and its children (PostgreSQL: the postmaster and its
# backends, one thread each; nginx: master and worker). A child that ended (an autovacuum worker, a backend)
# is counted through its parent's cutime and cstime (/proc/PID/stat, 10 ms ticks: the children it waited for),
# so that its time does not drop out of the sum (on 2026-11-27 11:07 it did: PostgreSQL -6.69 µs a request).
tree_cpu() {
  local pids; pids="$1 $(pgrep -P "$1" | tr '\n' ' ')"
  # shellcheck disable=SC2086
  { (cd /proc && for p in $pids; do cat "$p/schedstat" 2>/dev/null; done)
    awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f\n", ($14 + $15) * 1000000000 / tick }' "/proc/$1/stat"
  } | awk '{ t += $1 } END { printf "%.0f\n", t }'
}

# core_ns CORE → "busy steal": ns the core has been busy (user, system, interrupts) and ns the hypervisor kept
# it from running (steal: another machine's work on the same host) since boot, from /proc/stat.
core_ns() {
  awk -v cpu="cpu$1" -v tick="$(getconf CLK_TCK)" \
    '$1 == cpu { printf "%.0f %.0f\n", ($2 + $3 + $4 + $7 + $8) * 1000000000 / tick, $9 * 1000000000 / tick }' /proc/stat
}
