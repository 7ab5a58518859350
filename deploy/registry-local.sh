#!/usr/bin/env bash
# Local Apicurio Registry (a Confluent-compatible Schema Registry at /apis/ccompat/v7) for
# testing the Confluent framing of bulletin-pipeline (schemas/registry.py) on a machine
# without Docker.
#
# Not built here: Apicurio publishes its ready-built Quarkus application to Maven Central
# (io.apicurio:apicurio-registry-app:<version>:tar.gz:all); deploy/registry/pom.xml unpacks
# it once into .cache. Storage is Apicurio's default: an in-memory H2 database, so every
# start is an empty registry.
#
# Usage: deploy/registry-local.sh {fetch|java|run [PORT]}
#   fetch   unpack the registry into $BULLETINS_REGISTRY_HOME (once; quiet when present)
#   java    print the Java 21+ runtime it runs on; exit 3 when there is none
#   run     run it in the foreground on 127.0.0.1:PORT [8081] (exec: the caller's pid is the JVM)
#
# Environment (defaults in brackets):
#   BULLETINS_REGISTRY_HOME  [<repo>/.cache/apicurio-registry-<version>]
#   REGISTRY_JAVA            [the first Java 21+ of $JAVA_HOME, PATH, /usr/lib/jvm/*]
#                            Apicurio 3.x is compiled for Java 21: the project's Java 17 cannot run it
#   REGISTRY_MANAGEMENT_PORT [0: any free port]  Quarkus's management interface (health), loopback only
#   REGISTRY_HEAP            [-Xmx384m]
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$DEPLOY_DIR")"
POM="$DEPLOY_DIR/registry/pom.xml"
VERSION="$(sed -n 's:.*<apicurio.version>\([^<]*\)</apicurio.version>.*:\1:p' "$POM" | head -n 1)"
HOME_DIR="${BULLETINS_REGISTRY_HOME:-$REPO/.cache/apicurio-registry-$VERSION}"

java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

find_java() {
  local candidate major
  for candidate in "${REGISTRY_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [[ -n $candidate && -x $candidate ]] || continue
    major="$(java_major "$candidate")"
    if [[ -n $major && $major -ge 21 ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 3
}

cmd_fetch() {
  if [[ -f "$HOME_DIR/quarkus-run.jar" ]]; then
    return 0
  fi
  local log="$HOME_DIR.fetch.log"
  mkdir -p "$(dirname "$HOME_DIR")"
  # Offline first (quick when ~/.m2 already holds the archive), then from Maven Central.
  if ! mvn -q -B -o -f "$POM" dependency:unpack@registry -Dregistry.dir="$HOME_DIR" >"$log" 2>&1; then
    echo "registry-local: fetching Apicurio Registry $VERSION from Maven Central (about 160 MB, once)"
    mvn -q -B -f "$POM" dependency:unpack@registry -Dregistry.dir="$HOME_DIR" >"$log" 2>&1 || {
      tail -n 20 "$log" >&2
      echo "registry-local: fetching Apicurio Registry failed; full log in $log" >&2
      exit 1
    }
  fi
  [[ -f "$HOME_DIR/quarkus-run.jar" ]] || {
    echo "registry-local: $HOME_DIR/quarkus-run.jar missing after the fetch" >&2
    exit 1
  }
}

cmd_run() {
  local port="${1:-8081}" java
  cmd_fetch
  java="$(find_java)" || {
    echo "registry-local: no Java 21+ runtime found (Apicurio Registry $VERSION needs one; set REGISTRY_JAVA)" >&2
    exit 3
  }
  # Loopback only, both the API and Quarkus's management interface (which binds 0.0.0.0:9000
  # by default); a small connection pool and C1 only: it starts in well under a minute on 2 cores.
  # OpenTelemetry is off in Apicurio's own defaults and is kept off.
  # shellcheck disable=SC2086
  exec "$java" ${REGISTRY_HEAP:--Xmx384m} -XX:TieredStopAtLevel=1 \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="${REGISTRY_MANAGEMENT_PORT:-0}" \
    -Dquarkus.otel.sdk.disabled=true \
    -Dapicurio.datasource.jdbc.initial-size=2 -Dapicurio.datasource.jdbc.min-size=2 \
    -jar "$HOME_DIR/quarkus-run.jar"
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  java) find_java ;;
  run) cmd_run "${2:-8081}" ;;
  *)
    echo "usage: $0 {fetch|java|run [PORT]}" >&2
    exit 2
    ;;
esac
