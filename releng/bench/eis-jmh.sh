#!/usr/bin/env bash
# Benchmark (on demand, JMH): the EIS fit of Randles+CPE+Wo on 57 points (target <= 2 ms per fit) and
# a 1,000-spectrum batch on 2 threads (target < 10 s). Builds releng/bench/eis-jmh (a plain Maven
# module outside the reactor) from the current sources and runs JMH; extra arguments go to JMH,
# e.g. `releng/bench/eis-jmh.sh fitOne` or `-f 0 -wi 1 -i 3` for a quick look.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/dev/jdk.sh"
mod="$root/releng/bench/eis-jmh"

(cd "$root" && MAVEN_OPTS=${MAVEN_OPTS:--Xmx512m} ./mvnw -B -q -f "$mod/pom.xml" package -DskipTests)
cp="$mod/target/classes:$(cat "$mod/target/classpath.txt")"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" org.nernst.bench.EisJmhMain -rf json -rff "$mod/target/jmh-result.json" "$@"
