#!/usr/bin/env bash
# The tests: set up (venv, install, Kafka jars), lint and type-check, start the local broker for the
# end-to-end tests unless KAFKA_BOOTSTRAP_SERVERS names one, run pytest, and stop the
# broker if this script started it.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
deploy/setup.sh
VENV="${BULLETINS_VENV:-$REPO/.venv}"
# The static checks first, each failing fast with what to run: lint (the ruff rules of
# pyproject.toml, with the C901 complexity limit), formatting, types (mypy over the packages
# pyproject.toml lists).
check() {
  local what=$1
  shift
  if ! "$@"; then
    echo "run-tests: $what failed: fix the above (\`$*\` from the repository root), then run again" >&2
    exit 1
  fi
}
check "lint (ruff check)" "$VENV/bin/ruff" check .
check "formatting (ruff format --check)" "$VENV/bin/ruff" format --check .
check "type check (mypy)" "$VENV/bin/mypy"

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
