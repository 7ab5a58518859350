#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, combined broker+controller) for developing and
# testing bulletin-pipeline on a machine without Docker.
#
# The broker is not installed from a tarball: its jars come from Maven Central through
# deploy/kafka/pom.xml (fetched once, then cached) and it is started with
# `java -cp "<libs>/*" kafka.Kafka server.properties`.
#
# Usage: deploy/kafka-local.sh {start [--secure]|stop|status|wait|fetch}
#   start   fetch jars if missing, write config, format storage once, start, then `wait`
#           --secure (or KAFKA_SECURE=1): SASL_SSL listener with SCRAM users, TLS from a CA
#           made here with keytool, StandardAuthorizer (no ACL, no access). See secure mode.
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
#   KAFKA_SECURE          [0]      1: as start --secure
#   KAFKA_SCRAM_USERS     [admin bulletins-pipeline bulletins-submit intel-reader]
#                                  SCRAM users made at format time (secure mode); `admin`
#                                  and the broker's own `broker` are super users
#
# Secure mode writes, under $BULLETINS_KAFKA_HOME/var (all private to this user):
#   tls/ca.pem                 the local CA clients trust (KAFKA_SSL_CAFILE)
#   tls/broker-keystore.pem (openssl) or broker.p12 + truststore.p12 (keytool)   the broker's stores
#   secrets/<user>.password    each SCRAM user's generated password (KAFKA_SASL_PASSWORD_FILE)
#   client-<user>.env          KAFKA_* settings for bulletins as that user (no secret inside)
# The mode is fixed when the storage is formatted (SCRAM users live in the metadata log):
# a plaintext data dir is not started secure, nor the reverse. ACLs: deploy/kafka-acls.yaml.
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
MODE_FILE="$VAR_DIR/mode" # plaintext | secure, written when formatting
TLS_DIR="$VAR_DIR/tls"
SECRETS_DIR="$VAR_DIR/secrets"
KAFKA_SECURE="${KAFKA_SECURE:-0}"
KAFKA_SCRAM_USERS="${KAFKA_SCRAM_USERS:-admin bulletins-pipeline bulletins-submit intel-reader}"
BROKER_CN="bulletins-local-broker"

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
  if secure; then
    write_secure_config
    return
  fi
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

$(common_config)
EOF
  # Used by `wait`: fail a probe within seconds instead of the Admin client's 60 s default.
  cat >"$CLIENT_PROPS" <<EOF
# Generated by deploy/kafka-local.sh; client settings for the readiness probe.
request.timeout.ms=5000
default.api.timeout.ms=10000
EOF
}

# The settings both modes share.
common_config() {
  cat <<EOF
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
}

secure() { [[ $KAFKA_SECURE == 1 ]]; }

KEYTOOL="${KEYTOOL:-}"
keytool_cmd() {
  if [[ -z $KEYTOOL ]]; then
    KEYTOOL="$(dirname "$(command -v "$JAVA")")/keytool"
    [[ -x $KEYTOOL ]] || KEYTOOL=keytool
  fi
  "$KEYTOOL" "$@"
}

# A random secret for this machine only (never printed).
new_secret() {
  head -c 24 /dev/urandom | base64 | tr -d '/+=\n'
}

# The local CA and the broker's certificate (SAN 127.0.0.1 and localhost, so clients
# verify the host name), made once per var dir: nothing to install, nothing committed.
# With openssl (milliseconds) the broker's stores are PEM files; without it, keytool makes
# PKCS12 stores (each keytool run is a JVM start: half a minute in all on a busy machine).
# Either way ca.pem is what clients trust.
ensure_tls() {
  [[ -s $TLS_DIR/ca.pem && -s $TLS_DIR/store.type ]] && return 0
  (umask 077 && mkdir -p "$TLS_DIR")
  rm -f "$TLS_DIR"/*.p12 "$TLS_DIR"/*.pem "$TLS_DIR"/*.csr "$TLS_DIR"/*.key "$TLS_DIR"/store.*
  (umask 077 && new_secret >"$TLS_DIR/store.password")
  if command -v openssl >/dev/null 2>&1; then
    make_tls_openssl
    echo PEM >"$TLS_DIR/store.type"
  else
    make_tls_keytool
    echo PKCS12 >"$TLS_DIR/store.type"
  fi
  chmod 644 "$TLS_DIR/ca.pem"
}

make_tls_openssl() {
  log "making a local CA and broker certificate in $TLS_DIR (openssl)"
  {
    (
      umask 077
      openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=bulletins-local-ca" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        -keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.pem"
      openssl req -newkey rsa:2048 -nodes -subj "/CN=$BROKER_CN" -keyout "$TLS_DIR/broker.key" -out "$TLS_DIR/broker.csr"
      # clientAuth too: the broker presents this certificate to its own controller listener.
      printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "keyUsage=critical,digitalSignature,keyEncipherment" \
        "extendedKeyUsage=serverAuth,clientAuth" "authorityKeyIdentifier=keyid" "subjectKeyIdentifier=hash" \
        >"$TLS_DIR/broker.ext"
      openssl x509 -req -in "$TLS_DIR/broker.csr" -CA "$TLS_DIR/ca.pem" -CAkey "$TLS_DIR/ca.key" -CAcreateserial \
        -days 30 -extfile "$TLS_DIR/broker.ext" -out "$TLS_DIR/broker.crt"
      # Kafka's PEM key store: the PKCS8 private key, then the certificate chain.
      cat "$TLS_DIR/broker.key" "$TLS_DIR/broker.crt" "$TLS_DIR/ca.pem" >"$TLS_DIR/broker-keystore.pem"
    )
  } >"$LOG_DIR/tls.log" 2>&1 || {
    cat "$LOG_DIR/tls.log" >&2
    die "making the certificates failed; see $LOG_DIR/tls.log"
  }
}

make_tls_keytool() {
  local -a pass=(-storepass:file "$TLS_DIR/store.password")
  log "making a local CA and broker certificate in $TLS_DIR"
  {
    keytool_cmd -genkeypair -alias ca -keyalg RSA -keysize 2048 -validity 30 -dname "CN=bulletins-local-ca" \
      -ext bc:c -ext ku:c=keyCertSign,cRLSign -keystore "$TLS_DIR/ca.p12" -storetype PKCS12 "${pass[@]}"
    keytool_cmd -exportcert -rfc -alias ca -keystore "$TLS_DIR/ca.p12" "${pass[@]}" -file "$TLS_DIR/ca.pem"
    keytool_cmd -genkeypair -alias broker -keyalg RSA -keysize 2048 -validity 30 -dname "CN=$BROKER_CN" \
      -keystore "$TLS_DIR/broker.p12" -storetype PKCS12 "${pass[@]}"
    keytool_cmd -certreq -alias broker -keystore "$TLS_DIR/broker.p12" "${pass[@]}" -file "$TLS_DIR/broker.csr"
    # clientAuth too: the broker presents this certificate to its own controller listener.
    keytool_cmd -gencert -rfc -alias ca -keystore "$TLS_DIR/ca.p12" "${pass[@]}" \
      -infile "$TLS_DIR/broker.csr" -outfile "$TLS_DIR/broker.pem" -validity 30 \
      -ext san=ip:127.0.0.1,dns:localhost -ext ku:c=digitalSignature,keyEncipherment -ext eku=serverAuth,clientAuth
    keytool_cmd -importcert -noprompt -alias ca -file "$TLS_DIR/ca.pem" -keystore "$TLS_DIR/broker.p12" "${pass[@]}"
    keytool_cmd -importcert -noprompt -alias broker -file "$TLS_DIR/broker.pem" -keystore "$TLS_DIR/broker.p12" "${pass[@]}"
    keytool_cmd -importcert -noprompt -alias ca -file "$TLS_DIR/ca.pem" \
      -keystore "$TLS_DIR/truststore.p12" -storetype PKCS12 "${pass[@]}"
  } >"$LOG_DIR/tls.log" 2>&1 || {
    cat "$LOG_DIR/tls.log" >&2
    die "making the certificates failed; see $LOG_DIR/tls.log"
  }
  chmod 600 "$TLS_DIR"/*.p12
}

# The broker's key store and trust store settings for whichever kind ensure_tls made.
store_config() {
  local store_pw="$1"
  if [[ $(<"$TLS_DIR/store.type") == PEM ]]; then
    cat <<EOF
ssl.keystore.type=PEM
ssl.keystore.location=$TLS_DIR/broker-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$TLS_DIR/ca.pem
EOF
  else
    cat <<EOF
ssl.keystore.type=PKCS12
ssl.keystore.location=$TLS_DIR/broker.p12
ssl.keystore.password=$store_pw
ssl.key.password=$store_pw
ssl.truststore.type=PKCS12
ssl.truststore.location=$TLS_DIR/truststore.p12
ssl.truststore.password=$store_pw
EOF
  fi
}

# One generated password per SCRAM user (and the broker's own), kept in files only.
ensure_secrets() {
  (umask 077 && mkdir -p "$SECRETS_DIR")
  local user
  for user in broker $KAFKA_SCRAM_USERS; do
    [[ $user =~ ^[A-Za-z0-9._-]+$ ]] || die "SCRAM user name $user: letters, digits, . _ - only"
    if [[ ! -s $SECRETS_DIR/$user.password ]]; then
      (umask 077 && new_secret >"$SECRETS_DIR/$user.password")
    fi
  done
}

write_secure_config() {
  ensure_tls
  ensure_secrets
  local store_pw broker_pw admin_pw="" jaas user
  store_pw="$(<"$TLS_DIR/store.password")"
  broker_pw="$(<"$SECRETS_DIR/broker.password")"
  if [[ -s $SECRETS_DIR/admin.password ]]; then admin_pw="$(<"$SECRETS_DIR/admin.password")"; fi
  jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"broker\" password=\"$broker_pw\";"
  # server.properties and client.properties hold secrets: private to this user.
  (
    umask 077
    cat >"$SERVER_PROPS" <<EOF
# Generated by deploy/kafka-local.sh (secure mode) on every start; holds secrets: mode 600.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=SASL_SSL://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_SSL://127.0.0.1:$KAFKA_PORT
inter.broker.listener.name=SASL_SSL
# The controller listener is TLS with client certificates: only a holder of a certificate
# from this CA (the broker itself) can talk to the controller.
listener.security.protocol.map=CONTROLLER:SSL,SASL_SSL:SASL_SSL
listener.name.controller.ssl.client.auth=required
# A certificate's principal is its CN (User:$BROKER_CN), not the whole DN.
ssl.principal.mapping.rules=RULE:^CN=([^,]+).*\$/\$1/,DEFAULT

sasl.enabled.mechanisms=SCRAM-SHA-512,SCRAM-SHA-256
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=$jaas
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=$jaas

$(store_config "$store_pw")

# Deny by default: no ACL, no access; the plan is deploy/kafka-acls.yaml.
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:broker;User:$BROKER_CN;User:admin
allow.everyone.if.no.acl.found=false

$(common_config)
EOF
    cat >"$CLIENT_PROPS" <<EOF
# Generated by deploy/kafka-local.sh (secure mode): the readiness probe as admin; mode 600.
request.timeout.ms=5000
default.api.timeout.ms=10000
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin_pw";
ssl.truststore.type=PEM
ssl.truststore.location=$TLS_DIR/ca.pem
EOF
  )
  chmod 600 "$SERVER_PROPS" "$CLIENT_PROPS"
  for user in $KAFKA_SCRAM_USERS; do
    cat >"$VAR_DIR/client-$user.env" <<EOF
# Source this to run bulletins as $user against the local secure broker (no secret here).
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
KAFKA_SECURITY_PROTOCOL=SASL_SSL
KAFKA_SASL_MECHANISM=SCRAM-SHA-512
KAFKA_SASL_USERNAME=$user
KAFKA_SASL_PASSWORD_FILE=$SECRETS_DIR/$user.password
KAFKA_SSL_CAFILE=$TLS_DIR/ca.pem
EOF
  done
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
  # SCRAM credentials are bootstrap metadata in KRaft: they go in at format time. (The
  # passwords are on this short-lived JVM's command line: the storage tool takes no file.)
  local -a scram=()
  local user mech
  if secure; then
    for user in broker $KAFKA_SCRAM_USERS; do
      for mech in SCRAM-SHA-512 SCRAM-SHA-256; do
        scram+=(--add-scram "$mech=[name=$user,password=$(<"$SECRETS_DIR/$user.password")]")
      done
    done
  fi
  if ! "${TOOL_JAVA[@]}" kafka.tools.StorageTool format -t "$cid" -c "$SERVER_PROPS" ${scram[@]+"${scram[@]}"} \
    >"$LOG_DIR/format.log" 2>&1; then
    cat "$LOG_DIR/format.log" >&2
    die "formatting the storage failed; see $LOG_DIR/format.log"
  fi
  if secure; then echo secure >"$MODE_FILE"; else echo plaintext >"$MODE_FILE"; fi
}

# The mode is fixed at format time: SCRAM users exist only if the storage was formatted
# secure, and a secure data dir started plaintext would be open to anyone.
check_mode() {
  [[ -f $DATA_DIR/meta.properties ]] || return 0
  local formatted=plaintext want=plaintext
  if [[ -s $MODE_FILE ]]; then formatted="$(<"$MODE_FILE")"; fi
  if secure; then want=secure; fi
  [[ $formatted == "$want" ]] ||
    die "$DATA_DIR was formatted $formatted; it cannot be started $want (use another BULLETINS_KAFKA_HOME)"
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
  check_mode
  write_config
  ensure_formatted

  local -a heap_opts perf_opts extra_opts
  read -r -a heap_opts <<<"$KAFKA_HEAP_OPTS"
  read -r -a perf_opts <<<"$KAFKA_JVM_PERFORMANCE_OPTS"
  read -r -a extra_opts <<<"$KAFKA_OPTS"
  if secure; then
    log "secure: SASL_SSL on 127.0.0.1:$KAFKA_PORT; client settings in $VAR_DIR/client-<user>.env"
  fi
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
  start)
    if [[ ${2:-} == --secure ]]; then
      KAFKA_SECURE=1
    elif [[ -n ${2:-} ]]; then
      die "unknown option ${2}; usage: $0 start [--secure]"
    fi
    cmd_start
    ;;
  fetch) ensure_libs ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wait) cmd_wait ;;
  *)
    echo "usage: $0 {start [--secure]|stop|status|wait|fetch}" >&2
    exit 2
    ;;
  esac
}

main "$@"
