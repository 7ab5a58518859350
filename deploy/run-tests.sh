#!/usr/bin/env bash
# The tests: set up (venv, install, Kafka jars), lint, start the local broker for the
# end-to-end tests unless KAFKA_BOOTSTRAP_SERVERS names one, run pytest, and stop the
# broker if this script started it.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
deploy/setup.sh
VENV="${BULLETINS_VENV:-$REPO/.venv}"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .

started=""
if [[ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
  if ! deploy/kafka-local.sh status >/dev/null 2>&1; then
    deploy/kafka-local.sh start
    started=1
  fi
  export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:${KAFKA_PORT:-9092}"
fi
cleanup() { if [[ -n $started ]]; then deploy/kafka-local.sh stop; fi; }
trap cleanup EXIT
"$VENV/bin/python" -m pytest "$@"
