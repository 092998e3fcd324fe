#!/usr/bin/env bash
# Benchmark (on demand, issue #4): import throughput (MB/s, rows/s) of every reader on the corpus
# files it claims (../shared/corpus, or $NERNST_CORPUS), small files read many times after a warm-up,
# plus a ~[MB] file per text format made by repeating the data rows of its largest corpus file.
# Rates are per second of process CPU time (robust on a shared machine), wall-time MB/s in brackets.
# Compiles the readers of this source tree with javac (no Maven build needed). Prints a Markdown table.
# usage: releng/bench/format-bench.sh [large_mb=20] [seconds_per_measurement=2]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/dev/jdk.sh"
. "$root/releng/bench/io-classes.sh"
corpus=${NERNST_CORPUS:-$root/../shared/corpus}
[ -d "$corpus" ] || { echo "no corpus at $corpus (set NERNST_CORPUS)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
io_compile "$work/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "$io_cp" "$root/releng/bench/FormatBench.java"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx2g} -cp "$io_cp" FormatBench "$corpus" "$work" "${1:-20}" "${2:-2}" $io_readers
