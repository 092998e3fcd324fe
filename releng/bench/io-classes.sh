# Sourced by the import benchmarks: compiles the core, the reader API and every reader bundle of this
# source tree (javac, no Tycho, so the numbers are those of the checked-out sources) into $1 and sets
# io_cp (class path) and io_readers (the DS reader classes, found the way SCR would: by their annotation).
# needs: $root, $JAVA_HOME (releng/dev/jdk.sh)
io_compile() {
  local out=$1 m2=${MAVEN_REPO:-$HOME/.m2/repository} l
  local libs=(
    ch/randelshofer/fastdoubleparser/2.0.1/fastdoubleparser-2.0.1.jar
    com/fasterxml/jackson/core/jackson-core/2.18.2/jackson-core-2.18.2.jar
    com/healthmarketscience/jackcess/jackcess/4.0.8/jackcess-4.0.8.jar
    org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.jar
    commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar
    org/osgi/org.osgi.service.component.annotations/1.5.1/org.osgi.service.component.annotations-1.5.1.jar
    org/apache/felix/org.apache.felix.framework/7.0.5/org.apache.felix.framework-7.0.5.jar
  )
  io_cp=$out
  for l in "${libs[@]}"; do
    [ -f "$m2/$l" ] || { echo "missing $m2/$l: run the Maven build once (./mvnw verify)" >&2; return 1; }
    io_cp="$io_cp:$m2/$l"
  done
  local dirs=("$root/bundles/org.nernst.core/src/main/java" "$root/bundles/org.nernst.io.api/src/main/java")
  local d
  for d in "$root"/bundles/org.nernst.io "$root"/bundles/org.nernst.io.*; do
    [ -d "$d/src/main/java" ] && dirs+=("$d/src/main/java")
    [ -d "$d/src/main/resources" ] && cp -r "$d/src/main/resources/." "$out/"
  done
  mkdir -p "$out"
  find "${dirs[@]}" -name '*.java' > "$out/sources.txt"
  "$JAVA_HOME/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$out" -cp "$io_cp" @"$out/sources.txt"
  io_readers=$(grep -rl --include='*.java' 'service = MeasurementReader.class' "${dirs[@]}" \
    | sed -e 's|.*/src/main/java/||' -e 's|\.java$||' -e 's|/|.|g' | sort | tr '\n' ' ')
}
