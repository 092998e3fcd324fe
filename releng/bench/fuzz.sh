#!/usr/bin/env bash
# Fuzzing (on demand): seeded mutation fuzzing of EVERY reader, 1 M executions each by default.
# Readers are found as Declarative Services components (org.nernst.testing.ReaderDiscovery), so a
# new reader bundle is fuzzed without editing anything; its seeds are the corpus and sample files
# its own probe claims (cut to --max-seed-bytes). Findings (input + stack trace + iteration) go to
# target/fuzz-findings/<reader>/; the run ends with a Markdown table for the README.
# usage: releng/bench/fuzz.sh [--execs N] [--seconds S] [--reader ID[,ID]] [--threads T] [--seed S]
#        [--hang S] [--max-seed-bytes B] [--seeds DIR] [--list] [--replay FILE --reader ID] [--product]
#   default: compiles the reader bundles of this checkout with javac (bundles/org.nernst.io*);
#   --product: the bundles of the built Felix product (releng/org.nernst.distribution/target/nernst).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/dev/jdk.sh"
m2=${MAVEN_REPO:-$HOME/.m2/repository}
product=0
args=()
for a in "$@"; do
  if [ "$a" = "--product" ]; then product=1; else args+=("$a"); fi
done
# the library jars of the fast build (one list: releng/dev/quicktest)
mapfile -t libs < <(sed -n '/^libs=(/,/^)/p' "$root/releng/dev/quicktest" | grep -o '[^ ]*\.jar')
cp=""
for l in "${libs[@]}"; do [ -f "$m2/$l" ] && cp="$cp:$m2/$l"; done
out=$(mktemp -d /tmp/nernst-fuzz-classes.XXXXXX)
trap 'rm -rf "$out"' EXIT
fuzzer=(Mutations FuzzMutator ZipFuzz ReaderFuzzer ReaderDiscovery FuzzSeeds FuzzMain)
srcs=()
for c in "${fuzzer[@]}"; do srcs+=("$root/bundles/org.nernst.testing/src/main/java/org/nernst/testing/$c.java"); done
scan=()
if [ $product = 1 ]; then
  dist="$root/releng/org.nernst.distribution/target/nernst"
  (cd "$root" && ./nernst --help >/dev/null)
  for j in "$dist"/bundles/*.jar; do cp="$cp:$j"; done
  for j in "$dist"/bundles/org.nernst.*.jar; do scan+=(--scan "$j"); done
  mkdir -p "$out/fuzzer"
  "$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$out/fuzzer" -cp "${cp#:}" "${srcs[@]}"
  cp="$out/fuzzer$cp"
else
  mains=()
  mkdir -p "$out/readers" "$out/fuzzer"
  for d in "$root"/bundles/org.nernst.core "$root"/bundles/org.nernst.io.api "$root"/bundles/org.nernst.io "$root"/bundles/org.nernst.io.*; do
    [ -d "$d/src/main/java" ] && mains+=("$d/src/main/java")
    [ -d "$d/src/main/resources" ] && cp -r "$d/src/main/resources/." "$out/readers/" 2>/dev/null || true
  done
  find "${mains[@]}" -name '*.java' > "$out/sources.txt"
  echo "compiling $(wc -l < "$out/sources.txt") reader sources ..."
  "$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$out/readers" -cp "${cp#:}" @"$out/sources.txt"
  "$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$out/fuzzer" -cp "$out/readers$cp" "${srcs[@]}"
  cp="$out/readers:$out/fuzzer$cp"
  scan=(--scan "$out/readers")
fi
seeds=()
[ -d "$root/../shared/corpus" ] && seeds+=(--seeds "$root/../shared/corpus")
for d in "$root"/bundles/*/samples "$root"/releng/vendor-kit/template/samples; do [ -d "$d" ] && seeds+=(--seeds "$d"); done
mkdir -p "$root/target"
echo "JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1); $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -Xss1m -XX:+UseParallelGC -cp "${cp#:}" org.nernst.testing.FuzzMain \
  "${scan[@]}" "${seeds[@]}" --crash-dir "$root/target/fuzz-findings" "${args[@]}"
