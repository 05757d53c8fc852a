# Sourced by scripts/bench*.sh. jmh_run LOG ARGS...: runs the benchmarks jar with ARGS, output to stdout and LOG.
# JMH allows one run per machine (/tmp/jmh.lock) and exits at once when another run holds the lock; on a machine
# shared with other benchmark runs this waits for the lock (up to BENCH_LOCK_WAIT seconds, default 1800) instead of
# running concurrently, which would spoil both results.
jmh_run() {
  local log="$1"; shift
  local waited=0 limit="${BENCH_LOCK_WAIT:-1800}" rc
  while true; do
    set +e
    "${JAVA:-java}" -jar "$root/mcp-guard-benchmarks/target/benchmarks.jar" "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    if grep -q "Unable to acquire the JMH lock" "$log" && [ "$waited" -lt "$limit" ]; then
      echo "bench: another JMH run holds /tmp/jmh.lock; waiting (${waited}s so far)" >&2
      sleep 15
      waited=$((waited + 15))
      continue
    fi
    return "$rc"
  done
}
