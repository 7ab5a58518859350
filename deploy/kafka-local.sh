#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, combined broker+controller) for developing and
# testing bulletin-pipeline on a machine without Docker.
#
# The broker is not installed from a tarball: its jars come from Maven Central through
# deploy/kafka/pom.xml (fetched once, then cached) and it is started with
# `java -cp "<libs>/*" kafka.Kafka server.properties`.
#
# Usage: deploy/kafka-local.sh {start|stop|status|wait|fetch}
#   start   fetch jars if missing, write config, format storage once, start, then `wait`
#   stop    SIGTERM, wait up to 30 s, then SIGKILL; harmless when not running
#   status  pid + port check (exit 0 running, 1 process up but port closed, 3 not running)
#   fetch   only fetch the jars (cached)
#   wait    block until the broker answers a real Kafka request (TopicCommand --list)
#
# Environment (defaults in brackets):
#   BULLETINS_KAFKA_HOME  [<repo>/.cache/kafka]  jars, data, config, pid, logs
#   KAFKA_PORT            [9092]   PLAINTEXT listener on 127.0.0.1
#   KAFKA_CONTROLLER_PORT [9093]   KRaft controller listener on 127.0.0.1
#   KAFKA_HEAP_OPTS       [-Xmx512m -Xms256m]  broker heap
#   KAFKA_JVM_PERFORMANCE_OPTS [G1 flags as in upstream kafka-run-class.sh]
#   KAFKA_OPTS            []       extra JVM flags for the broker
#   KAFKA_WAIT_TIMEOUT    [90]     seconds `wait` / `start` wait for readiness
#   KAFKA_VERSION         [kafka.version from deploy/kafka/pom.xml]
#   JAVA                  [$JAVA_HOME/bin/java, else java]
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$DEPLOY_DIR")"
POM="$DEPLOY_DIR/kafka/pom.xml"
BROKER_LOG4J="$DEPLOY_DIR/kafka/log4j2.yaml"
TOOLS_LOG4J="$DEPLOY_DIR/kafka/tools-log4j2.yaml"

# The pom is the single place the Kafka version is pinned; the libs dir is named after it
# so bumping the version fetches a fresh set instead of mixing jars.
pom_kafka_version() {
  sed -n 's:.*<kafka.version>\([^<]*\)</kafka.version>.*:\1:p' "$POM" | head -n 1
}

KAFKA_HOME_DIR="${BULLETINS_KAFKA_HOME:-$REPO/.cache/kafka}"
KAFKA_VERSION="${KAFKA_VERSION:-$(pom_kafka_version)}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
# Same defaults as upstream bin/kafka-run-class.sh.
KAFKA_JVM_PERFORMANCE_OPTS="${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"
KAFKA_OPTS="${KAFKA_OPTS:-}"
KAFKA_WAIT_TIMEOUT="${KAFKA_WAIT_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT=30
if [[ -n ${JAVA:-} ]]; then
  :
elif [[ -n ${JAVA_HOME:-} ]]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA=java
fi

LIBS_DIR="$KAFKA_HOME_DIR/libs-$KAFKA_VERSION"
DATA_DIR="$KAFKA_HOME_DIR/data"          # log.dirs (topic data + KRaft metadata log)
VAR_DIR="$KAFKA_HOME_DIR/var"            # generated config, pid, cluster id, logs
LOG_DIR="$VAR_DIR/logs"
PID_FILE="$VAR_DIR/kafka.pid"
CLUSTER_ID_FILE="$VAR_DIR/cluster.id"
SERVER_PROPS="$VAR_DIR/server.properties"
CLIENT_PROPS="$VAR_DIR/client.properties"
# JVM stdout/stderr: log4j sends broker logs to server.log, so this only catches what
# happens before log4j is up (bad JVM flags, OutOfMemoryError, missing classes).
CONSOLE_LOG="$LOG_DIR/kafka.out"

log() { echo "kafka-local: $*"; }
die() {
  echo "kafka-local: error: $*" >&2
  exit 1
}

# Pid of our broker, if the pid file points at a live kafka.Kafka process using *our*
# server.properties. Checking the command line protects against pid reuse after a crash
# or reboot, and against mistaking some other Kafka on this machine for ours.
running_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid="$(<"$PID_FILE")"
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -ww -p "$pid" -o args= 2>/dev/null | grep -F -- "$SERVER_PROPS" | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

# True when something accepts TCP connections on 127.0.0.1:$1 (bash's /dev/tcp, so no
# nc/ss dependency). This only proves the socket is bound, not that Kafka is serving.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Run a Kafka CLI class from the cached jars in a small, quick-starting JVM (it is an
# array, not a function, so it can also be run under `timeout`).
TOOL_JAVA=("$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$TOOLS_LOG4J" -cp "$LIBS_DIR/*")

# Fetch the jars from Maven Central once per Kafka version. We copy into a temporary
# directory and rename it only after Maven succeeded, so an interrupted or failed fetch
# never leaves a half-populated libs dir that would later look "cached".
ensure_libs() {
  if [[ -f $LIBS_DIR/.complete ]]; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found; it is needed once to fetch the Kafka jars"
  [[ -n $KAFKA_VERSION ]] || die "could not read kafka.version from $POM"
  mkdir -p "$KAFKA_HOME_DIR" "$LOG_DIR"
  local tmp="$LIBS_DIR.partial.$$" fetch_log="$LOG_DIR/fetch.log" started=$SECONDS
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central into $LIBS_DIR (first run only)"
  rm -rf "$tmp"
  if ! mvn -B --no-transfer-progress -Dstyle.color=never -f "$POM" \
    -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
    >"$fetch_log" 2>&1; then
    rm -rf "$tmp"
    tail -n 20 "$fetch_log" >&2 || true
    die "fetching the jars failed; full Maven output in $fetch_log"
  fi
  touch "$tmp/.complete"
  rm -rf "$LIBS_DIR"
  mv "$tmp" "$LIBS_DIR"
  log "fetched $(find "$LIBS_DIR" -name '*.jar' | wc -l | tr -d ' ') jars in $((SECONDS - started)) s"
}

# server.properties is regenerated on every start from the environment, so changing
# KAFKA_PORT and restarting just works. The quorum is static (controller.quorum.voters)
# rather than dynamic (--standalone + controller.quorum.bootstrap.servers): with a static
# quorum the controller address lives only in this file, not in the formatted metadata,
# so a different KAFKA_CONTROLLER_PORT on a later start does not strand the data.
write_config() {
  mkdir -p "$VAR_DIR" "$LOG_DIR" "$DATA_DIR"
  cat >"$SERVER_PROPS" <<EOF
# Generated by deploy/kafka-local.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT

log.dirs=$DATA_DIR
num.partitions=1
# Topics are created explicitly (bulletins topics create), never by a typo'd producer.
auto.create.topics.enable=false

# Single node: internal topics cannot have more than one replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Consumer groups (the faust worker) join immediately instead of waiting 3 s.
group.initial.rebalance.delay.ms=0

# Keep a dev box's disk in check: one week or 1 GiB per partition, whichever first.
log.retention.hours=168
log.retention.bytes=1073741824
EOF
  # Used by `wait`: fail a probe within seconds instead of the Admin client's 60 s default.
  cat >"$CLIENT_PROPS" <<EOF
# Generated by deploy/kafka-local.sh; client settings for the readiness probe.
request.timeout.ms=5000
default.api.timeout.ms=10000
EOF
}

# Format the storage exactly once. meta.properties in log.dirs is what marks a formatted
# directory; the cluster id is also kept in var/ so a wiped data dir is re-formatted with
# the same id.
ensure_formatted() {
  if [[ -f $DATA_DIR/meta.properties ]]; then
    return 0
  fi
  local cid
  if [[ -s $CLUSTER_ID_FILE ]]; then
    cid="$(<"$CLUSTER_ID_FILE")"
  else
    cid="$("${TOOL_JAVA[@]}" kafka.tools.StorageTool random-uuid)" || die "StorageTool random-uuid failed"
    [[ -n $cid ]] || die "StorageTool random-uuid printed nothing"
    echo "$cid" >"$CLUSTER_ID_FILE"
  fi
  log "formatting $DATA_DIR (cluster id $cid)"
  if ! "${TOOL_JAVA[@]}" kafka.tools.StorageTool format -t "$cid" -c "$SERVER_PROPS" \
    >"$LOG_DIR/format.log" 2>&1; then
    cat "$LOG_DIR/format.log" >&2
    die "formatting the storage failed; see $LOG_DIR/format.log"
  fi
}

show_log_tails() {
  local f
  for f in "$CONSOLE_LOG" "$LOG_DIR/server.log"; do
    if [[ -s $f ]]; then
      echo "---- last lines of $f ----" >&2
      tail -n 15 "$f" >&2
    fi
  done
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    if port_open "$KAFKA_PORT"; then
      log "running (pid $pid) on 127.0.0.1:$KAFKA_PORT, data in $DATA_DIR"
      return 0
    fi
    log "process $pid is up but 127.0.0.1:$KAFKA_PORT is not accepting connections (starting, or stuck: see $LOG_DIR/server.log)"
    return 1
  fi
  if port_open "$KAFKA_PORT"; then
    log "not running, but 127.0.0.1:$KAFKA_PORT is in use by another process"
  else
    log "not running"
  fi
  return 3
}

# Readiness: the port being open is not enough (the socket is bound before the broker
# has caught up with its metadata and been unfenced), so we send real Kafka requests
# (Metadata + ListTopics via TopicCommand) and only then call it ready.
cmd_wait() {
  local deadline=$((SECONDS + KAFKA_WAIT_TIMEOUT)) pid out="" left
  pid="$(running_pid)" || pid=""
  if [[ -z $pid ]] && ! port_open "$KAFKA_PORT"; then
    if [[ -f $PID_FILE ]]; then
      # The pid file outlived its process: it crashed or never got going (bad JVM flag).
      show_log_tails
      die "the broker (pid $(<"$PID_FILE")) has exited; logs in $LOG_DIR"
    fi
    die "Kafka is not running (start it with: $0 start)"
  fi
  while ((SECONDS < deadline)); do
    # A broker that died while starting will never answer: fail now, not after 90 s.
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      show_log_tails
      die "the broker (pid $pid) exited during startup; logs in $LOG_DIR"
    fi
    if port_open "$KAFKA_PORT"; then
      # Each probe is bounded by the time left (at most 30 s) so the overall timeout holds.
      left=$((deadline - SECONDS))
      if ((left > 30)); then left=30; fi
      if ((left < 1)); then left=1; fi
      if out="$(timeout "$left" "${TOOL_JAVA[@]}" org.apache.kafka.tools.TopicCommand \
        --bootstrap-server "127.0.0.1:$KAFKA_PORT" --command-config "$CLIENT_PROPS" \
        --list 2>&1)"; then
        log "ready on 127.0.0.1:$KAFKA_PORT"
        return 0
      fi
      sleep 1
    else
      sleep 0.5
    fi
  done
  if [[ -n $out ]]; then
    echo "last probe output: $out" >&2
  fi
  show_log_tails
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    echo "kafka-local: the broker process (pid $pid) is still running; '$0 stop' stops it" >&2
  fi
  die "Kafka did not answer on 127.0.0.1:$KAFKA_PORT within ${KAFKA_WAIT_TIMEOUT} s; see $LOG_DIR/server.log"
}

cmd_start() {
  local pid
  if pid="$(running_pid)"; then
    if port_open "$KAFKA_PORT"; then
      log "already running (pid $pid) on 127.0.0.1:$KAFKA_PORT"
      return 0
    fi
    # Our process is up but not listening yet: probably still starting.
    log "already starting (pid $pid); waiting for it"
    cmd_wait
    return
  fi
  rm -f "$PID_FILE" # stale: the process is gone
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$port"; then
      die "127.0.0.1:$port is already in use by another process; stop it or set KAFKA_PORT / KAFKA_CONTROLLER_PORT"
    fi
  done
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (set JAVA or JAVA_HOME); Java 17+ is required"

  ensure_libs
  write_config
  ensure_formatted

  local -a heap_opts perf_opts extra_opts
  read -r -a heap_opts <<<"$KAFKA_HEAP_OPTS"
  read -r -a perf_opts <<<"$KAFKA_JVM_PERFORMANCE_OPTS"
  read -r -a extra_opts <<<"$KAFKA_OPTS"
  log "starting Kafka $KAFKA_VERSION (heap: $KAFKA_HEAP_OPTS); logs in $LOG_DIR"
  {
    echo "==== $(date '+%Y-%m-%dT%H:%M:%S%z') start ===="
  } >>"$CONSOLE_LOG"
  # nohup + </dev/null: the broker must outlive this script and the terminal it ran in.
  nohup "$JAVA" "${heap_opts[@]}" "${perf_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} \
    -Dkafka.logs.dir="$LOG_DIR" \
    -Dlog4j2.configurationFile="$BROKER_LOG4J" \
    -cp "$LIBS_DIR/*" \
    kafka.Kafka "$SERVER_PROPS" \
    >>"$CONSOLE_LOG" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  cmd_wait
}

cmd_stop() {
  local pid i
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  log "stopping (pid $pid)"
  # SIGTERM runs Kafka's shutdown hook: controlled shutdown, flush, clean-shutdown marker,
  # which makes the next start skip log recovery.
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < KAFKA_STOP_TIMEOUT * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after ${KAFKA_STOP_TIMEOUT} s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

main() {
  case "${1:-}" in
  start) cmd_start ;;
  fetch) ensure_libs ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wait) cmd_wait ;;
  *)
    echo "usage: $0 {start|stop|status|wait|fetch}" >&2
    exit 2
    ;;
  esac
}

main "$@"
