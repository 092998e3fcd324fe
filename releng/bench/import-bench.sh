#!/usr/bin/env bash
# Benchmark (on demand): generic text import throughput on a generated ~100 MB file, against
# pandas.read_csv on the same file when Python has pandas, plus CLI start time cold and warm.
# usage: releng/bench/import-bench.sh [size_mb]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/dev/jdk.sh"
size=${1:-100}
dist="$root/releng/org.nernst.distribution/target/nernst"
(cd "$root" && ./nernst --version >/dev/null) # builds the product when sources changed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
f="$work/bench.csv"
echo "generating ~${size} MB ..."
python3 - "$f" "$size" <<'PY'
import sys, math, random
path, size = sys.argv[1], float(sys.argv[2]) * 1e6
random.seed(1)
with open(path, "w") as out:
    out.write("time/s,Ewe/V,<I>/mA,cycle number\n")
    i = 0
    written = 0
    while written < size:
        line = "%.6f,%.9f,%.9e,%d\n" % (i * 0.01, 0.5 + 0.4 * math.sin(i * 1e-3), 1e-3 * math.cos(i * 1e-3) + random.gauss(0, 1e-6), i // 100000)
        out.write(line)
        written += len(line)
        i += 1
PY
cp=$(ls "$dist"/bundles/org.nernst.core-*.jar "$dist"/bundles/org.nernst.io.api-*.jar "$dist"/bundles/org.nernst.io-*.jar "$dist"/bundles/wrapped.*.jar | tr '\n' ':')
# the JVM options of ./nernst for a large input (full JIT, transparent huge pages where Linux has them);
# run 1 is what a single `nernst import` pays (fresh JVM: JIT warm-up, untouched heap), the best is steady state
thp=(); [ -r /sys/kernel/mm/transparent_hugepage/enabled ] && thp=(-XX:+UseTransparentHugePages)
echo "== Nernst generic reader (one JVM, 5 runs) =="
"$JAVA_HOME/bin/java" -Xmx4g "${thp[@]}" -cp "$cp" "$root/releng/bench/ImportBench.java" "$f" 5
for py in python3 /usr/bin/python3; do
  if "$py" -c "import pandas" 2>/dev/null; then
    echo "== pandas.read_csv ($py) =="
    "$py" - "$f" <<'PY'
import sys, time, os, pandas
f = sys.argv[1]; mb = os.path.getsize(f) / 1e6; best = 1e9
for i in range(3):
    t = time.perf_counter(); df = pandas.read_csv(f); s = time.perf_counter() - t; best = min(best, s)
    print("run %d: %d rows, %.2f s, %.0f MB/s" % (i + 1, len(df), s, mb / s))
print("pandas best: %.0f MB/s (pandas %s)" % (mb / best, pandas.__version__))
PY
    break
  fi
done
echo "== CLI start (formats --json): cold cache, then warm =="
cache=$(mktemp -d)
for label in cold warm warm warm; do
  s=$(date +%s.%N)
  NERNST_SKIP_BUILD=1 NERNST_JAVA_OPTS="-Dnernst.cache=$cache" "$root/nernst" formats --json >/dev/null
  e=$(date +%s.%N)
  printf "%s: %.2f s\n" "$label" "$(echo "$e - $s" | bc)"
done
rm -rf "$cache"
