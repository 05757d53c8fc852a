#!/usr/bin/env bash
# Measures what the pass-through wrapper adds to a tools/call round trip (RoundTripBenchmark, guard=none vs
# guard=passthrough, or any two configurations) on a noisy, shared machine: instead of running all forks of one
# configuration and then all of the other, it runs ROUNDS pairs of single forks in ABBA order, so slow drifts in the
# machine's load hit both sides alike, and reports the median of the per-round ratios of the medians (p0.50).
#
# Usage: scripts/bench-overhead.sh [rounds=6] [baseline=none] [candidate=passthrough]
#   JAVA=... and BENCH_SKIP_BUILD=1 work as for scripts/bench.sh; BENCH_ARGS adds JMH options to every fork
#   (e.g. BENCH_ARGS="-p execution=worker"). One round takes about 40 s; waits while another JMH run is going.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/jmh-lib.sh
. "$root/scripts/jmh-lib.sh"
rounds="${1:-6}"
base="${2:-none}"
cand="${3:-passthrough}"
java_bin="${JAVA:-java}"
jar="mcp-guard-benchmarks/target/benchmarks.jar"
if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$jar" ]; then
  echo "bench-overhead: building $jar" >&2
  mvn -B -q -pl mcp-guard-benchmarks -am package -DskipTests -Dpeers.skip=true \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
out="target/jmh/overhead-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
echo "bench-overhead: $rounds rounds of $base vs $cand; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
     "$("$java_bin" -version 2>&1 | sed -n 1p); raw results in $out" >&2
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then order="$base $cand"; else order="$cand $base"; fi
  for g in $order; do
    echo "bench-overhead: round $r/$rounds, guard=$g" >&2
    # shellcheck disable=SC2086
    jmh_run "$out/r$r-$g.log" 'RoundTripBenchmark\.toolsCall$' -p guard="$g" -f 1 -wi 4 -w 2s -i 4 -r 2s \
        ${BENCH_ARGS:-} -rf csv -rff "$out/r$r-$g.csv" > /dev/null
  done
done
# CSV rows: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: guard"
awk -F, -v rounds="$rounds" -v base="$base" -v cand="$cand" -v dir="$out" '
  function val(file, wantP50,   line, f, v) {
    v = "";
    while ((getline line < file) > 0) {
      split(line, f, ",");
      if (wantP50 && f[1] ~ /p0\.50"$/) v = f[5];
      if (!wantP50 && f[1] ~ /toolsCall"$/) v = f[5];
    }
    close(file);
    return v + 0;
  }
  function median(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t; }
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2;
  }
  BEGIN {
    printf "%-6s %14s %14s %10s %14s %14s %10s\n", "round", base " p50", cand " p50", "p50 ratio", base " mean", cand " mean", "mean ratio";
    for (r = 1; r <= rounds; r++) {
      bp = val(dir "/r" r "-" base ".csv", 1); cp = val(dir "/r" r "-" cand ".csv", 1);
      bm = val(dir "/r" r "-" base ".csv", 0); cm = val(dir "/r" r "-" cand ".csv", 0);
      rp[r] = cp / bp; rm[r] = cm / bm;
      printf "%-6d %11.2f us %11.2f us %10.3f %11.2f us %11.2f us %10.3f\n", r, bp, cp, rp[r], bm, cm, rm[r];
    }
    printf "median ratio %s/%s: p50 %.3f (%+.1f%%), mean %.3f (%+.1f%%)\n", cand, base,
        median(rp, rounds), (median(rp, rounds) - 1) * 100, median(rm, rounds), (median(rm, rounds) - 1) * 100;
  }' </dev/null | tee "$out/summary.txt"
