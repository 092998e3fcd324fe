#!/usr/bin/env bash
# Generates .mvn/wrapper/maven-wrapper.properties (git-ignored: it names the download host) with
# the system Maven, in a scratch folder so the Tycho reactor's extensions are not loaded by it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v mvn >/dev/null || { echo "nernst: needs 'mvn' once to set up the Maven wrapper (apt-get install maven)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && mvn -q -N org.apache.maven.plugins:maven-wrapper-plugin:3.3.2:wrapper -Dtype=only-script -Dmaven=3.9.11)
mkdir -p "$root/.mvn/wrapper"
cp "$scratch/.mvn/wrapper/maven-wrapper.properties" "$root/.mvn/wrapper/"
