#!/usr/bin/env bash
# Builds the JMH benchmarks jar (mcp-guard-benchmarks/target/benchmarks.jar) and runs it.
#
# Usage: scripts/bench.sh [JMH benchmark regex] [JMH options]
#   scripts/bench.sh                                              # every benchmark, with its annotated settings
#   scripts/bench.sh RoundTripBenchmark -p guard=none,passthrough # one benchmark, two guard configurations
#   scripts/bench.sh MessagePathBenchmark -f 1 -wi 3 -i 3         # a quicker, less precise run
#   scripts/bench.sh -h                                           # JMH's own help
# Environment:
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java   the JVM that runs the benchmarks (default: java on PATH)
#   BENCH_SKIP_BUILD=1                                 reuse the jar from the last build
#   BENCH_OUT=path.json                                JMH JSON results (default: target/jmh/<timestamp>.json)
#   BENCH_LOCK_WAIT=1800                               seconds to wait while another JMH run holds /tmp/jmh.lock
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/jmh-lib.sh
. "$root/scripts/jmh-lib.sh"
java_bin="${JAVA:-java}"
jar="mcp-guard-benchmarks/target/benchmarks.jar"
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$jar" ]; then
  echo "bench: building $jar" >&2
  mvn -B -q -pl mcp-guard-benchmarks -am package -DskipTests -Dpeers.skip=true \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
out="${BENCH_OUT:-target/jmh/$(date +%Y%m%d-%H%M%S).json}"
mkdir -p "$(dirname "$out")"
echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$java_bin" -version 2>&1 | sed -n 1p)" >&2
echo "bench: JSON results go to $out" >&2
jmh_run "${out%.json}.log" -rf json -rff "$out" "$@"
