# Sourced by the scripts: picks a JDK >= 21 (JAVA_HOME if new enough, else the newest under
# /usr/lib/jvm) and exports JAVA_HOME, or stops with a message naming the requirement.
# the JDK's release file names its version without starting a JVM (each start costs ~0.5 s)
_nernst_java_major() {
  local v=""
  [ -f "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "$v"
}
_nernst_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(_nernst_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
    [ -x "$d/bin/javac" ] || continue
    v=$(_nernst_java_major "${d%/}")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=${d%/}; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "nernst: needs a JDK 21 or newer (java and javac). Found none in JAVA_HOME or /usr/lib/jvm." >&2
    echo "        Install one, e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK, then retry." >&2
    return 1
  fi
  export JAVA_HOME=$best
}
_nernst_pick_jdk || exit 1
