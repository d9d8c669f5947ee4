#!/usr/bin/env bash
# Set up everything and run the whole test suite on SQLite and on a throwaway
# PostgreSQL server (started here on 127.0.0.1 and stopped afterwards).
# Extra arguments go to pytest, e.g.  bash scripts/test.sh -k skm
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

PGDIR=$(mktemp -d /tmp/desk-app-pg.XXXXXX)
PORT=${DESK_APP_TEST_PG_PORT:-5439}
cleanup() { .venv/bin/python scripts/pg_server.py stop "$PGDIR" >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap cleanup EXIT
echo "== Starting a throwaway PostgreSQL on 127.0.0.1:$PORT"
export DESK_APP_TEST_PG=$(.venv/bin/python scripts/pg_server.py start "$PGDIR" --port "$PORT")
export QT_QPA_PLATFORM=offscreen

echo "== Running the tests (SQLite and PostgreSQL)"
.venv/bin/python -m pytest -p no:cacheprovider "$@"
