#!/usr/bin/env bash
# Benchmark (on demand, issue #5): EC-Lab .mpr decode throughput (MB/s, rows/s) and memory of the
# Nernst reader on every corpus .mpr (../shared/corpus/biologic-mpr, or $NERNST_CORPUS) plus one large
# file (the rows of the largest corpus .mpr repeated to ~[MB], counts updated), and galvani (the open
# Python reader) on the same files in the same run when Python with numpy can import it (installed, or
# its source folder in $GALVANI_SRC); else the comparison is skipped with a message.
# Times are process CPU time per decode (Java: all threads, GC and JIT included; Python:
# time.process_time()), robust on a shared machine; the summary lines give wall time too.
# Memory: bytes one Nernst decode allocates (thread allocation counter) and the heap its result keeps
# after a full GC, each divided by the decoded column bytes (rows x columns x 8).
# The JVM runs with default settings but -Xmx2g (no pre-touched heap: Python cannot have one either).
# usage: releng/bench/mpr-bench.sh [large_mb=50] [seconds_per_file=1]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/dev/jdk.sh"
. "$root/releng/bench/io-classes.sh"
corpus=${NERNST_CORPUS:-$root/../shared/corpus}
[ -d "$corpus/biologic-mpr" ] || { echo "no .mpr files under $corpus/biologic-mpr (set NERNST_CORPUS)" >&2; exit 1; }
large_mb=${1:-50}
secs=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
io_compile "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "$io_cp" "$root/releng/bench/MprBench.java"
mapfile -t files < <(find "$corpus/biologic-mpr" -name '*.mpr' | sort)
biggest=$(ls -SL "${files[@]}" | head -1)
copies=$(( (large_mb * 1000000 + $(stat -L -c %s "$biggest") - 1) / $(stat -L -c %s "$biggest") ))
large="$work/large-$(basename "$biggest" .mpr)-x$copies.mpr"
large_rows=$("$JAVA_HOME/bin/java" -cp "$io_cp" MprBench enlarge "$biggest" "$large" "$copies")
files+=("$large")
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "large file: $(basename "$large"): the $(basename "$biggest") rows repeated $copies times ($large_rows rows, $(( $(stat -c %s "$large") / 1000000 )) MB)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx2g} -cp "$io_cp" MprBench bench "$secs" "${files[@]}" > "$work/results.tsv"
py=""
for p in python3 /usr/bin/python3; do
  if PYTHONPATH="${GALVANI_SRC:-}${PYTHONPATH:+:$PYTHONPATH}" "$p" -c "import numpy, galvani.BioLogic" 2>/dev/null; then py=$p; break; fi
done
if [ -n "$py" ]; then
  echo "galvani: $(PYTHONPATH="${GALVANI_SRC:-}" "$py" -c 'import galvani, os; print(os.path.dirname(galvani.__file__))'), numpy $("$py" -c 'import numpy; print(numpy.__version__)'), $("$py" --version)"
  PYTHONPATH="${GALVANI_SRC:-}${PYTHONPATH:+:$PYTHONPATH}" "$py" - "$secs" "${files[@]}" >> "$work/results.tsv" <<'PY'
# galvani as a user calls it: MPRfile(file) (columns stay views into one record array), and the same
# followed by one float64 array per column, flags split (what the Nernst reader hands out)
import os, sys, time, tracemalloc
import numpy as np
from galvani import BioLogic
secs = float(sys.argv[1])

def load(f):
    with open(f, "rb") as fh:
        return BioLogic.MPRfile(fh)

def columns(f):
    m = load(f)
    out = {}
    for n in m.data.dtype.names:
        if n == "flags":
            for flag in m.flags_dict:
                out[flag] = m.get_flag(flag).astype(np.float64)
        else:
            out[n] = np.array(m.data[n], dtype=np.float64)
    return out

def per_call(fn, f):
    """(process CPU seconds, wall seconds) per call"""
    fn(f)
    n, t0, c0 = 0, time.perf_counter(), time.process_time()
    while True:
        fn(f)
        n += 1
        if n >= 3 and time.perf_counter() - t0 >= secs:
            return (time.process_time() - c0) / n, (time.perf_counter() - t0) / n

for f in sys.argv[2:]:
    name = os.path.basename(f)
    try:
        rows = len(load(f).data)
        cols = columns(f)
        t_load = per_call(load, f)
        t_cols = per_call(columns, f)
        tracemalloc.start()
        keep = columns(f)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print("G\t%s\t%d\t%d\t%.9f\t%.9f\t%d\t%.9f\t%.9f" % (name, rows, len(cols), t_load[0], t_cols[0], peak, t_load[1], t_cols[1]))
    except Exception as e:
        print("G\t%s\tfailed: %s" % (name, str(e).splitlines()[0] if str(e) else type(e).__name__))
PY
else
  echo "galvani: not found (install it, or set GALVANI_SRC to its source folder): comparison skipped"
fi
awk -F'\t' '
  $1 == "N" { order[++n] = $2; if ($3 ~ /^failed/) { nf[$2] = $3; next }
              size[$2] = $3; rows[$2] = $4; cols[$2] = $5; t[$2] = $6; alloc[$2] = $7; dec[$2] = $8; ret[$2] = $9; w[$2] = $10; own[$2] = $11 }
  $1 == "G" { if ($3 ~ /^failed/) { gf[$2] = $3; next } g[$2] = 1; grows[$2] = $3; gcols[$2] = $4; gl[$2] = $5; gc[$2] = $6; gpeak[$2] = $7; gwl[$2] = $8; gwc[$2] = $9 }
  END {
    print "| file | MB | rows | cols | Nernst MB/s | Nernst rows/s | (decoding thread MB/s) | alloc / decoded | kept / decoded | galvani MB/s (MPRfile) | galvani MB/s (+ float64 columns) | Nernst / galvani (float64 columns) |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      f = order[i]
      if (f in nf) { printf "| %s | | | | Nernst %s | | | | | | |\n", f, nf[f]; continue }
      gtxt = (f in gf) ? "| " gf[f] " | | " : (f in g) ? sprintf("| %.1f | %.1f | %.2fx ", size[f] / gl[f] / 1e6, size[f] / gc[f] / 1e6, gc[f] / t[f]) : "| | | "
      if ((f in g) && grows[f] != rows[f]) gtxt = gtxt "(galvani rows " grows[f] ") "
      kept = dec[f] >= 1e6 ? sprintf("%.2f", ret[f] / dec[f]) : "–"
      ratio = dec[f] > 0 ? sprintf("%.2f", alloc[f] / dec[f]) : "–"
      printf "| %s | %.3f | %d | %d | %.1f | %.0f | (%.1f) | %s | %s %s|\n", f, size[f] / 1e6, rows[f], cols[f], size[f] / t[f] / 1e6, rows[f] / t[f], size[f] / own[f] / 1e6, ratio, kept, gtxt
      if (f ~ /^large-/) { if (f in g) lg = sprintf("%s: galvani + float64 columns peaks at %.2fx the decoded column bytes (tracemalloc)", f, gpeak[f] / dec[f]); continue }
      sb += size[f]; st += t[f]; sw += w[f]; so += own[f]; sr += rows[f]; sa += alloc[f]; sd += dec[f]
      if (f in g) { bb += size[f]; bt += t[f]; bw += w[f]; bo += own[f]; bg += gl[f]; bc += gc[f]; bgw += gwl[f]; bcw += gwc[f]; both++ }
    }
    printf "\ncorpus files, each decoded once in turn: %.1f MB/s, %.0f rows/s (process CPU time; decoding thread alone %.1f MB/s; wall time %.1f MB/s), allocated %.2fx the decoded column bytes\n", sb / st / 1e6, sr / st, sb / so / 1e6, sb / sw / 1e6, sa / sd
    if (both) printf "the %d corpus files galvani also reads: Nernst %.1f MB/s, galvani MPRfile %.1f MB/s, galvani + float64 columns %.1f MB/s (process CPU time; Nernst decoding thread alone %.1f MB/s; wall time: %.1f, %.1f, %.1f MB/s)\n", both, bb / bt / 1e6, bb / bg / 1e6, bb / bc / 1e6, bb / bo / 1e6, bb / bw / 1e6, bb / bgw / 1e6, bb / bcw / 1e6
    if (lg) print lg
  }' "$work/results.tsv"
