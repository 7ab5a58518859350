#!/usr/bin/env bash
# The main job end to end: set up (venv, install, Kafka jars), start the local broker
# unless KAFKA_BOOTSTRAP_SERVERS names one, create topics, start the worker, submit the
# bundled samples, wait until every record is routed or dead-lettered, print a summary,
# and stop everything it started (`bulletins demo`).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
deploy/setup.sh
exec "${BULLETINS_VENV:-$REPO/.venv}/bin/bulletins" demo "$@"
