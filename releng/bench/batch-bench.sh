#!/usr/bin/env bash
# Benchmark (on demand): N generated files (mixed LSV / EIS / Zn-air cycling) through `batch`:
# import, analysis, plots, report, with the per-stage split. Target: 1,000 files < 60 s on 2 cores.
# usage: releng/bench/batch-bench.sh [files=1000] [threads=cores]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/dev/jdk.sh"
dist="$root/releng/org.nernst.distribution/target/nernst"
[ -d "$dist/bundles" ] || (cd "$root" && ./nernst --help >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the generators live in the testing kit, which the product does not ship
kit=$(ls "$root"/bundles/org.nernst.testing/target/org.nernst.testing-*.jar 2>/dev/null | head -1 || true)
[ -n "$kit" ] || (cd "$root" && ./mvnw -B -q -o package -DskipTests -pl bundles/org.nernst.testing -am)
kit=$(ls "$root"/bundles/org.nernst.testing/target/org.nernst.testing-*.jar | head -1)
cp=$(ls "$dist"/bundles/*.jar | tr '\n' ':')$kit
"$JAVA_HOME/bin/javac" -d "$work" -cp "$cp" "$root/releng/bench/BatchBench.java"
"$JAVA_HOME/bin/java" -Djava.awt.headless=true -Xmx1g -cp "$work:$cp" BatchBench "${1:-1000}" "${2:-$(nproc)}"
