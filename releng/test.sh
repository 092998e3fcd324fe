#!/usr/bin/env bash
# The test command (README): the whole reactor's unit tests, the integration tests against the
# built Felix product, then the CLI acceptance examples when ../shared/acceptance exists.
# Under CI (env CI set) a missing ../shared corpus fails the corpus tests instead of skipping them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. releng/dev/jdk.sh
[ -f .mvn/wrapper/maven-wrapper.properties ] || releng/dev/wrapper.sh
run=()
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then run=(xvfb-run -a); fi
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx2g}"
"${run[@]}" ./mvnw -B clean verify "$@"
mkdir -p releng/org.nernst.distribution/target/nernst && touch releng/org.nernst.distribution/target/nernst/.built
if [ -f ../shared/acceptance/check.py ] && command -v python3 >/dev/null; then
  echo "== CLI acceptance examples (../shared/acceptance) =="
  # the areas whose commands have landed; each analysis adds its area here
  python3 ../shared/acceptance/check.py ${NERNST_ACCEPTANCE_AREAS:-import lsv kl eis zab}
else
  echo "== CLI acceptance examples skipped: ../shared/acceptance (or python3) is not here =="
fi
